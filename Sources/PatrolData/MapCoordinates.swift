public import PatrolGeo
import Synchronization

/// A map's conversions out of its working CRS: to WGS 84 longitude/latitude and to the CRS
/// its files use.
///
/// Built once when the map loads, so every later conversion succeeds: no caller can fall back
/// to printing working-CRS metres where degrees or file coordinates belong. The PROJ
/// transforms it owns are not thread-safe; each sits behind its own lock.
public final class MapCoordinates: Sendable {
    private let wgs84: Mutex<CoordinateTransform>
    private let input: Mutex<CoordinateTransform>

    /// Prepares the conversions for files in `inputCRS` and geometry in `workingCRS`,
    /// or throws naming the CRS PROJ refused and why.
    public init(inputCRS: CoordinateReferenceSystem, workingCRS: CoordinateReferenceSystem) throws(ProjectionError) {
        wgs84 = Mutex(try CoordinateTransform(from: .wgs84, to: workingCRS))
        input = Mutex(try CoordinateTransform(from: inputCRS, to: workingCRS))
    }

    /// WGS 84 longitude/latitude in degrees (RFC 7946 order) of working-CRS points.
    ///
    /// A point PROJ cannot transform comes back with non-finite coordinates.
    /// - Complexity: O(n)
    public func lonLat(_ points: [Point]) -> [LonLat] {
        wgs84.withLock { $0.inverse(points) }.map { LonLat(lon: $0.x, lat: $0.y) }
    }

    /// WGS 84 longitude/latitude in degrees of one working-CRS point.
    public func lonLat(_ point: Point) -> LonLat {
        lonLat([point])[0]
    }

    /// The working-CRS point of a WGS 84 longitude/latitude.
    public func working(_ lonLat: LonLat) -> Point {
        wgs84.withLock { $0.forward([Point(x: lonLat.lon, y: lonLat.lat)]) }[0]
    }

    /// The working-CRS point of a point in the CRS of the map's files (longitude first when
    /// geographic); non-finite when PROJ cannot transform it.
    public func working(fromInput point: Point) -> Point {
        input.withLock { $0.forward([point]) }[0]
    }

    /// Working-CRS points in the CRS of the map's files (longitude first when geographic).
    /// - Complexity: O(n)
    public func inputCoordinates(_ points: [Point]) -> [Point] {
        input.withLock { $0.inverse(points) }
    }

    /// One working-CRS point in the CRS of the map's files.
    public func inputCoordinate(_ point: Point) -> Point {
        inputCoordinates([point])[0]
    }
}
