/// One CSV record with the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// 1-based line number of the record's first character.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]
}

/// An RFC 4180 CSV parser: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes.
///
/// Lenient where spreadsheets are: spaces between a closing quote and the next comma are
/// ignored, and a carriage return outside quotes is dropped.
public enum CSVReader {
    /// Why the text is not valid CSV.
    public struct SyntaxError: Error, Sendable, Hashable {
        /// 1-based line where the bad record starts.
        public var line: Int
        /// What is wrong.
        public var reason: Localized
    }

    /// Splits `text` into records; blank lines are skipped.
    ///
    /// Throws when the text is malformed or holds more than ``InputLimits/csvFields`` fields.
    /// - Complexity: O(n)
    public static func parse(_ text: String) throws(SyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var quotedFieldClosed = false
        var atFieldStart = true
        var fieldCount = 0
        let bytes = Array(text.utf8)
        var i = 0

        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
            quotedFieldClosed = false
        }
        func finishRecord() {
            finishField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let byte = bytes[i]
            if fieldCount > InputLimits.csvFields {
                throw SyntaxError(
                    line: line,
                    reason: Localized(
                        en: "more than \(InputLimits.csvFields) fields in the file (input limit)", zh: "文件中的字段超过 \(InputLimits.csvFields) 个(输入上限)"))
            }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i += 2
                        continue
                    }
                    inQuotes = false
                    quotedFieldClosed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                finishField()
                fieldCount += 1
            case 0x0D:
                break
            case 0x0A:
                finishRecord()
                fieldCount += 1
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                guard atFieldStart else {
                    throw SyntaxError(
                        line: line,
                        reason: Localized(en: "a quote appears inside an unquoted field", zh: "未加引号的字段中出现引号"))
                }
                inQuotes = true
                quoteLine = line
            default:
                if quotedFieldClosed {
                    guard byte == 0x20 else {
                        throw SyntaxError(
                            line: line,
                            reason: Localized(en: "text after the closing quote of a field", zh: "字段的右引号之后还有文字"))
                    }
                } else {
                    field.append(byte)
                }
            }
            if byte != UInt8(ascii: ",") && byte != 0x0D && byte != 0x0A { atFieldStart = false }
            i += 1
        }
        if inQuotes {
            throw SyntaxError(
                line: quoteLine,
                reason: Localized(
                    en: "the quoted field opened on this line is never closed (the file ends inside it)",
                    zh: "此行开始的引号字段没有闭合(文件在引号内结束)"))
        }
        if !field.isEmpty || !fields.isEmpty { finishRecord() }
        return records
    }
}

/// Writes CSV: fields quoted only when they need it, LF line ends.
public enum CSVWriter {
    /// One field, quoted when it holds a comma, quote, or line break, or has outer spaces.
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A whole table: a header row then the rows.
    public static func table(header: [String], rows: [[String]]) -> String {
        var out = header.map(field).joined(separator: ",") + "\n"
        for row in rows { out += row.map(field).joined(separator: ",") + "\n" }
        return out
    }
}
