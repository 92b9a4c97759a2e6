import PatrolData
import PatrolGeo

/// A streaming XML tokenizer for the data files PatrolMap reads (OSM XML, GPX).
///
/// Reads its input one chunk at a time (never the whole file), checks that tags nest and
/// close, decodes the five predefined entities and numeric character references, and skips
/// the XML declaration, comments, processing instructions and the document type. It does not
/// validate against a schema or expand user-defined entities. Only UTF-8 input is accepted.
///
/// Every error is an ``InputIssue`` with the file and line.
/// - Complexity: O(n) in the input size; memory O(largest tag + chunk size), with tags
///   nested at most ``InputLimits/xmlDepth`` deep.
struct XMLTokenizer {
    private let source: any ChunkSource
    private var buffer: [UInt8] = []
    /// Start of the unconsumed bytes in `buffer`.
    private var position = 0
    private var sourceEnded = false
    /// 1-based line of `buffer[position]`.
    private var line = 1
    private var open: [String] = []
    private var pendingEnd: (name: String, line: Int)?
    private var sawRoot = false
    private var checkedDeclaration = false

    /// A tokenizer over `source`.
    init(_ source: any ChunkSource) {
        self.source = source
    }

    /// The file name used in messages.
    var file: String { source.name }

    /// The next event, or `nil` after the root element has closed and only whitespace,
    /// comments or processing instructions follow.
    mutating func next() throws(InputIssue) -> XMLEvent? {
        if let pending = pendingEnd {
            pendingEnd = nil
            if open.isEmpty { try expectOnlyTrailingMisc() }
            return .end(pending.name, line: pending.line)
        }
        if !checkedDeclaration {
            checkedDeclaration = true
            try skipByteOrderMark()
        }
        while true {
            guard try available(0) else {
                if let element = open.last {
                    throw fail("the file ends inside <\(element)> (truncated?)", "文件在 <\(element)> 内部结束(不完整?)")
                }
                if !sawRoot { throw fail("no XML element found (empty file, or not XML)", "没有找到 XML 元素(空文件或不是 XML)") }
                return nil
            }
            if byte(0) != UInt8(ascii: "<") {
                let startLine = line
                let length = try find(UInt8(ascii: "<"), from: 0) ?? (buffer.count - position)
                let start = position
                let onlySpace = buffer.withUnsafeBufferPointer { p in
                    var i = start
                    while i < start + length {
                        let b = p[i]
                        if b != 0x20, b != 0x0A, b != 0x0D, b != 0x09 { return false }
                        i += 1
                    }
                    return true
                }
                if onlySpace {
                    consume(length)
                    continue
                }
                guard !open.isEmpty else {
                    throw fail("text outside the root element (not an XML file?)", "根元素之外出现文字(不是 XML 文件?)", line: startLine)
                }
                let file = source.name
                let decoded = try buffer.withBuffer { p throws(InputIssue) in
                    try Self.decode(UnsafeBufferPointer(rebasing: p[start..<(start + length)]), file: file, line: startLine)
                }
                consume(length)
                return .text(decoded, line: startLine)
            }
            guard try available(1) else { throw fail("the file ends after '<'", "文件在 '<' 之后结束") }
            switch byte(1) {
            case UInt8(ascii: "?"):
                try skipProcessingInstruction()
            case UInt8(ascii: "!"):
                if let text = try markupDeclaration() { return text }
            case UInt8(ascii: "/"):
                return try endTag()
            default:
                return try startTag()
            }
        }
    }

    // MARK: Tags

    private mutating func startTag() throws(InputIssue) -> XMLEvent {
        let startLine = line
        guard let close = try findTagEnd() else {
            throw fail("a start tag is never closed with '>'", "开始标签缺少 '>'")
        }
        let start = position + 1
        let end = position + close
        let file = source.name
        let (name, attributes, selfClosing) = try buffer.withBuffer { p throws(InputIssue) in
            try Self.parseTag(UnsafeBufferPointer(rebasing: p[start..<end]), file: file, line: startLine)
        }
        consume(close + 1)
        if open.isEmpty {
            if sawRoot {
                throw fail("a second root element <\(name)> after the first one closed", "第一个根元素结束后又出现根元素 <\(name)>", line: startLine)
            }
            sawRoot = true
        }
        if selfClosing {
            pendingEnd = (name, startLine)
        } else {
            guard open.count < InputLimits.xmlDepth else {
                throw InputLimits.exceeded(
                    source.name,
                    Localized(
                        en: "elements nest deeper than \(InputLimits.xmlDepth) levels", zh: "元素嵌套超过 \(InputLimits.xmlDepth) 层"),
                    line: startLine)
            }
            open.append(name)
        }
        return .start(XMLStartTag(name: name, attributes: attributes, line: startLine, selfClosing: selfClosing))
    }

