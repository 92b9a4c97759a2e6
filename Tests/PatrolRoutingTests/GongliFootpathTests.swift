import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// car+foot on SampleMaps/gongli, where some mountain households lie at the end of footpaths
/// far from any road a car may use.
@Suite("gongli: car+foot at the end of footpaths")
struct GongliFootpathTests {
    /// Households within 20 m of a footpath and more than 300 m from any road a car may use.
    func footpathHouseholds(_ map: PatrolMap, _ carFoot: Router) -> [Int] {
        map.households.indices.filter { h in
            let snaps = carFoot.snaps(map.households[h].location).filter { !$0.viaMainNetwork }
            guard let byCar = snaps.first(where: { $0.layer == 0 }), let byFoot = snaps.first(where: { $0.layer == 1 }) else { return false }
            return byFoot.doorDistance < 20 && byCar.doorDistance > 300
        }
    }

    @Test("reached with the walk reported, no slower than by car or on foot alone")
    func footpathHouseholdsReached() throws {
        let map = try Fixtures.gongli()
        let carFoot = try Fixtures.gongliRouter(.carFoot)
        let car = try Fixtures.gongliRouter(.car)
        let foot = try Fixtures.gongliRouter(.foot)
        let directions = Directions(graph: carFoot.graph, landmarks: map.landmarks)
        let station = try #require(map.posts.first { $0.kind == .station }).location
        let candidates = footpathHouseholds(map, carFoot)
        #expect(candidates.count >= 10, "\(candidates.count) footpath households")
        var random = SeededSample(seed: 0x666F_6F74_7061_7468)
        var walkedPaths = 0
        for h in random.pick(8, from: candidates) {
            let house = map.households[h]
            let route = try carFoot.route(from: station, to: house.location)
            let steps = directions.steps(for: route, startName: "station", endName: house.id)
            #expect(route.legs.first { $0.kind != .offRoad }?.mode == .car, "\(house.id) leaves by car")
            // The walk is reported: at least the 20 m from the path, in the legs and in the steps.
            #expect(route.finalWalkDistance >= carFoot.snaps(house.location).map(\.doorDistance).min()!, "\(house.id)")
            #expect(steps.contains { $0.kind == .park || $0.kind == .leaveRoad }, "\(house.id)")
            if route.legs.contains(where: { $0.mode == .foot && $0.kind != .offRoad }) {
                walkedPaths += 1
                #expect(steps.contains { $0.kind == .park }, "\(house.id) parks before the path")
            }
            let onFoot = try foot.route(from: station, to: house.location)
            #expect(route.milliseconds <= onFoot.milliseconds, "\(house.id) car+foot \(route.duration) s, foot \(onFoot.duration) s")
            if let byCar = try? car.route(from: station, to: house.location) {
                #expect(route.milliseconds <= byCar.milliseconds, "\(house.id) car+foot \(route.duration) s, car \(byCar.duration) s")
            }
        }
        #expect(walkedPaths > 0, "no sampled route walks a footpath")
    }

    @Test("a place on a footpath is reached along it, never across country from a car road")
    func placeOnFootpath() throws {
        let map = try Fixtures.gongli()
        let carFoot = try Fixtures.gongliRouter(.carFoot)
        let graph = carFoot.graph
        let network = graph.network
        // A node only walkers use, more than 300 m from any car road, on the main network.
        let snapper = carFoot.snapper
        let node = try #require(
            network.nodes.indices.first { v in
                let carNode = graph.node(v, layer: 0)
                let footNode = graph.node(v, layer: 1)
                guard graph.firstEdge[carNode + 1] == graph.firstEdge[carNode], graph.firstEdge[footNode + 1] > graph.firstEdge[footNode],
                    snapper.componentOf[footNode] == snapper.mainComponent[1]
                else { return false }
                return (carFoot.snapper.snap(network.nodes[v], layer: 0)?.doorDistance ?? 0) > 300
            })
        let snaps = carFoot.snaps(network.nodes[node])
        #expect(snaps.map(\.layer) == [1])
        let station = try #require(map.posts.first { $0.kind == .station }).location
        let route = try carFoot.route(from: station, to: network.nodes[node])
        #expect(route.legs.last?.kind != .offRoad)
        #expect(route.legs.last?.mode == .foot)
    }
}
