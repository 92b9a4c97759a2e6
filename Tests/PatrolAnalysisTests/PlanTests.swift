import Dispatch
import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
@testable import PatrolAnalysis
import _PatrolTestSupport

/// Plans on the tiny map against brute force: every subset of the candidates evaluated with the
/// coverage analysis (one multi-source search per subset), independent of the planner's matrix.
@Suite("Planning new posts")
struct PlanTests {
    static func subsets(_ n: Int, _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard n >= k else { return [] }
        return subsets(n - 1, k - 1).map { $0 + [n - 1] } + subsets(n - 1, k)
    }

    /// The brute force's coverage runs, made once for the six cases: for every subset of one and
    /// of two default candidates (car+foot, dry season), each household's time in seconds (`nil`
    /// when unreached) with the subset added to the map's posts.
    ///
    /// A household's time depends on the posts, profile and season only, not on the objective
    /// or the thresholds, so the three objectives read the same runs; the runs share one router
    /// and one set of snapped households and cells, as a caller running several does.
    static let bruteForce: Result<(sites: [CandidateSite], seconds: [Int: [[Double?]]]), any Error> = Result {
        let map = try Fixtures.tiny()
        let router = Router(map: map, profile: .carFoot)
        let targets = CoverageTargets(map: map, cellSize: 200, router: router)
        let sites = CandidateSites.defaults(map: map, network: router.graph.network, spacing: 100)
        var seconds: [Int: [[Double?]]] = [:]
        for k in [1, 2] {
            let all = subsets(sites.count, k)
            // The runs are independent: spread over the cores (GCD's threads, not the test
            // runner's, which wait for this value), each written to its own slot.
            let slots = Slots<[Double?]>(count: all.count)
            DispatchQueue.concurrentPerform(iterations: all.count) { i in
                let posts =
                    map.posts
                    + all[i].map { Post(name: "c\($0)", kind: .policeRoom, phone: "", location: sites[$0].location, sourceCoordinate: sites[$0].location) }
                let settings = CoverageSettings(minutes: [5], profile: .carFoot, season: .dry, cellSize: 200)
                slots[i] = CoverageAnalysis.run(map: map, posts: posts, settings: settings, router: router, targets: targets).households.map(\.seconds)
            }
            seconds[k] = slots.values
        }
        return (sites, seconds)
    }

