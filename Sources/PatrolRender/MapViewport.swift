public import PatrolGeo

/// Maps the working CRS plane onto a frame on the page at a fixed scale.
///
/// The plane's metres are not quite ground metres: a projection stretches distances by its
/// point scale factor `k` (1.0001 near a Gauss–Krüger zone's edge, much more for Web
/// Mercator). The requested scale 1:N is kept for true ground distances at the map centre,
/// so one plane metre is `1000 / (N × k)` mm on paper and a scale bar of D true metres is
/// exactly `D / N` metres of paper.
public struct MapViewport: Sendable, Hashable {
    /// The frame (neat line) on the page.
    public let frame: PageRect
    /// The part of the plane shown in the frame.
    public let ground: BoundingBox
    /// The scale denominator N of 1:N (true ground distance at the centre).
    public let scale: Double
    /// The projection's point scale factor at the centre.
    public let scaleFactor: Double

    /// Millimetres of paper per plane metre.
    public var millimetresPerMetre: Double { 1000 / (scale * scaleFactor) }

    /// A viewport showing the plane around `center` at 1:`scale` in `frame`.
    public init(frame: PageRect, center: Point, scale: Double, scaleFactor: Double = 1) {
        self.frame = frame
        self.scale = scale
        self.scaleFactor = scaleFactor
        let metresPerMillimetre = scale * scaleFactor / 1000
        let halfWidth = frame.width * metresPerMillimetre / 2
        let halfHeight = frame.height * metresPerMillimetre / 2
        ground = BoundingBox(minX: center.x - halfWidth, minY: center.y - halfHeight, maxX: center.x + halfWidth, maxY: center.y + halfHeight)
    }

    /// The page position of a plane point.
    public func page(_ p: Point) -> Point {
        let k = millimetresPerMetre
        return Point(x: frame.x + (p.x - ground.minX) * k, y: frame.y + (ground.maxY - p.y) * k)
    }

    /// The page positions of plane points.
    public func page(_ points: [Point]) -> [Point] {
        points.map(page)
    }

    /// The page rectangle of a plane box (north up, so the box's top is its largest y).
    public func page(_ box: BoundingBox) -> PageRect {
        let topLeft = page(Point(x: box.minX, y: box.maxY))
        let bottomRight = page(Point(x: box.maxX, y: box.minY))
        return PageRect(x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y)
    }

    /// The largest scale denominator from a cartographer's list at which `extent` fits in
    /// `frame` (the smallest N, so the map is as large as possible).
    public static func fittingScale(for extent: BoundingBox, in frame: PageRect, scaleFactor: Double = 1) -> Double {
        let needed = Swift.max(extent.width / frame.width, extent.height / frame.height) * 1000 / scaleFactor
        return niceScale(atLeast: needed)
    }

    /// The first "round" scale (1:1000, 1:2000, 1:2500, 1:5000, …) not below `value`.
    public static func niceScale(atLeast value: Double) -> Double {
        var magnitude = 100.0
        while true {
            for step in [1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5] where magnitude * step >= value {
                return magnitude * step
            }
            magnitude *= 10
        }
    }
}
