/// A planar polygon: one closed exterior ring and any number of closed holes.
///
/// Rings are stored closed (first vertex repeated last), as GeoJSON writes them.
public struct Polygon: Sendable, Hashable {
    /// The outer boundary.
    public private(set) var exterior: [Point]
    /// Inner boundaries cut out of the exterior.
    public private(set) var holes: [[Point]]
    /// Bounding box of the exterior ring.
    public let bounds: BoundingBox

    /// Creates a polygon, refusing rings that are not closed or have fewer than four vertices.
    public init(exterior: [Point], holes: [[Point]] = []) throws(GeometryError) {
        for (index, ring) in ([exterior] + holes).enumerated() {
            let name = index == 0 ? "exterior ring" : "hole \(index)"
            guard ring.count >= 4 else {
                throw GeometryError("\(name) has \(ring.count) positions; a closed ring needs at least 4")
            }
            guard ring.first == ring.last else {
                throw GeometryError("\(name) is not closed: its first and last positions differ")
            }
            guard ring.allSatisfy(\.isFinite) else {
                throw GeometryError("\(name) has a coordinate that is not a finite number")
            }
        }
        self.exterior = exterior
        self.holes = holes
        self.bounds = BoundingBox(covering: exterior)!
    }

    /// Planar area (exterior minus holes), always non-negative.
    ///
    /// - Complexity: O(n)
    public var area: Double {
        abs(Self.signedArea(exterior)) - holes.reduce(0) { $0 + abs(Self.signedArea($1)) }
    }

    /// Length of every ring together.
    public var perimeter: Double {
        ([exterior] + holes).reduce(0) { $0 + Polyline.length($1) }
    }

    /// True when `p` is inside the exterior ring and outside every hole.
    ///
    /// Points exactly on a boundary count as inside.
    ///
    /// - Complexity: O(n)
    public func contains(_ p: Point) -> Bool {
        guard bounds.contains(p) else { return false }
        guard Self.ring(exterior, contains: p) else { return false }
        return !holes.contains { Self.ring($0, contains: p) && !Self.ring($0, hasOnBoundary: p) }
    }

    /// Shoelace signed area of a closed ring: positive when counter-clockwise.
    public static func signedArea(_ ring: [Point]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y
        }
        return sum / 2
    }

    /// Even–odd (crossing number) test, with boundary points counted as inside.
    static func ring(_ ring: [Point], contains p: Point) -> Bool {
        if crossingTest(ring, p) { return true }
        return hasOnBoundary(ring, p)
    }

    private static func crossingTest(_ ring: [Point], _ p: Point) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i]
            let b = ring[j]
            if (a.y > p.y) != (b.y > p.y) && p.x < crossingX(a, b, y: p.y) { inside.toggle() }
            j = i
        }
        return inside
    }

    static func ring(_ ring: [Point], hasOnBoundary p: Point) -> Bool {
        hasOnBoundary(ring, p)
    }

    private static func hasOnBoundary(_ ring: [Point], _ p: Point) -> Bool {
        for i in 0..<(ring.count - 1) where segment(ring[i], ring[i + 1], passesThrough: p) { return true }
        return false
    }

    /// Where the edge from `a` to `b` crosses the horizontal line at `y` (the edge must straddle it).
    static func crossingX(_ a: Point, _ b: Point, y: Double) -> Double {
        (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x
    }

    /// How close to an edge a point must be to count as on it, in metres.
    static let boundaryTolerance = 1e-9

    /// True when `p` lies on the segment from `a` to `b`, within ``boundaryTolerance``.
    static func segment(_ a: Point, _ b: Point, passesThrough p: Point) -> Bool {
        let (q, _) = Polyline.closestPoint(to: p, onSegmentFrom: a, to: b)
        return q.squaredDistance(to: p) < boundaryTolerance * boundaryTolerance
    }
}

/// One or more polygons treated as one area (GeoJSON `MultiPolygon`; a `Polygon` is one part).
public struct MultiPolygon: Sendable, Hashable {
    /// The parts.
    public var polygons: [Polygon]

    /// Creates a multipolygon from its parts.
    public init(_ polygons: [Polygon]) {
        self.polygons = polygons
    }

    /// Sum of the parts' planar areas.
    public var area: Double { polygons.reduce(0) { $0 + $1.area } }

    /// Bounding box of all parts, or `nil` when there are none.
    public var bounds: BoundingBox? {
        guard var box = polygons.first?.bounds else { return nil }
        for polygon in polygons.dropFirst() { box.include(polygon.bounds) }
        return box
    }

    /// True when any part contains `p`.
    public func contains(_ p: Point) -> Bool {
        polygons.contains { $0.contains(p) }
    }

    /// Every ring of every part: exteriors and holes.
    public var rings: [[Point]] {
        polygons.flatMap { [$0.exterior] + $0.holes }
    }
}
