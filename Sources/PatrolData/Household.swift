public import PatrolGeo

/// One household of the station's ledger.
///
/// ``head``, ``phone``, ``tags`` and ``note`` are personal data: they appear only in
/// internal views, never in a wall map or other public output.
public struct Household: Sendable, Hashable {
    /// The ledger's household number, such as `H00123`.
    public var id: String
    /// Administrative village name, such as `董村`.
    public var village: String
    /// Villager group (组), such as `3`.
    public var group: String
    /// House number (门牌号), such as `12`.
    public var number: String
    /// Position in the working CRS.
    public var location: Point
    /// Position as written in the file (input CRS).
    public var sourceCoordinate: Point
    /// Head of household (personal).
    public var head: String
    /// Number of residents.
    public var members: Int
    /// Phone number (personal).
    public var phone: String
    /// Care tags such as `elderly_alone` or `left_behind_children` (personal).
    public var tags: [String]
    /// Free-text note (personal).
    public var note: String
    /// Line (CSV) or feature index + 1 (GeoJSON) it was read from.
    public var sourceLine: Int

    /// Creates a household.
    public init(
        id: String, village: String, group: String, number: String, location: Point, sourceCoordinate: Point,
        head: String = "", members: Int = 1, phone: String = "", tags: [String] = [], note: String = "", sourceLine: Int = 0
    ) {
        self.id = id
        self.village = village
        self.group = group
        self.number = number
        self.location = location
        self.sourceCoordinate = sourceCoordinate
        self.head = head
        self.members = members
        self.phone = phone
        self.tags = tags
        self.note = note
        self.sourceLine = sourceLine
    }

    /// The house label the ledger and the officers use: `村名 + 组 + 门牌号`, such as `董村3组12号`.
    public var houseLabel: String {
        Self.houseLabel(village: village, group: group, number: number)
    }

    /// Builds a house label, not doubling a `组` or `号` already written in the fields.
    public static func houseLabel(village: String, group: String, number: String) -> String {
        var label = village
        if !group.isEmpty { label += group.hasSuffix("组") ? group : group + "组" }
        if !number.isEmpty { label += number.hasSuffix("号") ? number : number + "号" }
        return label
    }
}
