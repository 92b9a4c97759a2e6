/// A starting point of a search: a graph node, what reaching it already cost, and a label
/// (which post, which candidate) that the nodes it reaches first inherit.
///
/// Both ``ShortestPathSearch`` and ``BidirectionalSearch`` start from seeds; a seed's metres
/// and walked metres start the search's labels, so a label covers the whole way from a door.
public struct SearchSeed: Sendable, Hashable {
    /// Graph node.
    public var node: Int
    /// Milliseconds already spent before this node.
    public var cost: Int64
    /// Metres already travelled before this node.
    public var metres: Double
    /// The part of ``metres`` travelled on foot.
    public var walkedMetres: Double
    /// Label passed on to every node this seed reaches first.
    public var origin: Int32

    /// Creates a seed.
    public init(node: Int, cost: Int64, metres: Double = 0, walkedMetres: Double = 0, origin: Int32 = 0) {
        self.node = node
        self.cost = cost
        self.metres = metres
        self.walkedMetres = walkedMetres
        self.origin = origin
    }
}
