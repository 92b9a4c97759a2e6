import PatrolData
import PatrolGeo

/// Dense villages at small scales (1:15 000 and smaller): a built-up tint under the houses.
///
/// At 1:20 000 courtyard houses 12 m apart stand 0.6 mm apart on the page and run together
/// into a grey smear; a tint over the built-up ground, as national series print a village's
/// blocks, shows the settlement's shape, and the houses at the ends of each row keep their
/// numbers so a reader can still count along a row.
enum SettlementTint {
    /// Fill of the built-up ground.
    static let fill = "#e3d6c4"
    /// Side of a grid cell (metres).
    static let cell = 25.0
    /// Houses a cell's 3 × 3 neighbourhood needs for the cell to count as built up.
    static let dense = 6

    /// The built-up cells around `houses` as rectangles in the plane, merged along each grid row:
    /// the cells of houses joined to a dense cell, and one cell around them.
    /// - Complexity: O(n) for n houses
    static func blocks(_ houses: [Point]) -> [BoundingBox] {
        var counts: [SIMD2<Int>: Int] = [:]
        for p in houses { counts[SIMD2(Int((p.x / cell).rounded(.down)), Int((p.y / cell).rounded(.down))), default: 0] += 1 }
        // A settlement: every cell of houses joined to a dense cell through cells of houses.
        var core: Set<SIMD2<Int>> = []
        var queue = counts.keys.filter { c in
            var around = 0
            for dx in -1...1 { for dy in -1...1 { around += counts[c &+ SIMD2(dx, dy)] ?? 0 } }
            return around >= dense
        }
        core.formUnion(queue)
        while let c = queue.popLast() {
            for dx in -1...1 {
                for dy in -1...1 where counts[c &+ SIMD2(dx, dy)] != nil && !core.contains(c &+ SIMD2(dx, dy)) {
                    core.insert(c &+ SIMD2(dx, dy))
                    queue.append(c &+ SIMD2(dx, dy))
                }
            }
        }
        // The tint reaches one cell past the outermost houses.
        var built: Set<SIMD2<Int>> = []
        for c in core { for dx in -1...1 { for dy in -1...1 { built.insert(c &+ SIMD2(dx, dy)) } } }
        var blocks: [BoundingBox] = []
        for c in built.sorted(by: { ($0.y, $0.x) < ($1.y, $1.x) }) where !built.contains(c &- SIMD2(1, 0)) {
            var end = c
            while built.contains(end &+ SIMD2(1, 0)) { end = end &+ SIMD2(1, 0) }
            blocks.append(
                BoundingBox(minX: Double(c.x) * cell, minY: Double(c.y) * cell, maxX: Double(end.x + 1) * cell, maxY: Double(c.y + 1) * cell))
        }
        return blocks
    }

    /// Draws the tint of the houses in and near the frame, at scales where the style asks for it
    /// (under the roads: call before them).
    static func draw(_ frame: inout MapFrame, into svg: inout SVGWriter) {
        guard frame.scale >= frame.style.settlementTintMinScale else { return }
        let near = frame.visible.expanded(by: cell * 2)
        let blocks = blocks(frame.map.households.map(\.location).filter(near.contains))
        guard !blocks.isEmpty else { return }
        var d = PathData()
        for block in blocks {
            let r = frame.viewport.page(block)
            d.polyline(
                [Point(x: r.x, y: r.y), Point(x: r.maxX, y: r.y), Point(x: r.maxX, y: r.maxY), Point(x: r.x, y: r.maxY)], closed: true, minimumStep: 0)
        }
        svg.element("path", [("id", frame.id + "settlement-tint"), ("d", d.text), ("fill", fill)])
        frame.legend.add(
            LegendEntry(
                section: .settlements, order: 2, sample: .area(fill: fill, opacity: 1, stroke: nil),
                text: Localized(en: "Built-up area of a village", zh: "村庄居民地")))
    }
}
