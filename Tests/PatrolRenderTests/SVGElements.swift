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
    static func all(_ tag: String, in svg: String) -> [SVGElement] {
        var result: [SVGElement] = []
        var rest = svg[...]
        while let start = rest.range(of: "<" + tag + " ") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            let head = rest[start.upperBound..<end]
            var attributes: [String: String] = [:]
            var scan = head
            while let eq = scan.range(of: "=\"") {
                let name = scan[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                guard let close = scan[eq.upperBound...].firstIndex(of: "\"") else { break }
                attributes[name] = String(scan[eq.upperBound..<close])
                scan = scan[scan.index(after: close)...]
            }
            var text = ""
            var next = rest.index(after: end)
            if head.last != "/", let closing = rest[next...].range(of: "</" + tag + ">") {
                text = String(rest[next..<closing.lowerBound])
                next = closing.upperBound
            }
            result.append(SVGElement(tag: tag, attributes: attributes, text: text))
            rest = rest[next...]
        }
        return result
    }
}
