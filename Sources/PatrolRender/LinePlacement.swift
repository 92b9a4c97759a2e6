import Foundation
import PatrolGeo

/// Where text can run along a line (road names, contour labels).
enum LinePlacement {
    /// A stretch of line straight enough for a label.
    struct Spot {
        /// Middle of the stretch.
        var center: Point
        /// Direction in degrees, turned so the text reads left to right (−90…90).
        var angle: Double
    }

    /// Stretches of `length` mm along `points` whose vertices stay within `tolerance` of
    /// their chord, the first at half a spacing from the start and then about every `spacing` mm.
    /// - Complexity: O(n × m) for n vertices and m vertices per stretch.
    static func spots(along points: [Point], length: Double, spacing: Double, tolerance: Double) -> [Spot] {
        let total = Polyline.length(points)
        guard total > length * 1.2 else { return [] }
        var result: [Spot] = []
        var offset = Swift.min(spacing / 2, (total - length) / 2)
        while offset + length <= total {
            if let spot = spot(points, from: offset, length: length, tolerance: tolerance) {
                result.append(spot)
                offset += spacing
            } else {
                offset += length / 2
            }
        }
        return result
    }

    private static func spot(_ points: [Point], from offset: Double, length: Double, tolerance: Double) -> Spot? {
        let piece = Polyline.slice(points, from: offset, to: offset + length)
        guard let a = piece.first, let b = piece.last, a.distance(to: b) > length * 0.9 else { return nil }
        for p in piece.dropFirst().dropLast() {
            let (q, _) = Polyline.closestPoint(to: p, onSegmentFrom: a, to: b)
            if q.distance(to: p) > tolerance { return nil }
        }
        var angle = atan2(b.y - a.y, b.x - a.x) * 180 / .pi
        if angle > 90 { angle -= 180 }
        if angle < -90 { angle += 180 }
        return Spot(center: Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2), angle: angle)
    }
}
