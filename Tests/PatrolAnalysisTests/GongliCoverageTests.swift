import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import PatrolAnalysis
import _PatrolTestSupport

/// Coverage of SampleMaps/gongli against a second computation: each sampled household's time
/// from the one multi-source search equals the fastest of the separate `route`s from every post.
@Suite("gongli: coverage equals the fastest route from any post")
struct GongliCoverageTests {

    func coverage(_ profile: TravelProfile, _ season: Season, minutes: [Double], cell: Double) throws -> (PatrolMap, Router, CoverageResult) {
        let map = try Fixtures.gongli()
        let router = try Fixtures.gongliRouter(profile, season)
        let settings = CoverageSettings(minutes: minutes, profile: profile, season: season, cellSize: cell)
        return (map, router, CoverageAnalysis.run(map: map, posts: map.posts, settings: settings, router: router))
    }

    /// Households checked: most for the default profile, fewer for the others.
    @Test(
        "household time and nearest post equal per-post routes", arguments: [(TravelProfile.carFoot, Season.dry, 240), (.carFoot, .wet, 80), (.car, .dry, 80)])
    func householdsAgainstRoutes(_ profile: TravelProfile, _ season: Season, sampleSize: Int) throws {
        // A coarse raster: this test is about households.
        let (map, router, result) = try coverage(profile, season, minutes: [15], cell: 1_000)
        var random = SeededSample(
            seed: 0x636F_7665_7261_6765 + UInt64(TravelProfile.allCases.firstIndex(of: profile)! * 2 + Season.allCases.firstIndex(of: season)!))
        let sample = random.pick(sampleSize, from: Array(map.households.indices))
        var reached = 0
        for h in sample {
            let house = map.households[h]
            let routes = map.posts.map { try? router.route(from: $0.location, to: house.location) }
            let times = routes.map { $0?.milliseconds ?? .max }
            let fastest = times.min()!
            let got = result.households[h]
            #expect(got.seconds.map { Int64(($0 * 1000).rounded()) } == (fastest == .max ? nil : fastest), "\(profile) \(season) \(house.id)")
            guard fastest != .max, let post = got.post else {
                #expect(got.post == nil && fastest == .max, "\(profile) \(season) \(house.id) reached by one and not the other")
                continue
            }
            reached += 1
            // Ties between posts are allowed: the post named must be one of the fastest.
            #expect(times[post] == fastest, "\(profile) \(season) \(house.id): post \(post) is not among the fastest")
            // With a single fastest post, the metres walked are those of its route.
            if times.filter({ $0 == fastest }).count == 1, let walk = got.walk, let route = routes[post] {
                #expect(abs(walk - route.walkDistance) < 0.01, "\(profile) \(season) \(house.id) walk \(walk) vs \(route.walkDistance)")
            }
        }
        #expect(reached * 10 >= sample.count * 9, "\(profile) \(season): \(reached) of \(sample.count) reached")
    }

    @Test("area and households covered grow with the threshold; area stays within the jurisdiction")
    func growsWithThreshold() throws {
        let minutes: [Double] = [2, 5, 10, 15, 20, 30, 45, 60, 120]
        let (map, _, result) = try coverage(.carFoot, .dry, minutes: minutes, cell: 250)
        let jurisdiction = map.jurisdiction.geodesicArea / 1e6
        #expect(result.thresholds.map(\.minutes) == minutes)
        for (smaller, larger) in zip(result.thresholds, result.thresholds.dropFirst()) {
            #expect(smaller.areaKm2 <= larger.areaKm2, "\(smaller.minutes) → \(larger.minutes) min")
            #expect(smaller.households <= larger.households, "\(smaller.minutes) → \(larger.minutes) min")
            #expect(smaller.residents <= larger.residents, "\(smaller.minutes) → \(larger.minutes) min")
        }
        for figures in result.thresholds {
            #expect(figures.areaKm2 >= 0 && figures.areaKm2 <= jurisdiction * (1 + 1e-12), "\(figures.minutes) min: \(figures.areaKm2) km²")
            // Counted again from the per-household times.
            #expect(figures.households == result.households.filter { ($0.seconds ?? .infinity) <= figures.minutes * 60 }.count)
        }
        for village in result.villages {
            for (smaller, larger) in zip(village.thresholds, village.thresholds.dropFirst()) {
                #expect(smaller.areaKm2 <= larger.areaKm2 && smaller.households <= larger.households, "\(village.name)")
            }
            #expect(village.thresholds.allSatisfy { $0.areaKm2 <= village.areaKm2 * (1 + 1e-12) }, "\(village.name)")
        }
        // The figures are not trivially flat: short thresholds leave much out, two hours reach nearly all.
        #expect(result.thresholds[0].areaKm2 < result.thresholds.last!.areaKm2 / 4)
        #expect(result.thresholds.last!.households * 10 >= map.households.count * 9)
    }
}
