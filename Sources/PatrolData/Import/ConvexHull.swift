import Foundation
import PatrolGeo

/// Convex hulls, for a jurisdiction taken from the extent of the imported roads.
enum ConvexHull {
    /// The hull of `points` counter-clockwise, not closed (Andrew's monotone chain);
    /// collinear points on the hull are dropped.
    ///
    /// - Complexity: O(n log n)
    static func of(_ points: [Point]) -> [Point] {
        let sorted = points.sorted { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }
        guard sorted.count > 2 else { return sorted }
        func cross(_ o: Point, _ a: Point, _ b: Point) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var hull: [Point] = []
        for p in sorted {
            while hull.count >= 2, cross(hull[hull.count - 2], hull[hull.count - 1], p) <= 0 { hull.removeLast() }
            hull.append(p)
        }
        let lowerCount = hull.count + 1
        for p in sorted.reversed().dropFirst() {
            while hull.count >= lowerCount, cross(hull[hull.count - 2], hull[hull.count - 1], p) <= 0 { hull.removeLast() }
            hull.append(p)
        }
        hull.removeLast()
        return hull
    }

    /// The hull grown outward by `distance`: the hull of circles of that radius (`sides`-gons
    /// circumscribing them) around each vertex, which approximates the Minkowski sum.
    ///
    /// - Complexity: O(h·sides·log(h·sides))
    static func buffered(_ hull: [Point], by distance: Double, sides: Int = 16) -> [Point] {
        let radius = distance / cos(Double.pi / Double(sides))
        var around: [Point] = []
        around.reserveCapacity(hull.count * sides)
        for p in hull {
            for k in 0..<sides {
                let angle = 2 * Double.pi * Double(k) / Double(sides)
                around.append(Point(x: p.x + radius * cos(angle), y: p.y + radius * sin(angle)))
            }
        }
        return of(around)
    }

    /// A convex polygon (counter-clockwise, not closed) clipped to a box (Sutherland–Hodgman).
    ///
    /// - Complexity: O(n)
    static func clip(_ polygon: [Point], to box: BoundingBox) -> [Point] {
        var result = polygon
        let edges: [(inside: (Point) -> Bool, cut: (Point, Point) -> Point)] = [
            ({ $0.x >= box.minX }, { a, b in lerp(a, b, (box.minX - a.x) / (b.x - a.x)) }),
            ({ $0.x <= box.maxX }, { a, b in lerp(a, b, (box.maxX - a.x) / (b.x - a.x)) }),
            ({ $0.y >= box.minY }, { a, b in lerp(a, b, (box.minY - a.y) / (b.y - a.y)) }),
            ({ $0.y <= box.maxY }, { a, b in lerp(a, b, (box.maxY - a.y) / (b.y - a.y)) }),
        ]
        for edge in edges {
            guard let last = result.last else { break }
            var next: [Point] = []
            var previous = last
            for p in result {
                switch (edge.inside(previous), edge.inside(p)) {
                case (true, true): next.append(p)
                case (true, false): next.append(edge.cut(previous, p))
                case (false, true):
                    next.append(edge.cut(previous, p))
                    next.append(p)
                case (false, false): break
                }
                previous = p
            }
            result = next
        }
        return result
    }

    private static func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point {
        Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }
}

/// Keeps the hull of a stream of points in bounded memory: points are buffered and the
/// buffer is reduced to its hull whenever it grows past a limit.
struct HullAccumulator {
    private var buffer: [Point] = []
    private let limit: Int

    /// An accumulator that reduces its buffer every `limit` points.
    init(limit: Int = 1 << 20) {
        self.limit = limit
    }

    /// Adds a point.
    mutating func add(_ p: Point) {
        buffer.append(p)
        if buffer.count >= limit { buffer = ConvexHull.of(buffer) }
    }

    /// The hull of every point added.
    var hull: [Point] { ConvexHull.of(buffer) }
}
