import Foundation
import Testing
import PatrolGeo

@Suite("Polygon validity: crossings, holes, overlaps")
struct PolygonValidityTests {
    private func ring(_ xy: [(Double, Double)]) -> [Point] { xy.map { Point(x: $0.0, y: $0.1) } }

    @Test("a bow-tie crosses at its middle, between its first and third edges")
    func bowTie() {
        let crossings = Polygon.crossings(in: [ring([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])])
        #expect(crossings.count == 1)
        #expect(crossings.first.map { [$0.ring, $0.edge, $0.otherRing, $0.otherEdge] } == [0, 0, 0, 2])
        #expect(crossings.first?.point == Point(x: 5, y: 5))
    }

    @Test("squares, neighbours that share a vertex and a hole touching its shell do not cross")
    func noCrossing() {
        let square = ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
        #expect(Polygon.crossings(in: [square]).isEmpty)
        // A repeated vertex (a zero-length edge) is not a crossing either.
        #expect(Polygon.crossings(in: [ring([(0, 0), (10, 0), (10, 0), (10, 10), (0, 10), (0, 0)])]).isEmpty)
        let touching = ring([(0, 5), (5, 2), (5, 8), (0, 5)])
        #expect(Polygon.crossings(in: [square, touching]).isEmpty)
        #expect(Polygon.holesOutsideExterior([square, touching]).isEmpty)
    }

    @Test("a hole poking out of its shell crosses it twice; a hole beside it lies outside")
    func holes() {
        let square = ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
        let poking = ring([(8, 4), (12, 4), (12, 6), (8, 6), (8, 4)])
        let crossings = Polygon.crossings(in: [square, poking])
        #expect(crossings.map(\.point) == [Point(x: 10, y: 4), Point(x: 10, y: 6)])
        #expect(crossings.allSatisfy { $0.ring == 0 && $0.edge == 1 && $0.otherRing == 1 })
        let beside = ring([(20, 4), (22, 4), (22, 6), (20, 4)])
        let inside = ring([(2, 2), (4, 2), (4, 4), (2, 2)])
        #expect(Polygon.holesOutsideExterior([square, inside, beside]) == [2])
    }

    @Test("a 4,000-vertex star with one fold: the fold is found, and quickly")
    func largeRing() {
        var points: [Point] = []
        for k in 0..<4_000 {
            let angle = Double(k) / 4_000 * 2 * Double.pi
            let radius = k % 2 == 0 ? 1_000.0 : 990.0
            points.append(Point(x: radius * cos(angle), y: radius * sin(angle)))
        }
        points.append(points[0])
        #expect(Polygon.crossings(in: [points]).isEmpty)
        points.swapAt(1_000, 1_002)
        let found = Polygon.crossings(in: [points])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { (998...1_002).contains($0.edge) && (998...1_003).contains($0.otherEdge) })
    }

    @Test("scan lines measure the area two squares share, nothing for squares that only touch")
    func overlap() throws {
        func square(_ x0: Double, _ x1: Double) throws -> MultiPolygon {
            MultiPolygon([try Polygon(exterior: ring([(x0, 0), (x1, 0), (x1, 10), (x0, 10), (x0, 0)]))])
        }
        let scan = ScanlineAreas(
            [try square(0, 10), try square(6, 16), try square(10, 20)], bounds: BoundingBox(minX: 0, minY: 0, maxX: 20, maxY: 10), spacing: 0.5)
        let shared = try #require(scan.overlap(0, 1))
        #expect(abs(shared.area - 40) < 1e-9)
        #expect(shared.sample.x == 8)
        #expect(scan.overlap(0, 2) == nil)
        let outside = try #require(scan.outside(2, of: 0))
        #expect(abs(outside.area - 100) < 1e-9)
        #expect(scan.outside(0, of: 0) == nil)
    }
}
