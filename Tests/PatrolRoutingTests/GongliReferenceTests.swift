import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// On SampleMaps/gongli, every search of ours (the router's one-to-one route, the bare
/// bidirectional search, the early-exit and the one-to-many Dijkstra, the router's reach)
/// against an independent textbook Dijkstra over the exported `edges.csv`, for node pairs
/// drawn with a fixed seed, grouped by source so one reference run serves many pairs.
@Suite("gongli: searches equal a reference Dijkstra on the exported graph")
struct GongliReferenceTests {
    /// Sources drawn per profile and season, and targets drawn per source.
    static let sourceCount = 10
    static let targetsPerSource = 12

    /// The graph's pieces a check needs.
    struct Setup {
        let router: Router
        let reference: ReferenceDijkstra
        /// Edge times from the CSV by (from, to): a set, as two links may join the same nodes.
        let rows: [Pair: Set<Int64>]
        let sources: [Int]
        let targets: [[Int]]

        struct Pair: Hashable {
            var from: Int
            var to: Int
        }

        var graph: RoutingGraph { router.graph }
        var n: Int { graph.network.nodes.count }
        var lastLayer: Int { graph.layers.count - 1 }

        init(_ profile: TravelProfile, _ season: Season, seed: UInt64) throws {
            let map = try Fixtures.gongli()
            router = try Fixtures.gongliRouter(profile, season)
            let graph = router.graph
            let toWGS84 = try map.wgs84Transform()
            let csv = GraphExport.csv(graph) { toWGS84.inverse($0) }
            reference = ReferenceDijkstra(nodesCSV: csv.nodes, edgesCSV: csv.edges)
            var rows: [Pair: Set<Int64>] = [:]
            for edge in reference.edges { rows[Pair(from: edge.from, to: edge.to), default: []].insert(edge.milliseconds) }
            self.rows = rows
            // Network nodes on a layer's main network (places on islands are reached through
            // the main network, across country): sources where the first layer travels (a
            // car+foot route starts in the car), targets where the last one does.
            let n = graph.network.nodes.count
            let snapper = router.snapper
            func usable(_ layer: Int) -> [Int] {
                (0..<n).filter { v in
                    let g = graph.node(v, layer: layer)
                    return snapper.componentOf[g] == snapper.mainComponent[layer]
                        && (graph.firstEdge[g + 1] > graph.firstEdge[g] || graph.firstInEdge[g + 1] > graph.firstInEdge[g])
                }
            }
            let lastLayer = graph.layers.count - 1
            var random = SeededSample(seed: seed)
            sources = random.pick(GongliReferenceTests.sourceCount, from: usable(0))
            let ends = usable(lastLayer)
            targets = sources.map { a in random.pick(GongliReferenceTests.targetsPerSource, from: ends.filter { $0 != a }) }
        }

        /// True when `edges` (graph edge indices) run from graph node `a` to `b` along rows of
        /// `edges.csv` whose times add up to `total`.
        func isPath(_ edges: [Int32], from a: Int, to b: Int, total: Int64) -> Bool {
            var at = a
            var sum: Int64 = 0
            for e in edges.map(Int.init) {
                let row = reference.edges[e]
                guard row.from == at else { return false }
                sum += row.milliseconds
                at = row.to
            }
            return at == b && sum == total
        }

        /// True when every road leg of a node-to-node route is a row of `edges.csv` (from the
        /// previous leg's end, in the leg's layer, with the leg's time) and the route ends at `b`.
        func legsAreRows(_ route: Route, from a: Int, to b: Int) -> Bool {
            var at = a
            for leg in route.legs {
                guard case .road = leg.kind, let layer = graph.layers.firstIndex(of: leg.mode) else { return false }
                let end = leg.endNode ?? b
                guard rows[Pair(from: graph.node(at, layer: layer), to: graph.node(end, layer: layer))]?.contains(leg.milliseconds) == true else {
                    return false
                }
                at = end
            }
            return at == b
        }
    }

    @Test(
        "one-to-one, bidirectional, early-exit and one-to-many times and paths",
        arguments: [(TravelProfile.car, Season.dry), (.foot, .dry), (.carFoot, .dry), (.car, .wet), (.carFoot, .wet)])
    func againstReference(_ profile: TravelProfile, _ season: Season) throws {
        let caseNumber = TravelProfile.allCases.firstIndex(of: profile)! * Season.allCases.count + Season.allCases.firstIndex(of: season)!
        let setup = try Setup(profile, season, seed: 0x676F_6E67_6C69 + UInt64(caseNumber))
        let graph = setup.graph
        let nodes = graph.network.nodes
        let oneToMany = ShortestPathSearch(graph: graph)
        let earlyExit = ShortestPathSearch(graph: graph)
        let bidirectional = BidirectionalSearch(graph: graph)
        var pairs = 0
        var reached = 0
        for (a, targets) in zip(setup.sources, setup.targets) {
            let tree = setup.reference.tree(from: a)
            // One-to-many: every node of the graph, not only the drawn targets.
            oneToMany.run(from: [.init(node: a, cost: 0)])
            #expect((0..<graph.nodeCount).map { oneToMany.milliseconds(to: $0) } == tree.distance, "\(profile) \(season) one-to-many from \(a)")
            let expected = targets.map { tree.distance[graph.node($0, layer: setup.lastLayer)] }
            let reach = setup.router.reach(from: [nodes[a]], to: targets.map { nodes[$0] })
            #expect(reach.map(\.milliseconds) == expected, "\(profile) \(season) reach from \(a)")
            for (b, time) in zip(targets, expected) {
                let end = graph.node(b, layer: setup.lastLayer)
                let route = try? setup.router.route(from: nodes[a], to: nodes[b])
                #expect(route?.milliseconds == time, "\(profile) \(season) route \(a)→\(b)")
                let legsAreRows = route.map { setup.legsAreRows($0, from: a, to: b) }
                #expect(legsAreRows != false, "\(profile) \(season) legs \(a)→\(b)")
                let both = bidirectional.run(from: [.init(node: a, cost: 0)], to: [.init(node: end, cost: 0)])
                #expect(both?.cost.milliseconds == time, "\(profile) \(season) bidirectional \(a)→\(b)")
                let isPath = both.map { setup.isPath($0.edges, from: a, to: end, total: $0.cost.milliseconds) }
                #expect(isPath != false, "\(profile) \(season) path \(a)→\(b)")
                #expect(earlyExit.run(from: [.init(node: a, cost: 0)], toAny: [(end, 0)])?.total == time, "\(profile) \(season) early exit \(a)→\(b)")
                pairs += 1
                if time != nil { reached += 1 }
            }
        }
        #expect(pairs == Self.sourceCount * Self.targetsPerSource)
        // Most drawn pairs are connected (oneways and wet-season closures may cut a few).
        #expect(reached * 10 >= pairs * 9, "\(profile) \(season): \(reached) of \(pairs) reached")
    }
}
