import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the features of a GeoJSON file one at a time, straight from the file, so a layer as
/// large as a province's roads never has to be held as one document.
///
/// Why part of it is hand-written: ``JSONParser`` builds the tree of a whole document, about
/// ten times the file's size in memory (a province's 466 MB of roads would need gigabytes,
/// most of it for numbers boxed in ``JSONValue``s that are thrown away once the features are
/// read). This reader walks only the two outer levels by hand — the root object's member
/// names and the commas of its `features` array — and hands each feature (and each other
/// member's value) to ``JSONParser`` on its own, from a window of the file that moves on as it
/// goes. Everything inside a feature is parsed, checked and worded as before, with the same
/// lines, columns and feature indices in its messages.
///
/// A root that is not an object cannot be a feature collection: such a file (within
/// ``InputLimits/fileBytes``) goes to ``GeoJSONReader`` whole, for the message it has always
/// given. Limits: the file ``InputLimits/streamedFileBytes``, one feature or member value
/// ``InputLimits/fileBytes``, ``InputLimits/streamedFeatures`` features and
/// ``InputLimits/streamedPositions`` positions in all.
struct GeoJSONStream {
    /// What the reading found besides the features it handed on.
    struct Summary {
        /// Issues in document order: repeated member names, then the features left out.
        var issues: [InputIssue]
        /// 1-based line of the root object's opening brace.
        var line: Int
    }

    /// How much a streamed layer may hold; ``standard`` is ``InputLimits``' figures.
    struct Limits {
        /// Largest file.
        var fileBytes = InputLimits.streamedFileBytes
        /// Largest single feature or other member value, held whole while it is parsed.
        var valueBytes = InputLimits.fileBytes
        /// Most features.
        var features = InputLimits.streamedFeatures
        /// Most positions in all features together.
        var positions = InputLimits.streamedPositions
        /// Bytes read from the file at a time.
        var chunkBytes = 1 << 20

        /// The limits of every streamed layer.
        static let standard = Limits()
    }

    /// How close to the end of the window a syntax error must be for the value to be read
    /// again with more of the file (the parser looks at most a `\uXXXX\uXXXX` escape ahead).
    private static let lookahead = 16

    private let file: String
    private let chunks: FileChunks
    private let limits: Limits
    private var buffer: [UInt8] = []
    private var atEndOfFile = false
    private var position = JSONParser.Position(index: 0, line: 1, lineStart: 0)
    private var duplicates: [JSONDuplicateKey] = []
    private var featureIssues: [InputIssue] = []
    private var positions = 0

