import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// A door walk does not cross a river, a water area or a motorway, on the tiny map
/// (SampleMaps/tiny, EPSG:4545 metres).
///
/// The house at (596780, 3863300) is 80 m east of the service lane x = 596700 and 100 m north
/// of 小河路 (y = 3863200); every other road is farther. A river drawn north–south along
/// x = 596740 runs between the house and the lane, and crosses 小河路 south of it.
@Suite("Door walks across rivers, water and motorways")
struct DoorWalkBarrierTests {
    static let house = Point(x: 596780, y: 3863300)

    /// One water feature along x = 596740 (a line, or a 10 m wide area), as `water.geojson`.
    static func water(_ properties: String, area: Bool = false) -> String {
        let geometry =
            area
            ? #"{"type":"Polygon","coordinates":[[[596735,3863150],[596745,3863150],[596745,3863600],[596735,3863600],[596735,3863150]]]}"#
            : #"{"type":"LineString","coordinates":[[596740,3863150],[596740,3863600]]}"#
        return #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":\#(properties),"geometry":\#(geometry)}]}"#
    }

    /// The snap of the house in the foot layer, with `water.geojson` set to `layer` (none when `nil`).
    static func snap(water layer: String?) throws -> (road: String?, distance: Double) {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        if let layer { try copy.write("water.geojson", layer) }
        let router = try Router(map: MapLoader.load(copy.path), profile: .foot)
        let snap = try #require(router.snapper.snap(house, layer: 0))
        let road = router.graph.network.roads[Int(router.graph.network.links[snap.link].road)]
        return (road.name, snap.doorDistance)
    }

    @Test("without water the house walks 80 m west to the lane; across a river or a lake it walks 100 m south to 小河路 instead")
    func riverAndLake() throws {
        let dry = try Self.snap(water: nil)
        #expect(dry.road == nil && abs(dry.distance - 80) < 1e-9)
        for layer in [Self.water(#"{"waterway":"river","name":"小河"}"#), Self.water(#"{"natural":"water"}"#, area: true)] {
            let wet = try Self.snap(water: layer)
            #expect(wet.road == "小河路" && abs(wet.distance - 100) < 1e-9, "\(wet)")
        }
    }

    @Test("a stream or a ditch is stepped over: the house still walks to the lane")
    func streamsAreNoBarrier() throws {
        for waterway in ["stream", "ditch", "drain"] {
            let snap = try Self.snap(water: Self.water(#"{"waterway":"\#(waterway)"}"#))
            #expect(snap.road == nil && abs(snap.distance - 80) < 1e-9, "\(waterway): \(snap)")
        }
    }

    @Test("a motorway at ground level blocks a walk across it, one on a bridge does not; touching a line is not crossing it")
    func motorways() {
        let ground = Road(feature: 0, id: nil, tags: ["highway": "motorway"], geometry: [Point(x: 0, y: 0), Point(x: 0, y: 1000)])
        let bridge = Road(feature: 1, id: nil, tags: ["highway": "motorway_link", "bridge": "yes"], geometry: [Point(x: 500, y: 0), Point(x: 500, y: 1000)])
        let lane = Road(feature: 2, id: nil, tags: ["highway": "residential"], geometry: [Point(x: 1000, y: 0), Point(x: 1000, y: 1000)])
        let barriers = DoorWalkBarriers(water: [], network: NetworkBuilder.build(roads: [ground, bridge, lane]))
        #expect(barriers.blocks(Point(x: -50, y: 500), Point(x: 50, y: 500)))
        #expect(!barriers.blocks(Point(x: 450, y: 500), Point(x: 550, y: 500)))
        #expect(!barriers.blocks(Point(x: 950, y: 500), Point(x: 1050, y: 500)))
        #expect(!barriers.blocks(Point(x: -50, y: 500), Point(x: 0, y: 500)))
    }

    @Test("only the grid cells a walk passes through are tested, and the answer is a test against every segment's")
    func cellsAlongTheWalk() {
        // A motorway zig-zagging over 2 km in 40 m steps, in 37 m cells (so that walks span many
        // rows and columns), and 3,000 walks up to 600 m long, some along the grid's own lines.
        var random = SplitMix64(seed: 17)
        var line: [Point] = []
        for i in 0...50 { line.append(Point(x: Double(i) * 40, y: 1000 + Double(random.next() % 400) - 200)) }
        let motorway = Road(feature: 0, id: nil, tags: ["highway": "motorway"], geometry: line)
        let barriers = DoorWalkBarriers(water: [], network: NetworkBuilder.build(roads: [motorway]), cellSize: 37)
        func crossesAny(_ a: Point, _ b: Point) -> Bool {
            zip(line, line.dropFirst()).contains { Polygon.properCrossing(a, b, $0.0, $0.1) != nil }
        }
        var crossing = 0
        for k in 0..<3000 {
            let a = Point(x: Double(random.next() % 2200) - 100, y: Double(random.next() % 1000) + 500)
            let angle = Double(random.next() % 360) * .pi / 180
            let length = Double(random.next() % 600)
            var b = Point(x: a.x + length * cos(angle), y: a.y + length * sin(angle))
            if k % 10 == 0 { b = Point(x: a.x, y: b.y) }  // north–south
            if k % 10 == 1 { b = Point(x: b.x, y: a.y) }  // east–west
            let expected = crossesAny(a, b)
            crossing += expected ? 1 : 0
            #expect(barriers.blocks(a, b) == expected, "walk \(k): \(a) → \(b)")
        }
        #expect(crossing > 300 && crossing < 2700, "\(crossing) of 3000 walks cross")
    }
}

/// A small deterministic generator (SplitMix64) for the property test above.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
