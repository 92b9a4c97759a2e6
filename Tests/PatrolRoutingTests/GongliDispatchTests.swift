import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// The dispatcher's ranking (one backward search from the destination) against a separate
/// forward `route` from every post, for households of SampleMaps/gongli drawn with a fixed seed.
@Suite("gongli: dispatch ranking equals per-post routes")
struct GongliDispatchTests {
    @Test("times, distances and order", arguments: [(TravelProfile.carFoot, Season.dry, 60), (.car, .wet, 30)])
    func ranking(_ profile: TravelProfile, _ season: Season, sampleSize: Int) throws {
        let map = try Fixtures.gongli()
        let router = Router(map: map, profile: profile, season: season)
        let dispatcher = Dispatcher(router: router)
        let posts = map.posts.map(\.location)
        var random = SeededSample(seed: 0x6469_7370_6174_6368 + UInt64(sampleSize))
        for h in random.pick(sampleSize, from: Array(map.households.indices)) {
            let house = map.households[h]
            let routes = posts.map { try? router.route(from: $0, to: house.location) }
            let ranking = dispatcher.rank(posts, to: house.location)
            let expectedOrder = posts.indices.sorted { (routes[$0]?.milliseconds ?? .max, $0) < (routes[$1]?.milliseconds ?? .max, $1) }
            #expect(ranking.map(\.index) == expectedOrder, "\(profile) \(season) \(house.id)")
            for entry in ranking {
                let route = routes[entry.index]
                #expect(entry.milliseconds == route?.milliseconds, "\(profile) \(season) \(house.id) post \(entry.index)")
                let sameDistance = switch (entry.distance, route?.distance) {
                case let (a?, b?): abs(a - b) < 0.01
                case (nil, nil): true
                default: false
                }
                #expect(sameDistance, "\(profile) \(season) \(house.id) post \(entry.index): \(entry.distance ?? -1) m vs \(route?.distance ?? -1) m")
            }
        }
    }
}
