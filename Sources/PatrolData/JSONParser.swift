/// Where and why a JSON document could not be parsed.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// 1-based line of the problem.
    public var line: Int
    /// 1-based column (in bytes) of the problem.
    public var column: Int
    /// What the parser expected or found.
    public var reason: String
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes that keeps line numbers.
///
/// Foundation's parser reports byte offsets at best; users need "line 123".
/// - Complexity: O(n) in the document size; nesting depth and the number of values are
///   limited (``InputLimits/jsonDepth``, ``InputLimits/jsonValues``).
public struct JSONParser {
    private let bytes: [UInt8]
    /// One past the last byte the parser may read (``bytes.count`` for a whole document).
    private let end: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var values = 0
    /// Lines of the root object's member names, collected only when asked for.
    private var rootMemberLines: [String: Int]?
    /// Where the parser is: the member names and array indices from the root, kept only when
    /// ``tracksPath`` (building it costs a string copy per member).
    private var path: [JSONDuplicateKey.Step] = []
    /// True when the parse keeps ``path``: for ``memberLines``, or for the second parse of a
    /// document found to have duplicate keys, which names where they are.
    private var tracksPath = false
    /// Member names repeated within an object, in document order.
    private var duplicates: [JSONDuplicateKey] = []
    /// Lines of every member name and array element by path, collected only when asked for.
    private var memberLines: [[String]: Int]?

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var lines: [String: Int]?
        var duplicates: [JSONDuplicateKey] = []
        return try parse(bytes, collectingRootMemberLines: &lines, duplicateKeys: &duplicates)
    }

    /// Parses a whole document and lists every member name repeated within an object
    /// (``JSONValue``'s subscript reads the first of them).
    public static func parse(_ bytes: [UInt8], duplicateKeys: inout [JSONDuplicateKey]) throws(JSONSyntaxError) -> JSONValue {
        var lines: [String: Int]?
        return try parse(bytes, collectingRootMemberLines: &lines, duplicateKeys: &duplicateKeys)
    }

    /// Parses a whole document and, when the root is an object, the line each of its member
    /// names is on (first occurrence), so a manifest can point at `"crs"` rather than at `{`.
    static func parse(
        _ bytes: [UInt8], rootMemberLines: inout [String: Int], duplicateKeys: inout [JSONDuplicateKey]
    ) throws(JSONSyntaxError) -> JSONValue {
        var lines: [String: Int]? = [:]
        let value = try parse(bytes, collectingRootMemberLines: &lines, duplicateKeys: &duplicateKeys)
        rootMemberLines = lines ?? [:]
        return value
    }

    /// Parses a whole document and the line of every member name and array element, keyed by
    /// its path (member names, array indices as decimal text; first occurrence), so a reader
    /// can point at `"residential": 500` three levels down rather than at the enclosing `{`.
    static func parse(_ bytes: [UInt8], memberLines: inout [[String]: Int]) throws(JSONSyntaxError) -> JSONValue {
        var rootLines: [String: Int]?
        var duplicates: [JSONDuplicateKey] = []
        var lines: [[String]: Int]? = [:]
        let value = try parse(bytes, collectingRootMemberLines: &rootLines, duplicateKeys: &duplicates, memberLines: &lines)
        memberLines = lines ?? [:]
        return value
    }

    private static func parse(
        _ bytes: [UInt8], collectingRootMemberLines lines: inout [String: Int]?, duplicateKeys: inout [JSONDuplicateKey]
    ) throws(JSONSyntaxError) -> JSONValue {
        var memberLines: [[String]: Int]?
        return try parse(bytes, collectingRootMemberLines: &lines, duplicateKeys: &duplicateKeys, memberLines: &memberLines)
    }

    private static func parse(
        _ bytes: [UInt8], collectingRootMemberLines lines: inout [String: Int]?, duplicateKeys: inout [JSONDuplicateKey],
        memberLines: inout [[String]: Int]?
    ) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.rootMemberLines = lines
        parser.memberLines = memberLines
        parser.tracksPath = memberLines != nil
        let value = try parser.parseDocument()
        if !parser.duplicates.isEmpty && !parser.tracksPath {
            // Rare: parse again, now keeping the path, so each duplicate can say where it is.
            var located = JSONParser(bytes: bytes)
            located.tracksPath = true
            _ = try located.parseDocument()
            parser.duplicates = located.duplicates
        }
        lines = parser.rootMemberLines
        duplicateKeys = parser.duplicates
        memberLines = parser.memberLines
        return value
    }

    /// Where a parser stands in a buffer: the next byte, its 1-based line, and the index at
    /// which that line starts (negative when it started before the buffer).
    struct Position: Sendable, Hashable {
        var index: Int
        var line: Int
        var lineStart: Int
    }

    /// A syntax error met inside a buffer, with the index of the byte it is about, so a
    /// streaming reader can tell an error from a value cut off by the end of its buffer.
    struct BufferError: Error {
        var syntax: JSONSyntaxError
        var index: Int
    }

    /// Parses the one value that starts at `position` in `bytes`, reading no byte at or
    /// after `end`, as if it were nested `depth` levels deep (the depth limit counts from the
    /// document's root); returns it with the position just after it.
    ///
    /// `duplicateKeys` gets the member names repeated within the value's objects, with paths
    /// from the value. The value count limit (``InputLimits/jsonValues``) applies to this value alone.
    static func parseValue(
        _ bytes: [UInt8], at position: Position, end: Int, depth: Int, duplicateKeys: inout [JSONDuplicateKey]
    ) throws(BufferError) -> (value: JSONValue, next: Position) {
        func parser() -> JSONParser {
            JSONParser(bytes: bytes, start: position.index, end: end, line: position.line, lineStart: position.lineStart, depth: depth)
        }
        var first = parser()
        let value: JSONValue
        do {
            value = try first.parseValue()
        } catch {
            throw BufferError(syntax: error, index: first.index)
        }
        duplicateKeys = first.duplicates
        if !first.duplicates.isEmpty {
            // Rare: parse again, now keeping the path, so each duplicate can say where it is.
            var located = parser()
            located.tracksPath = true
            do {
                _ = try located.parseValue()
            } catch {
                throw BufferError(syntax: error, index: located.index)
            }
            duplicateKeys = located.duplicates
        }
        return (value, Position(index: first.index, line: first.line, lineStart: first.lineStart))
    }

    /// Parses the whole of ``bytes`` as one value, after an optional byte-order mark.
    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == end else { throw error("unexpected text after the end of the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
    }

    /// A parser for the bytes `start..<end` of a larger buffer, whose first byte is on
    /// `line` at the column `start - lineStart + 1`, nested `depth` levels deep already.
    private init(bytes: [UInt8], start: Int, end: Int, line: Int, lineStart: Int, depth: Int) {
        self.bytes = bytes
        self.end = end
        index = start
        self.line = line
        self.lineStart = lineStart
        self.depth = depth
    }

    private func error(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: index - lineStart + 1, reason: reason)
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < end else { throw error("unexpected end of file") }
        values += 1
        if values > InputLimits.jsonValues {
            throw error("more than \(InputLimits.jsonValues) values in one document (input limit)")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            throw error("unexpected \(Self.describe(bytes[index]))")
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        for byte in literal.utf8 {
            guard index < end, bytes[index] == byte else { throw error("invalid literal, expected '\(literal)'") }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > InputLimits.jsonDepth { throw error("nesting deeper than \(InputLimits.jsonDepth) levels (input limit)") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        let startLine = line
        try enter()
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members, line: startLine)
        }
        var names = MemberNames()
        if tracksPath { path.append(.member("")) }
        while true {
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a quoted member name")
            }
            let keyLine = line
            let keyColumn = index - lineStart + 1
            let key = try parseString()
            if depth == 1, rootMemberLines != nil, rootMemberLines?[key] == nil { rootMemberLines?[key] = keyLine }
            if !names.insert(key, among: members) {
                duplicates.append(JSONDuplicateKey(key: key, line: keyLine, column: keyColumn, path: Array(path.dropLast())))
            }
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after member name") }
            index += 1
            skipWhitespace()
            if tracksPath { path[path.count - 1] = .member(key) }
            if memberLines != nil {
                let here = textPath()
                if memberLines?[here] == nil { memberLines?[here] = keyLine }
            }
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < end else { throw error("unexpected end of file inside an object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}' in an object") }
            index += 1
            depth -= 1
            if tracksPath { path.removeLast() }
            return .object(members, line: startLine)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        if tracksPath { path.append(.element(0)) }
        while true {
            skipWhitespace()
            if tracksPath { path[path.count - 1] = .element(elements.count) }
            if memberLines != nil {
                let here = textPath()
                memberLines?[here] = line
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < end else { throw error("unexpected end of file inside an array") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']' in an array") }
            index += 1
            depth -= 1
            if tracksPath { path.removeLast() }
            return .array(elements)
        }
    }

    /// The current path as text: member names, and array indices in decimal.
    private func textPath() -> [String] {
        path.map { step in
            switch step {
            case .member(let name): name
            case .element(let index): String(index)
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var scalars: [UInt8] = []
        while true {
            guard index < end else { throw error("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: scalars, as: UTF8.self) else {
                    throw error("string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { throw error("unterminated escape") }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("invalid low surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error("invalid escape: backslash before \(Self.describe(escaped))")
                }
            case 0x00..<0x20:
                throw error("control character inside a string")
            default:
                scalars.append(byte)
                index += 1
            }
        }
    }

    /// A byte for a message: printable ASCII as itself in quotes, anything else in hex
    /// (a stray byte of a multi-byte character is not a character on its own).
    private static func describe(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "character '\(Character(UnicodeScalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= end else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
            }
            return parser.index - from
        }
        let integerStart = index
        guard digits(&self) > 0 else { throw error("invalid number") }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
            throw error("invalid number: leading zeros are not allowed")
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("invalid number: digits expected after '.'") }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("invalid number: digits expected in exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text) else { throw error("invalid number '\(text)'") }
        return value
    }
}

/// The member names of the object being parsed, for finding repeats.
///
/// Small objects (GeoJSON's are) are searched directly; from nine members on, a set is kept.
private struct MemberNames {
    private var seen: Set<String> = []

    /// Records `name`; false when `members` (the object's members so far) already has it.
    mutating func insert(_ name: String, among members: [(String, JSONValue)]) -> Bool {
        guard members.count >= 8 else { return !members.contains { $0.0 == name } }
        if seen.isEmpty { seen = Set(members.map(\.0)) }
        return seen.insert(name).inserted
    }
}