    /// Parses the bytes between `<` and `>` of a start tag: name, attributes, self-closing.
    private static func parseTag(_ tag: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws(InputIssue) -> (String, [XMLAttribute], Bool) {
        func fail(_ en: String, _ zh: String) -> InputIssue {
            InputIssue(.error, file: file, line: line, message: Localized(en: "malformed XML: " + en, zh: "XML 格式错误:" + zh))
        }
        var index = 0
        let count = tag.count
        while index < count, !isSpace(tag[index]), tag[index] != UInt8(ascii: "/") { index += 1 }
        guard isNameStart(count > 0 ? tag[0] : nil) else {
            throw fail("'<' is not followed by an element name", "'<' 之后没有元素名")
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: tag[0..<index]), as: UTF8.self)
        var attributes: [XMLAttribute] = []
        var selfClosing = false
        while true {
            while index < count, isSpace(tag[index]) { index += 1 }
            if index == count { break }
            if tag[index] == UInt8(ascii: "/") {
                index += 1
                while index < count, isSpace(tag[index]) { index += 1 }
                guard index == count else {
                    throw fail("unexpected '/' inside <\(name)>", "<\(name)> 中出现多余的 '/'")
                }
                selfClosing = true
                break
            }
            let nameStart = index
            while index < count, tag[index] != UInt8(ascii: "="), !isSpace(tag[index]), tag[index] != UInt8(ascii: "/") { index += 1 }
            let attributeName = String(decoding: UnsafeBufferPointer(rebasing: tag[nameStart..<index]), as: UTF8.self)
            while index < count, isSpace(tag[index]) { index += 1 }
            guard index < count, tag[index] == UInt8(ascii: "=") else {
                throw fail("attribute '\(attributeName)' of <\(name)> has no '=value'", "<\(name)> 的属性 '\(attributeName)' 缺少 '=值'")
            }
            index += 1
            while index < count, isSpace(tag[index]) { index += 1 }
            guard index < count, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") else {
                throw fail("the value of attribute '\(attributeName)' in <\(name)> is not quoted", "<\(name)> 的属性 '\(attributeName)' 的值没有引号")
            }
            let quote = tag[index]
            index += 1
            let valueStart = index
            var hasLessThan = false
            while index < count, tag[index] != quote {
                if tag[index] == UInt8(ascii: "<") { hasLessThan = true }
                index += 1
            }
            guard index < count else {
                throw fail("the value of attribute '\(attributeName)' in <\(name)> is not closed", "<\(name)> 的属性 '\(attributeName)' 的值没有闭合")
            }
            let raw = UnsafeBufferPointer(rebasing: tag[valueStart..<index])
            index += 1
            if hasLessThan {
                throw fail("'<' inside the value of attribute '\(attributeName)' in <\(name)>", "<\(name)> 的属性 '\(attributeName)' 的值中出现 '<'")
            }
            var k = 0
            while k < attributes.count {
                if attributes[k].name == attributeName {
                    throw fail("attribute '\(attributeName)' appears twice in <\(name)>", "<\(name)> 中属性 '\(attributeName)' 重复")
                }
                k += 1
            }
            attributes.append(XMLAttribute(name: attributeName, value: try decode(raw, file: file, line: line, normalizeSpace: true)))
        }
        return (name, attributes, selfClosing)
    }

    private mutating func endTag() throws(InputIssue) -> XMLEvent {
        let startLine = line
        guard let close = try find(UInt8(ascii: ">"), from: 2) else {
            throw fail("an end tag is never closed with '>'", "结束标签缺少 '>'")
        }
        let name = String(decoding: buffer[(position + 2)..<(position + close)], as: UTF8.self)
            .trimmingTrailingXMLSpace()
        consume(close + 1)
        guard let expected = open.last else {
            throw fail("</\(name)> closes an element that was never opened", "</\(name)> 没有对应的开始标签", line: startLine)
        }
        guard expected == name else {
            throw fail("</\(name)> found where </\(expected)> was expected", "此处应为 </\(expected)>,实际为 </\(name)>", line: startLine)
        }
        open.removeLast()
        if open.isEmpty { try expectOnlyTrailingMisc() }
        return .end(name, line: startLine)
    }

    /// After the root closes, only whitespace, comments and processing instructions may follow.
    private mutating func expectOnlyTrailingMisc() throws(InputIssue) {
        while true {
            let startLine = line
            guard try available(0) else { return }
            if Self.isSpace(byte(0)) {
                consume(1)
                continue
            }
            guard byte(0) == UInt8(ascii: "<"), try available(1) else {
                throw fail("text after the root element has closed", "根元素结束后仍有文字", line: startLine)
            }
            if byte(1) == UInt8(ascii: "?") {
                try skipProcessingInstruction()
            } else if try startsWith("<!--") {
                guard let end = try find(sequence: Array("-->".utf8), from: 4) else {
                    throw fail("a comment is never closed with '-->'", "注释缺少 '-->'", line: startLine)
                }
                consume(end + 3)
            } else if Self.isNameStart(byte(1)) {
                throw fail("a second root element after the first one closed", "第一个根元素结束后又出现根元素", line: startLine)
            } else {
                throw fail("markup after the root element has closed", "根元素结束后仍有标记", line: startLine)
            }
        }
    }

    // MARK: Declarations, comments, CDATA

    private mutating func skipProcessingInstruction() throws(InputIssue) {
        let startLine = line
        guard let end = try find(sequence: Array("?>".utf8), from: 2) else {
            throw fail("a processing instruction is never closed with '?>'", "处理指令缺少 '?>'")
        }
        let body = String(decoding: buffer[(position + 2)..<(position + end)], as: UTF8.self)
        consume(end + 2)
        if body.hasPrefix("xml ") || body.hasPrefix("xml\t") || body.hasPrefix("xml\n") || body.hasPrefix("xml\r") {
            if let range = body.range(of: "encoding") {
                let rest = body[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                let encoding = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }.lowercased()
                guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding) else {
                    throw fail(
                        "the file declares encoding '\(encoding)'; only UTF-8 is supported (convert it with iconv)",
                        "文件声明的编码为 '\(encoding)';仅支持 UTF-8(可用 iconv 转换)", line: startLine)
                }
            }
        }
    }

    /// Skips a comment or document type declaration; returns CDATA as text.
    private mutating func markupDeclaration() throws(InputIssue) -> XMLEvent? {
        let startLine = line
        if try startsWith("<!--") {
            guard let end = try find(sequence: Array("-->".utf8), from: 4) else {
                throw fail("a comment is never closed with '-->'", "注释缺少 '-->'")
            }
            consume(end + 3)
            return nil
        }
        if try startsWith("<![CDATA[") {
            guard let end = try find(sequence: Array("]]>".utf8), from: 9) else {
                throw fail("a CDATA section is never closed with ']]>'", "CDATA 段缺少 ']]>'")
            }
            let text = String(decoding: buffer[(position + 9)..<(position + end)], as: UTF8.self)
            consume(end + 3)
            guard !open.isEmpty else { throw fail("CDATA outside the root element", "根元素之外出现 CDATA", line: startLine) }
            return text.isEmpty ? nil : .text(text, line: startLine)
        }
        guard try startsWith("<!DOCTYPE") else {
            throw fail("unknown markup starting with '<!'", "未知的 '<!' 标记")
        }
        // A document type declaration; an internal subset in [ ] may hold '>' characters.
        var depth = 0
        var offset = 9
        while true {
            guard try available(offset) else { throw fail("the document type declaration is never closed", "文档类型声明没有闭合") }
            let b = byte(offset)
            if b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "]") { depth -= 1 }
            if b == UInt8(ascii: ">"), depth <= 0 { break }
            offset += 1
            if offset > InputLimits.xmlTokenBytes { throw tooLong() }
        }
        consume(offset + 1)
        return nil
    }

    private mutating func skipByteOrderMark() throws(InputIssue) {
        if try available(2), byte(0) == 0xEF, byte(1) == 0xBB, byte(2) == 0xBF {
            consume(3)
        }
    }

    // MARK: Entities

    /// Decodes entity and character references; with `normalizeSpace` (attribute values)
    /// literal tabs and line breaks become spaces, as XML requires.
    private static func decode(_ raw: UnsafeBufferPointer<UInt8>, file: String, line: Int, normalizeSpace: Bool = false) throws(InputIssue) -> String {
        var plain = true
        var scan = 0
        while scan < raw.count {
            let b = raw[scan]
            if b == UInt8(ascii: "&") || (normalizeSpace && (b == 0x09 || b == 0x0A || b == 0x0D)) {
                plain = false
                break
            }
            scan += 1
        }
        if plain { return String(decoding: raw, as: UTF8.self) }
        var i = 0
        func fail(_ en: String, _ zh: String) -> InputIssue {
            // The line of the bad reference itself, not of the start of the text.
            var breaks = 0
            for k in 0..<i where raw[k] == 0x0A { breaks += 1 }
            return InputIssue(.error, file: file, line: line + breaks, message: Localized(en: "malformed XML: " + en, zh: "XML 格式错误:" + zh))
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        while i < raw.count {
            let b = raw[i]
            if normalizeSpace, b == 0x09 || b == 0x0A || b == 0x0D {
                // A CR LF pair is one line break, hence one space.
                if b == 0x0D, i + 1 < raw.count, raw[i + 1] == 0x0A { i += 1 }
                out.append(0x20)
                i += 1
                continue
            }
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            var semicolon = i + 1
            while semicolon < raw.count, raw[semicolon] != UInt8(ascii: ";"), semicolon - i <= 12 { semicolon += 1 }
            guard semicolon < raw.count, raw[semicolon] == UInt8(ascii: ";") else {
                throw fail("'&' does not start an entity such as &amp; (write '&amp;' for a literal '&')", "'&' 之后不是实体(字面的 '&' 应写作 '&amp;')")
            }
            let reference = String(decoding: UnsafeBufferPointer(rebasing: raw[(i + 1)..<semicolon]), as: UTF8.self)
            switch reference {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard reference.hasPrefix("#") else {
                    throw fail("unknown entity '&\(reference);'", "未知实体 '&\(reference);'")
                }
                let digits = reference.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
                    throw fail("'&\(reference);' is not a valid character reference", "'&\(reference);' 不是有效的字符引用")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Buffer

    /// The byte at `offset` from the current position (which must be available).
    @inline(__always)
    private func byte(_ offset: Int) -> UInt8 {
        buffer[position + offset]
    }

    /// True when the byte at `offset` from the position exists, reading more input if needed.
    private mutating func available(_ offset: Int) throws(InputIssue) -> Bool {
        while position + offset >= buffer.count {
            guard !sourceEnded else { return false }
            guard offset <= InputLimits.xmlTokenBytes else { throw tooLong() }
            buffer.removeFirst(position)
            position = 0
            if let chunk = try source.nextChunk() {
                buffer.append(contentsOf: chunk)
            } else {
                sourceEnded = true
            }
        }
        return true
    }

    private mutating func startsWith(_ text: String) throws(InputIssue) -> Bool {
        let bytes = Array(text.utf8)
        guard try available(bytes.count - 1) else { return false }
        for (k, b) in bytes.enumerated() where byte(k) != b { return false }
        return true
    }

    /// Offset of the first `target` at or after `from`, or `nil` at the end of input.
    private mutating func find(_ target: UInt8, from: Int) throws(InputIssue) -> Int? {
        var offset = from
        while try available(offset) {
            let start = position + offset
            let hit: Int? = buffer.withUnsafeBufferPointer { p in
                var i = start
                while i < p.count {
                    if p[i] == target { return i }
                    i += 1
                }
                return nil
            }
            if let hit { return hit - position }
            offset = buffer.count - position
            if offset > InputLimits.xmlTokenBytes { throw tooLong() }
        }
        return nil
    }

    /// Offset of the first occurrence of `sequence` at or after `from`.
    private mutating func find(sequence: [UInt8], from: Int) throws(InputIssue) -> Int? {
        var offset = from
        while let hit = try find(sequence[0], from: offset) {
            guard try available(hit + sequence.count - 1) else { return nil }
            if (1..<sequence.count).allSatisfy({ byte(hit + $0) == sequence[$0] }) { return hit }
            offset = hit + 1
        }
        return nil
    }

    /// Offset of the `>` that ends the tag at the position, skipping quoted attribute values.
    private mutating func findTagEnd() throws(InputIssue) -> Int? {
        var offset = 1
        var quote: UInt8 = 0
        while try available(offset) {
            let base = position
            var stray = false
            let hit: Int? = buffer.withUnsafeBufferPointer { p in
                var i = base + offset
                while i < p.count {
                    let b = p[i]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == UInt8(ascii: ">") {
                        return i - base
                    } else if b == UInt8(ascii: "<") {
                        stray = true
                        return nil
                    }
                    i += 1
                }
                offset = i - base
                return nil
            }
            if stray { throw fail("'<' inside a tag (a tag is not closed?)", "标签内出现 '<'(标签未闭合?)") }
            if let hit { return hit }
            if offset > InputLimits.xmlTokenBytes { throw tooLong() }
        }
        return nil
    }

    /// Moves the position forward by `count` bytes, counting line breaks.
    private mutating func consume(_ count: Int) {
        let start = position
        let end = position + count
        line += buffer.withUnsafeBufferPointer { p in
            var breaks = 0
            for i in start..<end where p[i] == 0x0A { breaks += 1 }
            return breaks
        }
        position = end
    }

    // MARK: Errors

    private func fail(_ en: String, _ zh: String, line: Int? = nil) -> InputIssue {
        InputIssue(.error, file: source.name, line: line ?? self.line, message: Localized(en: "malformed XML: " + en, zh: "XML 格式错误:" + zh))
    }

    private func tooLong() -> InputIssue {
        fail("a single tag, comment or text run is longer than 16 MiB (not an XML file?)", "单个标签、注释或文字段超过 16 MiB(不是 XML 文件?)")
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    private static func isNameStart(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b >= 0x80
    }
}

extension String {
    /// The string without trailing XML whitespace (end tags may have spaces before `>`).
    fileprivate func trimmingTrailingXMLSpace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
