import PatrolGeo

/// Decides whether a point layer's position is plausible for the jurisdiction: finite,
/// not far outside it, and not latitude/longitude swapped.
struct LocationCheck {
    /// How far outside the jurisdiction's bounding box a point may lie before it is refused.
    static let allowance = 2_000.0
    /// How far outside it a road vertex may lie: roads run on past the boundary to the
    /// next junction, so they get more room than households and posts.
    static let roadAllowance = 20_000.0

    /// The jurisdiction's bounding box.
    let jurisdictionBounds: BoundingBox
    /// The box a position must fall in: the jurisdiction's, grown by the allowance.
    private(set) var bounds: BoundingBox

    init(jurisdiction: Jurisdiction) {
        jurisdictionBounds = jurisdiction.boundary.bounds!
        bounds = jurisdictionBounds.expanded(by: Self.allowance)
    }

    /// The same check with another allowance.
    func allowing(_ allowance: Double) -> LocationCheck {
        var copy = self
        copy.bounds = jurisdictionBounds.expanded(by: allowance)
        return copy
    }

    /// `nil` when the position is fine, else why it was refused.
    ///
    /// For longitude/latitude input, a position that is out of range or far away but lands
    /// inside the jurisdiction once its two numbers are exchanged is called swapped: in
    /// China longitudes exceed 90°, so swapped positions are usually out of range too.
    func problem(source: Point, working: Point, context: LayerContext) -> Localized? {
        if working.isFinite, bounds.contains(working) { return nil }
        if context.geographic {
            let swapped = context.toWorking.forward([Point(x: source.y, y: source.x)])[0]
            if swapped.isFinite, bounds.contains(swapped) {
                return Localized(
                    en: "longitude and latitude appear swapped: (\(source.x), \(source.y)) lies outside the jurisdiction, (\(source.y), \(source.x)) inside",
                    zh: "经纬度疑似颠倒:(\(source.x), \(source.y)) 在辖区之外,而 (\(source.y), \(source.x)) 在辖区内")
            }
            if abs(source.x) > 180 || abs(source.y) > 90 {
                return Localized(
                    en: "position (\(source.x), \(source.y)) is out of range (longitude ±180, latitude ±90)",
                    zh: "坐标 (\(source.x), \(source.y)) 超出范围(经度 ±180,纬度 ±90)")
            }
        }
        guard working.isFinite else {
            return Localized(
                en: "position (\(source.x), \(source.y)) cannot be transformed to \(context.workingCRS)",
                zh: "坐标 (\(source.x), \(source.y)) 无法转换到 \(context.workingCRS)")
        }
        let dx = Swift.max(jurisdictionBounds.minX - working.x, 0, working.x - jurisdictionBounds.maxX)
        let dy = Swift.max(jurisdictionBounds.minY - working.y, 0, working.y - jurisdictionBounds.maxY)
        let km = (dx * dx + dy * dy).squareRoot() / 1000
        let rounded = (km * 10).rounded() / 10
        return Localized(
            en: "position (\(source.x), \(source.y)) lies about \(rounded) km outside the jurisdiction",
            zh: "坐标 (\(source.x), \(source.y)) 位于辖区外约 \(rounded) 公里")
    }
}
