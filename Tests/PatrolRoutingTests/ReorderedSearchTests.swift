import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// The searches renumber the graph's nodes for locality; these check, on SampleMaps/tiny and
/// gongli, that every answer is still the one a plain Dijkstra over the graph's own numbering
/// gives: times, metres, walked metres, origin labels and the order nodes are settled in,
/// forwards and backwards, from one seed and from several, bounded and not.
@Suite("searches over renumbered nodes equal a plain Dijkstra")
struct ReorderedSearchTests {
    /// A textbook Dijkstra over the graph's arrays in its own numbering: a binary heap ordered by
    /// (time, node), stale entries skipped, labels set whenever a node's time improves.
    struct PlainDijkstra {
        var distance: [Int64]
        var metres: [Double]
        var walked: [Double]
        var origin: [Int32]
        var settled: [Int32] = []

        init(_ graph: RoutingGraph, seeds: [SearchSeed], backward: Bool, limit: Int64 = .max) {
            let n = graph.nodeCount
            distance = [Int64](repeating: .max, count: n)
            metres = [Double](repeating: 0, count: n)
            walked = [Double](repeating: 0, count: n)
            origin = [Int32](repeating: -1, count: n)
            var heap: [(Int64, Int)] = []
            func push(_ entry: (Int64, Int)) {
                heap.append(entry)
                var i = heap.count - 1
                while i > 0, heap[i] < heap[(i - 1) / 2] {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            }
            func pop() -> (Int64, Int) {
                let top = heap[0]
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
                var i = 0
                while true {
                    var m = i
                    for c in [2 * i + 1, 2 * i + 2] where c < heap.count && heap[c] < heap[m] { m = c }
                    if m == i { break }
                    heap.swapAt(i, m)
                    i = m
                }
                return top
            }
            for s in seeds where s.cost < distance[s.node] {
                distance[s.node] = s.cost
                metres[s.node] = s.metres
                walked[s.node] = s.walkedMetres
                origin[s.node] = s.origin
                push((s.cost, s.node))
            }
            while !heap.isEmpty {
                let (key, v) = pop()
                guard key == distance[v] else { continue }
                if key > limit { break }
                settled.append(Int32(v))
                let slots = backward ? Int(graph.firstInEdge[v])..<Int(graph.firstInEdge[v + 1]) : Int(graph.firstEdge[v])..<Int(graph.firstEdge[v + 1])
                for slot in slots {
                    let e = backward ? Int(graph.inEdges[slot]) : slot
                    let w = Int(backward ? graph.source[e] : graph.target[e])
                    let candidate = key + Int64(graph.cost[e])
                    guard candidate < distance[w] else { continue }
                    distance[w] = candidate
                    metres[w] = metres[v] + graph.length(ofEdge: e)
                    walked[w] = walked[v] + graph.walkedLength(ofEdge: e)
                    origin[w] = origin[v]
                    push((candidate, w))
                }
            }
        }
    }

    /// Checks one search object against the plain Dijkstra for the same seeds.
    func check(_ search: ShortestPathSearch, seeds: [SearchSeed], limit: Int64? = nil, _ label: String) {
        let graph = search.graph
        search.run(from: seeds, limit: limit)
        let plain = PlainDijkstra(graph, seeds: seeds, backward: search.backward, limit: limit ?? .max)
        #expect(search.settled == plain.settled, "\(label): settled order")
        var same = true
        for v in 0..<graph.nodeCount {
            let expected = plain.distance[v] == .max ? nil : PathCost(milliseconds: plain.distance[v], metres: plain.metres[v], walkedMetres: plain.walked[v])
            if search.cost(to: v) != expected || search.milliseconds(to: v) != expected?.milliseconds
                || search.origin(of: v) != (expected == nil ? nil : plain.origin[v])
            {
                same = false
            }
        }
        #expect(same, "\(label): times, metres, walked metres and origins of every node")
    }

    /// Seeds spread over the graph, with costs, metres and origins of their own (some on the
    /// same node, so the cheaper one must win).
    func seeds(_ graph: RoutingGraph, count: Int, seed: UInt64) -> [SearchSeed] {
        var random = SeededSample(seed: seed)
        let nodes = random.pick(count, from: Array(0..<graph.nodeCount))
        return nodes.enumerated().map { i, v in
            SearchSeed(node: v, cost: Int64(i * 1_500), metres: Double(i) * 12.5, walkedMetres: Double(i) * 2.25, origin: Int32(i))
        } + [SearchSeed(node: nodes[0], cost: 700, metres: 3, walkedMetres: 1, origin: 99)]
    }

    @Test("tiny: every profile, forwards and backwards, one seed and several")
    func tiny() throws {
        let map = try Fixtures.tiny()
        for profile in TravelProfile.allCases {
            let graph = Router(map: map, profile: profile).graph
            for backward in [false, true] {
                let search = ShortestPathSearch(graph: graph, backward: backward)
                for v in 0..<graph.nodeCount { check(search, seeds: [SearchSeed(node: v, cost: 0)], "tiny \(profile) from \(v) backward \(backward)") }
                check(search, seeds: seeds(graph, count: 3, seed: 7), "tiny \(profile) three seeds backward \(backward)")
            }
        }
    }

    @Test("gongli: car and car+foot, forwards and backwards, bounded and whole, one seed and several", arguments: [TravelProfile.car, .carFoot])
    func gongli(_ profile: TravelProfile) throws {
        let graph = try Fixtures.gongliRouter(profile).graph
        for backward in [false, true] {
            let search = ShortestPathSearch(graph: graph, backward: backward)
            for (k, seeds) in [seeds(graph, count: 1, seed: 11), seeds(graph, count: 6, seed: 12)].enumerated() {
                check(search, seeds: seeds, "gongli \(profile) seeds \(k) backward \(backward)")
                check(search, seeds: seeds, limit: 300_000, "gongli \(profile) seeds \(k) backward \(backward) within 5 min")
            }
        }
    }

    @Test("gongli: the bidirectional search's paths, times and metres equal the plain Dijkstra's and the edges'")
    func bidirectional() throws {
        let graph = try Fixtures.gongliRouter(.carFoot).graph
        let search = BidirectionalSearch(graph: graph)
        var random = SeededSample(seed: 13)
        let nodes = random.pick(40, from: Array(0..<graph.nodeCount))
        for (a, b) in zip(nodes.prefix(20), nodes.suffix(20)) {
            let plain = PlainDijkstra(graph, seeds: [SearchSeed(node: a, cost: 0)], backward: false)
            let found = search.run(from: [SearchSeed(node: a, cost: 0)], to: [SearchSeed(node: b, cost: 0)])
            #expect(found?.cost.milliseconds == (plain.distance[b] == .max ? nil : plain.distance[b]), "\(a)→\(b)")
            if let found {
                var at = a
                var total: Int64 = 0
                for e in found.edges.map(Int.init) {
                    #expect(Int(graph.source[e]) == at, "\(a)→\(b): edges join")
                    total += Int64(graph.cost[e])
                    at = Int(graph.target[e])
                }
                #expect(at == b && total == found.cost.milliseconds, "\(a)→\(b): the edges are the path")
                // Metres are summed along the two tree paths on demand: they must be the path's lengths.
                let metres = found.edges.reduce(0.0) { $0 + graph.length(ofEdge: Int($1)) }
                let walked = found.edges.reduce(0.0) { $0 + graph.walkedLength(ofEdge: Int($1)) }
                #expect(abs(found.cost.metres - metres) < 1e-6 && abs(found.cost.walkedMetres - walked) < 1e-6, "\(a)→\(b): metres")
            }
        }
    }
}
