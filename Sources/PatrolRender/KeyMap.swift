import PatrolData
import PatrolGeo

/// A small map of the whole jurisdiction with every village outlined and one highlighted:
/// where on the township the village of a wall map lies.
struct KeyMap {
    /// Fill of the highlighted village.
    static let focusFill = "#c0392b"

    /// The jurisdiction, the villages, and the village to highlight.
    var jurisdiction: MultiPolygon
    var villages: [Village]
    var focus: String
    /// The heading ("位置示意图").
    var heading: String

    /// The key map of `focus` on `map`, or `nil` when the map has no such village.
    init?(_ map: PatrolMap, focus: String, language: Language) {
        guard map.villages.contains(where: { $0.name == focus }), map.jurisdiction.boundary.bounds != nil else { return nil }
        jurisdiction = map.jurisdiction.boundary
        villages = map.villages
        self.focus = focus
        heading = Localized(en: "Location in the township", zh: "位置示意图").text(language)
    }

    /// Height of the block in a column `width` mm wide: the jurisdiction at its own proportions, no taller than wide.
    func height(width: Double, typography t: Typography) -> Double {
        t.heading * 1.9 + mapSize(width: width).height + t.body
    }

    private func mapSize(width: Double) -> (width: Double, height: Double) {
        let b = jurisdiction.bounds!
        let scale = Swift.min(width / b.width, width / b.height)
        return (b.width * scale, b.height * scale)
    }

    /// Draws the key map with its top-left corner at `o` across `width` mm.
    func draw(at o: Point, width: Double, typography t: Typography, into svg: inout SVGWriter) {
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        let b = jurisdiction.bounds!
        let size = mapSize(width: width)
        let k = size.width / b.width
        let top = o.y + t.heading * 1.9
        func page(_ p: Point) -> Point { Point(x: o.x + (p.x - b.minX) * k, y: top + (b.maxY - p.y) * k) }
        func path(_ area: MultiPolygon) -> String {
            var d = PathData()
            for ring in area.rings { d.polyline(Simplify.douglasPeucker(ring.map(page), tolerance: 0.1), closed: true) }
            return d.text
        }
        svg.open("g", [("id", "key-map")])
        svg.element("text", [("x", n(o.x)), ("y", n(o.y + t.heading * 1.3)), ("font-size", n(t.heading)), ("font-weight", "bold")], text: heading)
        svg.element("path", [("d", "M\(n(o.x)) \(n(o.y + t.heading * 1.62))H\(n(o.x + width))"), ("stroke", "#8a8a8a"), ("stroke-width", "0.15")])
        svg.element(
            "rect", [("x", n(o.x)), ("y", n(top)), ("width", n(size.width)), ("height", n(size.height)), ("fill", "#ffffff"), ("stroke", "none")])
        svg.element("path", [("id", "key-map-township"), ("d", path(jurisdiction)), ("fill", "#f1ede2"), ("fill-rule", "evenodd")])
        for village in villages where village.name != focus {
            svg.element("path", [("d", path(village.boundary)), ("fill", "none"), ("stroke", "#8e6fae"), ("stroke-width", "0.2")])
        }
        for village in villages where village.name == focus {
            svg.element(
                "path",
                [
                    ("id", "key-map-focus"), ("d", path(village.boundary)), ("fill", Self.focusFill), ("fill-opacity", "0.75"), ("stroke", "#7a1f16"),
                    ("stroke-width", "0.3"),
                ])
        }
        svg.element("path", [("d", path(jurisdiction)), ("fill", "none"), ("stroke", "#6a3d9a"), ("stroke-width", "0.4")])
        svg.close()
    }
}
