public import PatrolGeo

extension PatrolMap {
    /// The distance in metres between two working-CRS points along the ellipsoid (WGS 84),
    /// or, when either point has no longitude and latitude (far off the projection's
    /// domain), in the plane.
    ///
    /// Far from the map, the plane of a Gauss–Krüger zone stretches distances badly (a point
    /// at 0°, 0° comes out nearly twice as far from 109°E as it is); the ellipsoid does not.
    public func groundDistance(_ a: Point, _ b: Point) -> Double {
        let ends = coordinates.lonLat([a, b])
        let (from, to) = (ends[0], ends[1])
        guard from.isValid, to.isValid else { return a.distance(to: b) }
        return Geodesic.wgs84.distance(from, to)
    }
}
