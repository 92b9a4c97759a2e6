import PatrolData
import PatrolGeo

/// A row of the side or bottom panel: legend entries, headings, notes, scale bar, north arrow.
enum PanelRow {
    case heading(String)
    case entry(LegendEntry)
    case text(String, size: Double, color: String)
    /// A row of a table: the first cell left-aligned, the others right-aligned in equal columns.
    case tableRow([String], header: Bool)
    case northAndScale
    case spacer(Double)
    /// The emergency number and the posts' phones.
    case contact(ContactPanel)
    /// Where the village lies in the township.
    case keyMap(KeyMap)
}

/// What the panel needs besides its rows.
struct PanelContext {
    let typography: Typography
    let language: Language
    let scale: Double
    let distortion: PlaneDistortion?
}

/// Flows panel rows down columns, keeping headings with the row after them.
enum Panel {
    static func height(_ row: PanelRow, width: Double, context: PanelContext) -> Double {
        let t = context.typography
        switch row {
        case .heading: return t.heading * 1.9
        case .entry(let entry): return Swift.max(t.body * 1.55, sampleHeight(entry.sample, t)) * Double(entryLines(entry, width: width, context: context).count)
        case .text(_, let size, _): return size * 1.3
        case .tableRow(_, let header): return t.body * (header ? 1.7 : 1.4)
        case .northAndScale: return Swift.max(NorthArrow.size(t), ScaleBar.height(t)) + t.body
        case .spacer(let h): return h
        case .contact(let contact): return contact.height(t)
        case .keyMap(let keyMap): return keyMap.height(width: width, typography: t)
        }
    }

    /// The column height that spreads the rows evenly over the columns that fit in `area`.
    static func balancedHeight(_ rows: [PanelRow], area: PageRect, columnWidth: Double, context: PanelContext) -> Double {
        let gutter = context.typography.body * 2
        let heights = rows.map { height($0, width: columnWidth, context: context) }
        let columns = Swift.max(1, Int((area.width + gutter) / (columnWidth + gutter)))
        return Swift.max(heights.reduce(0, +) / Double(columns) * 1.08, (heights.max() ?? 0) * 2)
    }

