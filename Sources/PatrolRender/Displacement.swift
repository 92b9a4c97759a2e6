import Foundation
import PatrolGeo

/// Moving a point symbol off others it would cover, for a leader line back to its place.
enum Displacement {
    /// The point itself when it keeps `distance` from every point of `clear`, else the first
    /// point on rings around it (closest ring first, rings `step` apart; on each ring upwards
    /// first, then alternately either side) that does, inside `frame`; nil when none does.
    static func spot(for point: Point, clear: [Point], distance: Double, step: Double, inside frame: PageRect) -> Point? {
        func fits(_ p: Point) -> Bool { frame.contains(p) && clear.allSatisfy { $0.distance(to: p) >= distance } }
        if fits(point) { return point }
        let angles = [0.0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8].map { -Double.pi / 2 + $0 * Double.pi / 8 }
        for ring in 1...8 {
            let radius = step * (0.6 + 0.9 * Double(ring))
            for angle in angles {
                let p = Point(x: point.x + radius * cos(angle), y: point.y + radius * sin(angle))
                if fits(p) { return p }
            }
        }
        return nil
    }
}
