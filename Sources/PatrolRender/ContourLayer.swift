import Foundation
import PatrolData
import PatrolGeo

/// Contour lines from the elevation model, index contours thicker and labelled.
enum ContourLayer {
    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        guard let dem = frame.map.elevation, let grid = visibleGrid(dem, frame: frame), let range = dem.range else { return }
        let interval = interval(base: frame.style.contourInterval, scale: frame.scale)
        let indexInterval = interval * Double(frame.style.indexContourEvery)
        let lines = Isolines.trace(grid, levels: Isolines.levels(covering: range, interval: interval))
        guard !lines.isEmpty else { return }
        var normal = PathData()
        var index = PathData()
        var indexLines: [(level: Double, points: [Point])] = []
        for line in lines {
            let smooth = Smoothing.chaikin(frame.viewport.page(line.points), iterations: 2)
            let page = Simplify.douglasPeucker(smooth, tolerance: 0.05)
            guard Polyline.length(page) > 1.5 else { continue }
            let isIndex = isMultiple(line.level, of: indexInterval)
            if isIndex {
                index.polyline(page, closed: false, minimumStep: 0)
                indexLines.append((line.level, page))
            } else {
                normal.polyline(page, closed: false, minimumStep: 0)
            }
        }
        let color = frame.style.contourColor
        svg.open("g", [("id", frame.id + "contours"), ("fill", "none"), ("stroke", color), ("stroke-linejoin", "round")])
        if !normal.isEmpty { svg.element("path", [("d", normal.text), ("stroke-width", "0.1")]) }
        if !index.isEmpty { svg.element("path", [("d", index.text), ("stroke-width", "0.22")]) }
        svg.close()
        frame.legend.add(
            LegendEntry(
                section: .relief, order: 0, sample: .line([StrokeSample(color: color, width: 0.1)]),
                text: Localized(en: "Contour, \(SVGNumber.format(interval)) m interval", zh: "等高线(等高距 \(SVGNumber.format(interval)) 米)")))
        frame.legend.add(
            LegendEntry(
                section: .relief, order: 1, sample: .line([StrokeSample(color: color, width: 0.22)]),
                text: Localized(en: "Index contour, elevation in m", zh: "计曲线(注记为海拔,米)")))
        labelIndexContours(indexLines, dem: dem, frame: &frame)
    }

    /// The contour interval at 1:N for a style whose interval at 1:20 000 is `base`: as on
    /// national series in hill country, 2 m at 1:2000 (and larger), 5 m at 1:5000, the base
    /// interval up to 1:40 000 and 2.5 times it beyond (with the default 20 m base).
    static func interval(base: Double, scale: Double) -> Double {
        switch scale {
        case ...2_500: base * 0.1
        case ...7_500: base * 0.25
        case ...40_000: base
        default: base * 2.5
        }
    }

    private static func isMultiple(_ value: Double, of step: Double) -> Bool {
        let q = value / step
        return abs(q - q.rounded()) < 1e-6
    }

    /// Labels index contours every ~90 mm where the line runs straight enough for the text,
    /// the tops of the numbers uphill (as topographic maps print them).
    private static func labelIndexContours(_ lines: [(level: Double, points: [Point])], dem: ElevationGrid, frame: inout MapFrame) {
        let style = LabelStyle(id: "label-contour", size: frame.typography.contourLabel, fill: "#9a6a3a", halo: 1.0, layer: 0)
        for line in lines {
            let text = SVGNumber.format(line.level, decimals: 0)
            let width = TextMetrics.width(text, size: style.size) + 1
            for spot in LinePlacement.spots(along: line.points, length: width, spacing: 90, tolerance: style.size * 0.25) {
                frame.labels.append(
                    LabelRequest(
                        lines: [text], style: style, anchor: spot.center, gap: 0, positions: [.center], priority: 0,
                        rotation: uphill(spot, dem: dem, frame: frame), houses: .avoid))
            }
        }
    }

    /// The spot's angle, turned half round when the ground falls towards the top of the text.
    static func uphill(_ spot: LinePlacement.Spot, dem: ElevationGrid, frame: MapFrame) -> Double {
        let angle = spot.angle * .pi / 180
        // The text's "up" on the page is (sin, −cos); on the ground (y north) it is (sin, cos).
        let up = Point(x: sin(angle), y: cos(angle))
        let v = frame.viewport
        let k = v.millimetresPerMetre
        let center = Point(x: v.ground.minX + (spot.center.x - v.frame.x) / k, y: v.ground.maxY - (spot.center.y - v.frame.y) / k)
        let step = Swift.max(dem.cellSize * 1.5, 1.5 / k)
        guard let above = dem.elevation(at: center + up * step), let below = dem.elevation(at: center - up * step), above < below else {
            return spot.angle
        }
        return spot.angle > 0 ? spot.angle - 180 : spot.angle + 180
    }

    /// The part of the DEM under the visible area (plus one cell), as a sampled grid of cell centres.
    private static func visibleGrid(_ dem: ElevationGrid, frame: MapFrame) -> SampledGrid? {
        let box = frame.visible
        let c0 = Swift.max(0, Int(((box.minX - dem.west) / dem.cellSize).rounded(.down)) - 1)
        let c1 = Swift.min(dem.columns - 1, Int(((box.maxX - dem.west) / dem.cellSize).rounded(.up)) + 1)
        let north = dem.bounds.maxY
        let r0 = Swift.max(0, Int(((north - box.maxY) / dem.cellSize).rounded(.down)) - 1)
        let r1 = Swift.min(dem.rows - 1, Int(((north - box.minY) / dem.cellSize).rounded(.up)) + 1)
        guard c1 - c0 >= 1, r1 - r0 >= 1 else { return nil }
        var values: [Double] = []
        values.reserveCapacity((c1 - c0 + 1) * (r1 - r0 + 1))
        for r in r0...r1 {
            for c in c0...c1 { values.append(dem.value(row: r, column: c) ?? .nan) }
        }
        return try? SampledGrid(
            columns: c1 - c0 + 1, rows: r1 - r0 + 1, origin: dem.cellCenter(row: r0, column: c0),
            step: Point(x: dem.cellSize, y: -dem.cellSize), values: values)
    }
}
