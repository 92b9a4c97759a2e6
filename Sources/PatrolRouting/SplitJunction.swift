/// Two junctions a few metres apart said as one turn: crossing or joining a dual carriageway
/// (its two one-way halves), or a junction split round a traffic island.
public struct SplitJunction: Sendable, Hashable {
    /// The turn from the road arrived on to the road left by, over the whole junction.
    public var turn: TurnClass
    /// The road the route leaves the junction by (its tags).
    public var road: [String: String]
    /// True when that is the road the route arrived on: the junction is crossed, not turned at.
    public var staysOnRoad: Bool
    /// The nearest landmark to the first of the junctions, if any.
    public var landmark: String?

    /// How far apart (metres along the route) two junctions may be to be said as one.
    public static let length = 35.0

    /// Creates a split junction from its parts.
    public init(turn: TurnClass, road: [String: String], staysOnRoad: Bool, landmark: String?) {
        self.turn = turn
        self.road = road
        self.staysOnRoad = staysOnRoad
        self.landmark = landmark
    }
}
