public import PatrolGeo

/// How one place is reached from the nearest of several sources.
public struct Reach: Sendable, Hashable {
    /// Travel time in milliseconds, `nil` when no source reaches the place.
    public var milliseconds: Int64?
    /// Index of the source that reaches it first.
    public var source: Int?
    /// Metres walked on the way (door walks and foot stretches), when asked for.
    public var walk: Double?
    /// True when the place's nearest road is an isolated piece of network and it was reached
    /// through the nearest road of the largest connected network instead.
    public var viaIsland: Bool
}

extension Router {
    /// The time from the nearest of `sources` to each of `targets`, with one multi-source search.
    ///
    /// Each target gets exactly the time ``route(from:to:startName:endName:)`` gives from its
    /// best source: the same snaps (island ends included), seeds, same-link shortcut and walk across.
    /// - Parameters:
    ///   - limit: stop the search at this many milliseconds (targets beyond get `nil`).
    ///   - walks: also measure the metres walked (follows each target's path back).
    /// - Complexity: one Dijkstra plus O(targets × snapping) and, with `walks`, the path lengths.
    public func reach(from sources: [Point], to targets: [Point], limit: Int64? = nil, walks: Bool = false) -> [Reach] {
        reach(from: sources, toSnapped: targets.map { snaps($0) }, limit: limit, walks: walks)
    }

    /// ``reach(from:to:limit:walks:)`` for targets already snapped (each one's ``snaps(_:)``),
    /// so places reached from several sets of sources are snapped only once.
    public func reach(from sources: [Point], toSnapped targetSnaps: [[Snap]], limit: Int64? = nil, walks: Bool = false) -> [Reach] {
        var starts: [SnapSeed] = []
        var sourceOfStart: [Int] = []
        var sourceSnaps: [[Snap]] = []
        for (i, source) in sources.enumerated() {
            let snaps = self.snaps(source)
            sourceSnaps.append(snaps)
            for seed in snaps.flatMap({ snapper.startSeeds($0) }) {
                starts.append(seed)
                sourceOfStart.append(i)
            }
        }
        let search = ShortestPathSearch(graph: graph)
        search.run(from: starts.enumerated().map { .init(node: $0.element.node, cost: $0.element.cost, origin: Int32($0.offset)) }, limit: limit)
        let bound = limit ?? .max
        return targetSnaps.map { snaps in
            best(search: search, starts: starts, sourceOfStart: sourceOfStart, sourceSnaps: sourceSnaps, targetSnaps: snaps, walks: walks, bound: bound)
        }
    }

    private func best(
        search: ShortestPathSearch, starts: [SnapSeed], sourceOfStart: [Int], sourceSnaps: [[Snap]], targetSnaps: [Snap], walks: Bool, bound: Int64
    ) -> Reach {
        var bestTime: Int64?
        var bestSource: Int?
        var bestWalk: Double?
        var viaIsland = false
        for seed in targetSnaps.flatMap({ snapper.targetSeeds($0) }) {
            guard let rest = search.milliseconds(to: seed.node), let origin = search.origin(of: seed.node) else { continue }
            let total = rest + seed.cost
            let source = sourceOfStart[Int(origin)]
            guard total <= bound, bestTime == nil || total < bestTime! || (total == bestTime! && source < bestSource!) else { continue }
            bestTime = total
            bestSource = source
            viaIsland = seed.snap.viaMainNetwork
            if walks { bestWalk = walked(search: search, start: starts[Int(origin)], to: seed) }
        }
        for (source, snaps) in sourceSnaps.enumerated() {
            for a in snaps {
                for b in targetSnaps where a.layer == b.layer && a.link == b.link {
                    guard let direct = directAlongLink(a, b), direct.milliseconds <= bound,
                        bestTime == nil || direct.milliseconds < bestTime! || (direct.milliseconds == bestTime! && source < bestSource!)
                    else { continue }
                    bestTime = direct.milliseconds
                    bestSource = source
                    viaIsland = b.viaMainNetwork
                    if walks { bestWalk = direct.walkDistance }
                }
            }
        }
        if !targetSnaps.isEmpty {
            for (source, snaps) in sourceSnaps.enumerated() {
                guard let walk = walkAcross(snaps, targetSnaps, within: bestTime), walk.milliseconds <= bound else { continue }
                bestTime = walk.milliseconds
                bestSource = source
                viaIsland = false
                bestWalk = walk.distance
            }
        }
        return Reach(milliseconds: bestTime, source: bestSource, walk: bestWalk, viaIsland: viaIsland)
    }

    /// Metres walked on the path from `start` through the search tree to `target`.
    private func walked(search: ShortestPathSearch, start: SnapSeed, to target: SnapSeed) -> Double {
        let network = graph.network
        var total = start.snap.doorDistance + target.snap.doorDistance
        func piece(_ seed: SnapSeed, leaving: Bool) -> Double {
            let length = network.links[seed.snap.link].length
            let end = leaving ? (seed.backward ? 0 : length) : (seed.backward ? length : 0)
            return abs(end - seed.snap.offset)
        }
        if graph.layers[start.snap.layer] == .foot { total += piece(start, leaving: true) }
        if graph.layers[target.snap.layer] == .foot { total += piece(target, leaving: false) }
        if let (_, edges) = search.path(to: target.node) {
            for edge in edges {
                let ref = Int(graph.edgeLink[Int(edge)])
                guard ref >= 0 else { continue }
                if graph.layers[graph.split(Int(graph.target[Int(edge)])).layer] == .foot { total += network.links[ref / 2].length }
            }
        }
        return total
    }
}
