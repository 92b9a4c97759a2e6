import Testing
import PatrolData
import PatrolRouting
import PatrolAnalysis
import _PatrolTestSupport

/// The library example of README.md ("Use it as a library"), line for line, with the figures
/// it prints checked against HandComputedRouteTests and TinyCoverageTests.
@Suite("README library example")
struct ReadmeExampleTests {
    @Test("route from the station to H012 and coverage within 2 and 5 minutes on SampleMaps/tiny")
    func example() throws {
        let map = try MapLoader.load(Fixtures.tinyPath)
        let router = Router(map: map, profile: .carFoot)
        let house = try PlaceSearch(map: map).resolve("H012")
        let route = try router.route(from: map.posts[0].location, to: house.location)
        let steps = Directions(graph: router.graph, landmarks: map.landmarks)
            .steps(for: route, startName: map.posts[0].name, endName: house.publicName)
        let coverage = CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings(minutes: [2, 5]))

        // 18:55 by car and on foot, as computed by hand in HandComputedRouteTests.
        #expect(abs(Double(route.milliseconds) / 1000 - 1135.17) < 0.01)
        #expect(steps.last?.instruction.en.hasPrefix("Arrive at") == true)
        #expect(coverage.thresholds[0].households == 3)
    }
}
