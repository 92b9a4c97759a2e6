import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

@Suite("Routes equal shortest paths on the exported graph")
struct ExportedGraphTests {
    /// Checks every node pair of `map` for `profile`: the router's time between two node
    /// positions equals a reference Dijkstra on the exported CSV.
    func check(_ map: PatrolMap, _ profile: TravelProfile, pairs: [(Int, Int)]? = nil) throws {
        let router = Router(map: map, profile: profile)
        let graph = router.graph
        let toWGS84 = try map.wgs84Transform()
        let csv = GraphExport.csv(graph) { toWGS84.inverse($0) }
        let reference = ReferenceDijkstra(nodesCSV: csv.nodes, edgesCSV: csv.edges)
        let n = graph.network.nodes.count
        #expect(reference.nodeCount == graph.nodeCount)
        // Nodes the first layer's mode reaches (a car+foot route starts in the car).
        let usable = (0..<n).filter { graph.firstEdge[$0 + 1] > graph.firstEdge[$0] || graph.firstInEdge[$0 + 1] > graph.firstInEdge[$0] }
        let lastLayer = graph.layers.count - 1
        let allPairs = pairs ?? usable.flatMap { a in usable.map { b in (a, b) } }.filter { $0.0 != $0.1 }
        var checked = 0
        var bySource: [Int: [Int64?]] = [:]
        for (a, b) in allPairs {
            let distances = bySource[a] ?? reference.distances(from: a)
            bySource[a] = distances
            // Arriving at b in any of its states (turn costs and restrictions copy junctions).
            let target = b + lastLayer * n
            let expected = ([target] + (graph.copies[Int32(target)] ?? []).map(Int.init)).compactMap { distances[$0] }.min()
            let route = try? router.route(from: graph.network.nodes[a], to: graph.network.nodes[b])
            #expect(route?.milliseconds == expected, "\(profile) \(a)→\(b)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test("tiny, every profile, every node pair", arguments: TravelProfile.allCases)
    func tinyAllPairs(_ profile: TravelProfile) throws {
        try check(try Fixtures.tiny(), profile)
    }

    @Test("bidirectional search equals one-sided Dijkstra on tiny", arguments: TravelProfile.allCases)
    func bidirectionalMatches(_ profile: TravelProfile) throws {
        let graph = Router(map: try Fixtures.tiny(), profile: profile).graph
        let one = ShortestPathSearch(graph: graph)
        let both = BidirectionalSearch(graph: graph)
        for a in 0..<graph.nodeCount {
            one.run(from: [.init(node: a, cost: 0)])
            for b in 0..<graph.nodeCount {
                let result = both.run(from: [.init(node: a, cost: 0)], to: [.init(node: b, cost: 0)])
                #expect(result?.cost.milliseconds == one.milliseconds(to: b), "\(a)→\(b)")
                if let result {
                    #expect(result.edges.reduce(Int64(0)) { $0 + Int64(graph.cost[Int($1)]) } == result.cost.milliseconds)
                    // The labels' metres are the links' lengths, those in a foot layer walked.
                    var metres = 0.0
                    var walked = 0.0
                    for edge in result.edges.map(Int.init) where graph.edgeLink[edge] >= 0 {
                        let length = graph.network.links[Int(graph.edgeLink[edge]) / 2].length
                        metres += length
                        if graph.layers[graph.split(Int(graph.target[edge])).layer] == .foot { walked += length }
                    }
                    #expect(abs(result.cost.metres - metres) < 1e-6, "\(a)→\(b): \(result.cost.metres) m vs \(metres) m")
                    #expect(abs(result.cost.walkedMetres - walked) < 1e-6, "\(a)→\(b): walked \(result.cost.walkedMetres) m vs \(walked) m")
                }
            }
        }
    }

    @Test("a backward search gives the times of forward searches reversed")
    func backwardSearch() throws {
        let graph = Router(map: try Fixtures.tiny(), profile: .car).graph
        let forward = ShortestPathSearch(graph: graph)
        let backward = ShortestPathSearch(graph: graph, backward: true)
        let target = 4
        backward.run(from: [.init(node: target, cost: 0)])
        for a in 0..<graph.nodeCount {
            forward.run(from: [.init(node: a, cost: 0)])
            #expect(forward.milliseconds(to: target) == backward.milliseconds(to: a))
        }
    }

    @Test("a bounded search settles exactly the nodes within the limit")
    func boundedSearch() throws {
        let graph = Router(map: try Fixtures.tiny(), profile: .foot).graph
        let full = ShortestPathSearch(graph: graph)
        full.run(from: [.init(node: 0, cost: 0)])
        let bounded = ShortestPathSearch(graph: graph)
        let limit: Int64 = 400_000
        bounded.run(from: [.init(node: 0, cost: 0)], limit: limit)
        let expected = Set((0..<graph.nodeCount).filter { (full.milliseconds(to: $0) ?? .max) <= limit })
        #expect(Set(bounded.settled.map(Int.init)) == expected)
    }

    @Test("multi-source labels each node with its nearest source")
    func multiSource() throws {
        let graph = Router(map: try Fixtures.tiny(), profile: .foot).graph
        let sources = [0, 4]
        let multi = ShortestPathSearch(graph: graph)
        multi.run(from: sources.enumerated().map { .init(node: $0.element, cost: 0, origin: Int32($0.offset)) })
        let single = sources.map { s -> ShortestPathSearch in
            let search = ShortestPathSearch(graph: graph)
            search.run(from: [.init(node: s, cost: 0)])
            return search
        }
        for v in 0..<graph.nodeCount {
            let times = single.map { $0.milliseconds(to: v) ?? .max }
            #expect(multi.milliseconds(to: v) == times.min())
            if let origin = multi.origin(of: v) { #expect(times[Int(origin)] == times.min()) }
        }
    }
}
