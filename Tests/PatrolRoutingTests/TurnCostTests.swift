import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// Turn costs on the tiny map: 小河路 (tertiary) runs east along y = 3863200 and 北沟路
/// (unclassified) leaves it due north at x = 597000, a right angle.
@Suite("Turn costs on the tiny map, from the table")
struct TurnCostTests {
    /// Milliseconds from `a` to `b` by car with the ``TurnCosts/vehicle`` table, and without any
    /// (the built-in car table, which has none yet).
    func times(_ a: Point, _ b: Point) throws -> (costed: Int64, free: Int64) {
        let map = try Fixtures.tiny()
        let free = Router(map: map, profile: .car)
        #expect(free.graph.tables.car.turnCosts == nil)
        var tables = free.graph.tables
        tables.car.turnCosts = .vehicle
        let router = Router(graph: RoutingGraph(network: free.graph.network, profile: .car, elevation: map.elevation, tables: tables))
        let costed = try router.route(from: a, to: b)
        let plain = try free.route(from: a, to: b)
        #expect(abs(costed.distance - plain.distance) < 1e-6)
        return (costed.milliseconds, plain.milliseconds)
    }

    @Test("left at a right angle costs the table's left(90°), right its right(90°), straight on nothing")
    func leftRightStraight() throws {
        let table = TurnCosts.vehicle
        let left = try times(Point(x: 596800, y: 3863200), Point(x: 597000, y: 3863400))
        #expect(left.costed - left.free == Int64(table.left(90) * 1000))
        #expect(table.left(90) == 6)
        let right = try times(Point(x: 597200, y: 3863200), Point(x: 597000, y: 3863400))
        #expect(right.costed - right.free == Int64(table.right(90) * 1000))
        #expect(table.right(90) == 2.5)
        let straight = try times(Point(x: 596800, y: 3863200), Point(x: 597200, y: 3863200))
        #expect(straight.costed == straight.free)
    }

    @Test("from the smaller 北沟路 onto 小河路 the car also gives way")
    func giveWay() throws {
        let table = TurnCosts.vehicle
        #expect(table.rank(["highway": "unclassified"]) < table.rank(["highway": "tertiary"]))
        let out = try times(Point(x: 597000, y: 3863400), Point(x: 597200, y: 3863200))
        #expect(out.costed - out.free == Int64((table.left(90) + table.giveWay) * 1000))
        #expect(table.left(90) + table.giveWay == 9)
    }
}
