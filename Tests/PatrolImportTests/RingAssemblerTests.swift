import Testing
import PatrolGeo
@testable import PatrolImport

/// Ring joining and nesting on node numbers laid out on a grid: node `n` sits at
/// (n % 10, n / 10), so 0 is the origin, 4 is (4, 0) and 44 is (4, 4).
@Suite("Ring assembly of OSM areas: ways joined at shared nodes, nesting by containment")
struct RingAssemblerTests {
    static func position(_ node: UInt32) -> Point { Point(x: Double(node % 10), y: Double(node / 10)) }

    @Test("three ways, one reversed, make one ring; a way left over is an open chain")
    func joining() {
        let joined = RingAssembler.rings([[0, 4], [44, 4], [44, 40, 0], [7, 8]])
        #expect(joined.rings == [[0, 4, 44, 40, 0]])
        #expect(joined.openChains == 1)
    }

    @Test("a square with a square hole and an island in the hole: two polygons, exterior counter-clockwise, hole clockwise")
    func nesting() {
        // Outer 0–88 (clockwise as given), hole 11–77, island 33–55; roles are not asked for.
        let outer: [UInt32] = [0, 80, 88, 8, 0]
        let hole: [UInt32] = [11, 17, 77, 71, 11]
        let island: [UInt32] = [33, 35, 55, 53, 33]
        let assembly = RingAssembler.assemble([island, hole, outer], position: Self.position)
        #expect(assembly.polygons.count == 2)
        #expect(assembly.polygons[0].count == 2)
        #expect(assembly.polygons[1].count == 1)
        #expect(Polygon.signedArea(assembly.polygons[0][0]) == 64)
        #expect(Polygon.signedArea(assembly.polygons[0][1]) == -36)
        #expect(Polygon.signedArea(assembly.polygons[1][0]) == 4)
        #expect(assembly.polygons[0][0].first == Point(x: 0, y: 0))
    }

    @Test("an inner ring touching the outer at a shared node is still its hole; a two-node ring is an open chain")
    func touching() {
        let assembly = RingAssembler.assemble([[0, 4, 44, 40, 0], [0, 22, 2, 0]], position: Self.position)
        #expect(assembly.polygons.count == 1)
        #expect(assembly.polygons[0].count == 2)
        #expect(assembly.openChains == 0)
        // [5, 6, 5] closes but has two distinct nodes: not a ring (the joiner wants 4 positions).
        #expect(RingAssembler.rings([[5, 6, 5]]).openChains == 1)
    }
}
