import Testing
import PatrolGeo

@Suite("Planar geometry")
struct PlanarGeometryTests {
    let square = [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 10), Point(x: 0, y: 0)]
    let hole = [Point(x: 4, y: 4), Point(x: 6, y: 4), Point(x: 6, y: 6), Point(x: 4, y: 6), Point(x: 4, y: 4)]

    @Test("polyline length")
    func length() {
        #expect(Polyline.length([Point(x: 0, y: 0), Point(x: 3, y: 4), Point(x: 3, y: 10)]) == 11)
        #expect(Polyline.length([Point(x: 1, y: 1)]) == 0)
    }

    @Test("closest point on a segment is clamped to its ends")
    func closestOnSegment() {
        let (p, t) = Polyline.closestPoint(to: Point(x: 5, y: 3), onSegmentFrom: Point(x: 0, y: 0), to: Point(x: 10, y: 0))
        #expect(p == Point(x: 5, y: 0))
        #expect(t == 0.5)
        let (q, u) = Polyline.closestPoint(to: Point(x: -4, y: 3), onSegmentFrom: Point(x: 0, y: 0), to: Point(x: 10, y: 0))
        #expect(q == Point(x: 0, y: 0))
        #expect(u == 0)
    }

    @Test("closest point on a polyline reports segment and offset")
    func closestOnPolyline() throws {
        let line = [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10)]
        let c = try #require(Polyline.closestPoint(to: Point(x: 13, y: 7), on: line))
        #expect(c.point == Point(x: 10, y: 7))
        #expect(c.segment == 1)
        #expect(c.distance == 3)
        #expect(c.offset == 17)
        #expect(Polyline.point(at: 17, on: line) == Point(x: 10, y: 7))
        #expect(Polyline.slice(line, from: 5, to: 12) == [Point(x: 5, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 2)])
    }

    @Test("point in polygon with a hole")
    func pointInPolygon() throws {
        let polygon = try Polygon(exterior: square, holes: [hole])
        #expect(polygon.contains(Point(x: 1, y: 1)))
        #expect(!polygon.contains(Point(x: 5, y: 5)))
        #expect(!polygon.contains(Point(x: 11, y: 5)))
        #expect(polygon.contains(Point(x: 10, y: 5)))  // on the boundary
        #expect(polygon.contains(Point(x: 4, y: 5)))  // on the hole's boundary
        #expect(polygon.area == 96)
    }

    @Test("multipolygon membership and area")
    func multiPolygon() throws {
        let shifted = square.map { Point(x: $0.x + 20, y: $0.y) }
        let multi = MultiPolygon([try Polygon(exterior: square), try Polygon(exterior: shifted)])
        #expect(multi.contains(Point(x: 25, y: 5)))
        #expect(!multi.contains(Point(x: 15, y: 5)))
        #expect(multi.area == 200)
        #expect(multi.bounds == BoundingBox(minX: 0, minY: 0, maxX: 30, maxY: 10))
    }

    @Test("unclosed and short rings are refused")
    func badRings() {
        #expect(throws: GeometryError.self) { try Polygon(exterior: Array(square.dropLast())) }
        #expect(throws: GeometryError.self) { try Polygon(exterior: [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 0, y: 0)]) }
        #expect(throws: GeometryError.self) { try Polygon(exterior: square, holes: [Array(hole.dropLast())]) }
    }

    @Test("Douglas–Peucker keeps the corners and drops the noise")
    func simplify() {
        let noisy = [
            Point(x: 0, y: 0), Point(x: 1, y: 0.05), Point(x: 2, y: -0.05), Point(x: 3, y: 0), Point(x: 3, y: 5), Point(x: 3.04, y: 6), Point(x: 3, y: 10),
        ]
        let simple = Simplify.douglasPeucker(noisy, tolerance: 0.1)
        #expect(simple == [Point(x: 0, y: 0), Point(x: 3, y: 0), Point(x: 3, y: 10)])
        #expect(Simplify.douglasPeucker(noisy, tolerance: 0) == noisy)
    }

    @Test("bounding boxes")
    func boxes() throws {
        let box = try #require(BoundingBox(covering: square))
        #expect(box.center == Point(x: 5, y: 5))
        #expect(box.intersects(BoundingBox(minX: 9, minY: 9, maxX: 20, maxY: 20)))
        #expect(!box.intersects(BoundingBox(minX: 11, minY: 0, maxX: 20, maxY: 20)))
        #expect(BoundingBox(covering: []) == nil)
    }
}
