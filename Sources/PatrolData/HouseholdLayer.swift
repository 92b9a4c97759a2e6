import Foundation
import PatrolGeo

/// Reads the household ledger: `households.csv` (UTF-8, UTF-8 with BOM, or GB18030) or
/// `households.geojson` with the same property names.
///
/// A UTF-8 CSV ledger is read as a stream (``HouseholdLedgerStream``), a row at a time (each
/// checked by ``LedgerRows``); the
/// whole file is read at once only when it is not UTF-8 (GB18030 needs the whole text to be
/// told apart) or breaks the CSV grammar, within ``InputLimits/fileBytes``, so that its
/// messages are the ones a whole reading gives.
enum HouseholdLayer {
    struct Result {
        var households: [Household]
        var encoding: TextEncoding?
    }

    /// Reads the CSV ledger at `path`, named `file` in messages.
    static func readCSV(
        path: String, file: String, context: LayerContext, check: LocationCheck, limits: HouseholdLedgerStream.Limits = .standard
    ) throws(InputIssue) -> Result {
        var rows: LedgerRows?
        func add(_ record: CSVRecord) throws(InputIssue) {
            if rows == nil {
                rows = try Self.rows(fromHeader: record, file: file, context: context)
            } else {
                rows?.add(record)
            }
        }
        let encoding = try HouseholdLedgerStream.read(path: path, file: file, limits: limits, reserve: { rows?.reserve($0) }, each: add)
        guard let encoding else { return try readCSV(FileIO.readBytes(path, name: file), file: file, context: context, check: check) }
        guard var rows else { throw InputIssue(.error, file: file, line: 1, message: emptyFile) }
        return Result(households: rows.finish(context: context, check: check), encoding: encoding)
    }

    /// Reads a CSV ledger held whole in memory.
    static func readCSV(_ bytes: [UInt8], file: String, context: LayerContext, check: LocationCheck) throws(InputIssue) -> Result {
        let (text, encoding) = try decoded(bytes, file: file)
        var scanner = CSVScanner(bytes: text, fieldLimit: InputLimits.csvFields)
        var rows: LedgerRows?
        while true {
            let record: CSVRecord?
            do {
                record = try scanner.next()
            } catch {
                throw syntaxIssue(error, file: file)
            }
            guard let record else { break }
            if rows == nil {
                rows = try self.rows(fromHeader: record, file: file, context: context)
            } else {
                rows?.add(record)
            }
        }
        guard var rows else { throw InputIssue(.error, file: file, line: 1, message: emptyFile) }
        return Result(households: rows.finish(context: context, check: check), encoding: encoding)
    }

    /// The UTF-8 bytes of a ledger, without a byte-order mark, and the encoding they were decoded from.
    private static func decoded(_ bytes: [UInt8], file: String) throws(InputIssue) -> ([UInt8], TextEncoding) {
        guard let (text, encoding) = TextDecoding.decode(bytes) else {
            throw undecodable(bytes, file: file)
        }
        // A GB18030 file may start with that encoding's own byte-order mark, which decodes to U+FEFF.
        return (Array((text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).utf8), encoding)
    }

    /// The issue for a CSV syntax error.
    static func syntaxIssue(_ error: CSVReader.SyntaxError, file: String) -> InputIssue {
        InputIssue(.error, file: file, line: error.line, message: error.reason)
    }

    /// The rows of a ledger with this header: its columns and the warnings about it, or the
    /// error that makes the ledger unreadable.
    ///
    /// The warnings found before such an error are reported to `context` first.
    static func rows(fromHeader header: CSVRecord, file: String, context: LayerContext) throws(InputIssue) -> LedgerRows {
        var columns: [(column: HouseholdColumn, index: Int)] = []
        var headerNames: [HouseholdColumn: String] = [:]
        var warnings: [InputIssue] = []
        for (i, name) in header.fields.enumerated() {
            guard let column = HouseholdColumn.matching(name) else {
                warnings.append(
                    InputIssue(
                        .warning, file: file, line: header.line, field: name,
                        message: Localized(en: "unknown column '\(name)' is ignored", zh: "未知列 '\(name)' 已忽略")))
                continue
            }
            if columns.contains(where: { $0.column == column }) {
                context.issues += warnings
                throw InputIssue(
                    .error, file: file, line: header.line, field: name,
                    message: Localized(en: "column '\(column.rawValue)' appears twice", zh: "列 '\(column.rawValue)' 重复"))
            }
            columns.append((column, i))
            headerNames[column] = name.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let missing = HouseholdColumn.required.filter { column in !columns.contains { $0.column == column } }
        guard missing.isEmpty else {
            context.issues += warnings
            let names = missing.map { "\($0.rawValue) (\($0.aliases[1]))" }.joined(separator: ", ")
            throw InputIssue(
                .error, file: file, line: header.line,
                message: Localized(en: "missing required columns: \(names)", zh: "缺少必填列:\(names)"))
        }
        var rows = LedgerRows(file: file, headerNames: headerNames, geoJSON: false, columns: columns, width: header.fields.count)
        rows.tableIssues = warnings
        return rows
    }

    /// The problems a CSV ledger has as a table, without a map to place it on: encoding,
    /// quoting, a missing header.
    static func syntaxIssues(path: String, file: String) throws(InputIssue) -> [InputIssue] {
        var sawHeader = false
        if try HouseholdLedgerStream.read(path: path, file: file, limits: .standard, reserve: { _ in }, each: { _ in sawHeader = true }) != nil {
            return sawHeader ? [] : [InputIssue(.error, file: file, line: 1, message: emptyFile)]
        }
        let (text, _) = try decoded(FileIO.readBytes(path, name: file), file: file)
        var scanner = CSVScanner(bytes: text, fieldLimit: InputLimits.csvFields)
        do {
            guard try scanner.next() != nil else { return [InputIssue(.error, file: file, line: 1, message: emptyFile)] }
            while try scanner.next() != nil {}
        } catch {
            throw syntaxIssue(error, file: file)
        }
        return []
    }

    static let emptyFile = Localized(en: "the file is empty: a header row is required", zh: "文件为空:需要表头行")

    static func readGeoJSON(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> Result {
        var rows = LedgerRows(file: file, headerNames: [:], geoJSON: true)
        rows.reserve(features.count)
        var values = [String?](repeating: nil, count: HouseholdColumn.allCases.count)
        for feature in features {
            for i in values.indices { values[i] = nil }
            for (key, value) in feature.properties {
                if let column = HouseholdColumn.matching(key), values[column.ordinal] == nil, let text = value.textValue {
                    values[column.ordinal] = Trimming.whitespaceAndNewlines(text)
                }
            }
            if values[HouseholdColumn.id.ordinal] == nil, let id = feature.id { values[HouseholdColumn.id.ordinal] = id }
            guard case .point(let p) = feature.geometry else {
                rows.tableIssues.append(
                    InputIssue(
                        .error, file: file, line: feature.line, feature: feature.index,
                        recordID: values[HouseholdColumn.id.ordinal] ?? feature.label, field: "geometry",
                        message: Localized(en: "a household must be a Point; skipped", zh: "住户必须是 Point,已跳过")))
                continue
            }
            rows.add(values, line: feature.line, feature: feature.index, point: p)
        }
        return Result(households: rows.finish(context: context, check: check), encoding: nil)
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
}
