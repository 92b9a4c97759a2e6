import Foundation
import PatrolGeo

/// Reads the household ledger: `households.csv` (UTF-8, UTF-8 with BOM, or GB18030) or
/// `households.geojson` with the same property names.
enum HouseholdLayer {
    /// One ledger row before validation, from either format.
    struct Row {
        var line: Int
        var feature: Int?
        var values: [HouseholdColumn: String]
        /// The geometry of a GeoJSON row; CSV rows carry lon/lat in `values`.
        var point: Point?
    }

    struct Result {
        var households: [Household]
        var encoding: TextEncoding?
    }

    static func readCSV(_ bytes: [UInt8], file: String, context: LayerContext, check: LocationCheck) throws(InputIssue) -> Result {
        let (records, encoding) = try records(bytes, file: file)
        guard let header = records.first else {
            throw InputIssue(.error, file: file, line: 1, message: emptyFile)
        }
        var columnIndex: [HouseholdColumn: Int] = [:]
        var headerNames: [HouseholdColumn: String] = [:]
        for (i, name) in header.fields.enumerated() {
            guard let column = HouseholdColumn.matching(name) else {
                context.report(
                    InputIssue(
                        .warning, file: file, line: header.line, field: name,
                        message: Localized(en: "unknown column '\(name)' is ignored", zh: "未知列 '\(name)' 已忽略")))
                continue
            }
            if columnIndex[column] != nil {
                throw InputIssue(
                    .error, file: file, line: header.line, field: name,
                    message: Localized(en: "column '\(column.rawValue)' appears twice", zh: "列 '\(column.rawValue)' 重复"))
            }
            columnIndex[column] = i
            headerNames[column] = name.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let missing = HouseholdColumn.required.filter { columnIndex[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "\($0.rawValue) (\($0.aliases[1]))" }.joined(separator: ", ")
            throw InputIssue(
                .error, file: file, line: header.line,
                message: Localized(en: "missing required columns: \(names)", zh: "缺少必填列:\(names)"))
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                context.report(
                    InputIssue(
                        .error, file: file, line: record.line,
                        message: Localized(
                            en: "expected \(header.fields.count) fields, found \(record.fields.count); row skipped",
                            zh: "应有 \(header.fields.count) 个字段,实际 \(record.fields.count) 个,该行已跳过")))
                continue
            }
            var values: [HouseholdColumn: String] = [:]
            var refused = false
            for (column, index) in columnIndex.sorted(by: { $0.value < $1.value }) {
                var field = record.fields[index]
                if let control = ControlCharacters.first(in: field) {
                    let name = headerNames[column] ?? column.rawValue
                    let found = ControlCharacters.describe(control, in: field)
                    if HouseholdColumn.required.contains(column) {
                        context.report(
                            InputIssue(
                                .error, file: file, line: record.line, field: name,
                                message: Localized(en: "\(found.en); row skipped", zh: "\(found.zh),该行已跳过")))
                        refused = true
                        break
                    }
                    context.report(
                        InputIssue(
                            .warning, file: file, line: record.line, field: name,
                            message: Localized(en: "\(found.en); removed", zh: "\(found.zh),已删除")))
                    field = ControlCharacters.removed(from: field)
                }
                values[column] = Trimming.whitespaceAndNewlines(field)
            }
            if refused { continue }
            rows.append(Row(line: record.line, feature: nil, values: values, point: nil))
        }
        return Result(
            households: households(from: rows, file: file, headerNames: headerNames, context: context, check: check), encoding: encoding)
    }

