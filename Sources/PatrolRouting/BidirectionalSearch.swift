/// One-to-one Dijkstra from both ends at once: a forward search from the start seeds and a
/// backward search from the target seeds, stopping when their frontiers prove no shorter
/// meeting exists (top of forward heap + top of backward heap ≥ best meeting).
///
/// Settles far fewer nodes than a one-sided search on long routes. Both sides label nodes with
/// metres and walked metres beside time, as ``ShortestPathSearch`` does; of meetings equally
/// fast, the one with fewer metres wins (then the lower node). Not `Sendable`.
public final class BidirectionalSearch {
    private struct Side {
        var distance: [Int64]
        var metres: [Double]
        var walkedMetres: [Double]
        var parent: [Int32]
        var touched: [Int32] = []
        var heap = QuadHeap()

        init(count: Int) {
            distance = [Int64](repeating: .max, count: count)
            metres = [Double](repeating: 0, count: count)
            walkedMetres = [Double](repeating: 0, count: count)
            parent = [Int32](repeating: -1, count: count)
        }

        func cost(at v: Int) -> PathCost {
            PathCost(milliseconds: distance[v], metres: metres[v], walkedMetres: walkedMetres[v])
        }

        mutating func reset() {
            for v in touched {
                distance[Int(v)] = .max
                parent[Int(v)] = -1
            }
            touched.removeAll(keepingCapacity: true)
            heap.removeAll()
        }

        mutating func seed(_ seeds: [SearchSeed]) {
            for (i, s) in seeds.enumerated() where s.cost < distance[s.node] {
                if distance[s.node] == .max { touched.append(Int32(s.node)) }
                distance[s.node] = s.cost
                metres[s.node] = s.metres
                walkedMetres[s.node] = s.walkedMetres
                parent[s.node] = Int32(-2 - i)
                heap.push(s.cost, Int32(s.node))
            }
        }
    }

    /// One direction's view of the graph's compressed rows: a node's slots, the edge in each
    /// slot (`nil`: the slot is the edge), and the node at the edge's far end.
    private struct Adjacency {
        let first: [Int32]
        let edgeAt: [Int32]?
        let farEnd: [Int32]
    }

    /// The graph searched.
    public let graph: RoutingGraph
    private var forward: Side
    private var backward: Side

    /// Prepares buffers for `graph`.
    public init(graph: RoutingGraph) {
        self.graph = graph
        forward = Side(count: graph.nodeCount)
        backward = Side(count: graph.nodeCount)
    }

    /// The shortest way from any start seed to any target seed (a target seed's cost is the
    /// time from its node on to the destination), as the seeds used, the edges between and its
    /// whole cost (both seeds' included); `nil` when no target is reachable.
    /// - Complexity: O((V + E) log V) in the worst case, typically much less.
    public func run(from starts: [SearchSeed], to targets: [SearchSeed]) -> (start: Int, target: Int, cost: PathCost, edges: [Int32])? {
        // Work on the two sides as locals, moved out of the object and back (no copies): every
        // access to a stored property of a class would otherwise pay a dynamic exclusivity check.
        var forward = Side(count: 0)
        var backward = Side(count: 0)
        swap(&forward, &self.forward)
        swap(&backward, &self.backward)
        defer {
            swap(&forward, &self.forward)
            swap(&backward, &self.backward)
        }
        forward.reset()
        backward.reset()
        forward.seed(starts)
        backward.seed(targets)
        let outward = Adjacency(first: graph.firstEdge, edgeAt: nil, farEnd: graph.target)
        let inward = Adjacency(first: graph.firstInEdge, edgeAt: graph.inEdges, farEnd: graph.source)
        let lengths = (all: graph.length, walked: graph.walkedLength)
        let costs = graph.cost
        var best = Meeting()
        for s in starts where backward.distance[s.node] != .max {
            best.offer(forward.cost(at: s.node) + backward.cost(at: s.node), at: s.node)
        }
        while true {
            let f = forward.heap.minimumKey
            let b = backward.heap.minimumKey
            guard f != nil || b != nil else { break }
            let fk = f ?? .max
            let bk = b ?? .max
            if fk != .max, bk != .max, fk + bk >= best.total { break }
            if f == nil || (b != nil && bk < fk) {
                if bk >= best.total { break }
                Self.step(&backward, other: forward, along: inward, costs: costs, lengths: lengths, best: &best)
            } else {
                if fk >= best.total { break }
                Self.step(&forward, other: backward, along: outward, costs: costs, lengths: lengths, best: &best)
            }
        }
        guard let cost = best.cost else { return nil }
        let meeting = best.node
        var edges: [Int32] = []
        var v = meeting
        while forward.parent[v] >= 0 {
            let e = Int(forward.parent[v])
            edges.append(Int32(e))
            v = Int(graph.source[e])
        }
        let start = Int(-2 - forward.parent[v])
        edges.reverse()
        v = meeting
        while backward.parent[v] >= 0 {
            let e = Int(backward.parent[v])
            edges.append(Int32(e))
            v = Int(graph.target[e])
        }
        let target = Int(-2 - backward.parent[v])
        return (start, target, cost, edges)
    }

    /// The best meeting of the two sides so far: lowest time, then fewest metres, then lowest node.
    private struct Meeting {
        var cost: PathCost?
        var node = -1

        var total: Int64 { cost?.milliseconds ?? .max }

        mutating func offer(_ candidate: PathCost, at w: Int) {
            if let cost {
                guard (candidate.milliseconds, candidate.metres, w) < (cost.milliseconds, cost.metres, node) else { return }
            }
            cost = candidate
            node = w
        }
    }

    private static func step(
        _ side: inout Side, other: Side, along adjacency: Adjacency, costs: [UInt32], lengths: (all: [Double], walked: [Double]), best: inout Meeting
    ) {
        guard let (key, node) = side.heap.pop() else { return }
        let v = Int(node)
        guard key == side.distance[v] else { return }
        let metresHere = side.metres[v]
        let walkedHere = side.walkedMetres[v]
        for slot in Int(adjacency.first[v])..<Int(adjacency.first[v + 1]) {
            let edge = adjacency.edgeAt.map { Int($0[slot]) } ?? slot
            let w = Int(adjacency.farEnd[edge])
            let candidate = key + Int64(costs[edge])
            if candidate < side.distance[w] {
                if side.distance[w] == .max { side.touched.append(Int32(w)) }
                side.distance[w] = candidate
                side.metres[w] = metresHere + lengths.all[edge]
                side.walkedMetres[w] = walkedHere + lengths.walked[edge]
                side.parent[w] = Int32(edge)
                side.heap.push(candidate, Int32(w))
            }
            if side.distance[w] == candidate, other.distance[w] != .max, candidate + other.distance[w] <= best.total {
                best.offer(side.cost(at: w) + other.cost(at: w), at: w)
            }
        }
    }
}
