public import PatrolGeo

/// How one place is reached from the nearest of several sources.
public struct Reach: Sendable, Hashable {
    /// Travel time in milliseconds, `nil` when no source reaches the place.
    public var milliseconds: Int64?
    /// Index of the source that reaches it first (of sources equally fast, the one with the
    /// shorter way, then the lowest index: the endpoint rule, ``EndpointRank``).
    public var source: Int?
    /// Metres walked on the way (door walks and foot stretches), `nil` when not reached.
    public var walk: Double?
    /// True when the place's nearest road is an isolated piece of network and it was reached
    /// through the nearest road of the largest connected network instead.
    public var viaIsland: Bool
}

extension Router {
    /// The time from the nearest of `sources` to each of `targets`, with one multi-source search.
    ///
    /// Each target gets exactly the time ``route(from:to:startName:endName:)`` gives from its
    /// best source: the same snaps (island ends included), seeds, same-link shortcut and walk
    /// across, chosen by the same rule (``bestEnding(throughGraph:from:to:limit:)``).
    /// - Parameter limit: stop the search at this many milliseconds (targets beyond get `nil`).
    /// - Complexity: one Dijkstra plus O(targets × snapping).
    public func reach(from sources: [Point], to targets: [Point], limit: Int64? = nil) -> [Reach] {
        reach(from: sources, toSnapped: targets.map { snaps($0) }, limit: limit)
    }

    /// ``reach(from:to:limit:)`` for targets already snapped (each one's ``snaps(_:)``),
    /// so places reached from several sets of sources are snapped only once.
    ///
    /// The targets' endings are weighed on up to `workers` threads; the answer does not depend on how many.
    public func reach(from sources: [Point], toSnapped targetSnaps: [[Snap]], limit: Int64? = nil, workers: Int = Parallel.defaultWorkers) -> [Reach] {
        let sourceSnaps = sources.map { snaps($0) }
        var starts: [SnapSeed] = []
        var sourceOfStart: [Int] = []
        for (i, snaps) in sourceSnaps.enumerated() {
            for seed in snaps.flatMap({ snapper.startSeeds($0) }) {
                starts.append(seed)
                sourceOfStart.append(i)
            }
        }
        let search = ShortestPathSearch(graph: graph)
        search.run(from: starts.searchSeeds, limit: limit)
        let tree = search.tree()
        return Parallel.map(targetSnaps.count, workers: workers) { [self, starts, sourceOfStart] k in
            let snaps = targetSnaps[k]
            let throughGraph = snaps.flatMap { snapper.targetSeeds($0) }.compactMap { seed -> RouteEnding? in
                guard let way = tree.cost(to: seed.node), let origin = tree.origin(of: seed.node).map(Int.init) else { return nil }
                return RouteEnding(cost: way + seed.cost, index: sourceOfStart[origin], way: .graph, start: starts[origin].snap, end: seed.snap)
            }
            guard let best = bestEnding(throughGraph: throughGraph, from: sourceSnaps, to: snaps, limit: limit ?? .max) else {
                return Reach(milliseconds: nil, source: nil, walk: nil, viaIsland: false)
            }
            return Reach(milliseconds: best.cost.milliseconds, source: best.index, walk: best.cost.walkedMetres, viaIsland: best.end?.viaMainNetwork ?? false)
        }
    }
}
