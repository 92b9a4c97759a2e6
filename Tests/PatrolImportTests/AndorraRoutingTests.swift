import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

@Suite("Routing on the imported Andorra map")
struct AndorraRoutingTests {
    /// The network node nearest `place` on the largest connected network, from which the first
    /// layer (the car, for car+foot) leaves. (Andorra's main roads carry foot=no, so on foot
    /// the nearest road can be an island.)
    func node(near place: String, in map: PatrolMap, graph: RoutingGraph) throws -> Int {
        let landmark = try #require(map.landmarks.first { $0.name == place })
        let nodes = graph.network.nodes
        let componentOf = graph.components().componentOf
        let usable = nodes.indices.filter { graph.firstEdge[$0 + 1] > graph.firstEdge[$0] && componentOf[$0] == 0 }
        return try #require(usable.min { nodes[$0].distance(to: landmark.location) < nodes[$1].distance(to: landmark.location) })
    }

    @Test("Sant Julià de Lòria → Soldeu equals an independent Dijkstra on the exported graph", arguments: [TravelProfile.carFoot, .foot, .car])
    func acrossAndorra(_ profile: TravelProfile) throws {
        let map = try ImportFixtures.andorraMap()
        let router = Router(map: map, profile: profile)
        let graph = router.graph
        let from = try node(near: "Sant Julià de Lòria", in: map, graph: graph)
        let to = try node(near: "Soldeu", in: map, graph: graph)
        let route = try router.route(from: graph.network.nodes[from], to: graph.network.nodes[to])
        let toWGS84 = try map.wgs84Transform()
        let csv = GraphExport.csv(graph) { toWGS84.inverse($0) }
        let reference = ReferenceDijkstra(nodesCSV: csv.nodes, edgesCSV: csv.edges)
        let lastLayer = graph.layers.count - 1
        let expected = reference.distances(from: from)[to + lastLayer * graph.network.nodes.count]
        #expect(route.milliseconds == expected)
        // Sant Julià to Soldeu is about 25 km by the valley road (walkers take longer paths).
        #expect(route.distance > 20_000 && route.distance < 60_000)
    }

    @Test("with the SRTM tile, walking uphill is slower than downhill and the car, on a gentle climb, is not; without it, walking is symmetric")
    func slopes() throws {
        let map = try ImportFixtures.andorraMap()
        #expect(map.errors.isEmpty)
        let low = try #require(map.landmarks.first { $0.name == "Sant Julià de Lòria" }).location
        let high = try #require(map.landmarks.first { $0.name == "Soldeu" }).location
        let lowHeight = try #require(map.elevation?.elevation(at: low))
        let highHeight = try #require(map.elevation?.elevation(at: high))
        #expect(highHeight - lowHeight > 700)
        // The car goes only up to Andorra la Vella (about 100 m higher): above it, CG-2's way
        // w124674258 at Encamp is tagged construction=primary and left out, so the car's way
        // down from Soldeu is a different, longer road than its way up.
        let capital = try #require(map.landmarks.first { $0.name == "Andorra la Vella" }).location
        #expect(try #require(map.elevation?.elevation(at: capital)) > lowHeight + 50)
        let walker = Router(map: map, profile: .foot)
        let walkUp = try walker.route(from: low, to: high)
        let walkDown = try walker.route(from: high, to: low)
        #expect(walkUp.duration > walkDown.duration, "foot: up \(walkUp.duration) s, down \(walkDown.duration) s")
        // The car's climb of about 100 m over the valley road's kilometres stays within the
        // grade table's flat ±6 %, and fitted along the whole road the SRTM noise no longer
        // pushes links out of it: up and down differ only by their roads, by under 1 %.
        let driver = Router(map: map, profile: .car)
        let driveUp = try driver.route(from: low, to: capital)
        let driveDown = try driver.route(from: capital, to: low)
        #expect(abs(driveUp.duration / driveDown.duration - 1) < 0.01, "car: up \(driveUp.duration) s, down \(driveDown.duration) s")
        var flat = map
        flat.elevation = nil
        let router = Router(map: flat, profile: .foot)
        #expect(try router.route(from: low, to: high).milliseconds == router.route(from: high, to: low).milliseconds)
    }

    @Test("the GPX lane joins the network and a route can use it")
    func gpxLane() throws {
        let folder = try ImportFixtures.andorraCopy()
        _ = try GPXImporter.run(GPXImportOptions(file: ImportFixtures.shared("andorra_for_map_matching.gpx"), map: folder))
        let map = try MapLoader.load(folder)
        let lane = try #require(map.roads.first { $0.id?.hasPrefix("gpx-") == true })
        let router = Router(map: map, profile: .foot)
        let graph = router.graph
        // The lane's end nodes are in the same component as the rest of the network.
        let (componentOf, _) = graph.components()
        func component(_ p: Point) throws -> Int32 {
            let index = try #require(graph.network.nodes.firstIndex { $0.distance(to: p) < 0.01 })
            return componentOf[index]
        }
        let townNode = graph.network.nodes.indices.min {
            graph.network.nodes[$0].distance(to: map.landmarks.first { $0.name == "Andorra la Vella" }!.location)
                < graph.network.nodes[$1].distance(to: map.landmarks.first { $0.name == "Andorra la Vella" }!.location)
        }!
        #expect(try component(lane.geometry[0]) == componentOf[townNode])
        #expect(try component(lane.geometry[lane.geometry.count - 1]) == componentOf[townNode])
        // Start on the lane itself (a vertex of it, not of any other road) and route to the capital.
        let middle = lane.geometry.count / 2
        let route = try router.route(from: lane.geometry[middle], to: graph.network.nodes[townNode])
        let onLane = Set(
            [lane.geometry[middle - 1], lane.geometry[middle + 1]].map { Int64(($0.x * 100).rounded()) * 1_000_000_000 + Int64(($0.y * 100).rounded()) })
        let visited = route.geometry.map { Int64(($0.x * 100).rounded()) * 1_000_000_000 + Int64(($0.y * 100).rounded()) }
        #expect(visited.contains { onLane.contains($0) }, "the route leaves along the lane")
        #expect(route.distance > 1_000)
    }
}
