public import PatrolGeo

extension Router {
    /// The nearest point of a road some layer may use, however far away `place` is.
    ///
    /// - Complexity: at most O(index cells + segments) per layer (see ``SegmentIndex``).
    public func nearestRoadPoint(_ place: Point) -> Point? {
        graph.layers.indices.compactMap { layer in
            snapper.index.nearest(to: place, in: graph.network) { graph.isAccessible(layer: layer, link: $0) }?.closest
        }.min { $0.distance < $1.distance }?.point
    }

    /// Why no route can start or end at `place` — no layer has a road within
    /// ``Snapper/maximumDistance`` — or `nil` when one does.
    ///
    /// The error carries the distance to the nearest usable road as `measure` gives it
    /// (the plane by default; `PatrolMap.groundDistance` measures on the ellipsoid).
    public func offNetwork(_ place: Point, name: String, measure: (Point, Point) -> Double = { $0.distance(to: $1) }) -> RoutingError? {
        guard snaps(place).isEmpty else { return nil }
        return .offNetwork(place: name, nearest: nearestRoadPoint(place).map { measure(place, $0) })
    }
}
