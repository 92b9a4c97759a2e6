import Testing
import PatrolData
import PatrolRouting
import _PatrolTestSupport

/// The code of `Sources/PatrolRouting/Documentation.docc/GettingStarted.md`, with every value it quotes.
@Suite("PatrolRouting getting-started article")
struct RoutingGettingStartedTests {
    @Test("route, directions and ranking from the station to H012 on SampleMaps/tiny")
    func tour() throws {
        let map = try MapLoader.load(Fixtures.tinyPath)
        let router = Router(map: map, profile: .carFoot)
        let house = try PlaceSearch(map: map).resolve("H012")
        let station = map.posts[0]
        #expect(station.name == "小河派出所")
        let route = try router.route(from: station.location, to: house.location)
        // 18:55 (1135.17 s), worked out leg by leg in HandComputedRouteTests.
        #expect(route.milliseconds == 1_135_169)
        #expect(abs(route.distance - 2533) < 1)
        #expect(abs(route.finalWalkDistance - 1013) < 1)

        let steps = Directions(graph: router.graph, landmarks: map.landmarks)
            .steps(for: route, startName: station.name, endName: house.publicName)
        #expect(steps.count == 6)
        #expect(steps.map(\.kind) == [.depart, .follow, .fork, .park, .leaveRoad, .arrive])
        #expect(steps[4].instruction.en == "Leave the road and walk northeast 447 m to the door")

        let ranking = Dispatcher(router: router).rank(map.posts.map(\.location), to: house.location)
        #expect(ranking.map { map.posts[$0.index].name } == ["小河派出所", "东村警务室"])
        #expect(ranking[0].milliseconds == route.milliseconds)
        #expect(ranking[1].milliseconds == 1_147_081)
    }
}
