public import PatrolData
public import PatrolGeo

/// One instruction of turn-by-turn directions.
public struct RouteStep: Sendable, Hashable {
    /// What happens at the step.
    public enum Kind: String, Sendable, Hashable {
        /// Leave the start.
        case depart
        /// A turn, or a change of road, at a junction that is not a fork.
        case turn
        /// A fork that is a decision: the step names the branch to take and the ones to avoid.
        case fork
        /// A run of forks where the route stays on its road; the step lists them all.
        case follow
        /// Round a roundabout to the exit named; the step lists every fork on it.
        case roundabout
        /// Park and go on foot (car+foot).
        case park
        /// Leave the road and walk across to the door.
        case leaveRoad
        /// Arrive.
        case arrive
    }

    /// What the officer does here, as data.
    public var maneuver: Maneuver
    /// What happens here.
    public var kind: Kind { maneuver.kind }
    /// The instruction in both languages.
    public var instruction: Localized { ManeuverPhrasing.instruction(maneuver, then: run, region: region) }
    /// Where the step happens, in the working CRS.
    public var location: Point
    /// Metres from here to the next step.
    public var distance: Double
    /// Seconds from here to the next step.
    public var duration: Double
    /// Seconds from the start to here.
    public var elapsed: Double
    /// How the stretch after this step is travelled.
    public var mode: TravelMode
    /// Turn angle in degrees (positive left, negative right), at junctions.
    public var turnAngle: Double?
    /// Branches at the junction, the arriving one included.
    public var branches: Int
    /// Which words fit the map's unnamed roads.
    public var region: RoadRegion
    /// Every fork the step covers, in travel order, with the branch taken and the ones avoided:
    /// those its maneuver names, and those passed on the way where the route needs no word
    /// (a split junction's halves, a roundabout's exits, a fork a few metres before the next step).
    public var forks: [Fork]
    /// The run of forks after the step where the route simply stays on the road the step led
    /// onto (`右转进入CG-1;再沿CG-1行驶 2.1 公里,途经 3 个岔路口`), nil when there is none.
    public var run: FollowRun? = nil

    /// True for steps an officer must act on (decision forks, turns, parking, leaving the road).
    public var isDecisionPoint: Bool { kind == .fork || kind == .turn || kind == .roundabout || kind == .park || kind == .leaveRoad }

    /// True for a choice or turn made at a junction (a decision fork, a turn, a split junction).
    var isJunctionDecision: Bool { kind == .fork || kind == .turn }
}

/// How sharp a turn is.
public enum TurnClass: String, Sendable, Hashable {
    case straight, slightLeft, left, sharpLeft, uTurn, sharpRight, right, slightRight

    /// Classifies a turn angle in degrees (positive left): straight under 20°, slight to 45°,
    /// a turn to 120°, sharp to 165°, a U-turn beyond.
    public init(angle: Double) {
        let a = abs(angle)
        let left = angle > 0
        switch a {
        case ..<20: self = .straight
        case ..<45: self = left ? .slightLeft : .slightRight
        case ..<120: self = left ? .left : .right
        case ..<165: self = left ? .sharpLeft : .sharpRight
        default: self = .uTurn
        }
    }
}
