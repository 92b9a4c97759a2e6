import PatrolData
import PatrolGeo

/// Roads by class with casings, bridges, wet-season closures and road names.
///
/// Unsealed tracks and paths go first (under everything), then every casing, then every
/// fill from minor to major, so junctions merge cleanly; bridges are redrawn on top with
/// their parapets. At large scales (see ``MapStyle/roadGroundWidthMaxScale``) every road is
/// as wide as on the ground and tracks become dashed double lines, as on GB/T 20257 plans.
enum RoadLineDrawing {
    private struct Drawn {
        var style: RoadStyle
        var stroke: RoadStroke
        var page: [Point]
        var road: Road
        var isBridge: Bool
    }

    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        let styles = frame.style.roads
        var drawn: [Drawn] = []
        for road in frame.map.roads {
            guard let style = RoadStyle.style(for: road.highway, in: styles), road.geometry.count > 1, frame.isVisible(road.geometry) else { continue }
            let stroke = RoadStroke.of(road, style: style, frame: frame)
            drawn.append(Drawn(style: style, stroke: stroke, page: frame.pagePolyline(road.geometry), road: road, isBridge: isBridge(road)))
        }
        guard !drawn.isEmpty else { return }
        let strokes = Set(drawn.map(\.stroke)).sorted()
        // Lines by stroke, bridges apart (they are drawn last, over what they cross).
        let lines = Dictionary(grouping: drawn.filter { !$0.isBridge }, by: \.stroke).mapValues { $0.map(\.page) }
        svg.open("g", [("id", frame.id + "roads"), ("fill", "none"), ("stroke-linecap", "round"), ("stroke-linejoin", "round")])
        for s in strokes where s.style.casing == nil {
            if s.doubleLine {
                // Dashed edges: the dashed line at full width with the road's inside laid over it.
                stroke(lines[s, default: []], color: s.style.fill, width: s.casingWidth, dash: s.style.dash, linecap: "butt", into: &svg)
                stroke(lines[s, default: []], color: RoadStroke.doubleLineInside, width: s.width, dash: nil, linecap: "butt", into: &svg)
            } else {
                stroke(lines[s, default: []], color: s.style.fill, width: s.width, dash: s.style.dash, linecap: "butt", into: &svg)
            }
        }
        for s in strokes {
            guard let casing = s.style.casing else { continue }
            stroke(lines[s, default: []], color: casing, width: s.casingWidth, dash: nil, into: &svg)
        }
        for s in strokes where s.style.casing != nil {
            stroke(lines[s, default: []], color: s.style.fill, width: s.width, dash: s.style.dash, into: &svg)
        }
        drawBridges(drawn.filter(\.isBridge), frame: &frame, into: &svg)
        drawClosures(drawn.filter { $0.road.tags["seasonal"] == "wet_impassable" }, frame: &frame, into: &svg)
        svg.close()
        for style in Set(drawn.map(\.style)).sorted(by: { ($0.order, $0.id) < ($1.order, $1.id) }) {
            let sample = RoadStroke.of(nil, style: style, frame: frame)
            frame.legend.add(LegendEntry(section: .roads, order: 100 - style.order, sample: .line(sample.samples), text: style.name))
        }
        addNames(drawn, frame: &frame)
        // Point labels keep off sealed roads where they can.
        for item in drawn where item.style.casing != nil {
            let side = item.stroke.casingWidth
            for p in Resample.every(1.5, along: item.page) where frame.viewport.frame.contains(p) {
                frame.placer.addRoad(PageRect(center: p, side: side))
            }
        }
    }

    private static func isBridge(_ road: Road) -> Bool {
        road.tags["bridge"].map { !["", "no", "false", "0"].contains($0.lowercased()) } ?? false
    }

    private static func stroke(_ lines: [[Point]], color: String, width: Double, dash: [Double]?, linecap: String? = nil, into svg: inout SVGWriter) {
        guard !lines.isEmpty else { return }
        var d = PathData()
        for line in lines { d.polyline(line) }
        var attributes = [("d", d.text), ("stroke", color), ("stroke-width", SVGNumber.format(width))]
        if let dash { attributes.append(("stroke-dasharray", dash.map { SVGNumber.format($0) }.joined(separator: " "))) }
        if let linecap { attributes.append(("stroke-linecap", linecap)) }
        svg.element("path", attributes)
    }

    /// Bridges: black parapet lines either side of the road, drawn over what they cross.
    private static func drawBridges(_ bridges: [Drawn], frame: inout MapFrame, into svg: inout SVGWriter) {
        guard !bridges.isEmpty else { return }
        for bridge in bridges {
            let width = Swift.max(bridge.stroke.casingWidth, bridge.stroke.width + 0.5)
            stroke([bridge.page], color: "#1a1a1a", width: width + 0.5, dash: nil, linecap: "butt", into: &svg)
            stroke([bridge.page], color: "#ffffff", width: width + 0.1, dash: nil, linecap: "butt", into: &svg)
            stroke([bridge.page], color: bridge.style.fill, width: bridge.stroke.width, dash: bridge.style.dash, linecap: "butt", into: &svg)
        }
        frame.legend.add(
            LegendEntry(
                section: .roads, order: 200,
                sample: .line([
                    StrokeSample(color: "#1a1a1a", width: 1.6), StrokeSample(color: "#ffffff", width: 1.2), StrokeSample(color: "#ffffff", width: 0.75),
                ]),
                text: Localized(en: "Bridge", zh: "桥梁")))
    }

    /// Roads closed in the rainy season: short red bars across the road, every 2.5 mm.
    ///
    /// The legend sample is a village road with the very bars the map draws on one.
    private static func drawClosures(_ closed: [Drawn], frame: inout MapFrame, into svg: inout SVGWriter) {
        guard !closed.isEmpty else { return }
        svg.open("g", [("id", frame.id + "wet-closures")])
        for s in Set(closed.map(\.stroke)).sorted() {
            let bars = closureBars(s)
            stroke(closed.filter { $0.stroke == s }.map(\.page), color: bars.color, width: bars.width, dash: bars.dash, linecap: "butt", into: &svg)
        }
        svg.close()
        let sample = RoadStroke.of(nil, style: closed.map(\.style).max { $0.order < $1.order }!, frame: frame)
        let samples = sample.samples + [closureBars(sample)]
        frame.legend.add(LegendEntry(section: .roads, order: 210, sample: .line(samples), text: Localized(en: "Impassable in the wet season", zh: "雨季不通行")))
    }

    /// The bars across a road drawn as `stroke`: 0.35 mm wide, reaching 0.6 mm beyond its casing on each side.
    static func closureBars(_ stroke: RoadStroke) -> StrokeSample {
        let across = (stroke.style.casing == nil && !stroke.doubleLine ? stroke.width : stroke.casingWidth) + 1.2
        return StrokeSample(color: RoadStyle.closureColor, width: across, dash: [0.35, 2.15])
    }

    /// Names along named roads, repeated about every 160 mm.
    private static func addNames(_ drawn: [Drawn], frame: inout MapFrame) {
        let style = LabelStyle(id: "label-road", size: frame.typography.roadName, fill: "#3d3d3d", halo: 0.45, letterSpacing: 0.08, layer: 1)
        for item in drawn {
            guard let name = item.road.name.map(frame.placeName), !item.isBridge else { continue }
            let width = TextMetrics.width(name, size: style.size) * 1.1 + 1
            for spot in LinePlacement.spots(along: item.page, length: width, spacing: 160, tolerance: style.size * 0.3) {
                frame.labels.append(
                    LabelRequest(
                        lines: [name], style: style, anchor: spot.center, gap: 0, positions: [.center], priority: 20 + item.style.order,
                        rotation: spot.angle))
            }
        }
    }
}
