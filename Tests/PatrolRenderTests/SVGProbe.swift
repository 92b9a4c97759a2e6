import Foundation

/// Reads numbers and attributes back out of a rendered SVG, as a user's tool would.
struct SVGProbe {
    let text: String

    /// The value of `attribute` on the first element matching `tagPrefix` (for example `<svg` or `<g
    /// id="map"`).
    func attribute(_ attribute: String, of tagPrefix: String) -> String? {
        guard let start = text.range(of: tagPrefix) else { return nil }
        let tail = text[start.lowerBound...]
        guard let end = tail.firstIndex(of: ">") else { return nil }
        let tag = tail[..<end]
        guard let a = tag.range(of: " " + attribute + "=\"") else { return nil }
        let value = tag[a.upperBound...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }

    /// Space-separated numbers of an attribute.
    func numbers(_ attribute: String, of tagPrefix: String) -> [Double] {
        (self.attribute(attribute, of: tagPrefix) ?? "").split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "mm", with: "")) }
    }

    /// The text between the tags of the first element whose opening tag contains `marker`.
    func elementText(containing marker: String) -> String? {
        guard let start = text.range(of: marker) else { return nil }
        let tail = text[start.upperBound...]
        guard let open = tail.firstIndex(of: ">"), let close = tail[open...].range(of: "</") else { return nil }
        return String(tail[tail.index(after: open)..<close.lowerBound])
    }

    /// The part of the document inside the first `<g id="…">` … its closing tag (by indentation).
    func group(_ id: String) -> String? {
        guard let start = text.range(of: "<g id=\"\(id)\"") else { return nil }
        let lineStart = text[..<start.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let indent = String(text[lineStart..<start.lowerBound])
        guard let end = text[start.upperBound...].range(of: "\n" + indent + "</g>") else { return nil }
        return String(text[start.lowerBound..<end.upperBound])
    }
}
