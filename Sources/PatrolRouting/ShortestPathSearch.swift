/// Dijkstra's algorithm over a ``RoutingGraph``, with reusable buffers.
///
/// One object serves many searches (buffers are reset only where the last search touched
/// them). It is a class with mutable state, not `Sendable`: give each thread its own.
/// Distances are whole milliseconds; `Int64.max` means unreached. Beside its time, every node
/// is labelled with the metres and walked metres of the way that reached it (the seed's included).
public final class ShortestPathSearch {
    /// The graph searched.
    public let graph: RoutingGraph
    /// True when the search follows edges backwards (distances *to* the seeds).
    public let backward: Bool

    private var distance: [Int64]
    private var metres: [Double]
    private var walkedMetres: [Double]
    private var originOf: [Int32]
    private var touched: [Int32] = []
    private var heap = QuadHeap()
    /// Graph nodes in the order they were settled by the last search.
    public private(set) var settled: [Int32] = []

    /// Prepares buffers for `graph`; `backward` searches follow in-edges.
    public init(graph: RoutingGraph, backward: Bool = false) {
        self.graph = graph
        self.backward = backward
        distance = [Int64](repeating: .max, count: graph.nodeCount)
        metres = [Double](repeating: 0, count: graph.nodeCount)
        walkedMetres = [Double](repeating: 0, count: graph.nodeCount)
        originOf = [Int32](repeating: -1, count: graph.nodeCount)
    }

    private func reset() {
        for v in touched {
            distance[Int(v)] = .max
            originOf[Int(v)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        settled.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    private func seed(_ seeds: [SearchSeed]) {
        for s in seeds where s.cost < distance[s.node] {
            if distance[s.node] == .max { touched.append(Int32(s.node)) }
            distance[s.node] = s.cost
            metres[s.node] = s.metres
            walkedMetres[s.node] = s.walkedMetres
            originOf[s.node] = s.origin
            heap.push(s.cost, Int32(s.node))
        }
    }

    /// Settles every node reachable from the seeds within `limit` milliseconds (all when `nil`).
    ///
    /// With several seeds this is the multi-source search: each node gets the time from its
    /// nearest seed and that seed's origin label.
    /// - Complexity: O((V + E) log V) over the nodes within the limit.
    public func run(from seeds: [SearchSeed], limit: Int64? = nil) {
        reset()
        seed(seeds)
        let bound = limit ?? .max
        expand { key in key > bound }
    }

    /// One-to-one (or one-to-few) search with early exit: stops as soon as no unsettled node can improve
    /// the best arrival at the targets, where reaching target node `t` costs `extra` more.
    ///
    /// Returns the best target index and total, or `nil` when unreachable.
    public func run(from seeds: [SearchSeed], toAny targets: [(node: Int, extra: Int64)]) -> (target: Int, total: Int64)? {
        reset()
        seed(seeds)
        var extraAt: [Int: [(Int, Int64)]] = [:]
        for (i, t) in targets.enumerated() { extraAt[t.node, default: []].append((i, t.extra)) }
        var best: (target: Int, total: Int64)?
        expand { key in
            if let best, key >= best.total { return true }
            return false
        } onSettle: { node, key in
            for (i, extra) in extraAt[Int(node)] ?? [] {
                let total = key + extra
                if best == nil || total < best!.total || (total == best!.total && i < best!.target) { best = (i, total) }
            }
        }
        return best
    }

    private func expand(stop: (Int64) -> Bool, onSettle: ((Int32, Int64) -> Void)? = nil) {
        let first = backward ? graph.firstInEdge : graph.firstEdge
        let inEdges = graph.inEdges
        let sources = graph.source
        let targets = graph.target
        let costs = graph.cost
        let lengths = graph.length
        let walkedLengths = graph.walkedLength
        let isBackward = backward
        // The loop works on local buffers, moved out of the object and back (no copies): every
        // access to a stored property of a class would otherwise pay a dynamic exclusivity check.
        var distance: [Int64] = []
        var metres: [Double] = []
        var walkedMetres: [Double] = []
        var originOf: [Int32] = []
        var touched: [Int32] = []
        var settled: [Int32] = []
        var heap = QuadHeap()
        swap(&distance, &self.distance)
        swap(&metres, &self.metres)
        swap(&walkedMetres, &self.walkedMetres)
        swap(&originOf, &self.originOf)
        swap(&touched, &self.touched)
        swap(&settled, &self.settled)
        swap(&heap, &self.heap)
        defer {
            swap(&distance, &self.distance)
            swap(&metres, &self.metres)
            swap(&walkedMetres, &self.walkedMetres)
            swap(&originOf, &self.originOf)
            swap(&touched, &self.touched)
            swap(&settled, &self.settled)
            swap(&heap, &self.heap)
        }
        while let (key, node) = heap.pop() {
            let v = Int(node)
            guard key == distance[v] else { continue }
            if stop(key) { break }
            settled.append(node)
            onSettle?(node, key)
            let lo = Int(first[v])
            let hi = Int(first[v + 1])
            guard lo < hi else { continue }
            let metresHere = metres[v]
            let walkedHere = walkedMetres[v]
            for slot in lo..<hi {
                let edge = isBackward ? Int(inEdges[slot]) : slot
                let w = Int(isBackward ? sources[edge] : targets[edge])
                let candidate = key + Int64(costs[edge])
                if candidate < distance[w] {
                    if distance[w] == .max { touched.append(Int32(w)) }
                    distance[w] = candidate
                    metres[w] = metresHere + lengths[edge]
                    walkedMetres[w] = walkedHere + walkedLengths[edge]
                    originOf[w] = originOf[v]
                    heap.push(candidate, Int32(w))
                }
            }
        }
    }

    /// Milliseconds from the seeds to `node` (to the seeds, for a backward search), or `nil` when unreached.
    ///
    /// After a bounded or early-exit search, only settled nodes carry final values.
    public func milliseconds(to node: Int) -> Int64? {
        let d = distance[node]
        return d == .max ? nil : d
    }

    /// Time, metres and walked metres from the seeds to `node` (to the seeds, for a backward
    /// search), seed costs included, or `nil` when unreached.
    public func cost(to node: Int) -> PathCost? {
        let d = distance[node]
        return d == .max ? nil : PathCost(milliseconds: d, metres: metres[node], walkedMetres: walkedMetres[node])
    }

    /// The origin label of the seed that reached `node` first.
    public func origin(of node: Int) -> Int32? {
        distance[node] == .max ? nil : originOf[node]
    }
}
