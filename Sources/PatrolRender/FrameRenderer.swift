import PatrolData
import PatrolGeo

/// Extra things a frame can carry over the base map.
struct FrameExtras {
    var overlay: CoverageOverlay?
    var route: RouteCard?
    var numberedRoute = true
    /// Sheet outlines and numbers (the index sheet of a tiled map).
    var sheetIndex: [(number: String, ground: BoundingBox)] = []
    /// Neighbouring sheet numbers shown at the middle of each edge (north, east, south, west).
    var neighbours: [String?] = []
    /// The village a village map is about: its surroundings are muted and its boundary banded.
    var focus: Village?
}

/// Draws one map frame: every layer in order, clipped to the neat line, then labels.
enum FrameRenderer {
    static func draw(_ frame: inout MapFrame, extras: FrameExtras, into svg: inout SVGWriter) {
        let f = frame.viewport.frame
        let clip = frame.id + "frame-clip"
        svg.open("defs")
        svg.open("clipPath", [("id", clip)])
        svg.element("rect", f.attributes)
        svg.close()
        svg.close()
        let g = frame.viewport.ground
        svg.open(
            "g",
            [
                ("id", frame.id + "map"), ("clip-path", "url(#\(clip))"),
                ("data-scale", SVGNumber.format(frame.scale, decimals: 0)),
                ("data-scale-factor", SVGNumber.format(frame.viewport.scaleFactor, decimals: 6)),
                ("data-ground", [g.minX, g.minY, g.maxX, g.maxY].map { SVGNumber.format($0, decimals: 2) }.joined(separator: " ")),
                ("data-frame", [f.x, f.y, f.width, f.height].map { SVGNumber.format($0, decimals: 3) }.joined(separator: " ")),
            ])
        BoundaryLayers.drawLand(frame, into: &svg)
        if let overlay = extras.overlay { CoverageLayer.drawBands(overlay, frame: &frame, into: &svg) }
        // Under an overlay the line work is muted, so the bands and what is drawn over them lead.
        let muted = extras.overlay != nil && frame.style.baseMapFade > 0
        if muted { svg.open("g", [("id", frame.id + "base-map"), ("opacity", SVGNumber.format(1 - frame.style.baseMapFade))]) }
        ContourLayer.draw(&frame, into: &svg)
        WaterLayer.draw(&frame, into: &svg)
        SettlementTint.draw(&frame, into: &svg)
        BoundaryLayers.drawVillages(&frame, into: &svg)
        RoadLineDrawing.draw(&frame, into: &svg)
        if muted { svg.close() }
        BoundaryLayers.drawOutsideVeil(frame.map.jurisdiction.boundary, opacity: 0.55, frame: frame, into: &svg)
        if let village = extras.focus { BoundaryLayers.drawOutsideVeil(village.boundary, opacity: 0.4, frame: frame, into: &svg) }
        BoundaryLayers.drawJurisdiction(&frame, into: &svg)
        if let village = extras.focus { BoundaryLayers.drawFocus(village, frame: &frame, into: &svg) }
        SettlementLayer.draw(&frame, into: &svg)
        if frame.style.baseMapFade > 0, extras.route != nil {
            svg.element("rect", f.attributes + [("fill", "#ffffff"), ("fill-opacity", SVGNumber.format(frame.style.baseMapFade))])
        }
        if let overlay = extras.overlay { CoverageLayer.drawBlindSpots(overlay, frame: &frame, into: &svg) }
        CoordinateGrid.drawLines(frame, into: &svg)
        if let overlay = extras.overlay { CoverageLayer.drawPreviousReach(overlay, frame: &frame, into: &svg) }
        let routeMarks = extras.route.flatMap { RouteLayer.prepare($0, numbered: extras.numberedRoute, frame: &frame) }
        PointSymbolDrawing.drawLandmarks(&frame, into: &svg)
        PointSymbolDrawing.drawPosts(&frame, into: &svg)
        if !extras.sheetIndex.isEmpty { drawSheetIndex(extras.sheetIndex, frame: &frame, into: &svg) }
        if let overlay = extras.overlay { CoverageLayer.reserveProposedSites(overlay, frame: &frame) }
        if frame.style.notesRoadExits { RoadExits.draw(&frame, focus: extras.focus) }
        let placed = frame.placer.place(frame.labels)
        LabelLayer.draw(placed, id: frame.id, into: &svg)
        // The route, its marks and the proposed posts lie above every base-map symbol and label.
        if let route = extras.route, let routeMarks { RouteLayer.draw(route, marks: routeMarks, frame: &frame, into: &svg) }
        if let overlay = extras.overlay { CoverageLayer.drawProposedSites(overlay, frame: &frame, into: &svg) }
        if frame.style.marksInternalUse { drawInternalWatermark(frame, into: &svg) }
        if extras.neighbours.count == 4 { drawNeighbours(extras.neighbours, frame: frame, into: &svg) }
        svg.close()
        svg.element("rect", f.attributes + [("fill", "none"), ("stroke", "#1a1a1a"), ("stroke-width", "0.35")])
    }

