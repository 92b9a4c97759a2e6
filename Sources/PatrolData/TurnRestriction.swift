public import PatrolGeo

/// A turn restriction: an OSM `type=restriction` relation as a line along the roads.
///
/// ``path`` runs along road vertices: its first segment is the last piece of the *from* road
/// before the junction, its last segment the first piece of the *to* road after it, and the
/// vertices between are the *via*: one vertex for a via node, the whole via way(s) otherwise.
/// A `no_*` restriction bans driving the path; an `only_*` one bans, after the from segment,
/// every way on but the path. Which vehicles it binds is in its OSM tags (`restriction`,
/// `restriction:motorcar`, `except`); the travel profiles decide.
public struct TurnRestriction: Sendable, Hashable {
    /// 0-based index of the feature in `turns.geojson`.
    public var feature: Int
    /// The feature's `id` (`r123` for OSM relation 123), when it has one.
    public var id: String?
    /// OSM tags: `restriction`, `restriction:<vehicle>`, `except`, as text.
    public var tags: [String: String]
    /// Vertices in the working CRS: from vertex, via vertices, to vertex.
    public var path: [Point]

    /// Creates a restriction.
    public init(feature: Int, id: String?, tags: [String: String], path: [Point]) {
        self.feature = feature
        self.id = id
        self.tags = tags
        self.path = path
    }

    /// What a restriction does.
    public enum Rule: String, Sendable, Hashable {
        /// `no_*`: the path is banned.
        case no
        /// `only_*`: coming along the from segment, the path is the only way on.
        case only
    }

    /// The rule of an OSM restriction value (`no_left_turn` → ``Rule/no``), or `nil` when it is none.
    public static func rule(of value: String) -> Rule? {
        let value = value.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("no_"), value.count > 3 { return .no }
        if value.hasPrefix("only_"), value.count > 5 { return .only }
        return nil
    }

    /// The rule that binds a vehicle known by `vehicleKeys` (most specific first, such as
    /// `motorcar`, `motor_vehicle`, `vehicle`), or `nil` when none does.
    ///
    /// A `restriction:<key>` tag for one of the keys wins over the plain `restriction`; an
    /// `except` listing one of the keys frees the vehicle (OSRM reads them the same way).
    public func rule(for vehicleKeys: [String]) -> Rule? {
        if exceptions.contains(where: vehicleKeys.contains) { return nil }
        for key in vehicleKeys {
            if let value = tags["restriction:\(key)"] { return Self.rule(of: value) }
        }
        return tags["restriction"].flatMap(Self.rule(of:))
    }

    /// The vehicles listed in `except`.
    public var exceptions: [String] {
        (tags["except"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The restriction tags that apply without conditions: `restriction` and
    /// `restriction:<vehicle>`, not `restriction:conditional` (nor `restriction:<vehicle>:conditional`).
    public static func isRuleKey(_ key: String) -> Bool {
        key == "restriction" || (key.hasPrefix("restriction:") && !key.hasSuffix(":conditional") && key != "restriction:conditional")
    }
}
