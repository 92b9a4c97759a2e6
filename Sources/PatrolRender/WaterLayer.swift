import PatrolData
import PatrolGeo

/// Water in blue, as on every topographic series: surfaces filled with a blue shore line,
/// watercourses as blue lines that thicken from ditch to river.
enum WaterLayer {
    /// Fill of a water surface.
    static let surfaceFill = "#a6d4f2"
    /// Shore lines and watercourses.
    static let ink = "#1f78b4"

    /// Line width in mm of a `waterway` class.
    static func width(of waterway: String?) -> Double {
        switch waterway {
        case "river", "canal": 0.6
        case "ditch", "drain": 0.15
        default: 0.25
        }
    }

    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        var surfaces = PathData()
        var courses: [Double: PathData] = [:]
        for feature in frame.map.water {
            switch feature.shape {
            case .area(let area):
                guard area.rings.contains(where: frame.isVisible) else { continue }
                for ring in area.rings { surfaces.polyline(frame.pagePolyline(ring), closed: true) }
            case .lines(let lines):
                let width = width(of: feature.waterway)
                for line in lines where line.count > 1 && frame.isVisible(line) {
                    courses[width, default: PathData()].polyline(frame.pagePolyline(line))
                }
            }
        }
        guard !surfaces.isEmpty || !courses.isEmpty else { return }
        svg.open("g", [("id", frame.id + "water")])
        for width in courses.keys.sorted() {
            svg.element(
                "path",
                [
                    ("d", courses[width]!.text), ("fill", "none"), ("stroke", ink), ("stroke-width", SVGNumber.format(width)), ("stroke-linecap", "round"),
                    ("stroke-linejoin", "round"),
                ])
            frame.legend.add(
                LegendEntry(
                    section: .water, order: Int(width * 100), sample: .line([StrokeSample(color: ink, width: width)]),
                    text: width >= 0.6 ? Localized(en: "River", zh: "河流") : width >= 0.25 ? Localized(en: "Stream", zh: "溪流") : Localized(en: "Ditch", zh: "沟渠")
                ))
        }
        if !surfaces.isEmpty {
            svg.element("path", [("d", surfaces.text), ("fill", surfaceFill), ("fill-rule", "evenodd"), ("stroke", ink), ("stroke-width", "0.15")])
            frame.legend.add(
                LegendEntry(
                    section: .water, order: 0, sample: .area(fill: surfaceFill, opacity: 1, stroke: ink), text: Localized(en: "Reservoir, pond", zh: "水库、坑塘")))
        }
        svg.close()
    }
}
