/// The point of a segment or polyline closest to a query point.
public struct ClosestPoint: Sendable, Hashable {
    /// The closest point itself.
    public var point: Point
    /// Distance from the query point to ``point``.
    public var distance: Double
    /// Index of the segment (from vertex `segment` to `segment + 1`) holding the point.
    public var segment: Int
    /// Position along that segment, 0 at its start and 1 at its end.
    public var fraction: Double
    /// Distance along the whole polyline from its first vertex to ``point``.
    public var offset: Double

    /// Creates a result.
    public init(point: Point, distance: Double, segment: Int, fraction: Double, offset: Double) {
        self.point = point
        self.distance = distance
        self.segment = segment
        self.fraction = fraction
        self.offset = offset
    }
}

/// Planar measurements on polylines (sequences of vertices in the working CRS).
public enum Polyline {
    /// Sum of the segment lengths.
    ///
    /// - Complexity: O(n)
    public static func length(_ points: [Point]) -> Double {
        guard points.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<points.count { total += points[i - 1].distance(to: points[i]) }
        return total
    }

    /// The point on segment `a`–`b` closest to `p`, with its fraction along the segment.
    public static func closestPoint(to p: Point, onSegmentFrom a: Point, to b: Point) -> (point: Point, fraction: Double) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return (a, 0) }
        var t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared
        t = Swift.min(1, Swift.max(0, t))
        return (Point(x: a.x + t * dx, y: a.y + t * dy), t)
    }

    /// The point of the polyline closest to `p`, or `nil` for an empty polyline.
    ///
    /// Ties go to the earliest segment, so the answer is deterministic.
    /// - Complexity: O(n)
    public static func closestPoint(to p: Point, on points: [Point]) -> ClosestPoint? {
        guard let first = points.first else { return nil }
        guard points.count > 1 else {
            return ClosestPoint(point: first, distance: p.distance(to: first), segment: 0, fraction: 0, offset: 0)
        }
        var best: ClosestPoint?
        var travelled = 0.0
        for i in 0..<(points.count - 1) {
            let (q, t) = closestPoint(to: p, onSegmentFrom: points[i], to: points[i + 1])
            let d = p.distance(to: q)
            let segmentLength = points[i].distance(to: points[i + 1])
            if best == nil || d < best!.distance {
                best = ClosestPoint(point: q, distance: d, segment: i, fraction: t, offset: travelled + t * segmentLength)
            }
            travelled += segmentLength
        }
        return best
    }

    /// The point at distance `offset` along the polyline (clamped to its ends).
    ///
    /// - Complexity: O(n)
    public static func point(at offset: Double, on points: [Point]) -> Point {
        guard var previous = points.first else { return Point(x: 0, y: 0) }
        guard offset > 0 else { return previous }
        var remaining = offset
        for p in points.dropFirst() {
            let d = previous.distance(to: p)
            if remaining <= d, d > 0 {
                let t = remaining / d
                return Point(x: previous.x + (p.x - previous.x) * t, y: previous.y + (p.y - previous.y) * t)
            }
            remaining -= d
            previous = p
        }
        return previous
    }

    /// The part of the polyline between two distances along it, `from` ≤ `to`.
    ///
    /// - Complexity: O(n)
    public static func slice(_ points: [Point], from start: Double, to end: Double) -> [Point] {
        guard points.count > 1 else { return points }
        let lo = Swift.max(0, Swift.min(start, end))
        let hi = Swift.max(start, end)
        var result = [point(at: lo, on: points)]
        var travelled = 0.0
        for i in 1..<points.count {
            travelled += points[i - 1].distance(to: points[i])
            if travelled > lo && travelled < hi { result.append(points[i]) }
        }
        result.append(point(at: hi, on: points))
        return result
    }
}
