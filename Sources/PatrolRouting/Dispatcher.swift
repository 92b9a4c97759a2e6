public import PatrolGeo

/// Ranks starting points (posts) by travel time to one destination with a single backward
/// search from the destination: one search, however many posts.
///
/// Each time equals that of ``Router/route(from:to:startName:endName:)`` from the candidate:
/// the same snaps and seeds, the same-link shortcut and the walk across to a place next door.
public struct Dispatcher: Sendable {
    /// The router whose graph and snapping are used.
    public let router: Router

    /// Creates a dispatcher over a router.
    public init(router: Router) {
        self.router = router
    }

    /// One candidate's result.
    public struct Ranking: Sendable, Hashable {
        /// Index of the candidate in the list given.
        public var index: Int
        /// Travel time in milliseconds, `nil` when it cannot reach the destination.
        public var milliseconds: Int64?
        /// Route length in metres, `nil` when unreachable.
        public var distance: Double?
    }

    /// Every candidate's time and distance to `destination`, fastest first (unreachable last,
    /// ties by index).
    ///
    /// - Complexity: one Dijkstra over the graph, plus snapping each candidate.
    public func rank(_ candidates: [Point], to destination: Point) -> [Ranking] {
        let snapper = router.snapper
        let graph = router.graph
        let destinationSnaps = router.snaps(destination)
        let targets = destinationSnaps.flatMap { snapper.targetSeeds($0) }
        let search = ShortestPathSearch(graph: graph, backward: true)
        search.run(from: targets.enumerated().map { ShortestPathSearch.Seed(node: $0.element.node, cost: $0.element.cost, origin: Int32($0.offset)) })
        var results: [Ranking] = []
        for (index, candidate) in candidates.enumerated() {
            var best: (ms: Int64, distance: Double)?
            let candidateSnaps = router.snaps(candidate)
            for snap in candidateSnaps {
                for seed in snapper.startSeeds(snap) {
                    guard let rest = search.milliseconds(to: seed.node), let (_, edges) = search.path(to: seed.node) else { continue }
                    let total = seed.cost + rest
                    guard best == nil || total < best!.ms else { continue }
                    let pathLength = edges.reduce(0.0) { sum, edge in
                        let ref = Int(graph.edgeLink[Int(edge)])
                        return sum + (ref >= 0 ? graph.network.links[ref / 2].length : 0)
                    }
                    let target = targets[Int(search.origin(of: seed.node) ?? 0)]
                    let startPiece = abs((seed.backward ? 0 : graph.network.links[snap.link].length) - snap.offset)
                    let targetPiece = abs((target.backward ? graph.network.links[target.snap.link].length : 0) - target.snap.offset)
                    best = (total, snap.doorDistance + startPiece + pathLength + targetPiece + target.snap.doorDistance)
                }
            }
            for a in candidateSnaps {
                for b in destinationSnaps where a.layer == b.layer && a.link == b.link {
                    if let direct = router.directAlongLink(a, b), best == nil || direct.milliseconds < best!.ms {
                        best = (direct.milliseconds, direct.distance)
                    }
                }
            }
            if let walk = router.walkAcross(candidateSnaps, destinationSnaps, within: best?.ms) {
                best = (walk.milliseconds, walk.distance)
            }
            results.append(Ranking(index: index, milliseconds: best?.ms, distance: best?.distance))
        }
        return results.sorted {
            switch ($0.milliseconds, $1.milliseconds) {
            case let (a?, b?): a != b ? a < b : $0.index < $1.index
            case (nil, nil): $0.index < $1.index
            case (nil, _): false
            case (_, nil): true
            }
        }
    }
}
