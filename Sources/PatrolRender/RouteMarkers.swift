import Foundation
import PatrolGeo

/// Where a route card's numbered markers stand on one map frame.
///
/// A marker sits on its fork when it can. Where forks lie closer together than a marker is
/// wide (a village street with a fork every 60 m), later markers move out on rings around
/// their fork until they keep a marker's width clear of every other marker and of the start,
/// end and parking symbols, and a leader joins each moved marker to a dot on its fork.
/// - Complexity: O(n² × r × a) for n markers, r rings, a angles per ring.
struct RouteMarkers {
    /// One numbered marker.
    struct Marker {
        var number: Int
        /// The fork (page mm).
        var fork: Point
        /// The marker's centre (page mm); equal to ``fork`` unless the marker was moved.
        var center: Point
        var isMoved: Bool { center != fork }
    }

    var markers: [Marker] = []

    /// Lays out `forks` (number, page point) for markers `size` mm across inside `frame`,
    /// clear of the symbols at `fixed` (also `size` across).
    init(forks: [(number: Int, point: Point)], fixed: [Point], size: Double, frame: PageRect) {
        let clearance = size * 1.08
        var taken = fixed
        let inner = frame.inset(by: size / 2)
        for (number, fork) in forks {
            let center = Displacement.spot(for: fork, clear: taken, distance: clearance, step: size, inside: inner) ?? fork
            markers.append(Marker(number: number, fork: fork, center: center))
            taken.append(center)
        }
    }
}
