/// The metres, walked metres and origin of every node a ``ShortestPathSearch`` reached, made
/// from its tree after the search rather than at every edge it relaxed.
///
/// A node's label is its tree parent's plus the tree edge's length (the first of the parent's
/// cheapest arcs to it, the one the search took), the very sum a search that
/// labels nodes as it reaches them ends with; settled nodes are labelled in the order they were
/// settled (a parent always before its children), then the nodes reached but not settled,
/// whose parents all are.
struct SearchLabels {
    /// Per renumbered node.
    private(set) var metres: [Double]
    /// Per renumbered node.
    private(set) var walkedMetres: [Double]
    /// Per renumbered node.
    private(set) var origin: [Int32]
    /// The ``generation`` in which each node was last labelled.
    private var stamp: [UInt32]
    private var generation: UInt32 = 1
    /// True when the labels belong to the last search.
    private(set) var isValid = false

    init(count: Int) {
        metres = [Double](repeating: 0, count: count)
        walkedMetres = [Double](repeating: 0, count: count)
        origin = [Int32](repeating: -1, count: count)
        stamp = [UInt32](repeating: 0, count: count)
    }

    /// Marks the labels stale (a new search has begun).
    mutating func invalidate() {
        isValid = false
    }

    /// Labels the nodes of one search.
    ///
    /// - Parameters:
    ///   - settled: renumbered nodes in the order settled.
    ///   - touched: every renumbered node reached.
    ///   - labels: per renumbered node, its time and the renumbered node it was reached from along `rows` (`-2 - i` for seed `i`).
    /// - Complexity: O(touched nodes)
    mutating func make(
        settled: UnsafeBufferPointer<Int32>, touched: UnsafeBufferPointer<Int32>, labels: UnsafeMutablePointer<SearchState.Label>,
        rows: SearchLayout.Rows,
        seeds: [SearchSeed], graph: RoutingGraph
    ) {
        if generation == .max {
            stamp = [UInt32](repeating: 0, count: stamp.count)
            generation = 0
        }
        generation += 1
        let generation = self.generation
        let lengths = EdgeLengths(graph: graph)
        func label(_ v: Int) {
            let p = Int(labels[v].parent)
            if p < 0 {
                let seed = seeds[-2 - p]
                metres[v] = seed.metres
                walkedMetres[v] = seed.walkedMetres
                origin[v] = seed.origin
            } else {
                let u = p
                let e = rows.edge(rows.arc(from: u, to: v, costing: labels[v].distance - labels[u].distance), of: u)
                metres[v] = metres[u] + lengths.metres(e)
                walkedMetres[v] = walkedMetres[u] + lengths.walkedMetres(e)
                origin[v] = origin[u]
            }
            stamp[v] = generation
        }
        for v in settled { label(Int(v)) }
        for v in touched where stamp[Int(v)] != generation { label(Int(v)) }
        isValid = true
    }
}
