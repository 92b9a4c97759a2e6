import PatrolGeo
import PatrolData

/// Reads OSM XML (`.osm`, or `.osm.gz` decompressed on the fly) with ``XMLTokenizer``,
/// streaming: one chunk of the file and one element are in memory at a time.
///
/// Understands `<bounds>`, `<node>`, `<way>` with `<nd>` and `<tag>`, and `<relation>` with
/// `<member>` and `<tag>` for handlers that want relations; skips anything else. Elements marked deleted (`action="delete"`, `visible="false"`) are
/// skipped. A node or way with a missing or bad attribute is reported and skipped;
/// malformed XML stops the read with the file and line.
struct OSMXMLReader {
    private let path: String
    private let name: String

    /// Prepares to read the file at `path`; `name` is used in messages.
    init(path: String, name: String) {
        self.path = path
        self.name = name
    }

    /// Streams the file into `handler`.
    ///
    /// - Complexity: O(file size)
    func read<H: OSMHandler>(into handler: inout H) throws(InputIssue) {
        var tokenizer = XMLTokenizer(try ChunkSources.open(path: path, name: name))
        guard case .start(let root)? = try tokenizer.next() else {
            throw InputIssue(.error, file: name, line: 1, message: Localized(en: "not an OSM XML file: no root element", zh: "不是 OSM XML 文件:没有根元素"))
        }
        guard root.name == "osm" else {
            throw InputIssue(
                .error, file: name, line: root.line,
                message: Localized(en: "not an OSM XML file: the root element is <\(root.name)>, not <osm>", zh: "不是 OSM XML 文件:根元素是 <\(root.name)>,不是 <osm>"))
        }
        var header = OSMFileHeader(bounds: nil, generator: root.attribute("generator"))
        var sentHeader = false
        var depth = 1
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag) where depth == 1:
                if tag.name == "bounds" {
                    header.bounds = Self.bounds(tag)
                    try skipElement(tag, &tokenizer)
                    continue
                }
                if !sentHeader {
                    handler.header(header)
                    sentHeader = true
                }
                switch tag.name {
                case "node": try readNode(tag, &tokenizer, &handler)
                case "way": try readWay(tag, &tokenizer, &handler)
                case "relation" where handler.wantsRelations: try readRelation(tag, &tokenizer, &handler)
                default: try skipElement(tag, &tokenizer)
                }
            case .start:
                depth += 1
            case .end:
                depth -= 1
            case .text:
                continue
            }
        }
        if !sentHeader { handler.header(header) }
    }

    private static func bounds(_ tag: XMLStartTag) -> BoundingBox? {
        guard let minLat = tag.attribute("minlat").flatMap(Double.init), let minLon = tag.attribute("minlon").flatMap(Double.init),
            let maxLat = tag.attribute("maxlat").flatMap(Double.init), let maxLon = tag.attribute("maxlon").flatMap(Double.init)
        else { return nil }
        return BoundingBox(minX: minLon, minY: minLat, maxX: maxLon, maxY: maxLat)
    }

    /// Reads the children of `tag` (tags and node references) up to its end; `tooMany` is set
    /// when there are more than ``InputLimits/osmNodesPerWay`` references or
    /// ``InputLimits/osmTagsPerElement`` tags (the extra ones are not kept).
    private func children(
        of tag: XMLStartTag, _ tokenizer: inout XMLTokenizer, refs: inout [Int64], badRef: inout Bool, tooMany: inout Bool
    ) throws(InputIssue) -> OSMTags {
        var pairs: [(key: String, value: String)] = []
        var depth = 0
        while let event = try tokenizer.next() {
            switch event {
            case .start(let child):
                depth += 1
                guard depth == 1 else { continue }
                if child.name == "tag", let key = child.attribute("k"), let value = child.attribute("v") {
                    if pairs.count < InputLimits.osmTagsPerElement { pairs.append((key, value)) } else { tooMany = true }
                } else if child.name == "nd" {
                    guard let ref = child.attribute("ref").flatMap({ Int64($0) }) else {
                        badRef = true
                        continue
                    }
                    if refs.count < InputLimits.osmNodesPerWay { refs.append(ref) } else { tooMany = true }
                }
            case .end:
                if depth == 0 { return OSMTags(pairs: pairs) }
                depth -= 1
            case .text:
                continue
            }
        }
        return OSMTags(pairs: pairs)
    }

    private func readNode<H: OSMHandler>(_ tag: XMLStartTag, _ tokenizer: inout XMLTokenizer, _ handler: inout H) throws(InputIssue) {
        guard handler.wantsNodes else { return try skipElement(tag, &tokenizer) }
        guard let (id, tags, _, _) = try element(tag, "node", "节点", &tokenizer, &handler) else { return }
        let lat: Int64
        let lon: Int64
        switch (Self.degrees(tag.attribute("lat"), limit: 90), Self.degrees(tag.attribute("lon"), limit: 180)) {
        case (.success(let y), .success(let x)):
            lat = y
            lon = x
        case (.failure(let problem), _):
            return handler.skipped(issue(tag, "node \(id): lat \(problem.en); skipped", "节点 \(id):lat \(problem.zh),已跳过", id: "node/\(id)", field: "lat"))
        case (_, .failure(let problem)):
            return handler.skipped(issue(tag, "node \(id): lon \(problem.en); skipped", "节点 \(id):lon \(problem.zh),已跳过", id: "node/\(id)", field: "lon"))
        }
        handler.node(OSMNode(id: id, coordinate: FixedCoordinate(lat: Int32(lat), lon: Int32(lon)), tags: tags, timestamp: Self.timestamp(tag)))
    }

    /// Reads a node's or way's children and checks what both need.
    ///
    /// Not deleted, a valid id, within the reference and tag limits; `nil` when the element is
    /// skipped (and reported).
    private func element<H: OSMHandler>(
        _ tag: XMLStartTag, _ kind: String, _ kindZh: String, _ tokenizer: inout XMLTokenizer, _ handler: inout H
    ) throws(InputIssue) -> (id: Int64, tags: OSMTags, refs: [Int64], badRef: Bool)? {
        var refs: [Int64] = []
        var badRef = false
        var tooMany = false
        let tags = try children(of: tag, &tokenizer, refs: &refs, badRef: &badRef, tooMany: &tooMany)
        if Self.isDeleted(tag) { return nil }
        guard let id = tag.attribute("id").flatMap({ Int64($0) }) else {
            handler.skipped(badID(tag, element: kind))
            return nil
        }
        guard !tooMany else {
            handler.skipped(tooLarge(tag, "\(kind) \(id)", "\(kindZh) \(id)"))
            return nil
        }
        return (id, tags, refs, badRef)
    }

    private func readWay<H: OSMHandler>(_ tag: XMLStartTag, _ tokenizer: inout XMLTokenizer, _ handler: inout H) throws(InputIssue) {
        guard handler.wantsWays else { return try skipElement(tag, &tokenizer) }
        guard let (id, tags, refs, badRef) = try element(tag, "way", "路径", &tokenizer, &handler) else { return }
        guard !badRef else {
            return handler.skipped(
                issue(tag, "way \(id) has an <nd> without a valid ref; skipped", "路径 \(id) 的 <nd> 缺少有效的 ref,已跳过", id: "way/\(id)", field: "nd"))
        }
        handler.way(OSMWay(id: id, refs: refs, tags: tags, timestamp: Self.timestamp(tag)))
    }

    /// Reads a relation's members and tags; a member without a known type or a whole-number
    /// ref, or more than ``InputLimits/osmNodesPerWay`` members, skips the relation (reported).
    private func readRelation<H: OSMHandler>(_ tag: XMLStartTag, _ tokenizer: inout XMLTokenizer, _ handler: inout H) throws(InputIssue) {
        var pairs: [(key: String, value: String)] = []
        var members: [OSMRelation.Member] = []
        var badMember: Int?
        var tooMany = false
        var depth = 0
        reading: while let event = try tokenizer.next() {
            switch event {
            case .start(let child):
                depth += 1
                guard depth == 1 else { continue }
                if child.name == "tag", let key = child.attribute("k"), let value = child.attribute("v") {
                    if pairs.count < InputLimits.osmTagsPerElement { pairs.append((key, value)) } else { tooMany = true }
                } else if child.name == "member" {
                    let type: OSMRelation.MemberType? =
                        switch child.attribute("type") {
                        case "node": .node
                        case "way": .way
                        case "relation": .relation
                        default: nil
                        }
                    guard let type, let ref = child.attribute("ref").flatMap({ Int64($0) }) else {
                        badMember = badMember ?? child.line
                        continue
                    }
                    if members.count < InputLimits.osmNodesPerWay {
                        members.append(OSMRelation.Member(type: type, ref: ref, role: child.attribute("role") ?? ""))
                    } else {
                        tooMany = true
                    }
                }
            case .end:
                if depth == 0 { break reading }
                depth -= 1
            case .text:
                continue
            }
        }
        if Self.isDeleted(tag) { return }
        guard let id = tag.attribute("id").flatMap({ Int64($0) }) else { return handler.skipped(badID(tag, element: "relation")) }
        if tooMany { return handler.skipped(tooLarge(tag, "relation \(id)", "关系 \(id)")) }
        if let line = badMember {
            return handler.skipped(
                InputIssue(
                    .error, file: name, line: line, recordID: "relation/\(id)", field: "member",
                    message: Localized(
                        en: "relation \(id) has a <member> without a type (node, way, relation) or a whole-number ref; skipped",
                        zh: "关系 \(id) 的 <member> 缺少类型(node、way、relation)或整数 ref,已跳过")))
        }
        handler.relation(OSMRelation(id: id, members: members, tags: OSMTags(pairs: pairs)))
    }

    private func skipElement(_ tag: XMLStartTag, _ tokenizer: inout XMLTokenizer) throws(InputIssue) {
        var depth = 0
        while let event = try tokenizer.next() {
            switch event {
            case .start: depth += 1
            case .end:
                if depth == 0 { return }
                depth -= 1
            case .text: continue
            }
        }
    }

    /// The element's edit time in whole seconds since 1970, or 0 when it has none.
    private static func timestamp(_ tag: XMLStartTag) -> Int64 {
        tag.attribute("timestamp").flatMap(ISOTime.seconds).map { Int64($0) } ?? 0
    }

    private static func isDeleted(_ tag: XMLStartTag) -> Bool {
        tag.attribute("action") == "delete" || tag.attribute("visible") == "false"
    }

    private func tooLarge(_ tag: XMLStartTag, _ en: String, _ zh: String) -> InputIssue {
        issue(
            tag,
            "\(en) has more than \(InputLimits.osmNodesPerWay) node references or \(InputLimits.osmTagsPerElement) tags (input limit); skipped",
            "\(zh) 的节点引用超过 \(InputLimits.osmNodesPerWay) 个或标签超过 \(InputLimits.osmTagsPerElement) 个(输入上限),已跳过")
    }

    private func issue(_ tag: XMLStartTag, _ en: String, _ zh: String, id: String? = nil, field: String? = nil) -> InputIssue {
        InputIssue(.error, file: name, line: tag.line, recordID: id, field: field, message: Localized(en: en, zh: zh))
    }

    /// An element whose `id` is absent or not a 64-bit integer (an overflowing `99999999999999999999`, say).
    private func badID(_ tag: XMLStartTag, element: String) -> InputIssue {
        let zh = element == "node" ? "节点" : element == "way" ? "路径" : "关系"
        guard let text = tag.attribute("id") else {
            return issue(tag, "a \(element) without an id; skipped", "\(zh)缺少 id,已跳过", field: "id")
        }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber })
            ? issue(tag, "\(element) id '\(text)' does not fit in 64 bits; skipped", "\(zh)的 id '\(text)' 超出 64 位整数范围,已跳过", field: "id")
            : issue(tag, "\(element) id '\(text)' is not a whole number; skipped", "\(zh)的 id '\(text)' 不是整数,已跳过", field: "id")
    }

    /// A `lat` or `lon` attribute in 1e-7 degrees, or what is wrong with it.
    private static func degrees(_ text: String?, limit: Int64) -> Result<Int64, DegreeProblem> {
        guard let text else { return .failure(DegreeProblem(en: "is missing", zh: "缺失")) }
        guard let value = fixedDegrees(text) else {
            if let number = Double(text), number.isFinite {
                return .failure(DegreeProblem(en: "'\(text)' is outside ±\(limit)°", zh: "'\(text)' 超出 ±\(limit)° 范围"))
            }
            return .failure(DegreeProblem(en: "'\(text)' is not a decimal number of degrees", zh: "'\(text)' 不是十进制度数"))
        }
        guard abs(value) <= limit * 10_000_000 else {
            return .failure(DegreeProblem(en: "'\(text)' is outside ±\(limit)°", zh: "'\(text)' 超出 ±\(limit)° 范围"))
        }
        return .success(value)
    }

    /// Why a coordinate attribute was refused, in both languages.
    private struct DegreeProblem: Error {
        var en: String
        var zh: String
    }

    /// A decimal number of degrees as exact 1e-7 units (`42.5128977` → 425128977), rounding
    /// half away from zero beyond seven decimals; `nil` when the text is not a plain decimal.
    static func fixedDegrees(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            var negative = false
            var integer: Int64 = 0
            var fraction: Int64 = 0
            var fractionDigits = 0
            var roundUp = false
            var sawDigit = false
            var inFraction = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "-"), i == 0 {
                    negative = true
                } else if b == UInt8(ascii: "+"), i == 0 {
                    // A leading plus sign changes nothing.
                } else if b == UInt8(ascii: ".") {
                    guard !inFraction else { return nil }
                    inFraction = true
                } else if b >= 0x30, b <= 0x39 {
                    sawDigit = true
                    let digit = Int64(b - 0x30)
                    if !inFraction {
                        integer = integer * 10 + digit
                        guard integer <= 1_000 else { return nil }
                    } else if fractionDigits < 7 {
                        fraction = fraction * 10 + digit
                        fractionDigits += 1
                    } else if fractionDigits == 7 {
                        roundUp = digit >= 5
                        fractionDigits += 1
                    }
                } else {
                    return nil
                }
                i += 1
            }
            guard sawDigit else { return nil }
            var scale = min(fractionDigits, 7)
            while scale < 7 {
                fraction *= 10
                scale += 1
            }
            let magnitude = integer * 10_000_000 + fraction + (roundUp ? 1 : 0)
            return negative ? -magnitude : magnitude
        }
    }
}
