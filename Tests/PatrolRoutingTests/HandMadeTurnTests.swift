import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// `turns.geojson` in a hand-made map (SampleMaps/tiny): read with located errors, and routed.
///
/// 小河路 runs east along y = 3863200 with vertices at x = 596700, 597000, 597300; 北沟路 leaves
/// it north at x = 597000 (vertex at y = 3863500, where 石桥 crosses).
@Suite("turns.geojson on the tiny map")
struct HandMadeTurnTests {
    /// Feature 0 bans the left turn from 小河路 (eastbound) into 北沟路; the rest are broken.
    static let layer = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"t1","properties":{"restriction":"no_left_turn"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200],[597000,3863500]]}},
        {"type":"Feature","id":"t2","properties":{"restriction":"no_left_turn"},"geometry":{"type":"Point","coordinates":[597000,3863200]}},
        {"type":"Feature","id":"t3","properties":{"restriction":"no_left_turn"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200]]}},
        {"type":"Feature","id":"t4","properties":{"name":"no rule"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200],[597000,3863500]]}},
        {"type":"Feature","id":"t5","properties":{"restriction":"turn_left"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200],[597000,3863500]]}},
        {"type":"Feature","id":"t6","properties":{"restriction":"no_right_turn"},"geometry":{"type":"LineString","coordinates":[[596000,3863300],[597000,3863200],[597000,3863500]]}},
        {"type":"Feature","id":"t7","properties":{"restriction":"no_u_turn"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200],[597000,3863800],[597400,3864200]]}},
        {"type":"Feature","id":"t8","properties":{"restriction:conditional":"no_left_turn @ (22:00-06:00)"},"geometry":{"type":"LineString","coordinates":[[596700,3863200],[597000,3863200],[597000,3863500]]}}
        ]}
        """

    @Test("a LineString along the roads is read; a Point, two vertices, no or a bad rule, a segment off the roads are located errors")
    func reader() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("turns.geojson", Self.layer)
        let check = MapLoader.check(copy.path)
        let map = try #require(check.map)
        #expect(map.turns.map(\.id) == ["t1"])
        let issues = check.issues.filter { $0.file == "turns.geojson" }
        #expect(issues.map(\.feature) == [1, 2, 3, 4, 7, 5, 6])
        #expect(issues.map(\.field) == ["geometry", "geometry", "restriction", "restriction", "restriction:conditional", "geometry", "geometry"])
        #expect(issues.map(\.severity) == [.error, .error, .error, .error, .warning, .error, .error])
        #expect(issues.allSatisfy { $0.line != nil })
        #expect(issues[5].message.en.hasPrefix("the from segment (vertices 1–2) is not a piece of any road"))
        // t7 runs on past 北沟路's vertex at 3863500: 597000,3863200 → 597000,3863800 is no segment of one road.
        #expect(issues[6].message.en.hasPrefix("the via segment (vertices 2–3) is not a piece of any road"))
    }

    /// The directed links of a route's road legs, in order.
    static func links(_ route: Route) -> [(link: Int, backward: Bool)] {
        route.legs.compactMap { leg in
            if case .road(let link, let backward) = leg.kind { (link, backward) } else { nil }
        }
    }

    @Test("the car from 小河路 to 北沟路 goes round instead of turning left; the export gains the junction's copy")
    func routed() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let start = Point(x: 596800, y: 3863200)
        let end = Point(x: 597000, y: 3863400)
        let freeRouter = try Router(map: MapLoader.load(copy.path), profile: .car)
        let free = try freeRouter.route(from: start, to: end)
        #expect(abs(free.distance - 400) < 1e-6)
        try copy.write("turns.geojson", Self.layer)
        let router = try Router(map: MapLoader.load(copy.path), profile: .car)
        let network = router.graph.network
        let turn = try #require(network.turnLinks.first ?? nil)
        let route = try router.route(from: start, to: end)
        // Independent check over the legs: the from link is never followed by the to link.
        let legs = Self.links(route).map { $0.link * 2 + ($0.backward ? 1 : 0) }
        #expect(!zip(legs, legs.dropFirst()).contains { Int32($0) == turn[0] && Int32($1) == turn[1] })
        // The car drives on 300 m to the lane at x = 597300, turns back there and turns right into
        // 北沟路 (the bridge 石桥 does not join 北沟路, so no way round is shorter).
        #expect(abs(route.distance - 1000) < 1e-6)
        // The built-in car table has no turn costs: the restriction alone gives the junction a copy,
        // with every edge out of it but the banned one.
        #expect(router.graph.nodeCount == freeRouter.graph.nodeCount + 1)
        #expect(router.graph.edgeCount == freeRouter.graph.edgeCount + network.degree(of: router.graph.split(router.graph.nodeCount - 1).networkNode) - 1)
        // Walking is not restricted.
        let walk = try Router(map: MapLoader.load(copy.path), profile: .foot).route(from: start, to: end)
        #expect(abs(walk.distance - 400) < 1e-6)
    }
}