    /// Sheet rectangles with their numbers (index sheet).
    private static func drawSheetIndex(_ sheets: [(number: String, ground: BoundingBox)], frame: inout MapFrame, into svg: inout SVGWriter) {
        let size = frame.typography.title * 0.9
        svg.open(
            "g",
            [
                ("id", "sheet-index"), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(size)), ("font-weight", "bold"),
                ("text-anchor", "middle"),
            ])
        for sheet in sheets {
            let rect = frame.viewport.page(sheet.ground)
            svg.element("rect", rect.attributes + [("fill", "#1b6fd1"), ("fill-opacity", "0.06"), ("stroke", "#1b6fd1"), ("stroke-width", "0.6")])
            let c = rect.center
            svg.element(
                "text",
                [
                    ("x", SVGNumber.format(c.x)), ("y", SVGNumber.format(c.y + size * 0.36)), ("fill", "#1b6fd1"), ("stroke", "#ffffff"),
                    ("stroke-width", "0.8"), ("paint-order", "stroke"),
                ], text: sheet.number)
            frame.placer.addObstacle(PageRect(x: c.x - size, y: c.y - size * 0.6, width: size * 2, height: size * 1.2))
        }
        svg.close()
        frame.legend.add(
            LegendEntry(
                section: .boundaries, order: 5, sample: .area(fill: "#1b6fd1", opacity: 0.06, stroke: "#1b6fd1"),
                text: Localized(en: "Sheet of the tiled map, with its number", zh: "分幅图范围及图号")))
    }

    /// Faint diagonal "internal" text across the frame.
    private static func drawInternalWatermark(_ frame: MapFrame, into svg: inout SVGWriter) {
        let f = frame.viewport.frame
        let size = Swift.min(f.width, f.height) / 9
        let c = f.center
        svg.element(
            "text",
            [
                ("x", SVGNumber.format(c.x)), ("y", SVGNumber.format(c.y)), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(size)),
                ("font-weight", "bold"), ("fill", "#c0392b"), ("fill-opacity", "0.07"), ("text-anchor", "middle"),
                ("transform", "rotate(-30 \(SVGNumber.format(c.x)) \(SVGNumber.format(c.y)))"),
            ], text: "内部资料 INTERNAL")
    }

    /// "→ 04" tabs at the middle of each edge that has a neighbouring sheet.
    private static func drawNeighbours(_ neighbours: [String?], frame: MapFrame, into svg: inout SVGWriter) {
        let f = frame.viewport.frame
        let size = frame.typography.heading
        let spots = [
            (Point(x: f.center.x, y: f.y + size * 1.3), "↑ "), (Point(x: f.maxX - size * 2.2, y: f.center.y), "→ "),
            (Point(x: f.center.x, y: f.maxY - size * 0.5), "↓ "), (Point(x: f.x + size * 2.2, y: f.center.y), "← "),
        ]
        svg.open(
            "g",
            [
                ("id", "neighbour-sheets"), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(size)), ("font-weight", "bold"),
                ("fill", "#1b6fd1"), ("text-anchor", "middle"), ("stroke", "#ffffff"), ("stroke-width", "0.8"), ("paint-order", "stroke"),
            ])
        for (neighbour, (p, arrow)) in zip(neighbours, spots) {
            guard let neighbour else { continue }
            svg.element("text", [("x", SVGNumber.format(p.x)), ("y", SVGNumber.format(p.y))], text: arrow + neighbour)
        }
        svg.close()
    }
}
