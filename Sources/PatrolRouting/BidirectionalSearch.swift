/// One-to-one Dijkstra from both ends at once: a forward search from the start seeds and a
/// backward search from the target seeds, stopping when their frontiers prove no shorter
/// meeting exists (top of forward heap + top of backward heap ≥ best meeting).
///
/// Settles far fewer nodes than a one-sided search on long routes. Both sides label nodes with
/// metres and walked metres beside time, as ``ShortestPathSearch`` does; of meetings equally
/// fast, the one with fewer metres wins (then the lower graph node). Both run over the graph's
/// ``SearchLayout``, breaking ties by graph node number. Not `Sendable`.
public final class BidirectionalSearch {
    /// One direction's search state, per renumbered node, in buffers the search object owns.
    private struct Side {
        let rows: SearchLayout.Rows
        let distance: UnsafeMutablePointer<Int64>
        let metres: UnsafeMutablePointer<Double>
        let walkedMetres: UnsafeMutablePointer<Double>
        /// The renumbered node it was reached from along ``rows``, `-2 - i` for seed `i`, −1 unreached.
        let parent: UnsafeMutablePointer<Int32>
        let touched: UnsafeMutablePointer<Int32>
        var touchedCount = 0
        var heap = QuadHeap()

        init(count: Int, rows: SearchLayout.Rows) {
            self.rows = rows
            distance = .allocate(capacity: count)
            distance.initialize(repeating: .max, count: count)
            metres = .allocate(capacity: count)
            metres.initialize(repeating: 0, count: count)
            walkedMetres = .allocate(capacity: count)
            walkedMetres.initialize(repeating: 0, count: count)
            parent = .allocate(capacity: count)
            parent.initialize(repeating: -1, count: count)
            touched = .allocate(capacity: count)
        }

        func deallocate() {
            distance.deallocate()
            metres.deallocate()
            walkedMetres.deallocate()
            parent.deallocate()
            touched.deallocate()
        }

        func cost(at v: Int) -> PathCost {
            PathCost(milliseconds: distance[v], metres: metres[v], walkedMetres: walkedMetres[v])
        }

        mutating func reset() {
            for i in 0..<touchedCount {
                let v = Int(touched[i])
                distance[v] = .max
                parent[v] = -1
            }
            touchedCount = 0
            heap.removeAll()
        }

        mutating func seed(_ seeds: [SearchSeed], rank: [Int32]) {
            for (i, s) in seeds.enumerated() {
                let v = Int(rank[s.node])
                guard s.cost < distance[v] else { continue }
                if distance[v] == .max {
                    touched[touchedCount] = Int32(v)
                    touchedCount += 1
                }
                distance[v] = s.cost
                metres[v] = s.metres
                walkedMetres[v] = s.walkedMetres
                parent[v] = Int32(-2 - i)
                heap.push(s.cost, Int32(s.node), slot: Int32(v))
            }
        }

        /// The graph edges from renumbered node `v` back to the side's seed, in the order walked back, and the seed's index.
        func path(to v: Int) -> (seed: Int, edges: [Int32]) {
            var edges: [Int32] = []
            var v = v
            while parent[v] >= 0 {
                let u = Int(parent[v])
                edges.append(Int32(rows.edge(rows.arc(from: u, to: v, costing: distance[v] - distance[u]), of: u)))
                v = u
            }
            return (Int(-2 - parent[v]), edges)
        }
    }

    /// The graph searched.
    public let graph: RoutingGraph
    private let layout: SearchLayout
    private var forward: Side
    private var backward: Side

    /// Prepares buffers for `graph`.
    public init(graph: RoutingGraph) {
        self.graph = graph
        layout = graph.searchLayouts.layout(of: graph)
        forward = Side(count: graph.nodeCount, rows: layout.forward)
        backward = Side(count: graph.nodeCount, rows: layout.backward)
    }

    deinit {
        forward.deallocate()
        backward.deallocate()
    }

