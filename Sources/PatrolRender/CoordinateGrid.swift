import PatrolGeo

/// The kilometre grid of the working CRS: thin lines across the map, values in the margin.
enum CoordinateGrid {
    /// Grid spacing in metres: the smallest of 100 m, 200 m, 500 m, 1 km, 2 km, 5 km, 10 km
    /// that puts lines at least 40 mm apart on paper.
    static func spacing(millimetresPerMetre k: Double) -> Double {
        for step in [100.0, 200, 500, 1000, 2000, 5000, 10_000, 20_000] where step * k >= 40 {
            return step
        }
        return 50_000
    }

    /// Grid lines, clipped by the map group they are drawn in.
    static func drawLines(_ frame: MapFrame, into svg: inout SVGWriter) {
        let step = spacing(millimetresPerMetre: frame.k)
        let g = frame.viewport.ground
        let f = frame.viewport.frame
        var d = PathData()
        for x in values(from: g.minX, to: g.maxX, step: step) {
            let px = frame.page(Point(x: x, y: g.minY)).x
            d.move(to: Point(x: px, y: f.y))
            d.line(to: Point(x: px, y: f.maxY))
        }
        for y in values(from: g.minY, to: g.maxY, step: step) {
            let py = frame.page(Point(x: g.minX, y: y)).y
            d.move(to: Point(x: f.x, y: py))
            d.line(to: Point(x: f.maxX, y: py))
        }
        guard !d.isEmpty else { return }
        svg.element(
            "path", [("id", frame.id + "grid"), ("d", d.text), ("fill", "none"), ("stroke", "#2f5f8f"), ("stroke-opacity", "0.45"), ("stroke-width", "0.12")])
    }

    /// Grid values outside the neat line: eastings above and below, northings left and right,
    /// in kilometres (with decimals when the spacing is below a kilometre).
    static func drawLabels(_ frame: MapFrame, typography: Typography, into svg: inout SVGWriter) {
        let step = spacing(millimetresPerMetre: frame.k)
        let g = frame.viewport.ground
        let f = frame.viewport.frame
        let size = typography.gridLabel
        let decimals = step < 1000 ? 1 : 0
        svg.open(
            "g",
            [
                ("id", frame.id + "grid-labels"), ("font-family", Typography.fontFamily), ("font-size", SVGNumber.format(size)), ("fill", "#2f5f8f"),
                ("text-anchor", "middle"),
            ])
        for x in values(from: g.minX, to: g.maxX, step: step) {
            let px = frame.page(Point(x: x, y: g.minY)).x
            guard px > f.x + size * 2, px < f.maxX - size * 2 else { continue }
            let text = SVGNumber.format(x / 1000, decimals: decimals)
            svg.element("text", [("x", SVGNumber.format(px)), ("y", SVGNumber.format(f.y - size * 0.45))], text: text)
            svg.element("text", [("x", SVGNumber.format(px)), ("y", SVGNumber.format(f.maxY + size * 1.15))], text: text)
        }
        for y in values(from: g.minY, to: g.maxY, step: step) {
            let py = frame.page(Point(x: g.minX, y: y)).y
            guard py > f.y + size * 3, py < f.maxY - size * 3 else { continue }
            let text = SVGNumber.format(y / 1000, decimals: decimals)
            let left = Point(x: f.x - size * 0.5, y: py)
            let right = Point(x: f.maxX + size * 0.5, y: py)
            svg.element(
                "text",
                [
                    ("x", SVGNumber.format(left.x)), ("y", SVGNumber.format(left.y)),
                    ("transform", "rotate(-90 \(SVGNumber.format(left.x)) \(SVGNumber.format(left.y)))"),
                ], text: text)
            svg.element(
                "text",
                [
                    ("x", SVGNumber.format(right.x)), ("y", SVGNumber.format(right.y)),
                    ("transform", "rotate(90 \(SVGNumber.format(right.x)) \(SVGNumber.format(right.y)))"),
                ], text: text)
        }
        svg.close()
    }

    /// Multiples of `step` strictly inside (`from`, `to`).
    static func values(from: Double, to: Double, step: Double) -> [Double] {
        var result: [Double] = []
        var v = (from / step).rounded(.down) * step
        while v < to {
            if v > from { result.append(v) }
            v += step
        }
        return result
    }
}