    /// Lays rows into columns of `columnWidth` inside `area`; rows past the last column are not drawn.
    static func draw(_ rows: [PanelRow], in area: PageRect, columnWidth: Double, context: PanelContext, into svg: inout SVGWriter) {
        let t = context.typography
        let gutter = t.body * 2
        var x = area.x
        var y = area.y
        // Several columns share the rows evenly instead of filling the first to the bottom.
        let heights = rows.map { height($0, width: columnWidth, context: context) }
        let bottom = Swift.min(area.maxY, area.y + balancedHeight(rows, area: area, columnWidth: columnWidth, context: context))
        svg.open("g", [("id", "panel"), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(t.body)), ("fill", "#1a1a1a")])
        var i = 0
        while i < rows.count {
            let row = rows[i]
            var h = heights[i]
            if case .heading = row, i + 1 < rows.count { h += heights[i + 1] }
            if y + h > (x + columnWidth * 2 + gutter <= area.maxX + 0.01 ? bottom : area.maxY), y > area.y {
                x += columnWidth + gutter
                y = area.y
                if case .spacer = row {
                    i += 1
                    continue
                }
            }
            guard x + columnWidth <= area.maxX + 0.01 else { break }
            y += draw(row, at: Point(x: x, y: y), width: columnWidth, context: context, into: &svg)
            i += 1
        }
        svg.close()
    }

    private static func draw(_ row: PanelRow, at o: Point, width: Double, context: PanelContext, into svg: inout SVGWriter) -> Double {
        let t = context.typography
        let h = height(row, width: width, context: context)
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        switch row {
        case .heading(let text):
            svg.element("text", [("x", n(o.x)), ("y", n(o.y + t.heading * 1.3)), ("font-size", n(t.heading)), ("font-weight", "bold")], text: text)
            svg.element("path", [("d", "M\(n(o.x)) \(n(o.y + t.heading * 1.62))H\(n(o.x + width))"), ("stroke", "#8a8a8a"), ("stroke-width", "0.15")])
        case .entry(let entry):
            let sampleWidth = t.body * 4
            let rowHeight = Swift.max(t.body * 1.55, sampleHeight(entry.sample, t))
            drawSample(entry.sample, center: Point(x: o.x + sampleWidth / 2, y: o.y + rowHeight / 2), width: sampleWidth, into: &svg)
            for (j, line) in entryLines(entry, width: width, context: context).enumerated() {
                let baseline = o.y + rowHeight * Double(j) + rowHeight / 2 + t.body * 0.36
                svg.element("text", [("x", n(o.x + (entry.sample == .none ? 0 : sampleWidth + t.body * 0.6))), ("y", n(baseline))], text: line)
            }
        case .text(let text, let size, let color):
            svg.element("text", [("x", n(o.x)), ("y", n(o.y + size)), ("font-size", n(size)), ("fill", color)], text: text)
        case .tableRow(let cells, let header):
            drawTableRow(cells, header: header, at: o, width: width, typography: t, into: &svg)
        case .northAndScale:
            NorthArrow.draw(at: o, distortion: context.distortion, typography: t, language: context.language, into: &svg)
            let arrow = NorthArrow.size(t) + t.body
            ScaleBar.draw(
                at: Point(x: o.x + arrow, y: o.y + t.body * 0.5), maxWidth: width - arrow, scale: context.scale, typography: t,
                language: context.language, into: &svg)
        case .spacer:
            break
        case .contact(let contact):
            contact.draw(at: o, width: width, typography: t, into: &svg)
        case .keyMap(let keyMap):
            keyMap.draw(at: o, width: width, typography: t, into: &svg)
        }
        return h
    }

    /// The cells of a table row; a header row is bold and underlined.
    private static func drawTableRow(_ cells: [String], header: Bool, at o: Point, width: Double, typography t: Typography, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        guard let first = cells.first else { return }
        let baseline = o.y + t.body * 1.1
        let weight: [(String, String)] = header ? [("font-weight", "bold")] : []
        svg.element("text", [("x", n(o.x)), ("y", n(baseline))] + weight, text: first)
        let firstWidth = width * 0.22
        let column = (width - firstWidth) / Double(Swift.max(1, cells.count - 1))
        for (j, cell) in cells.dropFirst().enumerated() {
            let right = o.x + firstWidth + column * Double(j + 1)
            svg.element("text", [("x", n(right)), ("y", n(baseline)), ("text-anchor", "end")] + weight, text: cell)
        }
        if header {
            svg.element("path", [("d", "M\(n(o.x)) \(n(o.y + t.body * 1.45))H\(n(o.x + width))"), ("stroke", "#8a8a8a"), ("stroke-width", "0.15")])
        }
    }

    private static func entryLines(_ entry: LegendEntry, width: Double, context: PanelContext) -> [String] {
        let t = context.typography
        let textWidth = width - (entry.sample == .none ? 0 : t.body * 4.6)
        return TextWrap.lines(entry.text.text(context.language), width: textWidth, size: t.body)
    }

    private static func sampleHeight(_ sample: LegendSample, _ t: Typography) -> Double {
        if case .symbol(_, let size) = sample { return size + t.body * 0.5 }
        return 0
    }

    static func drawSample(_ sample: LegendSample, center c: Point, width: Double, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        switch sample {
        case .line(let strokes):
            for s in strokes {
                var attributes = [
                    ("d", "M\(n(c.x - width / 2)) \(n(c.y))H\(n(c.x + width / 2))"), ("stroke", s.color), ("stroke-width", n(s.width)), ("fill", "none"),
                ]
                if let dash = s.dash { attributes.append(("stroke-dasharray", dash.map { n($0) }.joined(separator: " "))) }
                if s.opacity < 1 { attributes.append(("stroke-opacity", n(s.opacity))) }
                svg.element("path", attributes)
            }
        case .symbol(let symbol, let size):
            symbol.draw(at: c, size: size, into: &svg)
        case .area(let fill, let opacity, let stroke):
            let h = width * 0.45
            var attributes = [
                ("x", n(c.x - width / 2)), ("y", n(c.y - h / 2)), ("width", n(width)), ("height", n(h)), ("fill", fill), ("fill-opacity", n(opacity)),
            ]
            if let stroke { attributes += [("stroke", stroke), ("stroke-width", "0.3")] }
            svg.element("rect", attributes)
        case .label(let text, let style):
            svg.element(
                "text",
                [("x", n(c.x)), ("y", n(c.y + style.size * 0.36)), ("font-size", n(style.size)), ("fill", style.fill), ("text-anchor", "middle")]
                    + (style.weight == "normal" ? [] : [("font-weight", style.weight)]),
                text: text)
        case .none:
            break
        }
    }
}
