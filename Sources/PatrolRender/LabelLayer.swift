import PatrolGeo

/// Writes placed labels, one group per label class with a shared white halo.
enum LabelLayer {
    static func draw(_ placed: [PlacedLabel], id: String, into svg: inout SVGWriter) {
        var styles: [LabelStyle] = []
        for label in placed where !styles.contains(label.request.style) { styles.append(label.request.style) }
        styles.sort { $0.layer != $1.layer ? $0.layer < $1.layer : $0.id < $1.id }
        drawLeaders(placed, id: id, into: &svg)
        svg.open(
            "g",
            [("id", id + "labels"), ("font-family", Typography.fontFamily), ("stroke", "#ffffff"), ("stroke-linejoin", "round"), ("paint-order", "stroke")])
        for style in styles {
            var attributes = [
                ("class", style.id), ("font-size", SVGNumber.format(style.size)), ("fill", style.fill), ("stroke-width", SVGNumber.format(style.halo)),
            ]
            if style.weight != "normal" { attributes.append(("font-weight", style.weight)) }
            if style.letterSpacing != 0 { attributes.append(("letter-spacing", SVGNumber.format(style.letterSpacing * style.size))) }
            svg.open("g", attributes)
            for label in placed where label.request.style == style {
                write(label, into: &svg)
            }
            svg.close()
        }
        svg.close()
    }

    /// Leader lines of labels set away from their symbols, under the text.
    private static func drawLeaders(_ placed: [PlacedLabel], id: String, into svg: inout SVGWriter) {
        var d = PathData()
        for label in placed {
            guard let leader = label.leader else { continue }
            d.move(to: leader.from)
            d.line(to: leader.to)
        }
        guard !d.isEmpty else { return }
        svg.element("path", [("id", id + "label-leaders"), ("d", d.text), ("fill", "none"), ("stroke", "#1a1a1a"), ("stroke-width", "0.18")])
    }

    private static func write(_ label: PlacedLabel, into svg: inout SVGWriter) {
        let o = label.origin
        if let glyphs = UprightGlyphs.centers(label.request) {
            // Character by character along the line, each one upright.
            let drop = label.request.style.size * 0.36
            for glyph in glyphs {
                svg.element(
                    "text", [("x", SVGNumber.format(glyph.center.x)), ("y", SVGNumber.format(glyph.center.y + drop)), ("text-anchor", "middle")],
                    text: glyph.text)
            }
            return
        }
        var attributes = [("x", SVGNumber.format(o.x)), ("y", SVGNumber.format(o.y))]
        if label.textAnchor != "start" { attributes.append(("text-anchor", label.textAnchor)) }
        if label.request.rotation != 0 {
            attributes.append(
                ("transform", "rotate(\(SVGNumber.format(label.request.rotation, decimals: 1)) \(SVGNumber.format(o.x)) \(SVGNumber.format(o.y)))"))
        }
        if label.request.lines.count == 1 {
            svg.element("text", attributes, text: label.request.lines[0])
            return
        }
        svg.open("text", attributes)
        let pitch = SVGNumber.format(label.request.style.size * LabelPlacer.lineHeight)
        for (i, line) in label.request.lines.enumerated() {
            svg.element("tspan", [("x", SVGNumber.format(o.x))] + (i == 0 ? [] : [("dy", pitch)]), text: line)
        }
        svg.close()
    }
}
