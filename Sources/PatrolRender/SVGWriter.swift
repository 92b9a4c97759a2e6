import PatrolGeo

/// Builds SVG text element by element, escaping every attribute value and text node.
///
/// Tag and attribute names are the caller's literals; values and text are always escaped,
/// so data (a village called `<script>&`) can never break the document.
struct SVGWriter {
    /// The document so far.
    private(set) var text = ""
    private var openTags: [String] = []

    /// Opens `<tag …>`; close it with ``close()``.
    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        indent()
        text += "<" + tag
        append(attributes)
        text += ">\n"
        openTags.append(tag)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let tag = openTags.popLast() else { return }
        indent()
        text += "</" + tag + ">\n"
    }

    /// Writes an empty element `<tag …/>`.
    mutating func element(_ tag: String, _ attributes: [(String, String)]) {
        indent()
        text += "<" + tag
        append(attributes)
        text += "/>\n"
    }

    /// Writes an element holding only text: `<tag …>text</tag>`.
    mutating func element(_ tag: String, _ attributes: [(String, String)], text content: String) {
        indent()
        text += "<" + tag
        append(attributes)
        text += ">" + XMLText.escape(content) + "</" + tag + ">\n"
    }

    /// The finished document: every element closed.
    mutating func finish() -> String {
        while !openTags.isEmpty { close() }
        return text
    }

    private mutating func indent() {
        text += String(repeating: " ", count: openTags.count)
    }

    private mutating func append(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            text += " " + name + "=\"" + XMLText.escape(value) + "\""
        }
    }
}

/// Path data (`d`) in page millimetres with 0.01 mm precision.
struct PathData {
    /// The path data so far.
    private(set) var text = ""

    /// True when nothing has been drawn.
    var isEmpty: Bool { text.isEmpty }

    /// Starts a subpath.
    mutating func move(to p: Point) {
        text += (text.isEmpty ? "M" : " M") + SVGNumber.format(p.x) + " " + SVGNumber.format(p.y)
    }

    /// A straight segment to `p`.
    mutating func line(to p: Point) {
        text += "L" + SVGNumber.format(p.x) + " " + SVGNumber.format(p.y)
    }

    /// Closes the current subpath.
    mutating func closePath() { text += "Z" }

    /// A polyline as one subpath, dropping vertices closer than `minimumStep` mm to the last kept one.
    mutating func polyline(_ points: [Point], closed: Bool = false, minimumStep: Double = 0.05) {
        guard let first = points.first else { return }
        move(to: first)
        var last = first
        for (i, p) in points.enumerated().dropFirst() {
            let isEnd = i == points.count - 1
            if !isEnd, p.squaredDistance(to: last) < minimumStep * minimumStep { continue }
            line(to: p)
            last = p
        }
        if closed { closePath() }
    }
}
