import Foundation
import PatrolGeo

/// Checks ledger rows one at a time and keeps the households they describe, so a ledger is
/// never held as a table of text: each row becomes a ``Household`` (or an issue) as it is read.
///
/// The issues come out in the order a reading of the whole table gives them: the header's and
/// the table's (field counts, control characters, a GeoJSON household that is not a Point),
/// then the rows' (ids, villages, coordinates, members), then the locations'.
struct LedgerRows {
    let file: String
    /// The header cell each column was read from (CSV), for messages.
    let headerNames: [HouseholdColumn: String]
    /// True for a GeoJSON ledger: positions come from geometries and issues name features.
    let geoJSON: Bool
    /// Issues of the header and the table, in file order.
    var tableIssues: [InputIssue] = []
    private var rowIssues: [InputIssue] = []
    private var households: [Household] = []
    /// The feature index of each household kept (GeoJSON only).
    private var features: [Int] = []
    /// The household kept for each search key (``PlaceSearch/idKey(_:)``): a second id with the
    /// same key is refused, and the first one's line is in its household.
    private var firstByKey: [String: Int32] = [:]
    /// One copy of each village name too long to be stored inside a `String` (more than 15
    /// UTF-8 bytes), shared by its households.
    private var villageNames: [String: String] = [:]

    /// The columns a CSV row's fields are read from, in field order.
    private let columns: [(column: HouseholdColumn, index: Int)]
    /// The number of fields a CSV row must have: the header's.
    private let width: Int
    /// The values of the CSV row being read, by ``HouseholdColumn/ordinal``.
    private var values = [String?](repeating: nil, count: HouseholdColumn.allCases.count)

    init(file: String, headerNames: [HouseholdColumn: String], geoJSON: Bool, columns: [(column: HouseholdColumn, index: Int)] = [], width: Int = 0) {
        self.file = file
        self.headerNames = headerNames
        self.geoJSON = geoJSON
        self.columns = columns
        self.width = width
    }

    /// Makes room for `count` households.
    mutating func reserve(_ count: Int) {
        households.reserveCapacity(count)
        firstByKey.reserveCapacity(count)
    }

