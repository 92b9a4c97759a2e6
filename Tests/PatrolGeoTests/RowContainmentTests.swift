import Testing
import PatrolGeo

/// A whole line of points classified at once must agree with `contains(_:)` point by point,
/// boundary points included.
@Suite("Row containment")
struct RowContainmentTests {
    // A notched shape with a hole: horizontal and vertical edges, a slanted edge and reflex
    // corners, so lines pass through vertices and run along edges.
    let notched = [
        Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 6), Point(x: 7, y: 6), Point(x: 5, y: 10),
        Point(x: 3, y: 6), Point(x: 0, y: 6), Point(x: 0, y: 0),
    ]
    let hole = [Point(x: 2, y: 2), Point(x: 4, y: 2), Point(x: 4, y: 4), Point(x: 2, y: 4), Point(x: 2, y: 2)]

    @Test("by hand: inside, outside, in the hole, on edges and vertices")
    func byHand() throws {
        let polygon = try Polygon(exterior: notched, holes: [hole])
        let xs: [Double] = [-1, 0, 1, 2, 3, 4, 5, 10, 11]
        // y = 3 crosses the hole: x = 3 is inside the hole, 2 and 4 on its boundary (inside).
        #expect(polygon.contains(xs: xs, y: 3) == [false, true, true, true, false, true, true, true, false])
        // y = 6 runs along the top edges and through the notch's corners.
        #expect(polygon.contains(xs: xs, y: 6) == [false, true, true, true, true, true, true, true, false])
        // y = 8 only meets the peak, between x = 4 and x = 6.
        #expect(polygon.contains(xs: xs, y: 8) == [false, false, false, false, false, true, true, false, false])
        // Above the polygon nothing is inside.
        #expect(polygon.contains(xs: xs, y: 10.5) == [Bool](repeating: false, count: xs.count))
    }

    @Test("agrees with contains(_:) on a dense grid that hits vertices and edges")
    func agreesOnGrid() throws {
        let shifted = notched.map { Point(x: $0.x + 20, y: $0.y) }
        let multi = MultiPolygon([try Polygon(exterior: notched, holes: [hole]), try Polygon(exterior: shifted)])
        let xs = (-8...128).map { Double($0) * 0.25 }
        var checked = 0
        for row in -4...44 {
            let y = Double(row) * 0.25
            let line = multi.contains(xs: xs, y: y)
            for (i, x) in xs.enumerated() {
                #expect(line[i] == multi.contains(Point(x: x, y: y)), "x \(x) y \(y)")
                checked += 1
            }
        }
        #expect(checked == 137 * 49)
    }

    @Test("agrees at projected coordinates of millions of metres")
    func agreesFarFromOrigin() throws {
        let origin = Point(x: 596_000.123, y: 3_863_000.456)
        let ring = notched.map { Point(x: origin.x + $0.x * 37.1, y: origin.y + $0.y * 41.3) }
        let polygon = try Polygon(exterior: ring, holes: [hole.map { Point(x: origin.x + $0.x * 37.1, y: origin.y + $0.y * 41.3) }])
        let xs = (0..<400).map { origin.x - 5 + Double($0) * 0.97 }
        for row in 0..<420 {
            // Lines through every vertex height as well as in between.
            let y = row % 20 == 0 ? ring[(row / 20) % ring.count].y : origin.y - 3 + Double(row) * 1.03
            let line = polygon.contains(xs: xs, y: y)
            let each = xs.map { polygon.contains(Point(x: $0, y: y)) }
            #expect(line == each, "y \(y)")
        }
    }
}