    /// The shortest way from any start seed to any target seed (a target seed's cost is the
    /// time from its node on to the destination), as the seeds used, the edges between and its
    /// whole cost (both seeds' included); `nil` when no target is reachable.
    /// - Complexity: O((V + E) log V) in the worst case, typically much less.
    public func run(from starts: [SearchSeed], to targets: [SearchSeed]) -> (start: Int, target: Int, cost: PathCost, edges: [Int32])? {
        // Work on the two sides as locals, moved out of the object and back: every access to a
        // stored property of a class would otherwise pay a dynamic exclusivity check.
        var forward = self.forward
        var backward = self.backward
        self.forward.heap = QuadHeap()
        self.backward.heap = QuadHeap()
        defer {
            self.forward = forward
            self.backward = backward
        }
        let rank = layout.rank
        let order = layout.order
        forward.reset()
        backward.reset()
        forward.seed(starts, rank: rank)
        backward.seed(targets, rank: rank)
        let lengths = (all: graph.length, walked: graph.walkedLength)
        var best = Meeting()
        for s in starts {
            let v = Int(rank[s.node])
            if backward.distance[v] != .max { best.offer(forward.cost(at: v) + backward.cost(at: v), at: v, node: s.node) }
        }
        order.withUnsafeBufferPointer { order in
            while true {
                let f = forward.heap.minimumKey
                let b = backward.heap.minimumKey
                guard f != nil || b != nil else { break }
                let fk = f ?? .max
                let bk = b ?? .max
                if fk != .max, bk != .max, fk + bk >= best.total { break }
                if f == nil || (b != nil && bk < fk) {
                    if bk >= best.total { break }
                    Self.step(&backward, other: forward, order: order, lengths: lengths, best: &best)
                } else {
                    if fk >= best.total { break }
                    Self.step(&forward, other: backward, order: order, lengths: lengths, best: &best)
                }
            }
        }
        guard let cost = best.cost else { return nil }
        let there = forward.path(to: best.slot)
        let back = backward.path(to: best.slot)
        return (there.seed, back.seed, cost, there.edges.reversed() + back.edges)
    }

    /// The best meeting of the two sides so far: lowest time, then fewest metres, then lowest graph node.
    private struct Meeting {
        var cost: PathCost?
        var node = -1
        var slot = -1

        var total: Int64 { cost?.milliseconds ?? .max }

        mutating func offer(_ candidate: PathCost, at slot: Int, node w: Int) {
            if let cost {
                guard (candidate.milliseconds, candidate.metres, w) < (cost.milliseconds, cost.metres, node) else { return }
            }
            cost = candidate
            node = w
            self.slot = slot
        }
    }

    @inline(__always)
    private static func step(
        _ side: inout Side, other: Side, order: UnsafeBufferPointer<Int32>, lengths: (all: [Double], walked: [Double]), best: inout Meeting
    ) {
        guard let entry = side.heap.pop() else { return }
        let key = entry.key
        let v = Int(entry.slot)
        guard key == side.distance[v] else { return }
        let metresHere = side.metres[v]
        let walkedHere = side.walkedMetres[v]
        let distance = side.distance
        let rows = side.rows
        rows.arcs.withUnsafeBufferPointer { arcs in
            for slot in Int(rows.first[v])..<Int(rows.first[v + 1]) {
                let arc = arcs[slot]
                let w = Int(arc.target)
                let candidate = key + Int64(arc.cost)
                if candidate < distance[w] {
                    let edge = rows.edge(slot, of: v)
                    if distance[w] == .max {
                        side.touched[side.touchedCount] = arc.target
                        side.touchedCount += 1
                    }
                    distance[w] = candidate
                    side.metres[w] = metresHere + lengths.all[edge]
                    side.walkedMetres[w] = walkedHere + lengths.walked[edge]
                    side.parent[w] = entry.slot
                    side.heap.push(candidate, order[w], slot: arc.target)
                }
                if distance[w] == candidate, other.distance[w] != .max, candidate + other.distance[w] <= best.total {
                    best.offer(side.cost(at: w) + other.cost(at: w), at: w, node: Int(order[w]))
                }
            }
        }
    }
}
