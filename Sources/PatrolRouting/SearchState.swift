import CPrefetch

/// One direction's working state over a ``SearchLayout``: per renumbered node its time, its
/// tree parent and its graph node side by side (relaxing an arc reads and writes one place, not
/// three arrays), the nodes reached, the heap and the seeds.
///
/// Shared by ``ShortestPathSearch`` and both sides of ``BidirectionalSearch``. The buffers are
/// the owner's: it calls ``deallocate()`` once, when it is done with them.
struct SearchState {
    /// What a search knows of one renumbered node.
    struct Label {
        /// Milliseconds from the seeds, `Int64.max` while unreached.
        var distance: Int64
        /// The renumbered node it was reached from, `-2 - i` for seed `i`, −1 while unreached.
        var parent: Int32
        /// Its graph node (the heap breaks ties by it).
        let node: Int32
    }

    /// Per renumbered node.
    let labels: UnsafeMutablePointer<Label>
    /// Renumbered nodes reached, in the order first reached.
    let touched: UnsafeMutablePointer<Int32>
    var touchedCount = 0
    var heap = QuadHeap()
    /// This run's seeds (a tree path starts at one of them).
    var seeds: [SearchSeed] = []

    /// Fresh buffers for the nodes of `layout`, every one unreached.
    init(layout: SearchLayout) {
        let count = layout.order.count
        labels = .allocate(capacity: count)
        for (v, node) in layout.order.enumerated() { (labels + v).initialize(to: Label(distance: .max, parent: -1, node: node)) }
        touched = .allocate(capacity: count)
    }

    /// Takes over `other`'s state and leaves it an empty heap, so that pushing to the taken heap
    /// does not copy it (a search moves its state into a local for the loop, and back).
    init(moving other: inout SearchState) {
        self = other
        other.heap = QuadHeap()
    }

    func deallocate() {
        labels.deallocate()
        touched.deallocate()
    }

    /// Milliseconds to renumbered node `v`, `Int64.max` while unreached.
    @inline(__always)
    func distance(_ v: Int) -> Int64 { labels[v].distance }

    /// Marks every node the last run reached unreached again, and empties the heap.
    mutating func reset() {
        for i in 0..<touchedCount {
            let v = Int(touched[i])
            labels[v].distance = .max
            labels[v].parent = -1
        }
        touchedCount = 0
        heap.removeAll()
        seeds.removeAll(keepingCapacity: true)
    }

    /// Starts a run from `seeds` (the cheapest seed of a node wins, the first of equal ones).
    mutating func seed(_ seeds: [SearchSeed], rank: [Int32]) {
        self.seeds = seeds
        for (i, s) in seeds.enumerated() {
            let v = Int(rank[s.node])
            guard s.cost < labels[v].distance else { continue }
            if labels[v].distance == .max {
                touched[touchedCount] = Int32(v)
                touchedCount += 1
            }
            labels[v].distance = s.cost
            labels[v].parent = Int32(-2 - i)
            heap.push(s.cost, Int32(s.node), slot: Int32(v))
        }
    }

    /// The graph edges from renumbered node `v` back to its seed along `rows`, in the order walked back, and the seed's index.
    func path(to v: Int, rows: SearchLayout.Rows) -> (seed: Int, edges: [Int32]) {
        var edges: [Int32] = []
        var v = v
        while labels[v].parent >= 0 {
            let u = Int(labels[v].parent)
            edges.append(Int32(rows.edge(rows.arc(from: u, to: v, costing: labels[v].distance - labels[u].distance), of: u)))
            v = u
        }
        return (Int(-2 - labels[v].parent), edges)
    }
}

extension SearchState {
    /// Asks the cache for what settling the heap's next node will read: its label and its first arcs.
    ///
    /// The loads then overlap with relaxing this node's arcs (they were a search's costliest
    /// misses). Only a hint: nothing changes.
    @inline(__always)
    func prefetchNext(first: UnsafeBufferPointer<Int32>, arcs: UnsafeBufferPointer<SearchLayout.Arc>) {
        guard let u = heap.minimumSlot, let base = arcs.baseAddress else { return }
        patrolmap_prefetch(labels + Int(u))
        patrolmap_prefetch(base + Int(first[Int(u)]))
    }

    /// Relaxes the arcs of renumbered node `v`, settled at `key`: every arc that improves its
    /// far end's time sets it and its parent and pushes it.
    @inline(__always)
    mutating func relax(_ v: Int, at key: Int64, first: UnsafeBufferPointer<Int32>, arcs: UnsafeBufferPointer<SearchLayout.Arc>) {
        let labels = self.labels
        var slot = Int(first[v])
        let end = Int(first[v &+ 1])
        while slot < end {
            let arc = arcs[slot]
            let w = Int(arc.target)
            let candidate = key &+ Int64(arc.cost)
            let current = labels[w].distance
            if candidate < current {
                if current == .max {
                    touched[touchedCount] = arc.target
                    touchedCount &+= 1
                }
                labels[w].distance = candidate
                labels[w].parent = Int32(truncatingIfNeeded: v)
                heap.push(candidate, labels[w].node, slot: arc.target)
            }
            slot &+= 1
        }
    }
}
