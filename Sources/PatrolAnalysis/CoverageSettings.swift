public import PatrolRouting

/// What a coverage run measures.
public struct CoverageSettings: Sendable, Hashable {
    /// Time thresholds in minutes, ascending.
    public var minutes: [Double]
    /// Travel profile.
    public var profile: TravelProfile
    /// Season.
    public var season: Season
    /// Raster cell size in metres.
    public var cellSize: Double

    /// The chief's default thresholds: 5, 10, 15 and 30 minutes.
    public static let defaultMinutes: [Double] = [5, 10, 15, 30]

    /// Creates settings; thresholds are sorted and de-duplicated.
    public init(minutes: [Double] = defaultMinutes, profile: TravelProfile = .carFoot, season: Season = .dry, cellSize: Double = 50) {
        self.minutes = Array(Set(minutes)).sorted()
        self.profile = profile
        self.season = season
        self.cellSize = cellSize
    }

    /// The largest threshold in milliseconds.
    public var largestMilliseconds: Int64 { Int64(((minutes.last ?? 0) * 60_000).rounded()) }
}
