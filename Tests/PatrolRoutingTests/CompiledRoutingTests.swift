import Foundation
import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// The compiled network and routing graphs (``CompiledRouting``) read back equal, array for
/// array, to a fresh build from the parsed map files, and are never used for other inputs.
@Suite("compiled network and routing graphs")
struct CompiledRoutingTests {
    /// The network's parts as plain values, for comparing two networks.
    static func parts(_ n: RoadNetwork) -> [String] {
        [
            "\(n.nodes)", "\(n.links)", "\(n.nodeBarriers.sorted { $0.key < $1.key })", "\(n.turnLinks)", "\(n.incidentStart)",
            "\(n.incidentLinks)", "\(n.roads.count) \(n.barriers.count) \(n.turns.count)",
        ]
    }

    /// Every array of two graphs, and of their networks, equal.
    func expectSame(_ a: RoutingGraph, _ b: RoutingGraph, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.parts(a.network) == Self.parts(b.network), "\(what): network", sourceLocation: sourceLocation)
        #expect(a.profile == b.profile && a.season == b.season, "\(what)", sourceLocation: sourceLocation)
        #expect(a.firstEdge == b.firstEdge && a.target == b.target && a.source == b.source, "\(what): edge rows", sourceLocation: sourceLocation)
        #expect(a.cost == b.cost && a.edgeLink == b.edgeLink, "\(what): costs", sourceLocation: sourceLocation)
        #expect(
            a.edgeCount == b.edgeCount
                && (0..<a.edgeCount).allSatisfy { a.length(ofEdge: $0) == b.length(ofEdge: $0) && a.walkedLength(ofEdge: $0) == b.walkedLength(ofEdge: $0) },
            "\(what): lengths", sourceLocation: sourceLocation)
        #expect(a.firstInEdge == b.firstInEdge && a.inEdges == b.inEdges, "\(what): in-edges", sourceLocation: sourceLocation)
        #expect(a.flatSpeeds == b.flatSpeeds && a.barrierCosts == b.barrierCosts, "\(what): speeds", sourceLocation: sourceLocation)
        #expect(a.copyOf == b.copyOf && a.copies == b.copies, "\(what): turn copies", sourceLocation: sourceLocation)
    }

    /// The reference: the graph built on the parsed map, which has no key and so never touches a compiled file.
    static func built(_ map: PatrolMap, _ profile: TravelProfile, _ season: Season) -> RoutingGraph {
        RoutingGraph(
            network: NetworkBuilder.build(roads: map.roads, barriers: map.barriers, turns: map.turns), profile: profile, season: season,
            elevation: map.elevation, tables: SpeedTables(map.profiles))
    }

    @Test("tiny with a bollard and a banned turn: every profile in both seasons is written, then read back equal to a fresh build")
    func tiny() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("turns.geojson", HandMadeTurnTests.layer)
        try copy.write("barriers.geojson", HandMadeBarrierTests.layer)
        let keyed = try CompiledMap.load(copy.path).map
        let parsed = try MapLoader.load(copy.path)
        #expect(keyed.inputKey != nil && parsed.inputKey == nil)
        #expect(!parsed.turns.isEmpty && !parsed.barriers.isEmpty)
        let first = CompiledRouting.compiledNetwork(keyed)
        #expect(!first.wasRead && first.writeFailure == nil)
        let network = CompiledRouting.compiledNetwork(keyed)
        #expect(network.wasRead)
        #expect(Self.parts(network.value) == Self.parts(first.value))
        for profile in TravelProfile.allCases {
            for season in Season.allCases {
                let written = CompiledRouting.compiledGraph(keyed, on: network.value, profile: profile, season: season)
                let read = CompiledRouting.compiledGraph(keyed, on: network.value, profile: profile, season: season)
                #expect(!written.wasRead && written.writeFailure == nil && read.wasRead, "\(profile) \(season)")
                let reference = Self.built(parsed, profile, season)
                expectSame(read.value, reference, "\(profile) \(season)")
                expectSame(written.value, reference, "\(profile) \(season)")
            }
        }
        #expect(!Self.built(parsed, .car, .dry).copyOf.isEmpty, "the banned turn makes junction copies")
    }

    @Test("gongli with its DEM: the car+foot graph read back equals a fresh build, and routes the same")
    func gongli() throws {
        let copy = try TemporaryMap(copying: Fixtures.gongliPath)
        let keyed = try CompiledMap.load(copy.path).map
        let parsed = try Fixtures.gongli()
        #expect(keyed.elevation != nil)
        _ = CompiledRouting.graph(of: keyed, profile: .carFoot, season: .dry)
        let read = CompiledRouting.compiledGraph(keyed, on: CompiledRouting.network(of: keyed), profile: .carFoot, season: .dry)
        #expect(read.wasRead)
        let reference = Self.built(parsed, .carFoot, .dry)
        expectSame(read.value, reference, "gongli car+foot")
        let start = keyed.posts[0].location
        let end = keyed.households[11_000].location
        let fromFile = try Router(graph: read.value, water: keyed.water).route(from: start, to: end)
        let fresh = try Router(graph: reference, water: parsed.water).route(from: start, to: end)
        #expect(fromFile.milliseconds == fresh.milliseconds && fromFile.distance == fresh.distance && fromFile.legs.count == fresh.legs.count)
    }

    @Test("a damaged or foreign graph file is built anew and replaced; a map without a key writes nothing")
    func damagedAndKeyless() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let keyed = try CompiledMap.load(copy.path).map
        let graphPath = copy.path + "/" + CompiledRouting.graphFileName(.car, .dry)
        _ = CompiledRouting.graph(of: keyed, profile: .car, season: .dry)
        let good = try Data(contentsOf: URL(fileURLWithPath: graphPath))
        try good.prefix(good.count - 7).write(to: URL(fileURLWithPath: graphPath))
        let network = CompiledRouting.network(of: keyed)
        let truncated = CompiledRouting.compiledGraph(keyed, on: network, profile: .car, season: .dry)
        #expect(!truncated.wasRead && truncated.writeFailure == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: graphPath)) == good)
        // The car graph's file under the foot graph's name: the header is fine, the profile is not.
        try FileManager.default.copyItem(atPath: graphPath, toPath: copy.path + "/" + CompiledRouting.graphFileName(.foot, .dry))
        let foot = CompiledRouting.compiledGraph(keyed, on: network, profile: .foot, season: .dry)
        #expect(!foot.wasRead)
        expectSame(foot.value, Self.built(try MapLoader.load(copy.path), .foot, .dry), "foot")

        let plain = try TemporaryMap(copying: Fixtures.tinyPath)
        let keyless = try MapLoader.load(plain.path)
        _ = CompiledRouting.graph(of: keyless, profile: .car, season: .dry)
        #expect(!FileManager.default.fileExists(atPath: plain.path + "/" + CompiledRouting.networkFileName))
        #expect(!FileManager.default.fileExists(atPath: plain.path + "/" + CompiledRouting.graphFileName(.car, .dry)))
        var edited = keyed
        edited.roads.removeLast()
        #expect(edited.inputKey == nil, "a changed road layer drops the key")
    }
}
