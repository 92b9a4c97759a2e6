/// Dijkstra's algorithm over a ``RoutingGraph``, with reusable buffers.
///
/// One object serves many searches (buffers are reset only where the last search touched
/// them). It is a class with mutable state, not `Sendable`: give each thread its own.
/// Distances are whole milliseconds; `Int64.max` means unreached. Beside its time, every node
/// is labelled with the metres and walked metres of the way that reached it (the seed's included).
///
/// The search runs over the graph's ``SearchLayout`` (nodes renumbered for locality, target and
/// cost side by side) and keeps only times and tree edges while it runs; the labels follow from
/// the tree, in the order the nodes were settled, when first asked for. They are the same sums
/// in the same order as labelling each node as it is reached, and ties between equal times are
/// broken by graph node number, so every answer is the one a plain Dijkstra over the graph gives.
public final class ShortestPathSearch {
    /// The graph searched.
    public let graph: RoutingGraph
    /// True when the search follows edges backwards (distances *to* the seeds).
    public let backward: Bool

    private let layout: SearchLayout
    private let rows: SearchLayout.Rows
    /// Times, tree parents, the nodes reached, heap and seeds of the last search.
    private var state: SearchState
    /// Renumbered nodes the last search settled, in order.
    private let settledOrder: UnsafeMutablePointer<Int32>
    private var settledCount = 0
    private var labels: SearchLabels

    /// Graph nodes in the order they were settled by the last search.
    ///
    /// - Complexity: O(settled nodes): the list is made on each call.
    public var settled: [Int32] {
        let order = layout.order
        return (0..<settledCount).map { order[Int(settledOrder[$0])] }
    }

    /// Prepares buffers for `graph`; `backward` searches follow in-edges.
    public init(graph: RoutingGraph, backward: Bool = false) {
        self.graph = graph
        self.backward = backward
        layout = graph.searchLayout
        rows = backward ? layout.backward : layout.forward
        state = SearchState(layout: layout)
        settledOrder = .allocate(capacity: graph.nodeCount)
        labels = SearchLabels(count: graph.nodeCount)
    }

    deinit {
        state.deallocate()
        settledOrder.deallocate()
    }

    private func reset(seeds: [SearchSeed]) {
        state.reset()
        settledCount = 0
        labels.invalidate()
        state.seed(seeds, rank: layout.rank)
    }

    /// Settles every node reachable from the seeds within `limit` milliseconds (all when `nil`).
    ///
    /// With several seeds this is the multi-source search: each node gets the time from its
    /// nearest seed and that seed's origin label.
    /// - Complexity: O((V + E) log V) over the nodes within the limit.
    public func run(from seeds: [SearchSeed], limit: Int64? = nil) {
        reset(seeds: seeds)
        let bound = limit ?? .max
        expand { key, _ in key > bound }
    }

    /// One-to-one (or one-to-few) search with early exit: stops as soon as no unsettled node can improve
    /// the best arrival at the targets, where reaching target node `t` costs `extra` more.
    ///
    /// Returns the best target index and total, or `nil` when unreachable.
    public func run(from seeds: [SearchSeed], toAny targets: [(node: Int, extra: Int64)]) -> (target: Int, total: Int64)? {
        reset(seeds: seeds)
        var extraAt: [Int: [(Int, Int64)]] = [:]
        for (i, t) in targets.enumerated() { extraAt[t.node, default: []].append((i, t.extra)) }
        var best: (target: Int, total: Int64)?
        expand { key, node in
            if let best, key >= best.total { return true }
            for (i, extra) in extraAt[Int(node)] ?? [] {
                let total = key + extra
                if best == nil || total < best!.total || (total == best!.total && i < best!.target) { best = (i, total) }
            }
            return false
        }
        return best
    }

    /// The search loop: pops nodes in (time, graph node) order; `stop` sees each node about to
    /// be settled (its time and graph node) and ends the search by returning true.
    @inline(__always)
    private func expand(stop: (Int64, Int32) -> Bool) {
        // The state and the counter are locals for the loop: every access to a stored property
        // of a class would otherwise pay a dynamic exclusivity check.
        var state = SearchState(moving: &self.state)
        var settledCount = self.settledCount
        defer {
            self.state = state
            self.settledCount = settledCount
        }
        let labels = state.labels
        let settledOrder = self.settledOrder
        rows.first.withUnsafeBufferPointer { first in
            rows.arcs.withUnsafeBufferPointer { arcs in
                while let entry = state.heap.pop() {
                    let key = entry.key
                    let v = Int(entry.slot)
                    guard key == labels[v].distance else { continue }
                    if stop(key, entry.node) { break }
                    settledOrder[settledCount] = entry.slot
                    settledCount &+= 1
                    state.prefetchNext(first: first, arcs: arcs)
                    state.relax(v, at: key, first: first, arcs: arcs)
                }
            }
        }
    }

    /// Makes the metres, walked metres and origin labels of the last search, if not yet made.
    private func label() {
        guard !labels.isValid else { return }
        labels.make(
            settled: UnsafeBufferPointer(start: settledOrder, count: settledCount),
            touched: UnsafeBufferPointer(start: state.touched, count: state.touchedCount), labels: state.labels, rows: rows, seeds: state.seeds,
            graph: graph)
    }

    /// The last search's answers as a value for other threads to read.
    ///
    /// - Complexity: O(V): the times are copied.
    func tree() -> SearchTree {
        label()
        let state = state.labels
        return SearchTree(rank: layout.rank, distance: (0..<graph.nodeCount).map { state[$0].distance }, labels: labels)
    }

    /// Milliseconds from the seeds to `node` (to the seeds, for a backward search), or `nil` when unreached.
    ///
    /// After a bounded or early-exit search, only settled nodes carry final values.
    public func milliseconds(to node: Int) -> Int64? {
        let d = state.distance(Int(layout.rank[node]))
        return d == .max ? nil : d
    }

    /// Time, metres and walked metres from the seeds to `node` (to the seeds, for a backward
    /// search), seed costs included, or `nil` when unreached.
    public func cost(to node: Int) -> PathCost? {
        let v = Int(layout.rank[node])
        let d = state.distance(v)
        guard d != .max else { return nil }
        label()
        return PathCost(milliseconds: d, metres: labels.metres[v], walkedMetres: labels.walkedMetres[v])
    }

    /// The origin label of the seed that reached `node` first.
    public func origin(of node: Int) -> Int32? {
        let v = Int(layout.rank[node])
        guard state.distance(v) != .max else { return nil }
        label()
        return labels.origin[v]
    }
}