    /// The objective of one subset's household coverage times.
    func evaluate(_ map: PatrolMap, _ seconds: [Double?], _ settings: PlanSettings) -> Double {
        let cap = settings.capMinutes * 60
        let times = seconds.map { min($0 ?? cap, cap) }
        let weights = map.households.map { FacilityPlanner.weight($0, settings.weighting) }
        switch settings.objective {
        case .coverage: return zip(times, weights).reduce(0) { $0 + ($1.0 <= settings.minutes * 60 ? $1.1 : 0) }
        case .mean: return zip(times, weights).reduce(0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
        case .max: return times.max() ?? 0
        }
    }

    @Test(
        "the plan equals the exact optimum found by brute force, and its bound holds",
        arguments: [(PlanObjective.coverage, 1), (.coverage, 2), (.mean, 1), (.mean, 2), (.max, 1), (.max, 2)])
    func bruteForce(_ objective: PlanObjective, _ k: Int) throws {
        let map = try Fixtures.tiny()
        let settings = PlanSettings(objective: objective, newPosts: k, minutes: 5)
        let router = Router(map: map, profile: .carFoot)
        let sites = CandidateSites.defaults(map: map, network: router.graph.network, spacing: 100)
        let result = FacilityPlanner.plan(map: map, settings: settings, candidates: sites)
        // The shared runs are of these candidates, profile and season.
        let bruteForce = try Self.bruteForce.get()
        #expect(bruteForce.sites == sites)
        #expect(settings.profile == .carFoot && settings.season == .dry)
        let runs = try #require(bruteForce.seconds[k])
        #expect(runs.count == Self.subsets(sites.count, k).count)
        let values = runs.map { evaluate(map, $0, settings) }
        let optimum = objective == .coverage ? values.max()! : values.min()!
        #expect(abs(result.after - optimum) < 1e-6, "plan \(result.after) vs optimum \(optimum)")
        switch objective {
        case .coverage: #expect(result.bound >= optimum - 1e-6)
        case .mean, .max: #expect(result.bound <= optimum + 1e-6)
        }
        #expect(result.added.count == k)
    }

    @Test("default candidates: road points at least 100 m apart, none of the car roads farther than 150 m from one")
    func candidatesAlongRoads() throws {
        let map = try Fixtures.tiny()
        let router = Router(map: map, profile: .car)
        let network = router.graph.network
        let sites = CandidateSites.defaults(map: map, network: network, spacing: 100)
        let road = sites.filter { $0.origin == .roadNode || $0.origin == .roadPoint }
        #expect(sites.count - road.count == map.landmarks.count)
        for (i, a) in road.enumerated() {
            for b in road[(i + 1)...] { #expect(a.location.distance(to: b.location) >= 100) }
        }
        // Every 10 m of every car road (3.8 km on tiny: all but the narrow track and the path) lies within 150 m of a
        // candidate: stride points every 100 m are at most 50 m away, or were thinned out for a
        // kept point within 100 m of them.
        var sampled = 0
        for (l, link) in network.links.enumerated() where router.graph.isAccessible(layer: 0, link: l) {
            for offset in stride(from: 0.0, through: link.length, by: 10) {
                let p = Polyline.point(at: offset, on: link.geometry)
                #expect(road.contains { $0.location.distance(to: p) <= 150 }, "link \(l) at \(offset) m")
                sampled += 1
            }
        }
        #expect(sampled >= 380)
        #expect(road.contains { $0.origin == .roadPoint })
    }

    @Test("coverage with posts at the chosen sites reports exactly the demand the plan reports")
    func sharedModel() throws {
        let map = try Fixtures.tiny()
        let settings = PlanSettings(objective: .coverage, newPosts: 2, minutes: 5)
        let result = FacilityPlanner.plan(map: map, settings: settings)
        let posts =
            map.posts
            + result.added.map { Post(name: $0.site.name, kind: .policeRoom, phone: "", location: $0.site.location, sourceCoordinate: $0.site.location) }
        let coverage = CoverageAnalysis.run(map: map, posts: posts, settings: CoverageSettings(minutes: [5]))
        #expect(Double(coverage.thresholds[0].residents) == result.after)
        let before = CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings(minutes: [5]))
        #expect(Double(before.thresholds[0].residents) == result.before)
    }

    @Test("tag weights multiply a household's demand")
    func weights() throws {
        let map = try Fixtures.tiny()
        let h005 = map.households.first { $0.id == "H005" }!  // 1 resident, elderly_alone; disability
        #expect(FacilityPlanner.weight(h005, DemandWeighting()) == 1)
        #expect(FacilityPlanner.weight(h005, DemandWeighting(base: .households, tagWeights: ["elderly_alone": 3, "disability": 2])) == 6)
    }

    @Test("relocating chooses all sites afresh and never does worse than the current posts")
    func relocate() throws {
        let map = try Fixtures.tiny()
        let result = FacilityPlanner.plan(map: map, settings: PlanSettings(objective: .mean, newPosts: 1, minutes: 5, relocate: true))
        #expect(result.kept.isEmpty)
        #expect(result.added.count == map.posts.count + 1)
        #expect(result.after <= result.before)
    }

    @Test("the default candidate spacing is 100 m up to 200 km², then √(area / 20,000): 443 m for the 3,924 km² county")
    func defaultSpacing() {
        #expect(PlanSettings.defaultSpacing(areaKm2: 77.99) == 100)
        #expect(PlanSettings.defaultSpacing(areaKm2: 200) == 100)
        // √(3,923.8 km² / 20,000) = √196,190 m² = 442.93 m, rounded up.
        #expect(PlanSettings.defaultSpacing(areaKm2: 3_923.8) == 443)
        #expect(PlanSettings.defaultSpacing(areaKm2: 77_506.6) == 1_969)
        #expect(PlanSettings.defaultSpacing(areaKm2: 0) == 100)
        #expect(PlanSettings.defaultSpacing(areaKm2: .infinity) == 100)
    }
}
