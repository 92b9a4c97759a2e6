/// What turning costs a vehicle at a junction, as data: seconds by turn angle to the right and
/// to the left, a U-turn, and giving way when arriving on a smaller road than one that meets it.
///
/// Traffic keeps to the right, so a left turn crosses the oncoming lane and waits for a gap,
/// and costs more than a right turn of the same angle. The magnitudes follow OSRM's `car.lua`
/// (`turn_penalty` 7.5 s on a sigmoid of the angle with `turn_bias` 1.075, `oncoming_turn_penalty`
/// 2 s, `u_turn_penalty` 20 s: a right angle costs 2.1 s to the right, 7.3 s to the left),
/// a little lower on the left for rural roads with little oncoming traffic. A turn costs only
/// at a junction, where at least three roads the vehicle may use meet; a bend in a road is free.
public struct TurnCosts: Sendable, Hashable {
    /// Seconds to turn right by an angle in degrees (0 = straight on, 180 = back).
    public var right: PiecewiseLinear
    /// Seconds to turn left by an angle in degrees.
    public var left: PiecewiseLinear
    /// Seconds to turn back onto the road one arrived on.
    public var uTurn: Double
    /// Seconds added when the road arrived on ranks below another road at the junction
    /// (giving way before entering or crossing it).
    public var giveWay: Double
    /// Rank of each `highway` class for ``giveWay`` (`*_link` ranks as its class; absent: 0).
    public var classRank: [String: Int]

    /// Creates a table.
    public init(right: PiecewiseLinear, left: PiecewiseLinear, uTurn: Double, giveWay: Double, classRank: [String: Int]) {
        self.right = right
        self.left = left
        self.uTurn = uTurn
        self.giveWay = giveWay
        self.classRank = classRank
    }

    /// Seconds for a turn of `angle` degrees (positive left, as ``Branch/turn``), or a U-turn,
    /// arriving on a road of rank `arriving` at a junction whose other roads rank up to `biggest`.
    public func seconds(angle: Double, isUTurn: Bool, arriving: Int, biggest: Int) -> Double {
        let turning = isUTurn ? uTurn : angle > 0 ? left(angle) : right(-angle)
        return turning + (biggest > arriving ? giveWay : 0)
    }

    /// The rank of a road with `tags`.
    public func rank(_ tags: [String: String]) -> Int {
        let highway = tags["highway"] ?? ""
        let base = highway.hasSuffix("_link") ? String(highway.dropLast(5)) : highway
        return classRank[base] ?? 0
    }

    /// The built-in table for cars and motorcycles.
    public static let vehicle = TurnCosts(
        right: PiecewiseLinear([(0, 0), (20, 0), (45, 1), (90, 2.5), (135, 4), (180, 5)]),
        left: PiecewiseLinear([(0, 0), (20, 0), (45, 2), (90, 6), (135, 8), (180, 9)]),
        uTurn: 25, giveWay: 3,
        classRank: [
            "motorway": 7, "trunk": 6, "primary": 5, "secondary": 4, "tertiary": 3, "unclassified": 2, "residential": 2,
            "road": 2, "living_street": 1, "service": 1, "track": 1,
        ])
}
