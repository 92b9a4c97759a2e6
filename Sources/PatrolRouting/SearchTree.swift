/// The answers of one finished ``ShortestPathSearch``, as a value any thread may read
/// (the search object itself is not `Sendable`).
struct SearchTree: Sendable {
    /// Renumbered node of each graph node.
    let rank: [Int32]
    /// Per renumbered node: milliseconds, `Int64.max` when unreached.
    let distance: [Int64]
    /// The search's labels, made.
    let labels: SearchLabels

    /// See ``ShortestPathSearch/cost(to:)``.
    func cost(to node: Int) -> PathCost? {
        let v = Int(rank[node])
        let d = distance[v]
        return d == .max ? nil : PathCost(milliseconds: d, metres: labels.metres[v], walkedMetres: labels.walkedMetres[v])
    }

    /// See ``ShortestPathSearch/origin(of:)``.
    func origin(of node: Int) -> Int32? {
        let v = Int(rank[node])
        return distance[v] == .max ? nil : labels.origin[v]
    }
}
