import PatrolData
import PatrolGeo

/// The routing graph as the searches read it: nodes renumbered along a Hilbert curve over
/// their positions, so that nodes near each other on the ground sit near each other in memory,
/// and each direction's rows with target and cost interleaved.
///
/// The renumbering stays inside the searches: they take and give graph node numbers, and
/// break ties by graph node number, so every answer is the one the graph's own order gives.
final class SearchLayout: Sendable {
    /// One edge as a search follows it: the node at its far end (renumbered) and its cost.
    struct Arc: Sendable {
        var target: Int32
        var cost: UInt32
    }

    /// One direction's compressed rows over the renumbered nodes.
    struct Rows: Sendable {
        /// Arcs of renumbered node `v` are `arcs[first[v] ..< first[v + 1]]`, in the graph's edge order.
        let first: [Int32]
        /// See ``first``.
        let arcs: [Arc]
        /// Per renumbered node, what turns its arc slots into slots of the graph's rows
        /// (`graph slot = slot + slotBase[v]`).
        let slotBase: [Int32]
        /// The graph edge in each slot of the graph's rows (`nil`: the slot is the edge).
        let slotEdge: [Int32]?

        /// The graph edge of arc `slot`, an arc of renumbered node `v`.
        @inline(__always)
        func edge(_ slot: Int, of v: Int) -> Int {
            let graphSlot = slot + Int(slotBase[v])
            return slotEdge.map { Int($0[graphSlot]) } ?? graphSlot
        }

        /// The arc a search followed from `u` to `v` when it gave `v` its time `cost` later than
        /// `u`'s: of `u`'s arcs to `v`, the first of the lowest cost (a later arc of equal
        /// cost does not improve on it).
        func arc(from u: Int, to v: Int, costing cost: Int64) -> Int {
            var slot = Int(first[u])
            while Int(arcs[slot].target) != v || Int64(arcs[slot].cost) != cost { slot += 1 }
            return slot
        }
    }

    /// Graph node of each renumbered node.
    let order: [Int32]
    /// Renumbered node of each graph node (``order`` inverted).
    let rank: [Int32]
    /// Out-edges.
    let forward: Rows
    /// In-edges, each arc leading to the edge's source.
    let backward: Rows

    /// Renumbers `graph`'s nodes and packs its rows.
    /// - Complexity: O(V log V + E)
    init(graph: RoutingGraph) {
        let count = graph.nodeCount
        let positions = (0..<count).map { graph.network.nodes[graph.split($0).networkNode] }
        let keys = HilbertCurve(around: positions).indices(positions)
        // By curve index, then node: sorted as one packed integer each (a comparison closure on
        // the pair took most of a province's layout).
        let order = keys.enumerated().map { UInt64($0.element) << 32 | UInt64($0.offset) }.sorted().map { Int32(truncatingIfNeeded: $0) }
        var rank = [Int32](repeating: 0, count: count)
        for (v, node) in order.enumerated() { rank[Int(node)] = Int32(v) }
        self.order = order
        self.rank = rank
        forward = Self.rows(order: order, rank: rank, first: graph.firstEdge, slotEdge: nil, farEnd: graph.target, costs: graph.cost)
        backward = Self.rows(order: order, rank: rank, first: graph.firstInEdge, slotEdge: graph.inEdges, farEnd: graph.source, costs: graph.cost)
    }

    private static func rows(order: [Int32], rank: [Int32], first: [Int32], slotEdge: [Int32]?, farEnd: [Int32], costs: [UInt32]) -> Rows {
        var start = [Int32](repeating: 0, count: order.count + 1)
        var base = [Int32](repeating: 0, count: order.count)
        var arcs: [Arc] = []
        arcs.reserveCapacity(farEnd.count)
        for (v, node) in order.enumerated() {
            base[v] = first[Int(node)] - Int32(arcs.count)
            for slot in Int(first[Int(node)])..<Int(first[Int(node) + 1]) {
                let e = slotEdge.map { Int($0[slot]) } ?? slot
                arcs.append(Arc(target: rank[Int(farEnd[e])], cost: costs[e]))
            }
            start[v + 1] = Int32(arcs.count)
        }
        return Rows(first: start, arcs: arcs, slotBase: base, slotEdge: slotEdge)
    }
}

extension RoutingGraph {
    /// The graph's ``SearchLayout``, made on first use and shared by every search of it (on any
    /// thread) and every copy of the graph.
    var searchLayout: SearchLayout {
        searchLayoutBox.value(orMake: { SearchLayout(graph: self) })
    }
}

/// Positions along a Hilbert curve of 2¹⁶ × 2¹⁶ cells over a bounding box.
struct HilbertCurve {
    private let west: Double
    private let south: Double
    private let scale: Double

    /// A curve over the box around `points` (any box when there are none).
    init(around points: [Point]) {
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        west = xs.min() ?? 0
        south = ys.min() ?? 0
        let side = max((xs.max() ?? 0) - west, (ys.max() ?? 0) - south)
        scale = side > 0 ? 65535 / side : 0
    }

    /// The curve position of each point.
    func indices(_ points: [Point]) -> [UInt32] {
        points.map { p in
            Self.index(x: UInt32(((p.x - west) * scale).rounded(.down)), y: UInt32(((p.y - south) * scale).rounded(.down)))
        }
    }

    /// The position of cell (`x`, `y`) along the curve (the classic rotate-and-flip walk).
    static func index(x: UInt32, y: UInt32) -> UInt32 {
        var x = x
        var y = y
        var d: UInt32 = 0
        var s: UInt32 = 1 << 15
        while s > 0 {
            let rx: UInt32 = (x & s) > 0 ? 1 : 0
            let ry: UInt32 = (y & s) > 0 ? 1 : 0
            d += s * s * ((3 * rx) ^ ry)
            if ry == 0 {
                if rx == 1 {
                    x = s &- 1 &- x
                    y = s &- 1 &- y
                }
                swap(&x, &y)
            }
            s >>= 1
        }
        return d
    }
}
