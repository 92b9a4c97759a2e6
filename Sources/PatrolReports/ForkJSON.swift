public import PatrolData
public import PatrolRouting

/// The `forks` of a route step as JSON: where each fork is, the branch taken and the ones avoided.
public enum ForkJSON {
    /// One fork; `location` is its position as the rest of the route's JSON writes positions,
    /// `region` picks the words for unnamed roads.
    public static func fork(_ fork: Fork, location: JSONValue, region: RoadRegion) -> JSONValue {
        var members: [(String, JSONValue)] = [("location", location), ("ways", .number(Double(fork.ways)))]
        if let landmark = fork.landmark {
            members.append(("landmark", .string(landmark)))
            members.append(("landmark_en", .string(Pinyin.name(landmark, in: .en))))
        }
        members.append(("continuation", .bool(fork.isContinuation)))
        members.append(("taken", branch(fork.taken, region)))
        members.append(("avoided", .array(fork.avoided.map { branch($0, region) })))
        return .object(members)
    }

    /// One branch: its place from the left, turn and compass bearing, road, climb, and whether
    /// the mode may enter it (`usable`; `reason` when not: `too_narrow`, `foot_only`, …).
    private static func branch(_ branch: ForkBranch, _ region: RoadRegion) -> JSONValue {
        let road = RoadDescription.surfaced(branch.tags, region: region)
        var members: [(String, JSONValue)] = [
            ("from_left", .number(Double(branch.position.fromLeft))),
            ("side", branch.position.side.map { .string($0.rawValue) } ?? .null),
            ("turn_deg", .number(branch.turnAngle, decimals: 0)),
            ("bearing_deg", .number(branch.bearing, decimals: 0)),
            ("road", .string(road.zh)),
            ("road_en", .string(road.en)),
            ("highway", .string(branch.tags["highway"] ?? "")),
        ]
        if let climb = branch.climb { members.append(("climb_m", .number(climb, decimals: 1))) }
        members.append(("usable", .bool(branch.isUsable)))
        if let closure = branch.closure { members.append(("reason", .string(closure.rawValue))) }
        return .object(members)
    }
}
