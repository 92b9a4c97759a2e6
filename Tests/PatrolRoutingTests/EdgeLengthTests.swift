import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// Edge metres are read from the network's links (``EdgeLengths``), not stored per edge: each
/// profile's graph must still give every edge its link's geometry length, and the walked part
/// exactly in the foot layers.
@Suite("edge lengths read from the links")
struct EdgeLengthTests {
    /// Every positive length of `graph`'s edges, or of their walked parts, sorted.
    static func lengths(_ graph: RoutingGraph, walked: Bool = false) -> [Double] {
        (0..<graph.edgeCount).map { walked ? graph.walkedLength(ofEdge: $0) : graph.length(ofEdge: $0) }.filter { $0 > 0 }.sorted()
    }

    static func graphs(_ map: PatrolMap) -> [TravelProfile: RoutingGraph] {
        let network = NetworkBuilder.build(roads: map.roads, barriers: map.barriers, turns: map.turns)
        var graphs: [TravelProfile: RoutingGraph] = [:]
        for profile in TravelProfile.allCases {
            graphs[profile] = RoutingGraph(network: network, profile: profile, elevation: map.elevation, tables: SpeedTables(map.profiles))
        }
        return graphs
    }

    func check(_ map: PatrolMap) throws {
        let graphs = Self.graphs(map)
        for (profile, graph) in graphs {
            for e in 0..<graph.edgeCount {
                let link = Int(graph.edgeLink[e])
                let metres = link < 0 ? 0 : Polyline.length(graph.network.links[link / 2].geometry)
                #expect(abs(graph.length(ofEdge: e) - metres) < 1e-6, "\(profile) edge \(e)")
            }
        }
        let car = try #require(graphs[.car])
        let foot = try #require(graphs[.foot])
        let both = try #require(graphs[.carFoot])
        #expect(Self.lengths(car, walked: true).isEmpty)
        #expect(Self.lengths(foot, walked: true) == Self.lengths(foot))
        // car+foot's foot layer is the foot graph, so its walked metres are the foot graph's edges,
        // and all its metres are the car graph's and the foot graph's together (transfers are 0 m).
        #expect(Self.lengths(both, walked: true) == Self.lengths(foot))
        #expect(Self.lengths(both) == (Self.lengths(car) + Self.lengths(foot)).sorted())
        #expect(!Self.lengths(car).isEmpty && !Self.lengths(foot).isEmpty)
    }

    @Test("tiny with a bollard and a banned turn (turn copies in the car layer)")
    func tiny() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("turns.geojson", HandMadeTurnTests.layer)
        try copy.write("barriers.geojson", HandMadeBarrierTests.layer)
        let map = try MapLoader.load(copy.path)
        #expect(Self.graphs(map)[.car].map { !$0.copyOf.isEmpty } == true)
        try check(map)
    }

    @Test("gongli")
    func gongli() throws {
        try check(Fixtures.gongli())
    }
}
