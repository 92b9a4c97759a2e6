import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// The dispatcher's ranking (one backward search from the destination) and the planner's
/// reach matrix (one bounded search per post) against a separate forward `route` from every
/// post, for households of SampleMaps/gongli drawn with a fixed seed.
@Suite("gongli: dispatch ranking and reach matrix equal per-post routes")
struct GongliDispatchTests {
    @Test("times, distances and order", arguments: [(TravelProfile.carFoot, Season.dry, 60), (.car, .wet, 30)])
    func ranking(_ profile: TravelProfile, _ season: Season, sampleSize: Int) throws {
        let map = try Fixtures.gongli()
        let router = try Fixtures.gongliRouter(profile, season)
        let dispatcher = Dispatcher(router: router)
        let posts = map.posts.map(\.location)
        var random = SeededSample(seed: 0x6469_7370_6174_6368 + UInt64(sampleSize))
        // Drawn households, and the three nearest each post (where walking across may win).
        let nearPosts = posts.flatMap { post in
            map.households.indices.sorted { map.households[$0].location.distance(to: post) < map.households[$1].location.distance(to: post) }.prefix(3)
        }
        let sample = random.pick(sampleSize, from: Array(map.households.indices)) + nearPosts
        // routes[k][p]: from post p to sampled household k.
        let routes = sample.map { h in posts.map { try? router.route(from: $0, to: map.households[h].location) } }
        for (h, routes) in zip(sample, routes) {
            let house = map.households[h]
            let ranking = dispatcher.rank(posts, to: house.location)
            // The endpoint rule: fastest first, then shortest, then lowest index.
            let expectedOrder = posts.indices.sorted {
                (routes[$0]?.milliseconds ?? .max, routes[$0]?.distance ?? 0, $0) < (routes[$1]?.milliseconds ?? .max, routes[$1]?.distance ?? 0, $1)
            }
            #expect(ranking.map(\.index) == expectedOrder, "\(profile) \(season) \(house.id)")
            for entry in ranking {
                let route = routes[entry.index]
                #expect(entry.milliseconds == route?.milliseconds, "\(profile) \(season) \(house.id) post \(entry.index)")
                let sameDistance =
                    switch (entry.distance, route?.distance) {
                    case (let a?, let b?): abs(a - b) < 0.01
                    case (nil, nil): true
                    default: false
                    }
                #expect(sameDistance, "\(profile) \(season) \(house.id) post \(entry.index): \(entry.distance ?? -1) m vs \(route?.distance ?? -1) m")
            }
        }
        // The reach matrix within an hour: exactly the routes of an hour or less.
        let limit: Int64 = 3_600_000
        let matrix = router.reachMatrix(from: posts, to: sample.map { map.households[$0].location }, limit: limit)
        #expect(matrix.targets.count > sample.count, "most posts reach most households within an hour")
        for p in posts.indices {
            let row = Dictionary(uniqueKeysWithValues: matrix.row(p).map { (Int($0.0), $0.1) })
            for k in sample.indices {
                let time = routes[k][p]?.milliseconds
                #expect(row[k] == (time.map { $0 <= limit ? $0 : nil } ?? nil), "\(profile) \(season) post \(p) → \(map.households[sample[k]].id)")
            }
        }
    }
}
