public import PatrolGeo

/// Ranks starting points (posts) by travel time to one destination with a single backward
/// search from the destination: one search, however many posts.
///
/// Each time equals that of ``Router/route(from:to:startName:endName:)`` from the candidate:
/// the same snaps and seeds, the same-link shortcut and the walk across to a place next door,
/// decided by the same function (``Router/bestEnding(throughGraph:from:to:limit:)``).
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

    /// Every candidate's time and distance to `destination`, fastest first (unreachable last),
    /// ordered by the endpoint rule (``EndpointRank``): of equal times the shorter way, then the lower index.
    ///
    /// Distances come from the search's labels, not from walking its tree back.
    /// - Complexity: one Dijkstra over the graph, plus snapping each candidate.
    public func rank(_ candidates: [Point], to destination: Point) -> [Ranking] {
        let snapper = router.snapper
        let destinationSnaps = router.snaps(destination)
        let targets = destinationSnaps.flatMap { snapper.targetSeeds($0) }
        let search = ShortestPathSearch(graph: router.graph, backward: true)
        search.run(from: targets.searchSeeds)
        let results = candidates.enumerated().map { index, candidate in
            let candidateSnaps = router.snaps(candidate)
            let throughGraph = candidateSnaps.flatMap { snapper.startSeeds($0) }.compactMap { seed -> RouteEnding? in
                guard let rest = search.cost(to: seed.node), let origin = search.origin(of: seed.node).map(Int.init) else { return nil }
                return RouteEnding(cost: seed.cost + rest, index: index, way: .graph, start: seed.snap, end: targets[origin].snap)
            }
            let best = router.bestEnding(throughGraph: throughGraph, from: [candidateSnaps], to: destinationSnaps)
            return Ranking(index: index, milliseconds: best?.cost.milliseconds, distance: best?.cost.metres)
        }
        return results.sorted { a, b in
            switch (a.milliseconds, b.milliseconds) {
            case (let ma?, let mb?):
                EndpointRank(milliseconds: ma, metres: a.distance ?? 0, index: a.index)
                    < EndpointRank(milliseconds: mb, metres: b.distance ?? 0, index: b.index)
            case (nil, nil): a.index < b.index
            case (nil, _): false
            case (_, nil): true
            }
        }
    }
}
