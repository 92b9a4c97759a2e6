/// How the router prices a move for one kind of road.
struct RouteProfile {
    /// Steepest grade (rise over run) a move may have.
    var maxGrade: Double
    /// Grade up to which climbing costs little.
    var easyGrade: Double
    /// Extra cost per metre for each unit of terrain slope above 0.15 (cutting into hillsides).
    var hillsidePenalty: Double
    /// Extra cost for stepping onto a stream from dry ground (a bridge or ford to build);
    /// running along a stream bed costs a third more per metre.
    var streamPenalty: Double
    /// Whether straight spans over gullies (bridges) are allowed.
    var allowsSpans: Bool
    /// Whether the road may leave the jurisdiction near its ends.
    var mayLeave: Bool
    /// New roads end on existing roads of at least this rank.
    var targetRank: Int

    /// The county road: gentle grades, bridges over gullies.
    static let county = RouteProfile(
        maxGrade: 0.065, easyGrade: 0.03, hillsidePenalty: 14, streamPenalty: 600, allowsSpans: true, mayLeave: true, targetRank: 3)
    /// Township roads to the villages.
    static let township = RouteProfile(
        maxGrade: 0.09, easyGrade: 0.05, hillsidePenalty: 8, streamPenalty: 250, allowsSpans: false, mayLeave: false, targetRank: 3)
    /// Lanes to hamlets: steep where they must be, kept off the stream beds.
    static let lane = RouteProfile(maxGrade: 0.16, easyGrade: 0.09, hillsidePenalty: 3, streamPenalty: 90, allowsSpans: false, mayLeave: false, targetRank: 2)
    /// Farm tracks.
    static let track = RouteProfile(maxGrade: 0.18, easyGrade: 0.09, hillsidePenalty: 2, streamPenalty: 40, allowsSpans: false, mayLeave: false, targetRank: 1)
    /// Footpaths: anything a person can climb.
    static let path = RouteProfile(maxGrade: 0.55, easyGrade: 0.25, hillsidePenalty: 0.3, streamPenalty: 10, allowsSpans: false, mayLeave: false, targetRank: 0)
}
