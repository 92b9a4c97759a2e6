import PatrolData
import PatrolGeo

/// A route card's route on the map: highlighted line, walked parts, start, end and
/// numbered decision points.
enum RouteLayer {
    /// Decision-point symbol size in mm.
    static func markerSize(_ frame: MapFrame) -> Double { 3.4 * frame.typography.pageScale.squareRoot() }

    static func draw(_ card: RouteCard, numbered: Bool, frame: inout MapFrame, into svg: inout SVGWriter) {
        let route = frame.pagePolyline(card.geometry)
        guard route.count > 1 else { return }
        let color = frame.style.routeColor
        var d = PathData()
        d.polyline(route)
        svg.open("g", [("id", frame.id + "route"), ("fill", "none"), ("stroke-linecap", "round"), ("stroke-linejoin", "round")])
        svg.element("path", [("d", d.text), ("stroke", "#ffffff"), ("stroke-width", "2.6"), ("stroke-opacity", "0.9")])
        svg.element("path", [("d", d.text), ("stroke", color), ("stroke-width", "1.3")])
        var walked = PathData()
        for part in card.walkedParts where part.count > 1 { walked.polyline(frame.pagePolyline(part)) }
        if !walked.isEmpty {
            svg.element("path", [("d", walked.text), ("stroke", "#ffffff"), ("stroke-width", "1.3")])
            svg.element(
                "path",
                [("d", walked.text), ("stroke", frame.style.walkColor), ("stroke-width", "1.0"), ("stroke-dasharray", "1.2 0.7"), ("stroke-linecap", "butt")])
        }
        svg.close()
        frame.legend.add(
            LegendEntry(
                section: .route, order: 0, sample: .line([StrokeSample(color: "#ffffff", width: 2.6), StrokeSample(color: color, width: 1.3)]),
                text: Localized(en: "Route (by vehicle)", zh: "路线(乘车)")))
        if !walked.isEmpty {
            frame.legend.add(
                LegendEntry(
                    section: .route, order: 1,
                    sample: .line([StrokeSample(color: "#ffffff", width: 1.3), StrokeSample(color: frame.style.walkColor, width: 1.0, dash: [1.2, 0.7])]),
                    text: Localized(en: "On foot", zh: "步行")))
        }
        let size = markerSize(frame)
        svg.open("g", [("id", frame.id + "route-points"), ("font-family", Typography.fontFamily)])
        let start = route[0]
        let end = route[route.count - 1]
        Symbol.routeStart.draw(at: start, size: size * 0.9, into: &svg)
        Symbol.routeEnd.draw(at: end, size: size, into: &svg)
        for p in [start, end] { frame.placer.addObstacle(PageRect(center: p, side: size)) }
        if numbered {
            var number = 0
            for step in card.steps where step.isNumbered {
                number += 1
                guard frame.viewport.ground.contains(step.location) else { continue }
                let p = frame.page(step.location)
                Symbol.decisionPoint(number).draw(at: p, size: size, into: &svg)
                frame.placer.addObstacle(PageRect(center: p, side: size))
            }
        }
        // Keep labels off the route line itself.
        for p in Resample.every(1.5, along: route) {
            frame.placer.addObstacle(PageRect(center: p, side: 1.6))
        }
        svg.close()
        frame.legend.add(LegendEntry(section: .route, order: 2, sample: .symbol(.routeStart, size: size * 0.9), text: Localized(en: "Start", zh: "出发点")))
        frame.legend.add(LegendEntry(section: .route, order: 3, sample: .symbol(.routeEnd, size: size), text: Localized(en: "Destination", zh: "目的地")))
        if numbered, !card.steps.isEmpty {
            frame.legend.add(
                LegendEntry(
                    section: .route, order: 4, sample: .symbol(.decisionPoint(1), size: size),
                    text: Localized(en: "Decision point (see directions)", zh: "路口编号(见文字指引)")))
        }
    }
}
