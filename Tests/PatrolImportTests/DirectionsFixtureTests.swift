import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolImport
import PatrolRouting

/// Directions on small hand-written OSM junctions near Andorra.
///
/// Unnamed roads there take OpenStreetMap's own class words, not China's. The junctions: a
/// roundabout with four exits, a junction split by a dual carriageway, a toll plaza, and a road
/// with a run of side tracks. Each test checks the route by its nodes and length, and the words
/// in Chinese and English.
@Suite("Directions on hand-made OSM junctions: roundabout, split junction, toll plaza, a run of forks")
struct DirectionsFixtureTests {
    /// A node line of OSM XML.
    static func node(_ id: Int, _ lat: Double, _ lon: Double, _ tags: String = "") -> String {
        "<node id=\"\(id)\" lat=\"\(lat)\" lon=\"\(lon)\">\(tags)</node>"
    }

    /// A way line of OSM XML over `nodes` with `tags` (`k=v` pairs).
    static func way(_ id: Int, _ nodes: [Int], _ tags: [(String, String)]) -> String {
        "<way id=\"\(id)\">" + nodes.map { "<nd ref=\"\($0)\"/>" }.joined() + tags.map { "<tag k=\"\($0.0)\" v=\"\($0.1)\"/>" }.joined() + "</way>"
    }

