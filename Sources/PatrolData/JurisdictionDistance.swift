public import PatrolGeo

extension Jurisdiction {
    /// The point of the jurisdiction's border nearest `p`, when `p` lies outside it.
    ///
    /// - Complexity: O(boundary vertices).
    public func nearestBorderPoint(outside p: Point) -> Point? {
        guard !boundary.contains(p) else { return nil }
        return boundary.rings.compactMap { Polyline.closestPoint(to: p, on: $0) }.min { $0.distance < $1.distance }?.point
    }
}
