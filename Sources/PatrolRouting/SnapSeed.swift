/// One way of leaving (or reaching) a snap point along its link: the partial piece of link
/// between the snap point and a graph node, and the door walk, as a search starts from them.
struct SnapSeed: Sendable {
    var snap: Snap
    /// Graph node where the piece along the link ends (start) or begins (target).
    var node: Int
    /// True when the piece along the link runs against the link's geometry.
    var backward: Bool
    /// Milliseconds along the partial link piece (door walk not included).
    var alongMilliseconds: Int64
    /// Metres along the partial link piece.
    var alongMetres: Double
    /// True when the partial piece is walked (the snap's layer is a foot layer).
    var alongOnFoot: Bool

    /// Door walk plus the partial piece.
    var cost: PathCost {
        PathCost(
            milliseconds: snap.doorMilliseconds + alongMilliseconds, metres: snap.doorWalk + alongMetres,
            walkedMetres: snap.doorWalk + (alongOnFoot ? alongMetres : 0))
    }

    /// The search seed at ``node`` that carries this seed's cost and `origin`.
    func searchSeed(origin: Int32) -> SearchSeed {
        let cost = cost
        return SearchSeed(node: node, cost: cost.milliseconds, metres: cost.metres, walkedMetres: cost.walkedMetres, origin: origin)
    }
}

extension [SnapSeed] {
    /// Search seeds for these, each labelled with its own index.
    var searchSeeds: [SearchSeed] {
        enumerated().map { $0.element.searchSeed(origin: Int32($0.offset)) }
    }
}
