/// What the officer does at one step of the directions, as data; ``ManeuverPhrasing``
/// turns it into words.
public enum Maneuver: Sendable, Hashable {
    /// Leave `start`; `road` is how the route gets onto its first road (nil when it never
    /// uses one and walks straight to the destination).
    case depart(start: String, road: FirstRoad?)
    /// Change road at a junction that is not a fork.
    case turn(TurnClass, onto: [String: String], landmark: String?)
    /// Choose a branch at a fork: a decision (``Fork/isContinuation`` is false).
    case fork(Fork)
    /// Stay on the road through a run of forks where it is the obvious continuation.
    case follow(FollowRun)
    /// Go round a roundabout and leave by the given exit.
    case roundabout(RoundaboutPassage)
    /// Cross or turn at a junction split in two a few metres apart (a dual carriageway).
    case splitJunction(SplitJunction)
    /// Park the car and go on in `mode` along the road with tags `road`; `fork` when the
    /// parking place is itself a fork.
    case park(mode: TravelMode, road: [String: String], landmark: String?, fork: Fork?)
    /// Leave the road and walk `distance` metres on `bearing` (degrees clockwise from
    /// north) to the door.
    case leaveRoad(bearing: Double, distance: Double)
    /// Arrive at `destination`; `lastWalk` metres on foot are called out when the route
    /// does not walk all the way.
    case arrive(destination: String, lastWalk: Double?)

    /// The first road of a route and how it is reached.
    public struct FirstRoad: Sendable, Hashable {
        /// The road's tags.
        public var tags: [String: String]
        /// Compass bearing of the road's first metres, degrees clockwise from north.
        public var bearing: Double
        /// How the road is travelled.
        public var mode: TravelMode
        /// Metres walked from the start to the road, nil when the route starts on it.
        public var walkBefore: Double?
    }

    /// The kind of step this maneuver makes.
    public var kind: RouteStep.Kind {
        switch self {
        case .depart: .depart
        case .turn: .turn
        case .fork: .fork
        case .follow: .follow
        case .roundabout: .roundabout
        case .splitJunction: .turn
        case .park: .park
        case .leaveRoad: .leaveRoad
        case .arrive: .arrive
        }
    }

    /// The road the maneuver leads onto, nil for one that leads onto none (arrival, leaving the
    /// road, a route that stays on its roundabout).
    public var road: [String: String]? {
        switch self {
        case .depart(_, let first): first?.tags
        case .turn(_, let road, _): road
        case .fork(let fork): fork.taken.tags
        case .follow(let run): run.road
        case .roundabout(let passage): passage.exit > 0 ? passage.road : nil
        case .splitJunction(let split): split.road
        case .park(_, let road, _, _): road
        case .leaveRoad, .arrive: nil
        }
    }

    /// The forks the maneuver itself names (a step may cover more: ``RouteStep/forks``).
    public var forks: [Fork] {
        switch self {
        case .fork(let fork): [fork]
        case .follow(let run): run.forks
        case .park(_, _, _, let fork?): [fork]
        default: []
        }
    }
}
