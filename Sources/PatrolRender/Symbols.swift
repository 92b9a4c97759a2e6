import Foundation
import PatrolData
import PatrolGeo

/// Point symbols drawn the same way on the map and in the legend.
enum Symbol: Hashable {
    case post(PostKind)
    case landmark(LandmarkSymbol)
    case house
    /// A house drawn at ground size with its number inside (1:2500 and larger).
    case numberedHouse
    case careTag(CareTag)
    case routeStart
    case routeEnd
    case decisionPoint(Int)
    /// A fork passed on a summarised run (no decision there).
    case passedFork
    /// Where the car is parked.
    case parking

    /// Writes the symbol centred on `c`, `size` mm across.
    func draw(at c: Point, size: Double, into svg: inout SVGWriter) {
        let r = size / 2
        switch self {
        case .post(.station):
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#0b3d91"), ("stroke", "#ffffff"), ("stroke-width", n(size * 0.08))])
            svg.element("path", [("d", Self.star(c, outer: r * 0.72, inner: r * 0.3)), ("fill", "#ffffff")])
        case .post(.policeRoom):
            svg.element(
                "rect",
                [
                    ("x", n(c.x - r)), ("y", n(c.y - r)), ("width", n(size)), ("height", n(size)), ("fill", "#1f5fbf"), ("stroke", "#ffffff"),
                    ("stroke-width", n(size * 0.08)),
                ])
            svg.element("path", [("d", Self.shield(c, r: r * 0.62)), ("fill", "#ffffff")])
        case .post(.registrationRoom):
            var d = PathData()
            d.polyline(
                [Point(x: c.x, y: c.y - r * 1.1), Point(x: c.x + r * 1.1, y: c.y), Point(x: c.x, y: c.y + r * 1.1), Point(x: c.x - r * 1.1, y: c.y)],
                closed: true, minimumStep: 0)
            svg.element("path", [("d", d.text), ("fill", "#1a7f37"), ("stroke", "#ffffff"), ("stroke-width", n(size * 0.08))])
            svg.element("rect", [("x", n(c.x - r * 0.36)), ("y", n(c.y - r * 0.46)), ("width", n(r * 0.72)), ("height", n(r * 0.92)), ("fill", "#ffffff")])
        case .landmark(let kind):
            kind.draw(at: c, size: size, into: &svg)
        case .house:
            svg.element("rect", [("x", n(c.x - r)), ("y", n(c.y - r)), ("width", n(size)), ("height", n(size)), ("fill", "#4b4b4b")])
        case .numberedHouse:
            svg.element(
                "rect",
                [
                    ("x", n(c.x - r)), ("y", n(c.y - r)), ("width", n(size)), ("height", n(size)), ("fill", HouseNumbersInside.fill), ("stroke", "#4b4b4b"),
                    ("stroke-width", n(HouseNumbersInside.outline)),
                ])
            let fontSize = size * 0.45
            svg.element(
                "text", [("x", n(c.x)), ("y", n(c.y + fontSize * 0.36)), ("font-size", n(fontSize)), ("fill", "#1a1a1a"), ("text-anchor", "middle")],
                text: "12")
        case .careTag(let tag):
            tag.draw(at: c, size: size, into: &svg)
        case .routeStart:
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#1a7f37"), ("stroke", "#ffffff"), ("stroke-width", n(size * 0.12))])
        case .routeEnd:
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#d7263d"), ("stroke", "#ffffff"), ("stroke-width", n(size * 0.12))])
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r * 0.4)), ("fill", "#ffffff")])
        case .passedFork, .parking:
            drawRouteMark(at: c, size: size, into: &svg)
        case .decisionPoint(let number):
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#3d1f5c"), ("stroke", "#ffffff"), ("stroke-width", n(size * 0.1))])
            let fontSize = size * (number >= 10 ? 0.52 : 0.62)
            svg.element(
                "text",
                [
                    ("x", n(c.x)), ("y", n(c.y + fontSize * 0.36)), ("font-size", n(fontSize)), ("font-weight", "bold"), ("fill", "#ffffff"),
                    ("text-anchor", "middle"),
                ],
                text: String(number))
        }
    }

    private func n(_ v: Double) -> String { SVGNumber.format(v) }

    static func star(_ c: Point, outer: Double, inner: Double) -> String {
        var d = PathData()
        let points = (0..<10).map { i -> Point in
            let angle = Double(i) * .pi / 5 - .pi / 2
            let radius = i % 2 == 0 ? outer : inner
            return Point(x: c.x + radius * cos(angle), y: c.y + radius * sin(angle))
        }
        d.polyline(points, closed: true, minimumStep: 0)
        return d.text
    }

    static func shield(_ c: Point, r: Double) -> String {
        var d = PathData()
        d.polyline(
            [
                Point(x: c.x - r, y: c.y - r * 0.8), Point(x: c.x + r, y: c.y - r * 0.8), Point(x: c.x + r, y: c.y + r * 0.1),
                Point(x: c.x, y: c.y + r), Point(x: c.x - r, y: c.y + r * 0.1),
            ], closed: true, minimumStep: 0)
        return d.text
    }
}

