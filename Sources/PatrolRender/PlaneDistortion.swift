import Foundation
public import PatrolData
public import PatrolGeo

/// How the working CRS bends the ground near a point: scale factor and grid convergence.
public struct PlaneDistortion: Sendable, Hashable {
    /// Plane distance ÷ true (geodesic) distance for short east–west steps.
    public var scaleFactor: Double
    /// Angle from grid north to true north in radians, positive when true north lies east of (clockwise
    /// from) grid north.
    ///
    /// Zero on the central meridian.
    public var convergence: Double

    /// Creates a distortion record.
    public init(scaleFactor: Double, convergence: Double) {
        self.scaleFactor = scaleFactor
        self.convergence = convergence
    }

    /// Measures the distortion of `map`'s working CRS at `point` with PROJ and the geodesic
    /// on the WGS 84 ellipsoid; `nil` when PROJ cannot transform there.
    public static func measure(_ map: PatrolMap, at point: Point) -> PlaneDistortion? {
        let half = 500.0
        let ends = map.coordinates.lonLat([Point(x: point.x - half, y: point.y), Point(x: point.x + half, y: point.y), point])
        guard ends.allSatisfy(\.isValid) else { return nil }
        let geodesic = Geodesic.wgs84.distance(ends[0], ends[1])
        guard geodesic > 0 else { return nil }
        // A small step due north on the ellipsoid, seen in the plane.
        let here = map.coordinates.working(ends[2])
        let north = map.coordinates.working(LonLat(lon: ends[2].lon, lat: ends[2].lat + 0.005))
        guard here.isFinite, north.isFinite else { return nil }
        let dx = north.x - here.x
        let dy = north.y - here.y
        return PlaneDistortion(scaleFactor: 2 * half / geodesic, convergence: atan2(dx, dy))
    }
}
