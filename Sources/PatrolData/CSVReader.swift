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
        var scanner = CSVScanner(bytes: Array(text.utf8), fieldLimit: InputLimits.csvFields)
        var records: [CSVRecord] = []
        while let record = try scanner.next() { records.append(record) }
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