/// Symbols for landmark kinds (`kind` in `landmarks.geojson`).
enum LandmarkSymbol: String, Hashable, CaseIterable {
    case school, temple, bridge, committee, clinic, shop, other

    /// The symbol for a landmark's free-form kind.
    init(kind: String) {
        switch kind.lowercased() {
        case "school", "kindergarten": self = .school
        case "temple", "place_of_worship", "shrine": self = .temple
        case "bridge": self = .bridge
        case "village_committee", "townhall", "committee": self = .committee
        case "clinic", "hospital", "doctors": self = .clinic
        case "shop", "market": self = .shop
        default: self = .other
        }
    }

    /// The legend text.
    var name: Localized {
        switch self {
        case .school: Localized(en: "School", zh: "学校")
        case .temple: Localized(en: "Temple", zh: "庙宇")
        case .bridge: Localized(en: "Bridge", zh: "桥")
        case .committee: Localized(en: "Village committee", zh: "村委会")
        case .clinic: Localized(en: "Clinic", zh: "卫生室")
        case .shop: Localized(en: "Shop, market", zh: "商店、集市")
        case .other: Localized(en: "Other landmark", zh: "其他地标")
        }
    }

    func draw(at c: Point, size: Double, into svg: inout SVGWriter) {
        let r = size / 2
        let ink = "#3a3a3a"
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        switch self {
        case .school:
            // A flag on a pole.
            svg.element(
                "path", [("d", "M\(n(c.x - r * 0.5)) \(n(c.y + r))V\(n(c.y - r))"), ("stroke", ink), ("stroke-width", n(size * 0.12)), ("fill", "none")])
            svg.element(
                "path",
                [("d", "M\(n(c.x - r * 0.5)) \(n(c.y - r))L\(n(c.x + r)) \(n(c.y - r * 0.55))L\(n(c.x - r * 0.5)) \(n(c.y - r * 0.1))Z"), ("fill", "#c0392b")])
        case .temple:
            var d = PathData()
            d.polyline([Point(x: c.x - r, y: c.y + r), Point(x: c.x, y: c.y - r), Point(x: c.x + r, y: c.y + r)], closed: true, minimumStep: 0)
            svg.element("path", [("d", d.text), ("fill", "#7b3f00")])
        case .bridge:
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\(n(c.x - r)) \(n(c.y - r))Q\(n(c.x - r * 0.3)) \(n(c.y)) \(n(c.x - r)) \(n(c.y + r))M\(n(c.x + r)) \(n(c.y - r))Q\(n(c.x + r * 0.3)) \(n(c.y)) \(n(c.x + r)) \(n(c.y + r))"
                    ),
                    ("stroke", ink), ("stroke-width", n(size * 0.14)), ("fill", "none"),
                ])
        case .committee:
            svg.element("rect", [("x", n(c.x - r)), ("y", n(c.y - r * 0.7)), ("width", n(size)), ("height", n(r * 1.7)), ("fill", "#8b1e3f")])
            svg.element(
                "path",
                [
                    ("d", "M\(n(c.x - r * 1.15)) \(n(c.y - r * 0.7))L\(n(c.x)) \(n(c.y - r * 1.3))L\(n(c.x + r * 1.15)) \(n(c.y - r * 0.7))Z"),
                    ("fill", "#8b1e3f"),
                ])
        case .clinic:
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#ffffff"), ("stroke", "#c0392b"), ("stroke-width", n(size * 0.1))])
            svg.element(
                "path",
                [
                    ("d", "M\(n(c.x - r * 0.6)) \(n(c.y))H\(n(c.x + r * 0.6))M\(n(c.x)) \(n(c.y - r * 0.6))V\(n(c.y + r * 0.6))"), ("stroke", "#c0392b"),
                    ("stroke-width", n(size * 0.2)),
                ])
        case .shop:
            svg.element(
                "rect",
                [
                    ("x", n(c.x - r)), ("y", n(c.y - r * 0.6)), ("width", n(size)), ("height", n(r * 1.6)), ("fill", "#ffffff"), ("stroke", ink),
                    ("stroke-width", n(size * 0.1)),
                ])
            svg.element("path", [("d", "M\(n(c.x - r)) \(n(c.y - r * 0.6))L\(n(c.x)) \(n(c.y - r * 1.2))L\(n(c.x + r)) \(n(c.y - r * 0.6))"), ("fill", ink)])
        case .other:
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r * 0.7)), ("fill", "#ffffff"), ("stroke", ink), ("stroke-width", n(size * 0.14))])
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r * 0.22)), ("fill", ink)])
        }
    }
}

