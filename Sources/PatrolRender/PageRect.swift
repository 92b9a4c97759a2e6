public import PatrolGeo

/// A rectangle on the page, in millimetres from the top-left corner (y down, as in SVG).
public struct PageRect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// A square of side `side` centred on `center` (the collision box of a symbol).
    public init(center: Point, side: Double) {
        self.init(x: center.x - side / 2, y: center.y - side / 2, width: side, height: side)
    }

    /// The rectangle a page-space box covers.
    public init(_ box: BoundingBox) {
        self.init(x: box.minX, y: box.minY, width: box.width, height: box.height)
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// The centre.
    public var center: Point { Point(x: x + width / 2, y: y + height / 2) }

    /// The rectangle shrunk by `inset` on every side (grown for a negative inset).
    public func inset(by inset: Double) -> PageRect {
        PageRect(x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset)
    }

    /// True when the rectangles overlap (touching edges do not count).
    public func intersects(_ other: PageRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// True when `p` lies inside or on the edge.
    public func contains(_ p: Point) -> Bool {
        p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
    }

    /// True when `other` lies entirely inside.
    public func contains(_ other: PageRect) -> Bool {
        other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }

    /// SVG attributes `x y width height`.
    var attributes: [(String, String)] {
        [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)), ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height))]
    }
}
