import PatrolGeo

/// A good point to put an area's name on.
enum LabelPoint {
    /// A point inside the largest part of `area`: its centroid when that is inside, else
    /// the middle of the widest horizontal run across the part at the centroid's height.
    /// - Complexity: O(n)
    static func inside(_ area: MultiPolygon) -> Point? {
        guard let part = area.polygons.max(by: { $0.area < $1.area }) else { return nil }
        let c = centroid(part.exterior)
        if part.contains(c) { return c }
        var crossings: [Double] = []
        for ring in [part.exterior] + part.holes {
            for i in 0..<(ring.count - 1) {
                let a = ring[i]
                let b = ring[i + 1]
                if (a.y > c.y) != (b.y > c.y) {
                    crossings.append(a.x + (c.y - a.y) * (b.x - a.x) / (b.y - a.y))
                }
            }
        }
        crossings.sort()
        var best: (Double, Double)?
        var i = 0
        while i + 1 < crossings.count {
            let run = (crossings[i], crossings[i + 1])
            if best == nil || run.1 - run.0 > best!.1 - best!.0 { best = run }
            i += 2
        }
        guard let best else { return part.exterior.first }
        return Point(x: (best.0 + best.1) / 2, y: c.y)
    }

    /// Area centroid of a closed ring (vertex mean for a degenerate ring).
    static func centroid(_ ring: [Point]) -> Point {
        guard let o = ring.first else { return Point(x: 0, y: 0) }
        var a = 0.0
        var cx = 0.0
        var cy = 0.0
        // Relative to the first vertex, so large projected coordinates keep their precision.
        for i in 0..<Swift.max(0, ring.count - 1) {
            let p = ring[i] - o
            let q = ring[i + 1] - o
            let cross = p.x * q.y - q.x * p.y
            a += cross
            cx += (p.x + q.x) * cross
            cy += (p.y + q.y) * cross
        }
        guard abs(a) > 1e-9 else {
            let sum = ring.reduce(Point(x: 0, y: 0), +)
            return sum * (1 / Double(Swift.max(1, ring.count)))
        }
        return Point(x: o.x + cx / (3 * a), y: o.y + cy / (3 * a))
    }
}
