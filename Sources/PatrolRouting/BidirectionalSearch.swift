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
    /// One direction: its rows and its ``SearchState``, in buffers the search object owns.
    private struct Side {
        let rows: SearchLayout.Rows
        var state: SearchState

        /// Milliseconds to renumbered node `v`, `Int64.max` while unreached.
        @inline(__always)
        func distance(_ v: Int) -> Int64 { state.labels[v].distance }

        /// The cost of the tree path to renumbered node `v`: its time, and its metres summed from
        /// the seed's outwards, edge by edge, as a label set at each relaxation would hold them.
        func cost(at v: Int, lengths: EdgeLengths) -> PathCost {
            let (seed, edges) = path(to: v)
            var metres = state.seeds[seed].metres
            var walked = state.seeds[seed].walkedMetres
            for e in edges.reversed() {
                metres += lengths.metres(Int(e))
                walked += lengths.walkedMetres(Int(e))
            }
            return PathCost(milliseconds: distance(v), metres: metres, walkedMetres: walked)
        }

        /// The graph edges from renumbered node `v` back to the side's seed, in the order walked back, and the seed's index.
        func path(to v: Int) -> (seed: Int, edges: [Int32]) {
            state.path(to: v, rows: rows)
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
        layout = graph.searchLayout
        forward = Side(rows: layout.forward, state: SearchState(layout: layout))
        backward = Side(rows: layout.backward, state: SearchState(layout: layout))
    }

    deinit {
        forward.state.deallocate()
        backward.state.deallocate()
    }

    /// The shortest way from any start seed to any target seed (a target seed's cost is the
    /// time from its node on to the destination), as the seeds used, the edges between and its
    /// whole cost (both seeds' included); `nil` when no target is reachable.
    /// - Complexity: O((V + E) log V) in the worst case, typically much less.
    public func run(from starts: [SearchSeed], to targets: [SearchSeed]) -> (start: Int, target: Int, cost: PathCost, edges: [Int32])? {
        // Work on the two sides as locals, moved out of the object and back: every access to a
        // stored property of a class would otherwise pay a dynamic exclusivity check.
        var forward = Side(rows: self.forward.rows, state: SearchState(moving: &self.forward.state))
        var backward = Side(rows: self.backward.rows, state: SearchState(moving: &self.backward.state))
        defer {
            self.forward = forward
            self.backward = backward
        }
        let rank = layout.rank
        forward.state.reset()
        backward.state.reset()
        forward.state.seed(starts, rank: rank)
        backward.state.seed(targets, rank: rank)
        let lengths = EdgeLengths(graph: graph)
        var best = Meeting()
        for s in starts {
            let v = Int(rank[s.node])
            if backward.distance(v) != .max { best.offer(forward, backward, at: v, node: s.node, lengths: lengths) }
        }
        while true {
            let f = forward.state.heap.minimumKey
            let b = backward.state.heap.minimumKey
            guard f != nil || b != nil else { break }
            let fk = f ?? .max
            let bk = b ?? .max
            if fk != .max, bk != .max, fk + bk >= best.total { break }
            if f == nil || (b != nil && bk < fk) {
                if bk >= best.total { break }
                Self.step(&backward, other: forward, lengths: lengths, best: &best)
            } else {
                if fk >= best.total { break }
                Self.step(&forward, other: backward, lengths: lengths, best: &best)
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
        mutating func offer(_ one: Side, _ other: Side, at slot: Int, node w: Int, lengths: EdgeLengths) {
            let time = one.distance(slot) + other.distance(slot)
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

    /// Settles the side's next node, if its heap entry is current, and offers each node it
    /// reached through it (at the time it now holds) that the other side has reached too as a meeting.
    ///
    /// The offers follow the relaxation, not each arc: the best meeting is the least by time,
    /// metres and node of those offered, in whatever order, and nothing the step offers changes
    /// paths.
    @inline(__always)
    private static func step(_ side: inout Side, other: Side, lengths: EdgeLengths, best: inout Meeting) {
        guard let entry = side.state.heap.pop() else { return }
        let key = entry.key
        let v = Int(entry.slot)
        guard key == side.distance(v) else { return }
        let rows = side.rows
        rows.first.withUnsafeBufferPointer { first in
            rows.arcs.withUnsafeBufferPointer { arcs in
                side.state.prefetchNext(first: first, arcs: arcs)
                side.state.relax(v, at: key, first: first, arcs: arcs)
                for slot in Int(first[v])..<Int(first[v + 1]) {
                    let w = Int(arcs[slot].target)
                    let candidate = key + Int64(arcs[slot].cost)
                    let there = other.distance(w)
                    if there != .max, side.distance(w) == candidate, candidate + there <= best.total {
                        best.offer(side, other, at: w, node: Int(side.state.labels[w].node), lengths: lengths)
                    }
                }
            }
        }
    }
}
