public import PatrolData
import PatrolGeo

/// Renders a route card: the route on the map with numbered decision points, an inset
/// of the last kilometre, and the directions printed beside the map.
public enum RouteCardRenderer {
    /// The card as an SVG document on `page` (A4 by default), in `orientation` (landscape by default).
    ///
    /// The card is a public view: household heads, phones, tags and notes are removed
    /// from the map first. Same inputs, same bytes.
    public static func render(
        _ card: RouteCard, map: PatrolMap, page: PaperSize = .a4, orientation: Orientation = .landscape, scale: Double? = nil, language: Language = .zh
    ) -> String {
        let data = PersonalDataRedaction.redact(map)
        let style = MapStyle.of(.dispatch)
        let t = Typography(pageScale: page.typeScale)
        let (width, height) = page.size(orientation)
        let margin = 8 * t.pageScale
        let titleBand = PageRect(x: margin, y: margin, width: width - 2 * margin, height: t.title * 1.25 + t.subtitle * 1.6)
        let top = titleBand.maxY + t.gridLabel * 2.2
        let gap = t.body * 2.5
        let frameRect: PageRect
        let column: PageRect
        if orientation == .landscape {
            let columnWidth = (width - 2 * margin) * 0.36
            column = PageRect(x: width - margin - columnWidth, y: top, width: columnWidth, height: height - margin - top)
            frameRect = PageRect(
                x: margin + t.gridLabel * 2.2, y: top, width: column.x - gap - margin - t.gridLabel * 2.2, height: height - margin - t.gridLabel * 2.2 - top)
        } else {
            let columnHeight = (height - top - margin) * 0.4
            column = PageRect(x: margin, y: height - margin - columnHeight, width: width - 2 * margin, height: columnHeight)
            frameRect = PageRect(x: margin + t.gridLabel * 2.2, y: top, width: width - 2 * margin - t.gridLabel * 4.4, height: column.y - gap - top)
        }
        let routeBox = BoundingBox(covering: card.geometry)
        let distortion = PlaneDistortion.measure(data, at: routeBox?.center ?? Point(x: 0, y: 0))
        let k = distortion?.scaleFactor ?? 1
        var extent = routeBox ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        for step in card.steps { extent.include(step.location) }
        let pad = Swift.max(150, Swift.max(extent.width, extent.height) * 0.08)
        extent = extent.expanded(by: pad)
        let mainScale = scale ?? MapViewport.fittingScale(for: extent, in: frameRect, scaleFactor: k)
        let viewport = MapViewport(frame: frameRect, center: extent.center, scale: mainScale, scaleFactor: k)

        var svg = SVGDocument.begin(width: width, height: height, title: "\(card.from) → \(card.to)")
        let insets = RouteCardInsets.plan(card, map: data, main: viewport, scaleFactor: k, typography: t, language: language)
        var frame = MapFrame(map: data, style: style, viewport: viewport, typography: t, language: language, id: "")
        for inset in insets { frame.placer.addObstacle(inset.viewport.frame.inset(by: -1.5)) }
        FrameRenderer.draw(&frame, extras: FrameExtras(route: card), into: &svg)
        CoordinateGrid.drawLabels(frame, typography: t, into: &svg)
        for inset in insets { drawInset(inset, card: card, map: data, style: style, main: viewport, typography: t, language: language, into: &svg) }

        let zh = language == .zh
        let subtitle = [
            zh ? "出警路线卡" : "Route card", (zh ? "比例尺 " : "scale ") + ScaleBar.numeric(mainScale), card.profile,
        ].filter { !$0.isEmpty }.joined(separator: " · ")
        TitleBand.draw(title: "\(card.from) → \(card.to)", subtitle: subtitle, in: titleBand, internalUse: false, typography: t, into: &svg)
        DirectionsColumn.draw(card, in: column, scale: mainScale, distortion: distortion, legend: frame.legend, typography: t, language: language, into: &svg)
        return svg.finish()
    }

    private static func drawInset(
        _ plan: RouteCardInsets.Inset, card: RouteCard, map: PatrolMap, style: MapStyle, main: MapViewport, typography t: Typography,
        language: Language, into svg: inout SVGWriter
    ) {
        let inset = plan.viewport
        let f = inset.frame
        let outer = PageRect(x: f.x - 1.5, y: f.y - t.body * 1.6 - 1.5, width: f.width + 3, height: f.height + t.body * 1.6 + 3)
        // Where the inset lies on the main map.
        svg.element(
            "rect",
            main.page(inset.ground).attributes + [
                ("fill", "none"), ("stroke", "#3d1f5c"), ("stroke-width", "0.35"), ("stroke-dasharray", "1.2 0.8"),
            ])
        svg.element("rect", outer.attributes + [("fill", "#ffffff"), ("stroke", "#3d1f5c"), ("stroke-width", "0.5")])
        let title = plan.title + " · " + ScaleBar.numeric(inset.scale)
        svg.element(
            "text",
            [
                ("x", SVGNumber.format(f.x)), ("y", SVGNumber.format(f.y - t.body * 0.45)), ("font-size", SVGNumber.format(t.body)), ("font-weight", "bold"),
                ("fill", "#3d1f5c"),
            ], text: title)
        var frame = MapFrame(map: map, style: style, viewport: inset, typography: t, language: language, id: plan.id)
        FrameRenderer.draw(&frame, extras: FrameExtras(route: card), into: &svg)
    }
}