    /// Checks one CSV record after the header: its field count, control characters, then its values.
    mutating func add(_ record: CSVRecord) {
        guard record.fields.count == width else {
            tableIssues.append(
                InputIssue(
                    .error, file: file, line: record.line,
                    message: Localized(
                        en: "expected \(width) fields, found \(record.fields.count); row skipped",
                        zh: "应有 \(width) 个字段,实际 \(record.fields.count) 个,该行已跳过")))
            return
        }
        for i in values.indices { values[i] = nil }
        for (column, index) in columns {
            var field = record.fields[index]
            // Every stray control character is ASCII: most fields need no look at their scalars.
            if field.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }), let control = ControlCharacters.first(in: field) {
                let name = headerNames[column] ?? column.rawValue
                let found = ControlCharacters.describe(control, in: field)
                if HouseholdColumn.required.contains(column) {
                    tableIssues.append(
                        InputIssue(
                            .error, file: file, line: record.line, field: name,
                            message: Localized(en: "\(found.en); row skipped", zh: "\(found.zh),该行已跳过")))
                    return
                }
                tableIssues.append(
                    InputIssue(
                        .warning, file: file, line: record.line, field: name,
                        message: Localized(en: "\(found.en); removed", zh: "\(found.zh),已删除")))
                field = ControlCharacters.removed(from: field)
            }
            values[column.ordinal] = Trimming.whitespaceAndNewlines(field)
        }
        add(values, line: record.line, feature: nil, point: nil)
    }

    /// Checks one row, given by its values indexed by ``HouseholdColumn/ordinal`` (trimmed, or
    /// nil for a column the ledger lacks), and keeps its household or records why not.
    mutating func add(_ values: [String?], line: Int, feature: Int?, point: Point?) {
        func value(_ column: HouseholdColumn) -> String? { values[column.ordinal] }
        let id = value(.id) ?? ""
        func refuse(_ field: HouseholdColumn?, _ en: String, _ zh: String) {
            rowIssues.append(
                InputIssue(
                    .error, file: file, line: line, feature: feature, recordID: id.isEmpty ? nil : id,
                    field: field.map { headerNames[$0] ?? $0.rawValue },
                    message: Localized(en: en + "; skipped", zh: zh + ",已跳过")))
        }
        guard !id.isEmpty else {
            refuse(.id, "the household id is empty", "户号为空")
            return
        }
        let key = PlaceSearch.idKey(id)
        if let index = firstByKey[key] {
            // The only household kept with this key is also the only one that can have this very id.
            let first = households[Int(index)]
            if first.id == id {
                refuse(.id, "duplicate household id '\(id)' (first on line \(first.sourceLine))", "户号 '\(id)' 重复(首次出现在第 \(first.sourceLine) 行)")
            } else {
                refuse(
                    .id,
                    "household id '\(id)' is the same as '\(first.id)' (line \(first.sourceLine)) once full-width forms, case and spaces are folded, so a search finds only one of them",
                    "户号 '\(id)' 与 '\(first.id)'(第 \(first.sourceLine) 行)在统一全角半角、大小写和空格后相同,查找时只能找到其中一户")
            }
            return
        }
        guard var village = value(.village), !village.isEmpty else {
            refuse(.village, "the village is empty", "村名为空")
            return
        }
        let source: Point
        if let point {
            source = point
        } else {
            let lonText = value(.lon) ?? ""
            let latText = value(.lat) ?? ""
            guard let x = Double(lonText), let y = Double(latText) else {
                refuse(Double(lonText) == nil ? .lon : .lat, "coordinates '\(lonText)', '\(latText)' are not numbers", "坐标 '\(lonText)'、'\(latText)' 不是数字")
                return
            }
            guard x.isFinite, y.isFinite else {
                refuse(x.isFinite ? .lat : .lon, "coordinates '\(lonText)', '\(latText)' are not finite numbers", "坐标 '\(lonText)'、'\(latText)' 不是有限数")
                return
            }
            source = Point(x: x, y: y)
        }
        let membersText = value(.members) ?? ""
        guard let members = Int(membersText), members >= 0, members < 1000 else {
            refuse(.members, "members '\(membersText)' is not a whole number of residents", "人口 '\(membersText)' 不是有效的整数")
            return
        }
        if village.utf8.count > 15 {
            if let shared = villageNames[village] { village = shared } else { villageNames[village] = village }
        }
        let tagsText = value(.tags) ?? ""
        let tags =
            tagsText.isEmpty
            ? []
            : tagsText.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "," || $0 == "，" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        firstByKey[key] = Int32(households.count)
        if let feature { features.append(feature) }
        // The location is the working position, found for all households at once in `finish`.
        households.append(
            Household(
                id: id, village: village, group: value(.group) ?? "", number: value(.number) ?? "", location: source,
                sourceCoordinate: source, head: value(.head) ?? "", members: members, phone: value(.phone) ?? "", tags: tags,
                note: value(.note) ?? "", sourceLine: line))
    }

    /// The households kept, in the working CRS (projected in one batch), without those whose
    /// position `check` refuses; reports every issue to `context`.
    /// - Complexity: O(n) besides the projection.
    mutating func finish(context: LayerContext, check: LocationCheck) -> [Household] {
        firstByKey = [:]
        villageNames = [:]
        var kept = households
        households = []
        let working = context.toWorking.forward(kept.map(\.sourceCoordinate))
        var locationIssues: [InputIssue] = []
        let field = geoJSON ? "geometry" : "\(headerNames[.lon] ?? "lon"),\(headerNames[.lat] ?? "lat")"
        var count = 0
        for i in kept.indices {
            if let problem = check.problem(source: kept[i].sourceCoordinate, working: working[i], context: context) {
                locationIssues.append(
                    InputIssue(
                        .error, file: file, line: kept[i].sourceLine, feature: geoJSON ? features[i] : nil, recordID: kept[i].id, field: field,
                        message: Localized(en: problem.en + "; skipped", zh: problem.zh + ",已跳过")))
                continue
            }
            kept[i].location = working[i]
            if count != i { kept[count] = kept[i] }
            count += 1
        }
        kept.removeLast(kept.count - count)
        context.issues += tableIssues + rowIssues + locationIssues
        return kept
    }
}

extension HouseholdColumn {
    /// The column's place in ``allCases``, for values kept in an array rather than a dictionary.
    var ordinal: Int {
        switch self {
        case .id: 0
        case .village: 1
        case .group: 2
        case .number: 3
        case .lon: 4
        case .lat: 5
        case .head: 6
        case .members: 7
        case .phone: 8
        case .tags: 9
        case .note: 10
        }
    }
}
