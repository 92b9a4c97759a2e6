import Foundation
public import PatrolData
import PatrolGeo
import PatrolRouting

/// One proposed post.
public struct ProposedPost: Sendable, Hashable {
    /// The candidate chosen.
    public var site: CandidateSite
    /// What it adds to the objective with the others in place (demand covered for `coverage`,
    /// seconds off the mean for `mean`, seconds off the worst time for `max`).
    public var gain: Double
    /// The road it sits on (name or kind), if any within reach.
    public var road: Localized?
    /// The village whose polygon holds it.
    public var village: String?
    /// The nearest landmark and its distance in metres.
    public var landmark: (name: String, distance: Double)?

    /// Two proposals are equal when they put the same post at the same site with the same gain and village.
    public static func == (a: ProposedPost, b: ProposedPost) -> Bool {
        a.site == b.site && a.gain == b.gain && a.village == b.village
    }

    /// Hashes the site alone (equal proposals share it).
    public func hash(into hasher: inout Hasher) { hasher.combine(site) }
}

/// The outcome of a plan.
public struct PlanResult: Sendable {
    /// The settings used.
    public var settings: PlanSettings
    /// How many candidates were considered.
    public var candidates: Int
    /// The new posts, in the order chosen.
    public var added: [ProposedPost]
    /// Existing posts that stay (all of them unless relocating).
    public var kept: [Post]
    /// Objective before (existing posts only; for relocation, the current posts).
    public var before: Double
    /// Objective after.
    public var after: Double
    /// Proven bound on the optimum: an upper bound for `coverage`, a lower bound for `mean` and `max`.
    public var bound: Double
    /// Coverage with the existing posts.
    public var coverageBefore: CoverageResult
    /// Coverage with the plan's posts.
    public var coverageAfter: CoverageResult
    /// Every candidate considered, in instance order.
    public var candidateSites: [CandidateSite]
    /// Indices into ``candidateSites`` of the sites chosen.
    public var selectedCandidates: [Int]
    /// True when the candidates are the default road points and landmarks, thinned by
    /// ``PlanSettings/candidateSpacing``; false when they were given (a file).
    public var usedDefaultSites: Bool { !candidateSites.contains { $0.origin == .file } }
    /// The optimisation instance (see ``instanceFiles(map:)``).
    var instance: PlanInstance?

    /// The largest share by which the answer can fall short of the optimum.
    public var gap: Double {
        switch settings.objective {
        case .coverage: bound > 0 ? max(0, (bound - after) / bound) : 0
        case .mean, .max: after > 0 ? max(0, (after - bound) / after) : 0
        }
    }
}

