public import PatrolRouting

/// What a plan optimises.
public enum PlanObjective: String, Sendable, Hashable, CaseIterable {
    /// Maximal covering: the most demand within the threshold.
    case coverage
    /// p-median: the least mean travel time over the demand.
    case mean
    /// p-center: the least worst travel time.
    case max
}

/// How households count as demand.
public struct DemandWeighting: Sendable, Hashable {
    /// What one household weighs before tags.
    public enum Base: String, Sendable, Hashable, CaseIterable {
        /// Its number of residents (default).
        case residents
        /// One per household.
        case households
    }

    /// Residents or households.
    public var base: Base
    /// Multipliers for households carrying a tag, for example `elderly_alone: 2`.
    public var tagWeights: [String: Double]

    /// Creates a weighting.
    public init(base: Base = .residents, tagWeights: [String: Double] = [:]) {
        self.base = base
        self.tagWeights = tagWeights
    }
}

/// Everything a plan needs besides the map.
public struct PlanSettings: Sendable, Hashable {
    /// The objective.
    public var objective: PlanObjective
    /// How many new posts to place.
    public var newPosts: Int
    /// The coverage threshold in minutes (the `coverage` objective's T; reported for the others).
    public var minutes: Double
    /// Travel profile.
    public var profile: TravelProfile
    /// Season.
    public var season: Season
    /// Demand weighting.
    public var weighting: DemandWeighting
    /// When true the existing posts may move: all `existing + newPosts` sites are chosen afresh.
    public var relocate: Bool
    /// Spacing in metres for thinning the default candidates along the roads.
    public var candidateSpacing: Double

    /// About how many default candidates ``defaultSpacing(areaKm2:)`` allows: each is one bounded
    /// search from the site, so a county at 100 m (132,881 candidates on the generated county)
    /// took longer than a chief would wait.
    public static let defaultCandidateBudget = 20_000

    /// The candidate spacing of a township-sized map, and the least ``defaultSpacing(areaKm2:)`` gives.
    public static let townshipSpacing: Double = 100

    /// The default candidate spacing for a jurisdiction of `areaKm2`: ``townshipSpacing``, widened on maps larger
    /// than 200 km² so that one candidate per spacing squared stays within ``defaultCandidateBudget``
    /// (443 m for a county of 3,924 km²), rounded up to the metre.
    public static func defaultSpacing(areaKm2: Double) -> Double {
        let spread = (areaKm2 * 1_000_000 / Double(defaultCandidateBudget)).squareRoot().rounded(.up)
        return spread.isFinite ? Swift.max(townshipSpacing, spread) : townshipSpacing
    }

    /// Travel times beyond this many minutes count as this many (mean and max objectives).
    public var capMinutes: Double

    /// Creates settings.
    public init(
        objective: PlanObjective = .coverage, newPosts: Int, minutes: Double = 15, profile: TravelProfile = .carFoot, season: Season = .dry,
        weighting: DemandWeighting = DemandWeighting(), relocate: Bool = false, candidateSpacing: Double = townshipSpacing, capMinutes: Double = 120
    ) {
        self.objective = objective
        self.newPosts = newPosts
        self.minutes = minutes
        self.profile = profile
        self.season = season
        self.weighting = weighting
        self.relocate = relocate
        self.candidateSpacing = candidateSpacing
        self.capMinutes = capMinutes
    }
}