/// Care tags from the household ledger, shown on internal maps only.
enum CareTag: String, Hashable, CaseIterable {
    case elderlyAlone = "elderly_alone"
    case leftBehindChildren = "left_behind_children"
    case disability
    case mentalHealth = "mental_health"
    case dispute
    case keyPerson = "key_person"

    /// The legend text.
    var name: Localized {
        switch self {
        case .elderlyAlone: Localized(en: "Elderly living alone", zh: "独居老人")
        case .leftBehindChildren: Localized(en: "Left-behind children", zh: "留守儿童")
        case .disability: Localized(en: "Disability", zh: "残疾")
        case .mentalHealth: Localized(en: "Mental health", zh: "精神障碍")
        case .dispute: Localized(en: "Dispute", zh: "矛盾纠纷")
        case .keyPerson: Localized(en: "Key person", zh: "重点人员")
        }
    }

    func draw(at c: Point, size: Double, into svg: inout SVGWriter) {
        let r = size / 2
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        let outline = [("stroke", "#ffffff"), ("stroke-width", n(size * 0.12))]
        switch self {
        case .elderlyAlone:
            svg.element("circle", [("cx", n(c.x)), ("cy", n(c.y)), ("r", n(r)), ("fill", "#e67e22")] + outline)
        case .leftBehindChildren:
            svg.element(
                "path", [("d", "M\(n(c.x)) \(n(c.y - r))L\(n(c.x + r)) \(n(c.y + r * 0.8))L\(n(c.x - r)) \(n(c.y + r * 0.8))Z"), ("fill", "#27ae60")] + outline)
        case .disability:
            svg.element(
                "rect", [("x", n(c.x - r * 0.9)), ("y", n(c.y - r * 0.9)), ("width", n(r * 1.8)), ("height", n(r * 1.8)), ("fill", "#2e86c1")] + outline)
        case .mentalHealth:
            svg.element(
                "path",
                [("d", "M\(n(c.x)) \(n(c.y - r))L\(n(c.x + r)) \(n(c.y))L\(n(c.x)) \(n(c.y + r))L\(n(c.x - r)) \(n(c.y))Z"), ("fill", "#8e44ad")] + outline)
        case .dispute:
            svg.element(
                "path",
                [
                    ("d", "M\(n(c.x - r)) \(n(c.y - r))L\(n(c.x + r)) \(n(c.y + r))M\(n(c.x + r)) \(n(c.y - r))L\(n(c.x - r)) \(n(c.y + r))"),
                    ("stroke", "#c0392b"), ("stroke-width", n(size * 0.32)), ("stroke-linecap", "round"),
                ])
        case .keyPerson:
            svg.element("path", [("d", Symbol.star(c, outer: r * 1.1, inner: r * 0.48)), ("fill", "#111111")])
        }
    }
}
