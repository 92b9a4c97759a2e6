/// A drive round a roundabout (`junction=roundabout` or `circular`): one step, told by the exit taken.
public struct RoundaboutPassage: Sendable, Hashable {
    /// The exit taken, counted from the entry: `2` for the second road the mode may leave by;
    /// 0 while the route is still on the roundabout (it ends there).
    public var exit: Int
    /// The road the route leaves by (its tags); empty while it is still on the roundabout.
    public var road: [String: String]
    /// The nearest landmark to the entry, if any.
    public var landmark: String?

    /// Creates a passage from its parts.
    public init(exit: Int, road: [String: String], landmark: String?) {
        self.exit = exit
        self.road = road
        self.landmark = landmark
    }

    /// True for a road that is part of a roundabout or a circular junction.
    public static func isRoundabout(_ tags: [String: String]) -> Bool {
        tags["junction"] == "roundabout" || tags["junction"] == "circular"
    }
}
