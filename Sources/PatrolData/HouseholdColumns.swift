import Foundation

/// The household ledger's columns and the header names accepted for each.
enum HouseholdColumn: String, CaseIterable {
    case id, village, group, number, lon, lat, head, members, phone, tags, note

    /// Header names that mean this column: ours, then the Chinese ledger's.
    var aliases: [String] {
        switch self {
        case .id: ["id", "户号", "household_id"]
        case .village: ["village", "村", "村名"]
        case .group: ["group", "组", "村民小组"]
        case .number: ["number", "门牌号", "门牌"]
        case .lon: ["lon", "经度", "lng", "longitude", "x"]
        case .lat: ["lat", "纬度", "latitude", "y"]
        case .head: ["head", "户主"]
        case .members: ["members", "人口", "人数"]
        case .phone: ["phone", "电话", "联系电话"]
        case .tags: ["tags", "标签"]
        case .note: ["note", "备注"]
        }
    }

    /// Columns a ledger must have.
    static let required: [HouseholdColumn] = [.id, .village, .group, .number, .lon, .lat, .members]

    /// The column a header cell names, matching case-insensitively and ignoring spaces.
    static func matching(_ header: String) -> HouseholdColumn? {
        let key = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return allCases.first { $0.aliases.contains(key) }
    }
}