/// The column beside the map: summary, scale, directions, legend.
enum DirectionsColumn {
    /// The smallest type of the directions (mm): legible in a moving car.
    static let minimumType = 2.5

    /// Draws the column, with its text a little smaller when a long route's directions would
    /// not fit at full size (never below ``minimumType``), and in two columns if they still do not.
    static func draw(
        _ card: RouteCard, in area: PageRect, scale: Double, distortion: PlaneDistortion?, legend: LegendCollector, typography full: Typography,
        language: Language, into svg: inout SVGWriter
    ) {
        let smallest = minimumType / full.body
        let factors = [1.0, 0.9, 0.8].map { Swift.max($0, smallest) }.reduce(into: [Double]()) { if !$0.contains($1) { $0.append($1) } }
        var choice: (Typography, [PanelRow], columns: Int)?
        for columns in [1, 2] {
            for factor in factors where choice == nil {
                let t = Typography(pageScale: full.pageScale * factor)
                let width = columnWidth(area, columns: columns, t)
                let rows = self.rows(card, legend: legend, typography: t, language: language)
                let context = PanelContext(typography: t, language: language, scale: scale, distortion: distortion)
                let height = rows.map { Panel.height($0, width: width, context: context) }.reduce(0, +)
                if height <= area.height * Double(columns) * (columns == 1 ? 1 : 0.92) { choice = (t, rows, columns) }
            }
        }
        let t = choice?.0 ?? Typography(pageScale: full.pageScale * factors[factors.count - 1])
        let rows = choice?.1 ?? self.rows(card, legend: legend, typography: t, language: language)
        let context = PanelContext(typography: t, language: language, scale: scale, distortion: distortion)
        Panel.draw(rows, in: area, columnWidth: columnWidth(area, columns: choice?.columns ?? 2, t), context: context, into: &svg)
    }

    private static func columnWidth(_ area: PageRect, columns: Int, _ t: Typography) -> Double {
        columns == 1 ? area.width : (area.width - t.body * 2) / 2
    }

    private static func rows(_ card: RouteCard, legend: LegendCollector, typography t: Typography, language: Language) -> [PanelRow] {
        let zh = language == .zh
        var rows: [PanelRow] = [.northAndScale]
        let total =
            zh
            ? "全程 \(distance(card.distance, language)),约 \(minutes(card.duration, language))"
            : "\(distance(card.distance, language)), about \(minutes(card.duration, language))"
        rows.append(.text(total, size: t.subtitle, color: "#1a1a1a"))
        if card.walkDistance > 0 {
            rows.append(
                .text(
                    zh ? "其中步行 \(distance(card.walkDistance, language))" : "of which on foot \(distance(card.walkDistance, language))", size: t.body,
                    color: "#1b6fd1"))
        }
        rows.append(.heading(zh ? "行车指引" : "Directions"))
        var number = 0
        for step in card.steps {
            let marker: Symbol
            if step.isNumbered {
                number += 1
                marker = .decisionPoint(number)
            } else {
                marker = step == card.steps.last ? .routeEnd : step == card.steps.first ? .routeStart : .passedFork
            }
            let meta =
                zh
                ? "\(clock(step.elapsed)) 到达 · 再行 \(distance(step.distance, language))"
                : "at \(clock(step.elapsed)) · then \(distance(step.distance, language))"
            let aside = step.distance > 0 ? meta : clock(step.elapsed)
            let text = step.instruction + (zh ? "(\(aside))" : " (\(aside))")
            rows.append(.entry(LegendEntry(section: .route, order: 0, sample: .symbol(marker, size: t.body * 1.5), text: Localized(en: text, zh: text))))
        }
        rows.append(.spacer(t.body))
        rows.append(.heading(zh ? "图例" : "Legend"))
        for (_, entries) in legend.sections where entries.first?.section == .route || entries.first?.section == .posts {
            rows += entries.map(PanelRow.entry)
        }
        return rows
    }

    static func distance(_ metres: Double, _ language: Language) -> String {
        if metres < 1000 { return SVGNumber.format(metres, decimals: 0) + (language == .zh ? " 米" : " m") }
        return SVGNumber.format(metres / 1000, decimals: 1) + (language == .zh ? " 公里" : " km")
    }

    static func minutes(_ seconds: Double, _ language: Language) -> String {
        let m = Swift.max(1, Int((seconds / 60).rounded()))
        return language == .zh ? "\(m) 分钟" : "\(m) min"
    }

    /// `m:ss` or `h:mm:ss` from the start.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let h = total / 3600
        let m = (total % 3600) / 60
        let s = total % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