    /// The CSV records of a ledger and the encoding it was decoded from.
    private static func records(_ bytes: [UInt8], file: String) throws(InputIssue) -> ([CSVRecord], TextEncoding) {
        guard let (text, encoding) = TextDecoding.decode(bytes) else {
            throw undecodable(bytes, file: file)
        }
        do {
            // A GB18030 file may start with that encoding's own byte-order mark, which decodes to U+FEFF.
            return (try CSVReader.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text), encoding)
        } catch {
            throw InputIssue(.error, file: file, line: error.line, message: error.reason)
        }
    }

    /// The problems a CSV ledger has as a table, without a map to place it on: encoding,
    /// quoting, a missing header.
    static func syntaxIssues(_ bytes: [UInt8], file: String) throws(InputIssue) -> [InputIssue] {
        guard try records(bytes, file: file).0.isEmpty else { return [] }
        return [InputIssue(.error, file: file, line: 1, message: emptyFile)]
    }

    private static let emptyFile = Localized(en: "the file is empty: a header row is required", zh: "文件为空:需要表头行")

    static func readGeoJSON(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> Result {
        var rows: [Row] = []
        for feature in features {
            var values: [HouseholdColumn: String] = [:]
            for (key, value) in feature.properties {
                if let column = HouseholdColumn.matching(key), values[column] == nil, let text = value.textValue {
                    values[column] = Trimming.whitespaceAndNewlines(text)
                }
            }
            if values[.id] == nil, let id = feature.id { values[.id] = id }
            guard case .point(let p) = feature.geometry else {
                context.report(
                    InputIssue(
                        .error, file: file, line: feature.line, feature: feature.index, recordID: values[.id] ?? feature.label, field: "geometry",
                        message: Localized(en: "a household must be a Point; skipped", zh: "住户必须是 Point,已跳过")))
                continue
            }
            rows.append(Row(line: feature.line, feature: feature.index, values: values, point: p))
        }
        return Result(households: households(from: rows, file: file, headerNames: [:], context: context, check: check), encoding: nil)
    }

    /// The error for a ledger that is neither UTF-8 nor GB18030, located at the first byte
    /// the closer of the two readings could not decode.
    static func undecodable(_ bytes: [UInt8], file: String) -> InputIssue {
        guard let failure = TextDecoding.failure(in: bytes) else {
            return InputIssue(.error, file: file, message: Localized(en: "unreadable encoding", zh: "无法识别的编码"))
        }
        if failure.isUTF16 {
            return InputIssue(
                .error, file: file, line: 1,
                message: Localized(
                    en: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 CSV",
                    zh: "文件是 UTF-16 编码(以 UTF-16 字节序标记开头),请另存为 UTF-8 CSV"))
        }
        let hex = String(failure.byte, radix: 16, uppercase: true)
        let byte = "0x" + (hex.count == 1 ? "0" : "") + hex
        let encoding = failure.closestEncoding.rawValue
        let (en, zh) =
            failure.endsInsideCharacter
            ? (
                "the file ends inside a \(encoding) character (byte \(byte) at offset \(failure.offset)): is it truncated?",
                "文件在一个 \(encoding) 字符中间结束(偏移 \(failure.offset) 处的字节 \(byte)):文件是否不完整?"
            )
            : ("byte \(byte) at offset \(failure.offset) is not valid \(encoding)", "偏移 \(failure.offset) 处的字节 \(byte) 不是有效的 \(encoding)")
        return InputIssue(
            .error, file: file, line: failure.line,
            message: Localized(
                en: "unreadable encoding: the file is neither UTF-8 nor GB18030 (\(en)); save it as UTF-8 CSV",
                zh: "无法识别的编码:文件既不是 UTF-8 也不是 GB18030(\(zh)),请另存为 UTF-8 CSV"))
    }

    private static func households(
        from rows: [Row], file: String, headerNames: [HouseholdColumn: String], context: LayerContext, check: LocationCheck
    ) -> [Household] {
        var accepted: [(Row, Point, String, Int)] = []
        var seen: [String: Int] = [:]
        var seenKeys: [String: (id: String, line: Int)] = [:]
        for row in rows {
            let id = row.values[.id] ?? ""
            func refuse(_ field: HouseholdColumn?, _ en: String, _ zh: String) {
                context.report(
                    InputIssue(
                        .error, file: file, line: row.line, feature: row.feature, recordID: id.isEmpty ? nil : id,
                        field: field.map { headerNames[$0] ?? $0.rawValue },
                        message: Localized(en: en + "; skipped", zh: zh + ",已跳过")))
            }
            guard !id.isEmpty else {
                refuse(.id, "the household id is empty", "户号为空")
                continue
            }
            if let firstLine = seen[id] {
                refuse(.id, "duplicate household id '\(id)' (first on line \(firstLine))", "户号 '\(id)' 重复(首次出现在第 \(firstLine) 行)")
                continue
            }
            let key = PlaceSearch.idKey(id)
            if let first = seenKeys[key] {
                refuse(
                    .id,
                    "household id '\(id)' is the same as '\(first.id)' (line \(first.line)) once full-width forms, case and spaces are folded, so a search finds only one of them",
                    "户号 '\(id)' 与 '\(first.id)'(第 \(first.line) 行)在统一全角半角、大小写和空格后相同,查找时只能找到其中一户")
                continue
            }
            guard let village = row.values[.village], !village.isEmpty else {
                refuse(.village, "the village is empty", "村名为空")
                continue
            }
            let source: Point
            if let p = row.point {
                source = p
            } else {
                let lonText = row.values[.lon] ?? ""
                let latText = row.values[.lat] ?? ""
                guard let x = Double(lonText), let y = Double(latText) else {
                    refuse(Double(lonText) == nil ? .lon : .lat, "coordinates '\(lonText)', '\(latText)' are not numbers", "坐标 '\(lonText)'、'\(latText)' 不是数字")
                    continue
                }
                guard x.isFinite, y.isFinite else {
                    refuse(x.isFinite ? .lat : .lon, "coordinates '\(lonText)', '\(latText)' are not finite numbers", "坐标 '\(lonText)'、'\(latText)' 不是有限数")
                    continue
                }
                source = Point(x: x, y: y)
            }
            let membersText = row.values[.members] ?? ""
            guard let members = Int(membersText), members >= 0, members < 1000 else {
                refuse(.members, "members '\(membersText)' is not a whole number of residents", "人口 '\(membersText)' 不是有效的整数")
                continue
            }
            seen[id] = row.line
            seenKeys[key] = (id, row.line)
            accepted.append((row, source, village, members))
        }
        let working = context.toWorking.forward(accepted.map(\.1))
        var households: [Household] = []
        households.reserveCapacity(accepted.count)
        for (i, (row, source, village, members)) in accepted.enumerated() {
            let id = row.values[.id]!
            if let problem = check.problem(source: source, working: working[i], context: context) {
                let field = row.point == nil ? "\(headerNames[.lon] ?? "lon"),\(headerNames[.lat] ?? "lat")" : "geometry"
                context.report(
                    InputIssue(
                        .error, file: file, line: row.line, feature: row.feature, recordID: id, field: field,
                        message: Localized(en: problem.en + "; skipped", zh: problem.zh + ",已跳过")))
                continue
            }
            let tags = (row.values[.tags] ?? "")
                .split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "," || $0 == "，" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            households.append(
                Household(
                    id: id, village: village, group: row.values[.group] ?? "", number: row.values[.number] ?? "",
                    location: working[i], sourceCoordinate: source, head: row.values[.head] ?? "", members: members,
                    phone: row.values[.phone] ?? "", tags: tags, note: row.values[.note] ?? "", sourceLine: row.line))
        }
        return households
    }
}