    /// Reads the GeoJSON file at `path` (named `file` in messages), calling `each` with every
    /// well-formed feature in order.
    ///
    /// Throws when the file is not JSON or not GeoJSON at all, or goes beyond a limit; a
    /// malformed feature is skipped and reported in the summary.
    /// - Complexity: O(n) in the file's size; memory O(largest feature).
    static func read(
        path: String, file: String, geographic: Bool, limits: Limits = .standard, each: (GeoJSONFeature) -> Void
    ) throws(InputIssue) -> Summary {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            _ = try FileIO.readBytes(path, name: file)  // the message for a missing or unreadable file
            throw InputIssue(.error, file: file, message: Localized(en: "cannot read the file", zh: "无法读取文件"))
        }
        if Int(info.st_size) > limits.fileBytes {
            let size = InputLimits.describe(bytes: Int(info.st_size))
            let most = InputLimits.describe(bytes: limits.fileBytes)
            throw InputLimits.exceeded(
                file, Localized(en: "the file has \(size), more than the \(most) of a streamed layer", zh: "文件大小 \(size),超过流式读取图层的上限 \(most)"))
        }
        guard let chunks = FileChunks(path: path) else {
            throw InputIssue(.error, file: file, message: Localized(en: "cannot read the file", zh: "无法读取文件"))
        }
        var stream = GeoJSONStream(file: file, chunks: chunks, limits: limits)
        if stream.byte() == nil || stream.startsRootObject() == false {
            let whole = try GeoJSONReader.read(FileIO.readBytes(path, name: file), file: file, geographic: geographic)
            whole.features.forEach(each)
            return Summary(issues: whole.issues, line: whole.line)
        }
        return try stream.readRoot(geographic: geographic, each: each)
    }

    private init(file: String, chunks: FileChunks, limits: Limits) {
        self.file = file
        self.chunks = chunks
        self.limits = limits
    }

    // MARK: The window on the file

    /// Reads at least `count` more bytes (fewer at the end of the file), first dropping the
    /// bytes before the current position; false at the end of the file.
    private mutating func readMore(_ wanted: Int? = nil) -> Bool {
        guard !atEndOfFile else { return false }
        let count = wanted ?? limits.chunkBytes
        if position.index > 0 {
            buffer.removeSubrange(0..<position.index)
            position.lineStart -= position.index
            position.index = 0
        }
        // Read into a fresh chunk and append it in one copy: appending `count` zeros first went
        // element by element in a debug build (half of a small map's load time).
        let chunk = chunks.next(count)
        buffer.append(contentsOf: chunk)
        let got = chunk.count
        if got < count { atEndOfFile = true }
        return got > 0
    }

    /// The byte at the current position, reading more of the file when needed; nil at its end.
    private mutating func byte() -> UInt8? {
        while position.index >= buffer.count {
            guard readMore() else { return nil }
        }
        return buffer[position.index]
    }

    private mutating func skipWhitespace() {
        while let b = byte() {
            switch b {
            case 0x20, 0x09, 0x0D: position.index += 1
            case 0x0A:
                position.index += 1
                position.line += 1
                position.lineStart = position.index
            default: return
            }
        }
    }

    /// Skips a byte-order mark and whitespace; true when the document then opens an object.
    private mutating func startsRootObject() -> Bool {
        while buffer.count < 3, readMore() {}
        // Columns on the first line count the mark's bytes, as JSONParser's do.
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position.index = 3 }
        skipWhitespace()
        return byte() == UInt8(ascii: "{")
    }

    // MARK: Errors

    private func syntaxIssue(_ reason: String) -> InputIssue {
        GeoJSONReader.syntaxIssue(
            JSONSyntaxError(line: position.line, column: position.index - position.lineStart + 1, reason: reason), file: file)
    }

    /// Parses the value at the current position, `depth` levels deep, reading more of the file
    /// while the value runs past the window; the position moves past it.
    private mutating func value(depth: Int, duplicateKeys: inout [JSONDuplicateKey]) throws(InputIssue) -> JSONValue {
        func tooLarge() -> InputIssue {
            let most = InputLimits.describe(bytes: limits.valueBytes)
            return InputLimits.exceeded(
                file, Localized(en: "a feature of more than \(most) (each is read whole)", zh: "单个要素超过 \(most)(每个要素整体读入)"), line: position.line)
        }
        while true {
            let parsed: (value: JSONValue, next: JSONParser.Position)
            do {
                parsed = try JSONParser.parseValue(buffer, at: position, end: buffer.count, depth: depth, duplicateKeys: &duplicateKeys)
            } catch {
                guard error.index + Self.lookahead >= buffer.count, !atEndOfFile else {
                    throw GeoJSONReader.syntaxIssue(error.syntax, file: file)
                }
                // Cut off by the window's end: read on (doubling the window) and parse it again.
                let held = buffer.count - position.index
                guard held <= limits.valueBytes else { throw tooLarge() }
                _ = readMore(max(limits.chunkBytes, held))
                continue
            }
            guard parsed.next.index - position.index <= limits.valueBytes else { throw tooLarge() }
            position = parsed.next
            return parsed.value
        }
    }

    // MARK: The document

    /// Reads the root object at the current position: its `features` array one feature at a
    /// time, its other members whole.
    private mutating func readRoot(geographic: Bool, each: (GeoJSONFeature) -> Void) throws(InputIssue) -> Summary {
        let rootLine = position.line
        position.index += 1
        var members: [(String, JSONValue)] = []
        var names: Set<String> = []
        var featuresArray = false
        skipWhitespace()
        if byte() == UInt8(ascii: "}") {
            position.index += 1
        } else {
            while true {
                skipWhitespace()
                guard byte() == UInt8(ascii: "\"") else { throw syntaxIssue("expected a quoted member name") }
                let keyLine = position.line
                let keyColumn = position.index - position.lineStart + 1
                var unused: [JSONDuplicateKey] = []
                let key = try value(depth: 1, duplicateKeys: &unused).stringValue ?? ""
                let first = names.insert(key).inserted
                if !first { duplicates.append(JSONDuplicateKey(key: key, line: keyLine, column: keyColumn, path: [])) }
                skipWhitespace()
                guard byte() == UInt8(ascii: ":") else { throw syntaxIssue("expected ':' after member name") }
                position.index += 1
                skipWhitespace()
                if key == "features", byte() == UInt8(ascii: "[") {
                    // A second `features` array is checked but not read, as the first value of a name counts.
                    try readFeatures(deliver: first, geographic: geographic, each: each)
                    if first { featuresArray = true }
                } else {
                    var found: [JSONDuplicateKey] = []
                    let memberValue = try value(depth: 1, duplicateKeys: &found)
                    duplicates += found.map { JSONDuplicateKey(key: $0.key, line: $0.line, column: $0.column, path: [.member(key)] + $0.path) }
                    if first { members.append((key, memberValue)) }
                }
                skipWhitespace()
                guard let next = byte() else { throw syntaxIssue("unexpected end of file inside an object") }
                position.index += 1
                if next == UInt8(ascii: ",") { continue }
                guard next == UInt8(ascii: "}") else {
                    position.index -= 1
                    throw syntaxIssue("expected ',' or '}' in an object")
                }
                break
            }
        }
        skipWhitespace()
        guard byte() == nil else { throw syntaxIssue("unexpected text after the end of the JSON value") }

        let root = JSONValue.object(members, line: rootLine)
        switch root["type"]?.stringValue {
        case "FeatureCollection" where featuresArray:
            break
        case "FeatureCollection":
            throw InputIssue(
                .error, file: file, line: rootLine, field: "features",
                message: Localized(en: "a FeatureCollection needs a 'features' array", zh: "FeatureCollection 缺少 features 数组"))
        case "Feature" where !names.contains("features"):
            do {
                each(try GeoJSONReader.feature(root, index: 0, file: file, geographic: geographic))
            } catch {
                featureIssues.append(error)
            }
        default:
            throw InputIssue(
                .error, file: file, line: rootLine, field: "type",
                message: Localized(en: "expected a GeoJSON FeatureCollection", zh: "应为 GeoJSON FeatureCollection"))
        }
        return Summary(issues: duplicates.map { GeoJSONReader.duplicateKeyWarning($0, file: file) } + featureIssues, line: rootLine)
    }

    /// Reads the `features` array at the current position, handing each well-formed feature
    /// to `each` when `deliver` is true.
    private mutating func readFeatures(deliver: Bool, geographic: Bool, each: (GeoJSONFeature) -> Void) throws(InputIssue) {
        position.index += 1
        skipWhitespace()
        if byte() == UInt8(ascii: "]") {
            position.index += 1
            return
        }
        var index = 0
        while true {
            skipWhitespace()
            guard byte() != nil else { throw syntaxIssue("unexpected end of file") }
            guard index < limits.features else {
                throw InputLimits.exceeded(
                    file,
                    Localized(
                        en: "more than \(limits.features) features, the most of one streamed layer",
                        zh: "要素超过 \(limits.features) 个,即流式读取图层的上限"), line: position.line)
            }
            var found: [JSONDuplicateKey] = []
            let featureValue = try value(depth: 2, duplicateKeys: &found)
            duplicates += found.map {
                JSONDuplicateKey(key: $0.key, line: $0.line, column: $0.column, path: [.member("features"), .element(index)] + $0.path)
            }
            if deliver {
                var feature: GeoJSONFeature?
                do {
                    feature = try GeoJSONReader.feature(featureValue, index: index, file: file, geographic: geographic)
                } catch {
                    featureIssues.append(error)
                }
                if let feature {
                    try countPositions(feature)
                    each(feature)
                }
            }
            index += 1
            skipWhitespace()
            guard let next = byte() else { throw syntaxIssue("unexpected end of file inside an array") }
            position.index += 1
            if next == UInt8(ascii: ",") { continue }
            guard next == UInt8(ascii: "]") else {
                position.index -= 1
                throw syntaxIssue("expected ',' or ']' in an array")
            }
            return
        }
    }

    /// Adds the feature's positions to the layer's total, throwing beyond ``Limits/positions``.
    private mutating func countPositions(_ feature: GeoJSONFeature) throws(InputIssue) {
        switch feature.geometry {
        case .none: break
        case .point: positions += 1
        case .lineString(let line): positions += line.count
        case .multiLineString(let lines), .polygon(let lines): positions += lines.reduce(0) { $0 + $1.count }
        case .multiPolygon(let polygons): positions += polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        }
        guard positions <= limits.positions else {
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "more than \(limits.positions) positions, the most of one streamed layer",
                    zh: "坐标超过 \(limits.positions) 个,即流式读取图层的上限"), line: feature.line)
        }
    }
}
