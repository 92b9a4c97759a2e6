/// Point-in-polygon answers for many points on one horizontal line at once, as raster sampling
/// needs them.
///
/// Every answer equals `contains(_:)` for that point: the edge crossings are computed with the
/// same arithmetic, once per line instead of once per point, and the boundary test (a point
/// within ``Polygon/boundaryTolerance`` of an edge counts as on it) runs only against the edges
/// that come near the line.
extension MultiPolygon {
    /// For each x in `xs`, whether the point (x, `y`) lies in some part — the same answer as
    /// `contains(Point(x: x, y: y))`.
    ///
    /// - Complexity: O(V log V + m · (log V + e)) for V vertices, m points and e edges that pass
    ///   within a micrometre of the line (usually a handful), instead of O(m · V).
    public func contains(xs: [Double], y: Double) -> [Bool] {
        var inside = [Bool](repeating: false, count: xs.count)
        for polygon in polygons {
            let part = polygon.contains(xs: xs, y: y)
            for i in xs.indices where part[i] { inside[i] = true }
        }
        return inside
    }
}

extension Polygon {
    /// For each x in `xs`, whether the point (x, `y`) lies in the polygon — the same answer as
    /// `contains(Point(x: x, y: y))`, boundary points counted as inside.
    ///
    /// - Complexity: O(V log V + m · (log V + e)); see ``MultiPolygon/contains(xs:y:)``.
    public func contains(xs: [Double], y: Double) -> [Bool] {
        guard y >= bounds.minY, y <= bounds.maxY else { return [Bool](repeating: false, count: xs.count) }
        let outer = RingOnLine(exterior, y: y)
        let inner = holes.map { RingOnLine($0, y: y) }
        return xs.map { x in
            let p = Point(x: x, y: y)
            guard bounds.contains(p), outer.crossesOddly(x) || outer.hasOnBoundary(p) else { return false }
            return !inner.contains { $0.crossesOddly(x) && !$0.hasOnBoundary(p) }
        }
    }
}

/// One ring seen along one horizontal line: where its edges cross the line, and which edges
/// come close enough to it to hold a boundary point.
private struct RingOnLine {
    /// Margin for picking the edges near the line; far wider than the boundary tolerance plus
    /// rounding at projected coordinates of millions of metres, so no boundary point is missed.
    static let margin = 1e-6

    /// The x of every crossing, sorted, computed exactly as the crossing-number test does.
    let crossings: [Double]
    /// The edges whose y-range reaches within ``margin`` of the line.
    let nearEdges: [(Point, Point)]

    init(_ ring: [Point], y: Double) {
        var crossings: [Double] = []
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i]
            let b = ring[j]
            if (a.y > y) != (b.y > y) { crossings.append(Polygon.crossingX(a, b, y: y)) }
            j = i
        }
        self.crossings = crossings.sorted()
        var near: [(Point, Point)] = []
        for i in 0..<(ring.count - 1) {
            let a = ring[i]
            let b = ring[i + 1]
            if Swift.min(a.y, b.y) - Self.margin <= y && y <= Swift.max(a.y, b.y) + Self.margin { near.append((a, b)) }
        }
        nearEdges = near
    }

    /// True when an odd number of crossings lie strictly east of `x` (the even–odd rule).
    func crossesOddly(_ x: Double) -> Bool {
        var low = 0
        var high = crossings.count
        while low < high {
            let mid = (low + high) / 2
            if crossings[mid] > x { high = mid } else { low = mid + 1 }
        }
        return (crossings.count - low) % 2 == 1
    }

    /// True when `p` (on the line) lies on one of the ring's edges.
    func hasOnBoundary(_ p: Point) -> Bool {
        nearEdges.contains { a, b in
            Swift.min(a.x, b.x) - Self.margin <= p.x && p.x <= Swift.max(a.x, b.x) + Self.margin
                && Polygon.segment(a, b, passesThrough: p)
        }
    }
}
