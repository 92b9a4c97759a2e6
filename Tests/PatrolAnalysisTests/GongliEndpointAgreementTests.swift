import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import PatrolAnalysis
import _PatrolTestSupport

/// The four callers of the endpoint rule — `route`, `dispatch`, coverage and the planner's reach
/// matrix — time every household of SampleMaps/gongli alike, to the millisecond.
///
/// Each household costs a full backward search (the dispatch ranking) and a route, which in a
/// debug build would take minutes for all 12,000; a fixed-seed sample of 1,200 is checked
/// instead (with the households nearest each post, where the walk across and same-link
/// shortcut compete with the search).
@Suite("gongli: dispatch, coverage, reach matrix and route agree on every household's time")
struct GongliEndpointAgreementTests {
    static let sampleSize = 1_200

    @Test("best dispatch time = coverage time = matrix time = route time from the best post")
    func agreement() throws {
        let map = try Fixtures.gongli()
        let router = try Fixtures.gongliRouter(.carFoot, .dry)
        let dispatcher = Dispatcher(router: router)
        let posts = map.posts.map(\.location)
        let coverage = CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings(minutes: [15], cellSize: 2_000), router: router)
        var random = SeededSample(seed: 0x656E_6470_6F69_6E74)
        let nearPosts = posts.flatMap { post in
            map.households.indices.sorted { map.households[$0].location.distance(to: post) < map.households[$1].location.distance(to: post) }.prefix(3)
        }
        let sample = Array(Set(random.pick(Self.sampleSize, from: Array(map.households.indices)) + nearPosts)).sorted()
        let limit: Int64 = 7_200_000
        let matrix = router.reachMatrix(from: posts, to: sample.map { map.households[$0].location }, limit: limit)
        var matrixBest = [Int64?](repeating: nil, count: sample.count)
        for p in posts.indices {
            for (k, ms) in matrix.row(p) where matrixBest[Int(k)].map({ ms < $0 }) ?? true { matrixBest[Int(k)] = ms }
        }
        var reached = 0
        for (k, h) in sample.enumerated() {
            let house = map.households[h]
            let ranking = dispatcher.rank(posts, to: house.location)
            let covered = coverage.households[h]
            let coverageMs = covered.seconds.map { Int64(($0 * 1000).rounded()) }
            guard let first = ranking.first, let best = first.milliseconds else {
                #expect(coverageMs == nil && matrixBest[k] == nil, "\(house.id): unreachable by dispatch, not by coverage or the matrix")
                continue
            }
            reached += 1
            let route = try router.route(from: posts[first.index], to: house.location)
            #expect(route.milliseconds == best, "\(house.id): route \(route.milliseconds) ms, dispatch \(best) ms")
            #expect(coverageMs == best, "\(house.id): coverage \(coverageMs ?? -1) ms, dispatch \(best) ms")
            #expect(matrixBest[k] == (best <= limit ? best : nil), "\(house.id): matrix \(matrixBest[k] ?? -1) ms, dispatch \(best) ms")
            // The labels' metres are the route's legs summed.
            #expect(abs((first.distance ?? -1) - route.distance) < 0.01, "\(house.id): dispatch \(first.distance ?? -1) m, route \(route.distance) m")
            // Coverage names a post at least as fast as any, and walks what its route walks.
            if let post = covered.post {
                #expect(ranking.first { $0.index == post }?.milliseconds == best, "\(house.id): coverage's post \(post) is not among the fastest")
                if post == first.index {
                    #expect(abs((covered.walk ?? -1) - route.walkDistance) < 0.01, "\(house.id): walk \(covered.walk ?? -1) m vs \(route.walkDistance) m")
                }
            }
        }
        #expect(sample.count >= Self.sampleSize)
        #expect(reached * 10 >= sample.count * 9, "\(reached) of \(sample.count) reached")
    }
}
