import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// The endpoint rule on SampleMaps/tiny: lowest time, then fewest metres, then lowest candidate
/// index, the same for the router, reach and the dispatcher; and the metres they report come
/// from the search labels, checked against lengths worked out by hand.
@Suite("The endpoint rule")
struct EndpointRuleTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }
    var station: Point { p(100, 180) }
    var eastRoom: Point { p(1900, 230) }
    var h012: Point { p(1800, 1400) }

    @Test("time first, then metres, then index")
    func order() {
        let ranks = [
            EndpointRank(milliseconds: 1_001, metres: 0, index: 0),
            EndpointRank(milliseconds: 1_000, metres: 60, index: 0),
            EndpointRank(milliseconds: 1_000, metres: 50, index: 2),
            EndpointRank(milliseconds: 1_000, metres: 50, index: 1),
        ]
        #expect(ranks.sorted() == [ranks[3], ranks[2], ranks[1], ranks[0]])
    }

    @Test("a place given twice: equal ways, so the lower index wins in reach and dispatch")
    func tiesByIndex() throws {
        let router = Router(map: try Fixtures.tiny(), profile: .carFoot)
        let reach = router.reach(from: [eastRoom, station, station], to: [h012, p(700, 180)])
        let fromStation = try router.route(from: station, to: p(700, 180))
        #expect(reach[1].source == 1 && reach[1].milliseconds == fromStation.milliseconds)
        let ranking = Dispatcher(router: router).rank([station, eastRoom, station], to: h012)
        #expect(ranking[0].milliseconds == ranking[1].milliseconds && ranking[0].distance == ranking[1].distance)
        #expect(ranking.map(\.index) == [0, 2, 1])
    }

    @Test("car+foot station → H012: the labels' metres and walked metres are the route's, by hand")
    func labelledMetres() throws {
        let router = Router(map: try Fixtures.tiny(), profile: .carFoot)
        // Door 20 m; drive 600 + 300 m of 小河路 and 600 m of 北沟路; walk the path and across to the door.
        let path = (400.0 * 400 * 2).squareRoot()
        let across = (400.0 * 400 + 200 * 200).squareRoot()
        let metres = 20 + 600 + 300 + 600 + path + across
        let walked = 20 + path + across
        let route = try router.route(from: station, to: h012)
        #expect(abs(route.distance - metres) < 1e-6 && abs(route.walkDistance - walked) < 1e-6)
        let ranking = Dispatcher(router: router).rank([station], to: h012)
        #expect(ranking.first?.milliseconds == route.milliseconds)
        #expect(abs((ranking.first?.distance ?? 0) - metres) < 1e-6)
        let reach = router.reach(from: [station], to: [h012])
        #expect(reach.first?.milliseconds == route.milliseconds)
        #expect(abs((reach.first?.walk ?? 0) - walked) < 1e-6)
    }
}