    /// The map imported from OSM elements, and a projector from (lat, lon) to its working CRS.
    static func imported(_ elements: [String], label: String) throws -> (map: PatrolMap, working: ([(Double, Double)]) throws -> [Point]) {
        let police = node(99, 42.49, 1.49, "<tag k=\"amenity\" v=\"police\"/><tag k=\"name\" v=\"Station\"/>")
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n" + (elements + [police]).joined(separator: "\n") + "\n</osm>\n"
        let input = try ImportFixtures.file(xml, extension: "osm")
        let folder = ImportFixtures.temporaryPath(label)
        _ = try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: label))
        let map = try MapLoader.load(folder)
        let transform = try map.wgs84Transform()
        return (map, { points in transform.forward(points.map { Point(x: $0.1, y: $0.0) }) })
    }

    /// The car route from `a` to `b` and its steps.
    static func drive(_ map: PatrolMap, from a: Point, to b: Point) throws -> (route: Route, steps: [RouteStep]) {
        let router = Router(map: map, profile: .car)
        let route = try router.route(from: a, to: b)
        let steps = Directions(graph: router.graph, landmarks: map.landmarks, region: RoadRegion(map: map)).steps(for: route, startName: "A", endName: "B")
        return (route, steps)
    }

    /// Length of a polyline through `points`.
    static func length(_ points: [Point]) -> Double { zip(points, points.dropFirst()).map { $0.distance(to: $1) }.reduce(0, +) }

    /// True when the route's geometry passes within 1 cm of `p`.
    static func passes(_ route: Route, _ p: Point) -> Bool { route.geometry.contains { $0.distance(to: p) < 0.01 } }

    // MARK: Roundabout

    /// A roundabout 33 m across (four unnamed `secondary` ring ways, counter-clockwise as traffic
    /// drives on the right: south 1 → east 2 → north 3 → west 4), with four named arms.
    static let roundabout: [String] = [
        node(1, 42.4997, 1.5000), node(2, 42.5000, 1.5004), node(3, 42.5003, 1.5000), node(4, 42.5000, 1.4996),
        node(11, 42.4967, 1.5000), node(12, 42.5000, 1.5044), node(13, 42.5033, 1.5000), node(14, 42.5000, 1.4956),
        way(21, [1, 2], [("highway", "secondary"), ("junction", "roundabout")]),
        way(22, [2, 3], [("highway", "secondary"), ("junction", "roundabout")]),
        way(23, [3, 4], [("highway", "secondary"), ("junction", "roundabout")]),
        way(24, [4, 1], [("highway", "secondary"), ("junction", "roundabout")]),
        way(31, [11, 1], [("highway", "secondary"), ("name", "Carrer Sud")]),
        way(32, [2, 12], [("highway", "secondary"), ("name", "Carrer Est")]),
        way(33, [3, 13], [("highway", "secondary"), ("name", "Carrer Nord;Carrer Major")]),
        way(34, [4, 14], [("highway", "tertiary")]),
    ]

    @Test(
        "from the south arm, each exit is counted counter-clockwise: one step with every fork on the ring",
        arguments: [
            (1, [(42.5000, 1.5044)], "Carrer Est", "Carrer Est"),
            (2, [(42.5003, 1.5000), (42.5033, 1.5000)], "Carrer Nord / Carrer Major", "Carrer Nord、Carrer Major"),
            (3, [(42.5003, 1.5000), (42.5000, 1.4996), (42.5000, 1.4956)], "the minor road", "支路"),
        ])
    func roundaboutExits(exit: Int, onward: [(Double, Double)], en: String, zh: String) throws {
        let (map, working) = try Self.imported(Self.roundabout, label: "roundabout")
        #expect(RoadRegion(map: map) == .international)
        let path = try working([(42.4967, 1.5000), (42.4997, 1.5000), (42.5000, 1.5004)] + onward)
        let (route, steps) = try Self.drive(map, from: path.first!, to: path.last!)
        // The route: the south arm, then counter-clockwise round the ring to the exit, never against it.
        #expect(abs(route.distance - Self.length(path)) < 0.05, "\(route.distance) vs \(Self.length(path))")
        for p in path { #expect(Self.passes(route, p)) }
        #expect(steps.map(\.kind) == [.depart, .roundabout, .arrive])
        #expect(steps[1].instruction.en == "At the roundabout take the \(["1st", "2nd", "3rd"][exit - 1]) exit onto \(en)")
        #expect(steps[1].instruction.zh == "在环岛走第 \(exit) 个出口,进入\(zh)")
        // Every ring node passed is a fork of the step: the entry and each node up to the exit.
        #expect(steps[1].forks.count == exit + 1)
        #expect(steps.flatMap(\.forks).count == exit + 1)
    }

    // MARK: Split junction

    /// Avinguda Meritxell as a dual carriageway 22 m wide (a one-way `primary` each way: the
    /// north half westbound through node 2, the south half eastbound through node 1), crossed by
    /// Carrer Sud from the south (to node 1, then across to node 2) and Carrer Nord north of it.
    static let split: [String] = [
        node(1, 42.4999, 1.5000), node(2, 42.5001, 1.5000),
        node(3, 42.4999, 1.4960), node(4, 42.4999, 1.5040), node(5, 42.5001, 1.5040), node(6, 42.5001, 1.4960),
        node(7, 42.4970, 1.5000), node(8, 42.5030, 1.5000),
        way(41, [3, 1, 4], [("highway", "primary"), ("name", "Avinguda Meritxell"), ("oneway", "yes")]),
        way(42, [5, 2, 6], [("highway", "primary"), ("name", "Avinguda Meritxell"), ("oneway", "yes")]),
        way(43, [7, 1, 2], [("highway", "residential"), ("name", "Carrer Sud")]),
        way(44, [2, 8], [("highway", "residential"), ("name", "Carrer Nord")]),
    ]

    @Test("turning left across a dual carriageway is one turn over both halves, not two forks")
    func splitJunction() throws {
        let (map, working) = try Self.imported(Self.split, label: "split")
        let path = try working([(42.4970, 1.5000), (42.4999, 1.5000), (42.5001, 1.5000), (42.5001, 1.4960)])
        let (route, steps) = try Self.drive(map, from: path[0], to: path[3])
        // Across the eastbound half to the westbound one, then west: the only legal way.
        #expect(abs(route.distance - Self.length(path)) < 0.05, "\(route.distance) vs \(Self.length(path))")
        #expect(steps.map(\.kind) == [.depart, .turn, .arrive])
        #expect(steps[1].instruction.en == "Turn left onto Avinguda Meritxell")
        #expect(steps[1].instruction.zh == "左转进入Avinguda Meritxell")
        #expect(steps[1].location.distance(to: path[1]) < 0.01)
        let angle = try #require(steps[1].turnAngle)
        #expect(abs(angle - 90) < 1)
        // Both halves' junctions are the step's forks; at the second the northbound street was the other choice.
        #expect(steps[1].forks.map(\.location).map { $0.distance(to: path[1]) < 0.01 || $0.distance(to: path[2]) < 0.01 } == [true, true])
        #expect(steps[1].forks[1].alternatives.map { $0.tags["name"] } == ["Carrer Nord"])
    }

    // MARK: Toll plaza

    /// Carretera de Peatge (a two-way `primary`) splits at node 2 into three one-way toll lanes,
    /// each through a `barrier=toll_booth` (nodes 11–13), which join again at node 3; the middle
    /// lane is straight and the others bow 7 m out.
    static let toll: [String] = [
        node(1, 42.5000, 1.4900), node(2, 42.5000, 1.4980), node(3, 42.5000, 1.5020), node(4, 42.5000, 1.5100),
        node(11, 42.50006, 1.5000, "<tag k=\"barrier\" v=\"toll_booth\"/>"), node(12, 42.5000, 1.5000, "<tag k=\"barrier\" v=\"toll_booth\"/>"),
        node(13, 42.49994, 1.5000, "<tag k=\"barrier\" v=\"toll_booth\"/>"),
        way(51, [1, 2], [("highway", "primary"), ("name", "Carretera de Peatge")]),
        way(52, [2, 11, 3], [("highway", "primary"), ("name", "Carretera de Peatge"), ("oneway", "yes")]),
        way(53, [2, 12, 3], [("highway", "primary"), ("name", "Carretera de Peatge"), ("oneway", "yes")]),
        way(54, [2, 13, 3], [("highway", "primary"), ("name", "Carretera de Peatge"), ("oneway", "yes")]),
        way(55, [3, 4], [("highway", "primary"), ("name", "Carretera de Peatge")]),
    ]

    @Test("a toll plaza's parallel lanes are no fork: no step between departure and arrival, both ends still listed")
    func tollPlaza() throws {
        let (map, working) = try Self.imported(Self.toll, label: "toll")
        let path = try working([(42.5000, 1.4900), (42.5000, 1.4980), (42.5000, 1.5000), (42.5000, 1.5020), (42.5000, 1.5100)])
        let (route, steps) = try Self.drive(map, from: path[0], to: path[4])
        // Straight through the middle booth: the shortest lane, each booth costing the same.
        #expect(Self.passes(route, path[2]))
        #expect(abs(route.distance - Self.length(path)) < 0.05)
        #expect(steps.map(\.kind) == [.depart, .arrive])
        #expect(steps[0].instruction.en == "Start at A and drive east on Carretera de Peatge")
        #expect(steps[0].instruction.zh == "从A出发,沿Carretera de Peatge向东驾车")
        // Both ends of the plaza are forks of the route's JSON, the other lanes marked as rejoining it.
        let forks = steps.flatMap(\.forks)
        #expect(forks.count == 2)
        #expect(forks.allSatisfy { $0.avoided.count == 2 && $0.avoided.allSatisfy(\.rejoinsRoute) && !$0.isChoice })
    }

    // MARK: A run of forks

    /// Carretera de Beixalis (`secondary`, west to east) with three side tracks at right angles
    /// (nodes 2, 3, 4), then a fork at node 5 where an unnamed `secondary` leaves 20° to the right
    /// and the Carretera bears 10° left.
    static let run: [String] = [
        node(1, 42.5000, 1.4900), node(2, 42.5000, 1.4950), node(3, 42.5000, 1.5000), node(4, 42.5000, 1.5050), node(5, 42.5000, 1.5100),
        node(6, 42.5040, 1.4950), node(16, 42.4960, 1.5000), node(7, 42.5040, 1.5050),
        node(8, 42.5026, 1.5300), node(9, 42.4965, 1.5230),
        way(61, [1, 2, 3, 4, 5, 8], [("highway", "secondary"), ("name", "Carretera de Beixalis")]),
        way(62, [2, 6], [("highway", "track")]),
        way(63, [3, 16], [("highway", "track")]),
        way(64, [4, 7], [("highway", "track"), ("surface", "gravel")]),
        way(65, [5, 9], [("highway", "secondary"), ("surface", "asphalt")]),
    ]

    @Test("forks where the route stays on its road are one step listing them all; the look-alike fork after is its own step")
    func runOfForks() throws {
        let (map, working) = try Self.imported(Self.run, label: "run")
        let path = try working([(42.5000, 1.4900), (42.5000, 1.4950), (42.5000, 1.5000), (42.5000, 1.5050), (42.5000, 1.5100), (42.5026, 1.5300)])
        let (route, steps) = try Self.drive(map, from: path[0], to: path[5])
        #expect(abs(route.distance - Self.length(path)) < 0.05)
        // The three side tracks are the run of the step that put the car on the road: one step, every fork listed.
        #expect(steps.map(\.kind) == [.depart, .fork, .arrive])
        #expect(steps[0].forks.count == 3)
        #expect(steps[0].forks.map(\.location).enumerated().allSatisfy { $1.distance(to: path[$0 + 1]) < 0.01 })
        #expect(steps[0].run?.forks.count == 3)
        #expect(abs(steps[0].distance - Self.length(Array(path[0...4]))) < 0.05)
        #expect(
            steps[0].instruction.en
                == "Start at A and drive east on Carretera de Beixalis; then follow Carretera de Beixalis for 1.6 km through 3 junctions")
        #expect(steps[0].instruction.zh == "从A出发,沿Carretera de Beixalis向东驾车;再沿Carretera de Beixalis行驶 1.6 公里,途经 3 个岔路口")
        // The unnamed secondary road 20° off straight could pass for the way on: a decision, named by
        // its class in European words (no 县道) and its surface.
        #expect(
            steps[1].instruction.en == "At the 3-way fork, keep on Carretera de Beixalis (the left branch); do not take the asphalt secondary road on the right"
        )
        #expect(steps[1].instruction.zh == "在三岔路口继续走左侧Carretera de Beixalis,不要走右侧柏油次干道")
        #expect(steps.flatMap(\.forks).count == 4)
    }
}
