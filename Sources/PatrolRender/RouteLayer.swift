import PatrolData
import PatrolGeo

/// A route card's route on the map: highlighted line, walked parts, start, end, parking
/// place, passed forks, numbered decision points and the target house.
///
/// Drawn in two passes: ``prepare(_:numbered:frame:)`` before the labels are placed (so
/// they keep off the route's marks), ``draw(_:marks:frame:into:)`` after them, so the
/// route lies on top of every base-map symbol and label.
enum RouteLayer {
    /// Decision-point symbol size in mm.
    static func markerSize(_ frame: MapFrame) -> Double { 3.4 * frame.typography.pageScale.squareRoot() }

    /// Where the route's marks go on one frame.
    struct Marks {
        var route: [Point]
        var markers: RouteMarkers
        var parking: [Point]
        var passed: [Point]
        /// The target house's outline (page mm), when the destination is a household.
        var house: PageRect?
    }

    /// Lays out the marks and keeps labels off them; adds the target house's number label.
    static func prepare(_ card: RouteCard, numbered: Bool, frame: inout MapFrame) -> Marks? {
        let route = frame.pagePolyline(card.geometry)
        guard route.count > 1 else { return nil }
        let size = markerSize(frame)
        let ground = frame.viewport.ground
        let parking = card.steps.filter { $0.isParking && ground.contains($0.location) }.map { frame.page($0.location) }
        let passed = card.steps.flatMap(\.passedForks).filter { ground.contains($0) }.map(frame.page)
        var forks: [(number: Int, point: Point)] = []
        var number = 0
        for step in card.steps where step.isNumbered {
            number += 1
            if numbered, ground.contains(step.location) { forks.append((number, frame.page(step.location))) }
        }
        let end = route[route.count - 1]
        let markers = RouteMarkers(forks: forks, fixed: [route[0], end] + parking, size: size, frame: frame.viewport.frame)
        for p in [route[0], end] + parking { frame.placer.addObstacle(PageRect(center: p, side: size)) }
        for marker in markers.markers { frame.placer.addObstacle(PageRect(center: marker.center, side: size)) }
        for p in Resample.every(1.5, along: route) { frame.placer.addObstacle(PageRect(center: p, side: 1.6)) }
        var house: PageRect?
        // The card names its destination in the frame's language.
        if let household = frame.map.households.first(where: { ground.contains($0.location) && frame.placeName($0.houseLabel) == card.to }) {
            let c = frame.page(household.location)
            let outline = PageRect(center: c, side: size * 1.5)
            house = outline
            let label = frame.placeName(household.number.hasSuffix("号") ? household.number : household.number + "号")
            let style = LabelStyle(id: "label-target", size: frame.typography.postName * 1.1, fill: "#d7263d", weight: "bold", halo: 0.5, layer: 9)
            frame.labels.append(
                LabelRequest(
                    lines: [label], style: style, anchor: c, gap: size * 0.75 + 0.4,
                    positions: [.right, .left, .above, .below, .aboveRight, .belowRight, .aboveLeft, .belowLeft], priority: 200, leaderRings: 3))
        }
        return Marks(route: route, markers: markers, parking: parking, passed: passed, house: house)
    }

    static func draw(_ card: RouteCard, marks: Marks, frame: inout MapFrame, into svg: inout SVGWriter) {
        let route = marks.route
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
        let size = markerSize(frame)
        svg.open("g", [("id", frame.id + "route-points"), ("font-family", Typography.fontFamily)])
        for p in marks.passed { Symbol.passedFork.draw(at: p, size: size * 0.45, into: &svg) }
        if let house = marks.house {
            svg.element("rect", house.attributes + [("class", "target-house"), ("fill", "none"), ("stroke", "#d7263d"), ("stroke-width", "0.45")])
        }
        drawLeaders(marks.markers, size: size, into: &svg)
        Symbol.routeStart.draw(at: route[0], size: size * 0.9, into: &svg)
        Symbol.routeEnd.draw(at: route[route.count - 1], size: size, into: &svg)
        for p in marks.parking { Symbol.parking.draw(at: p, size: size, into: &svg) }
        for marker in marks.markers.markers {
            Symbol.decisionPoint(marker.number).draw(at: marker.center, size: size, into: &svg)
        }
        svg.close()
        addLegend(card, marks: marks, size: size, walked: !walked.isEmpty, frame: &frame)
    }

    /// A dot on each fork whose marker moved, and a line from the dot to the marker's rim.
    private static func drawLeaders(_ markers: RouteMarkers, size: Double, into svg: inout SVGWriter) {
        let moved = markers.markers.filter(\.isMoved)
        guard !moved.isEmpty else { return }
        var d = PathData()
        for marker in moved {
            let v = marker.center - marker.fork
            let length = marker.fork.distance(to: marker.center)
            d.move(to: marker.fork)
            d.line(to: marker.fork + v * ((length - size / 2) / length))
        }
        svg.element("path", [("class", "marker-leaders"), ("d", d.text), ("fill", "none"), ("stroke", "#3d1f5c"), ("stroke-width", "0.3")])
        for marker in moved {
            svg.element(
                "circle",
                [("cx", SVGNumber.format(marker.fork.x)), ("cy", SVGNumber.format(marker.fork.y)), ("r", SVGNumber.format(size * 0.12)), ("fill", "#3d1f5c")])
        }
    }

    private static func addLegend(_ card: RouteCard, marks: Marks, size: Double, walked: Bool, frame: inout MapFrame) {
        let color = frame.style.routeColor
        frame.legend.add(
            LegendEntry(
                section: .route, order: 0, sample: .line([StrokeSample(color: "#ffffff", width: 2.6), StrokeSample(color: color, width: 1.3)]),
                text: Localized(en: "Route (by vehicle)", zh: "路线(乘车)")))
        if walked {
            frame.legend.add(
                LegendEntry(
                    section: .route, order: 1,
                    sample: .line([StrokeSample(color: "#ffffff", width: 1.3), StrokeSample(color: frame.style.walkColor, width: 1.0, dash: [1.2, 0.7])]),
                    text: Localized(en: "On foot", zh: "步行")))
        }
        frame.legend.add(LegendEntry(section: .route, order: 2, sample: .symbol(.routeStart, size: size * 0.9), text: Localized(en: "Start", zh: "出发点")))
        frame.legend.add(LegendEntry(section: .route, order: 3, sample: .symbol(.routeEnd, size: size), text: Localized(en: "Destination", zh: "目的地")))
        if !marks.markers.markers.isEmpty {
            frame.legend.add(
                LegendEntry(
                    section: .route, order: 4, sample: .symbol(.decisionPoint(1), size: size),
                    text: Localized(en: "Decision point (see directions)", zh: "路口编号(见文字指引)")))
        }
        if !marks.parking.isEmpty {
            frame.legend.add(LegendEntry(section: .route, order: 5, sample: .symbol(.parking, size: size), text: Localized(en: "Park here", zh: "停车处")))
        }
        if !marks.passed.isEmpty {
            frame.legend.add(
                LegendEntry(
                    section: .route, order: 6, sample: .symbol(.passedFork, size: size * 0.45),
                    text: Localized(en: "Junction passed, staying on the road", zh: "途经岔路口(沿原路直行)")))
        }
    }
}