/// Places new posts where they help most: candidates × demand travel times from bounded
/// searches, greedy construction then swap local search, and a proven bound on the optimum.
public enum FacilityPlanner {
    /// Plans `settings.newPosts` new posts among `candidates` (the defaults when `nil`).
    ///
    /// - Parameter progress: told how many candidate searches are done, out of how many.
    public static func plan(
        map: PatrolMap, settings: PlanSettings, candidates given: [CandidateSite]? = nil, coverageMinutes: [Double] = CoverageSettings.defaultMinutes,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> PlanResult {
        let router = Router(map: map, profile: settings.profile, season: settings.season)
        var candidates = given ?? CandidateSites.defaults(map: map, network: router.graph.network, spacing: settings.candidateSpacing)
        let kept = settings.relocate ? [] : map.posts
        if settings.relocate {
            candidates += map.posts.map { CandidateSite(name: $0.name, location: $0.location, origin: .existingPost) }
        }
        let coverageSettings = CoverageSettings(minutes: Array(Set(coverageMinutes + [settings.minutes])), profile: settings.profile, season: settings.season)
        // Households are snapped once, for the instance and for coverage before and after.
        let coverageTargets = CoverageTargets(map: map, cellSize: coverageSettings.cellSize, router: router)
        let householdSnaps = coverageTargets.householdSnaps
        let instance = buildInstance(
            map: map, router: router, settings: settings, candidates: candidates, kept: kept, householdSnaps: householdSnaps, progress: progress)
        let solution: PlanSolution
        switch settings.objective {
        case .coverage: solution = CoveragePlanner.solve(instance)
        case .mean: solution = MedianPlanner.solve(instance)
        case .max: solution = CenterPlanner.solve(instance)
        }
        // Times are milliseconds inside the solvers and seconds in the result.
        let scale = settings.objective == .coverage ? 1.0 : 0.001
        let current: Double
        if settings.relocate {
            let reach = router.reach(from: map.posts.map(\.location), toSnapped: householdSnaps)
            var relocated = instance
            relocated.baseline = reach.map { min($0.milliseconds ?? instance.cap, instance.cap) }
            current = relocated.value(settings.objective, [])
        } else {
            current = instance.value(settings.objective, [])
        }
        let added = solution.selected.map { c -> ProposedPost in
            let others = solution.selected.filter { $0 != c }
            let without = instance.value(settings.objective, others)
            let gain = settings.objective == .coverage ? solution.value - without : (without - solution.value) * scale
            return describe(candidates[c], gain: gain, map: map, router: router)
        }
        let newPosts = added.enumerated().map { i, p in
            Post(
                name: p.site.origin == .existingPost ? p.site.name : "new post \(i + 1)", kind: .policeRoom, phone: "", location: p.site.location,
                sourceCoordinate: map.coordinates.inputCoordinate(p.site.location))
        }
        // Coverage before and after are independent: one on each core (each also spreads its places).
        let postSets = [map.posts, kept + newPosts]
        let coverage = Parallel.map(postSets.count) {
            CoverageAnalysis.run(map: map, posts: postSets[$0], settings: coverageSettings, router: router, targets: coverageTargets)
        }
        return PlanResult(
            settings: settings, candidates: candidates.count, added: added, kept: kept,
            before: current * scale, after: solution.value * scale, bound: solution.bound * scale,
            coverageBefore: coverage[0], coverageAfter: coverage[1],
            candidateSites: candidates, selectedCandidates: solution.selected, instance: instance)
    }

    /// Demand weights, baseline times from the posts that stay, and the candidate matrix
    /// (`householdSnaps`: each household's ``Router/snaps(_:)``).
    static func buildInstance(
        map: PatrolMap, router: Router, settings: PlanSettings, candidates: [CandidateSite], kept: [Post], householdSnaps: [[Snap]],
        progress: (@Sendable (Int, Int) -> Void)?
    ) -> PlanInstance {
        let cap = Int64(settings.capMinutes * 60_000)
        let threshold = Int64((settings.minutes * 60_000).rounded())
        let weights = map.households.map { weight($0, settings.weighting) }
        let targets = map.households.map(\.location)
        let baseline: [Int64] =
            kept.isEmpty
            ? [Int64](repeating: cap, count: targets.count)
            : router.reach(from: kept.map(\.location), toSnapped: householdSnaps).map { min($0.milliseconds ?? cap, cap) }
        let limit: Int64
        let useful: [Int64]
        switch settings.objective {
        case .coverage:
            limit = threshold
            useful = baseline.map { $0 > threshold ? threshold + 1 : 0 }
        case .mean, .max:
            limit = min(cap, baseline.max() ?? cap)
            useful = baseline
        }
        let total = candidates.count
        let matrix = router.reachMatrix(from: candidates.map(\.location), to: targets, targetSnaps: householdSnaps, limit: limit, usefulBelow: useful) { done in
            progress?(done, total)
        }
        return PlanInstance(
            weights: weights, baseline: baseline, matrix: matrix, choose: settings.newPosts + (settings.relocate ? map.posts.count : 0), threshold: threshold,
            cap: cap)
    }

    /// A household's demand weight.
    public static func weight(_ household: Household, _ weighting: DemandWeighting) -> Double {
        var w = weighting.base == .residents ? Double(household.members) : 1
        for tag in household.tags { if let factor = weighting.tagWeights[tag] { w *= factor } }
        return w
    }

    static func describe(_ site: CandidateSite, gain: Double, map: PatrolMap, router: Router) -> ProposedPost {
        let road = router.snaps(site.location).first.map { RoadDescription.label(router.graph.network.tags(of: $0.link)) }
        let landmark = map.landmarks.map { ($0.name, $0.location.distance(to: site.location)) }.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return ProposedPost(
            site: site, gain: gain, road: road, village: map.village(containing: site.location)?.name, landmark: landmark.map { (name: $0.0, distance: $0.1) })
    }
}
