import PatrolData
import PatrolGeo

/// Land, village and jurisdiction boundaries, and the muting of land outside the jurisdiction.
enum BoundaryLayers {
    /// Path data for every ring of a multipolygon on the page (even-odd holes).
    static func path(_ area: MultiPolygon, frame: MapFrame) -> PathData {
        var d = PathData()
        for ring in area.rings {
            d.polyline(frame.pagePolyline(ring), closed: true)
        }
        return d
    }

    /// The page background outside the jurisdiction and the land inside it.
    static func drawLand(_ frame: MapFrame, into svg: inout SVGWriter) {
        svg.element("rect", frame.viewport.frame.attributes + [("fill", frame.style.outsideFill)])
        svg.element("path", [("d", path(frame.map.jurisdiction.boundary, frame: frame).text), ("fill", frame.style.landFill), ("fill-rule", "evenodd")])
    }

    /// Village boundaries as dash-dot lines.
    static func drawVillages(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        var d = PathData()
        for village in frame.map.villages {
            for ring in village.boundary.rings where frame.isVisible(ring) {
                d.polyline(frame.pagePolyline(ring), closed: true)
            }
        }
        guard !d.isEmpty else { return }
        let color = frame.style.villageColor
        svg.element(
            "path",
            [
                ("id", frame.id + "village-boundaries"), ("d", d.text), ("fill", "none"), ("stroke", color), ("stroke-width", "0.35"),
                ("stroke-dasharray", "2.4 0.8 0.5 0.8"), ("stroke-linejoin", "round"),
            ])
        frame.legend.add(
            LegendEntry(
                section: .boundaries, order: 1, sample: .line([StrokeSample(color: color, width: 0.35, dash: [2.4, 0.8, 0.5, 0.8])]),
                text: Localized(en: "Village boundary", zh: "村界")))
    }

    /// A translucent white veil over everything outside `area`.
    static func drawOutsideVeil(_ area: MultiPolygon, opacity: Double, frame: MapFrame, into svg: inout SVGWriter) {
        var d = PathData()
        let f = frame.viewport.frame.inset(by: -1)
        d.polyline([Point(x: f.x, y: f.y), Point(x: f.maxX, y: f.y), Point(x: f.maxX, y: f.maxY), Point(x: f.x, y: f.maxY)], closed: true, minimumStep: 0)
        for ring in area.rings { d.polyline(frame.pagePolyline(ring), closed: true) }
        svg.element("path", [("d", d.text), ("fill", "#ffffff"), ("fill-opacity", SVGNumber.format(opacity)), ("fill-rule", "evenodd")])
    }

    /// The village of a village map: a coloured band inside its boundary.
    static func drawFocus(_ village: Village, frame: inout MapFrame, into svg: inout SVGWriter) {
        let outline = path(village.boundary, frame: frame)
        let clip = frame.id + "focus-clip"
        svg.open("clipPath", [("id", clip)])
        svg.element("path", [("d", outline.text), ("fill-rule", "evenodd")])
        svg.close()
        svg.element(
            "path",
            [
                ("id", frame.id + "focus-village"), ("d", outline.text), ("fill", "none"), ("stroke", frame.style.villageColor), ("stroke-opacity", "0.35"),
                ("stroke-width", "3"), ("stroke-linejoin", "round"), ("clip-path", "url(#\(clip))"),
            ])
    }

    /// The jurisdiction boundary: a coloured band inside the line, then the line.
    static func drawJurisdiction(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        let outline = path(frame.map.jurisdiction.boundary, frame: frame)
        let color = frame.style.jurisdictionColor
        let clip = frame.id + "jurisdiction-clip"
        svg.open("clipPath", [("id", clip)])
        svg.element("path", [("d", outline.text), ("fill-rule", "evenodd")])
        svg.close()
        svg.element(
            "path",
            [
                ("d", outline.text), ("fill", "none"), ("stroke", color), ("stroke-opacity", "0.22"), ("stroke-width", "4"),
                ("stroke-linejoin", "round"), ("clip-path", "url(#\(clip))"),
            ])
        svg.element(
            "path",
            [
                ("id", frame.id + "jurisdiction"), ("d", outline.text), ("fill", "none"), ("stroke", color), ("stroke-width", "0.9"),
                ("stroke-dasharray", "4 1 1 1"), ("stroke-linejoin", "round"),
            ])
        frame.legend.add(
            LegendEntry(
                section: .boundaries, order: 0,
                sample: .line([StrokeSample(color: color, width: 2.2, opacity: 0.22), StrokeSample(color: color, width: 0.9, dash: [4, 1, 1, 1])]),
                text: frame.map.manifest.jurisdictionSource.boundaryLegend))
    }
}
