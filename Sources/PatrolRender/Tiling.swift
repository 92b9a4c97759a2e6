import PatrolGeo

/// Splits an area into numbered sheets that overlap a little, as a map book does.
enum Tiling {
    struct Sheet {
        /// `01`, `02`, … row by row from the north-west.
        var number: String
        var row: Int
        var column: Int
        /// Centre of the sheet's ground area.
        var center: Point
    }

    /// Sheets of `sheetWidth × sheetHeight` metres overlapping by `overlap` metres, centred
    /// on `extent`; sheets that touch no part of `area`, or hold none of `houses` when the map
    /// has any, are left out (a wall sheet of empty hillside is paper nobody reads).
    /// - Complexity: O(sheets × (area vertices + houses))
    static func sheets(
        extent: BoundingBox, area: MultiPolygon, sheetWidth: Double, sheetHeight: Double, overlap: Double, houses: [Point] = []
    ) -> [Sheet] {
        let strideX = sheetWidth - overlap
        let strideY = sheetHeight - overlap
        let columns = Swift.max(1, Int(((extent.width - overlap) / strideX).rounded(.up)))
        let rows = Swift.max(1, Int(((extent.height - overlap) / strideY).rounded(.up)))
        let totalWidth = Double(columns) * strideX + overlap
        let totalHeight = Double(rows) * strideY + overlap
        let west = extent.center.x - totalWidth / 2
        let north = extent.center.y + totalHeight / 2
        var sheets: [Sheet] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let box = BoundingBox(
                    minX: west + Double(c) * strideX, minY: north - Double(r) * strideY - sheetHeight,
                    maxX: west + Double(c) * strideX + sheetWidth, maxY: north - Double(r) * strideY)
                guard touches(box, area), houses.isEmpty || houses.contains(where: box.contains) else { continue }
                sheets.append(Sheet(number: "", row: r, column: c, center: box.center))
            }
        }
        let digits = Swift.max(2, String(sheets.count).count)
        for i in sheets.indices {
            let n = String(i + 1)
            sheets[i].number = String(repeating: "0", count: digits - n.count) + n
        }
        return sheets
    }

    /// True when the box and the area share some ground: a vertex of one inside the other,
    /// or an edge of the area crossing the box.
    static func touches(_ box: BoundingBox, _ area: MultiPolygon) -> Bool {
        guard let bounds = area.bounds, bounds.intersects(box) else { return false }
        let corners = [
            Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY), box.center,
        ]
        if corners.contains(where: area.contains) { return true }
        for ring in area.rings {
            if ring.contains(where: box.contains) { return true }
            for i in 0..<Swift.max(0, ring.count - 1) where segment(ring[i], ring[i + 1], crosses: box) { return true }
        }
        return false
    }

    private static func segment(_ a: Point, _ b: Point, crosses box: BoundingBox) -> Bool {
        // Liang–Barsky clipping: does any part of a–b lie inside the box?
        var t0 = 0.0
        var t1 = 1.0
        let d = b - a
        for (p, q) in [(-d.x, a.x - box.minX), (d.x, box.maxX - a.x), (-d.y, a.y - box.minY), (d.y, box.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = Swift.max(t0, r) } else { t1 = Swift.min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
