import PatrolGeo

/// Decides whether a point layer's position is plausible for the jurisdiction: finite,
/// not far outside it, and not latitude/longitude swapped.
struct LocationCheck {
    /// How far outside the jurisdiction's bounding box a point may lie before it is refused.
    static let allowance = 2_000.0

    let bounds: BoundingBox

    init(jurisdiction: Jurisdiction) {
        bounds = jurisdiction.boundary.bounds!.expanded(by: Self.allowance)
    }

    /// `nil` when the position is fine, else why it was refused.
    func problem(source: Point, working: Point, context: LayerContext) -> Localized? {
        guard working.isFinite else {
            return Localized(
                en: "position (\(source.x), \(source.y)) cannot be transformed to \(context.workingCRS)",
                zh: "坐标 (\(source.x), \(source.y)) 无法转换到 \(context.workingCRS)")
        }
        guard !bounds.contains(working) else { return nil }
        if context.geographic {
            let swapped = context.toWorking.forward([Point(x: source.y, y: source.x)])[0]
            if swapped.isFinite, bounds.contains(swapped) {
                return Localized(
                    en: "longitude and latitude appear swapped: (\(source.x), \(source.y)) lies far outside the jurisdiction, (\(source.y), \(source.x)) inside",
                    zh: "经纬度疑似颠倒:(\(source.x), \(source.y)) 远在辖区之外,而 (\(source.y), \(source.x)) 在辖区内")
            }
        }
        let dx = Swift.max(bounds.minX - working.x, 0, working.x - bounds.maxX)
        let dy = Swift.max(bounds.minY - working.y, 0, working.y - bounds.maxY)
        let km = ((dx * dx + dy * dy).squareRoot() + Self.allowance) / 1000
        let rounded = (km * 10).rounded() / 10
        return Localized(
            en: "position (\(source.x), \(source.y)) lies about \(rounded) km outside the jurisdiction",
            zh: "坐标 (\(source.x), \(source.y)) 位于辖区外约 \(rounded) 公里")
    }
}
