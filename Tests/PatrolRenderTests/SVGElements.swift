import Foundation

/// Elements of a rendered SVG read back as a viewer sees them: tag, attributes, text.
struct SVGElement {
    var tag: String
    var attributes: [String: String]
    /// The text between the opening and closing tag (empty for self-closing elements).
    var text: String

    /// A numeric attribute.
    func number(_ name: String) -> Double? { attributes[name].flatMap(Double.init) }

    /// The angle of a `rotate(a x y)` transform, 0 without one.
    var rotation: Double {
        guard let t = attributes["transform"], let open = t.range(of: "rotate(") else { return 0 }
        return Double(t[open.upperBound...].prefix { $0 != " " && $0 != ")" }) ?? 0
    }

    /// Every `tag` element in `svg`, in document order.
    ///
    /// Scans the UTF-8 bytes once: Foundation's `range(of:)` on a substring of a large sheet
    /// re-indexes the whole string on every call, which made reading a 1:2000 tile quadratic.
    static func all(_ tag: String, in svg: String) -> [SVGElement] {
        let bytes = Array(svg.utf8)
        let open = Array(("<" + tag + " ").utf8)
        let closing = Array(("</" + tag + ">").utf8)
        var result: [SVGElement] = []
        var position = 0
        while let start = find(open, in: bytes, from: position) {
            let headStart = start + open.count
            guard let end = find([UInt8(ascii: ">")], in: bytes, from: headStart) else { break }
            let head = String(decoding: bytes[headStart..<end], as: UTF8.self)
            var attributes: [String: String] = [:]
            var scan = head[...]
            while let eq = scan.range(of: "=\"") {
                let name = scan[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                guard let close = scan[eq.upperBound...].firstIndex(of: "\"") else { break }
                attributes[name] = String(scan[eq.upperBound..<close])
                scan = scan[scan.index(after: close)...]
            }
            var text = ""
            var next = end + 1
            if head.last != "/", let close = find(closing, in: bytes, from: next) {
                text = String(decoding: bytes[next..<close], as: UTF8.self)
                next = close + closing.count
            }
            result.append(SVGElement(tag: tag, attributes: attributes, text: text))
            position = next
        }
        return result
    }

    /// The offset of the first `pattern` in `bytes` at or after `from`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            pattern.withUnsafeBufferPointer { p in
                guard !p.isEmpty, all.count >= p.count else { return nil }
                var i = from
                while i <= all.count - p.count {
                    if all[i] == p[0] {
                        var k = 1
                        while k < p.count, all[i + k] == p[k] { k += 1 }
                        if k == p.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
