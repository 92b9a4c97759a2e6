import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

@Suite("Road network from roads (OSM semantics)")
struct NetworkBuilderTests {
    /// Tiny-map position (local metres) in EPSG:4545.
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }

    @Test("tiny: nodes at junctions and ends, degree-2 chains with equal tags contracted")
    func tinyNetwork() throws {
        let network = NetworkBuilder.build(roads: try Fixtures.tiny().roads)
        // Ends and junctions: (0,200) (700,200) (1000,200) (1300,200) (2000,200) (1000,800) (600,1200)
        // (1400,1200) (900,500) (1100,500); (700,500) joins r5 and r6, whose tags are equal, so it goes.
        #expect(network.nodes.count == 10)
        #expect(!network.nodes.contains(p(700, 500)))
        #expect(network.nodes.contains(p(900, 500)))
        // r1 in 4 pieces, r2, r3, r4, r5+r6, r7 (bridge), r8.
        #expect(network.links.count == 10)
        let merged = try #require(network.links.first { $0.geometry.contains(p(700, 500)) })
        #expect(merged.geometry == [p(700, 200), p(700, 500), p(900, 500)])
        #expect(merged.length == 500)
        #expect(abs(network.totalLength - (2000 + 600 + 2 * 565.685_424_949_238 + 500 + 200 + 500)) < 1e-6)
        #expect(network.components().count == 1)
    }

    @Test("a bridge does not join the road it crosses, even on a shared position")
    func bridgeDoesNotJoin() throws {
        let network = NetworkBuilder.build(roads: try Fixtures.tiny().roads)
        // r2 and the bridge r7 both have a vertex at (1000,500): no node there.
        #expect(!network.nodes.contains(p(1000, 500)))
        let r2 = try #require(network.links.first { $0.geometry.first == p(1000, 200) && $0.geometry.last == p(1000, 800) })
        #expect(r2.geometry.count == 3)
    }

    @Test("road ends within the tolerance join; farther ends do not")
    func endpointTolerance() {
        func road(_ id: String, _ points: [Point], highway: String = "residential") -> Road {
            Road(feature: 0, id: id, tags: ["highway": highway], geometry: points)
        }
        let roads = [
            road("a", [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 200, y: 0)]),
            road("b", [Point(x: 100.6, y: 0.3), Point(x: 100, y: 100)]),  // 0.67 m from a's vertex: joins
            road("c", [Point(x: 150, y: 3), Point(x: 150, y: 100)], highway: "track"),  // 3 m away: stays apart
        ]
        let network = NetworkBuilder.build(roads: roads)
        let (_, components) = network.components()
        #expect(components == 2)
        #expect(network.nodes.contains(Point(x: 100, y: 0)))
        #expect((0..<network.nodes.count).filter { network.degree(of: $0) == 3 }.count == 1)
    }

    @Test("a change of name keeps the node; a ring road keeps one node")
    func contractionRules() {
        let ring = Road(
            feature: 0, id: "ring", tags: ["highway": "track"],
            geometry: [
                Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 0),
            ])
        let a = Road(feature: 1, id: "a", tags: ["highway": "residential", "name": "东街"], geometry: [Point(x: 100, y: 0), Point(x: 200, y: 0)])
        let b = Road(feature: 2, id: "b", tags: ["highway": "residential", "name": "西街"], geometry: [Point(x: 200, y: 0), Point(x: 300, y: 0)])
        let network = NetworkBuilder.build(roads: [ring, a, b])
        #expect(network.nodes.count == 4)  // ring start, 东街 start, the name change, 西街 end
        #expect(network.links.count == 3)
        let loop = network.links.first { $0.from == $0.to }
        #expect(loop?.length == 10 + 10 + 200.0.squareRoot())
    }
}
