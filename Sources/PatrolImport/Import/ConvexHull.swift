import Foundation
import PatrolGeo
import PatrolData

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

    /// The hull grown outward by `rx` across and `ry` up and down: the hull of ellipses with
    /// those radii (`sides`-gons circumscribing them) around each vertex, which approximates
    /// the Minkowski sum.
    ///
    /// - Complexity: O(h·sides·log(h·sides))
    static func buffered(_ hull: [Point], rx: Double, ry: Double, sides: Int = 16) -> [Point] {
        let scale = 1 / cos(Double.pi / Double(sides))
        var around: [Point] = []
        around.reserveCapacity(hull.count * sides)
        for p in hull {
            for k in 0..<sides {
                let angle = 2 * Double.pi * Double(k) / Double(sides)
                around.append(Point(x: p.x + rx * scale * cos(angle), y: p.y + ry * scale * sin(angle)))
            }
        }
        return of(around)
    }

    /// The ring with extra vertices so that no edge is longer than `step`, so that the shape
    /// survives a change of projection (straight edges in degrees bend in metres).
    static func densified(_ ring: [Point], step: Double) -> [Point] {
        guard var previous = ring.first else { return ring }
        var result = [previous]
        for p in ring.dropFirst() + [ring[0]] {
            let pieces = Int((previous.distance(to: p) / step).rounded(.up))
            if pieces > 1 {
                for k in 1..<pieces {
                    let t = Double(k) / Double(pieces)
                    result.append(Point(x: previous.x + (p.x - previous.x) * t, y: previous.y + (p.y - previous.y) * t))
                }
            }
            result.append(p)
            previous = p
        }
        result.removeLast()
        return result
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

/// Keeps the hull of a stream of points in bounded memory.
///
/// Points are buffered and the buffer is reduced to its hull whenever it grows past a limit.
/// Points inside the polygon of the current hull's extreme points (Akl–Toussaint) cannot be on
/// the hull and are discarded at once, so the buffer rarely fills.
struct HullAccumulator {
    private var buffer: [Point] = []
    private let limit: Int
    /// Counter-clockwise extreme points of the hull so far (min/max of x, y, x+y, x−y).
    private var core: [Point] = []

    /// An accumulator that reduces its buffer every `limit` points.
    init(limit: Int = 1 << 16) {
        self.limit = limit
    }

    /// Adds a point.
    ///
    /// - Complexity: O(1) amortised for most points.
    mutating func add(_ p: Point) {
        if core.count >= 3, Self.strictlyInside(p, core) { return }
        buffer.append(p)
        if buffer.count >= limit {
            buffer = ConvexHull.of(buffer)
            core = Self.extremes(buffer)
        }
    }

    private static func extremes(_ hull: [Point]) -> [Point] {
        guard hull.count >= 3 else { return [] }
        let keys: [(Point) -> Double] = [{ $0.y }, { $0.x - $0.y }, { -$0.x }, { -$0.x - $0.y }, { -$0.y }, { $0.y - $0.x }, { $0.x }, { $0.x + $0.y }]
        let chosen = keys.map { key in hull.indices.min { key(hull[$0]) < key(hull[$1]) }! }
        // The hull is counter-clockwise; keep its order.
        return Set(chosen).sorted().map { hull[$0] }
    }

    private static func strictlyInside(_ p: Point, _ polygon: [Point]) -> Bool {
        var previous = polygon[polygon.count - 1]
        for q in polygon {
            if (q.x - previous.x) * (p.y - previous.y) - (q.y - previous.y) * (p.x - previous.x) <= 0 { return false }
            previous = q
        }
        return true
    }

    /// The hull of every point added.
    var hull: [Point] { ConvexHull.of(buffer) }
}
