internal import CProj

/// Distances and areas on the ellipsoid, through PROJ's geodesic library (Karney's algorithms).
public struct Geodesic: Sendable, Hashable {
    /// Semi-major axis in metres.
    public let semiMajorAxis: Double
    /// Flattening.
    public let flattening: Double

    /// Creates a geodesic calculator for an ellipsoid.
    public init(semiMajorAxis: Double, flattening: Double) {
        self.semiMajorAxis = semiMajorAxis
        self.flattening = flattening
    }

    /// The WGS 84 ellipsoid.
    public static let wgs84 = Geodesic(semiMajorAxis: 6_378_137, flattening: 1 / 298.257223563)
    /// The GRS 80 ellipsoid of CGCS2000 (differs from WGS 84 by 0.1 mm in the polar radius).
    public static let grs80 = Geodesic(semiMajorAxis: 6_378_137, flattening: 1 / 298.257222101)

    private func geodesic() -> geod_geodesic {
        var g = geod_geodesic()
        geod_init(&g, semiMajorAxis, flattening)
        return g
    }

    /// Length in metres of the shortest path on the ellipsoid between two positions.
    public func distance(_ a: LonLat, _ b: LonLat) -> Double {
        var g = geodesic()
        var s12 = 0.0
        geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &s12, nil, nil)
        return s12
    }

    /// Area in m² enclosed by one ring (closed or not), whatever its orientation.
    ///
    /// - Complexity: O(n)
    public func area(ofRing ring: [LonLat]) -> Double {
        var vertices = ring
        if vertices.count > 1, vertices.first == vertices.last { vertices.removeLast() }
        guard vertices.count >= 3 else { return 0 }
        var g = geodesic()
        var lats = vertices.map(\.lat)
        var lons = vertices.map(\.lon)
        var area = 0.0
        var perimeter = 0.0
        geod_polygonarea(&g, &lats, &lons, Int32(vertices.count), &area, &perimeter)
        return abs(area)
    }

    /// Area in m² of a polygon with holes: the exterior's area minus the holes'.
    public func area(exterior: [LonLat], holes: [[LonLat]] = []) -> Double {
        area(ofRing: exterior) - holes.reduce(0) { $0 + area(ofRing: $1) }
    }
}
