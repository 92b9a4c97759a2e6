/// One-to-one Dijkstra from both ends at once: a forward search from the start seeds and a
/// backward search from the target seeds, stopping when their frontiers prove no shorter
/// meeting exists (top of forward heap + top of backward heap ≥ best meeting).
///
/// Settles far fewer nodes than a one-sided search on long routes. Both sides label nodes with
/// time and tree parent only; metres and walked metres are summed along a node's tree path when
/// asked for (the same sums, in the same order, that labelling every node gave), which is only
/// for the way found and for meetings as fast as the best so far: of those, the one with fewer
/// metres wins (then the lower graph node). Both run over the graph's ``SearchLayout``,
/// breaking ties by graph node number. Not `Sendable`.
public final class BidirectionalSearch {
    /// One direction's search state, per renumbered node, in buffers the search object owns.
    private struct Side {
        let rows: SearchLayout.Rows
        let distance: UnsafeMutablePointer<Int64>
        /// The renumbered node it was reached from along ``rows``, `-2 - i` for seed `i`, −1 unreached.
        let parent: UnsafeMutablePointer<Int32>
        let touched: UnsafeMutablePointer<Int32>
        var touchedCount = 0
        var heap = QuadHeap()
        /// This run's seeds (a tree path starts at one of them).
        var seeds: [SearchSeed] = []

        init(count: Int, rows: SearchLayout.Rows) {
            self.rows = rows
            distance = .allocate(capacity: count)
            distance.initialize(repeating: .max, count: count)
            parent = .allocate(capacity: count)
            parent.initialize(repeating: -1, count: count)
            touched = .allocate(capacity: count)
        }

        func deallocate() {
            distance.deallocate()
            parent.deallocate()
            touched.deallocate()
        }

        /// The cost of the tree path to renumbered node `v`: its time, and its metres summed from
        /// the seed's outwards, edge by edge, as a label set at each relaxation would hold them.
        func cost(at v: Int, lengths: (all: [Double], walked: [Double])) -> PathCost {
            let (seed, edges) = path(to: v)
            var metres = seeds[seed].metres
            var walked = seeds[seed].walkedMetres
            for e in edges.reversed() {
                metres += lengths.all[Int(e)]
                walked += lengths.walked[Int(e)]
            }
            return PathCost(milliseconds: distance[v], metres: metres, walkedMetres: walked)
        }

        mutating func reset() {
            for i in 0..<touchedCount {
                let v = Int(touched[i])
                distance[v] = .max
                parent[v] = -1
            }
            touchedCount = 0
            heap.removeAll()
            seeds.removeAll(keepingCapacity: true)
        }

        mutating func seed(_ seeds: [SearchSeed], rank: [Int32]) {
            self.seeds = seeds
            for (i, s) in seeds.enumerated() {
                let v = Int(rank[s.node])
                guard s.cost < distance[v] else { continue }
                if distance[v] == .max {
                    touched[touchedCount] = Int32(v)
                    touchedCount += 1
                }
                distance[v] = s.cost
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
            if backward.distance[v] != .max { best.offer(forward, backward, at: v, node: s.node, lengths: lengths) }
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
        guard best.slot >= 0 else { return nil }
        let cost = forward.cost(at: best.slot, lengths: lengths) + backward.cost(at: best.slot, lengths: lengths)
        let there = forward.path(to: best.slot)
        let back = backward.path(to: best.slot)
        return (there.seed, back.seed, cost, there.edges.reversed() + back.edges)
    }

    /// The best meeting of the two sides so far: lowest time, then fewest metres, then lowest graph node.
    ///
    /// Metres are summed (along both tree paths) only to break a tie in time.
    private struct Meeting {
        var total: Int64 = .max
        var node = -1
        var slot = -1
        /// The best meeting's metres, once a tie needed them.
        var metres: Double?

        /// Offers renumbered node `slot` (graph node `w`), reached by both sides.
        mutating func offer(_ one: Side, _ other: Side, at slot: Int, node w: Int, lengths: (all: [Double], walked: [Double])) {
            let time = one.distance[slot] + other.distance[slot]
            if time == total {
                let known = metres ?? (one.cost(at: self.slot, lengths: lengths).metres + other.cost(at: self.slot, lengths: lengths).metres)
                metres = known
                let candidate = one.cost(at: slot, lengths: lengths).metres + other.cost(at: slot, lengths: lengths).metres
                guard (candidate, w) < (known, node) else { return }
                metres = candidate
            } else {
                guard time < total else { return }
                metres = nil
            }
            total = time
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
        let distance = side.distance
        let rows = side.rows
        rows.arcs.withUnsafeBufferPointer { arcs in
            for slot in Int(rows.first[v])..<Int(rows.first[v + 1]) {
                let arc = arcs[slot]
                let w = Int(arc.target)
                let candidate = key + Int64(arc.cost)
                if candidate < distance[w] {
                    if distance[w] == .max {
                        side.touched[side.touchedCount] = arc.target
                        side.touchedCount += 1
                    }
                    distance[w] = candidate
                    side.parent[w] = entry.slot
                    side.heap.push(candidate, order[w], slot: arc.target)
                }
                if distance[w] == candidate, other.distance[w] != .max, candidate + other.distance[w] <= best.total {
                    best.offer(side, other, at: w, node: Int(order[w]), lengths: lengths)
                }
            }
        }
    }
}
