import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import PatrolAnalysis
import _PatrolTestSupport

/// Coverage snaps and weighs its places on several threads; on SampleMaps/gongli the answer
/// must be the serial one, field by field.
@Suite("coverage on several threads equals coverage on one")
struct ParallelCoverageTests {
    @Test("gongli: households, figures, villages, blind spots, isochrones and cells", arguments: [TravelProfile.carFoot, .car])
    func gongli(_ profile: TravelProfile) throws {
        let map = try Fixtures.gongli()
        let router = try Fixtures.gongliRouter(profile)
        let settings = CoverageSettings(minutes: [5, 15], profile: profile, cellSize: 250)
        let serial = CoverageAnalysis.run(map: map, posts: map.posts, settings: settings, router: router, workers: 1)
        let parallel = CoverageAnalysis.run(map: map, posts: map.posts, settings: settings, router: router, workers: 4)
        #expect(serial.households == parallel.households)
        #expect(serial.thresholds == parallel.thresholds)
        #expect(serial.villages == parallel.villages)
        #expect(serial.uncovered == parallel.uncovered)
        #expect(serial.blindSpots == parallel.blindSpots)
        #expect(serial.isochrones == parallel.isochrones)
        #expect(serial.cellSeconds == parallel.cellSeconds)
        #expect(serial.households.contains { $0.seconds != nil }, "some household is reached")
    }
}
