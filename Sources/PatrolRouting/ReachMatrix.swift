import Dispatch
import Foundation
public import PatrolGeo
import Synchronization

/// Travel times from each of many sources to the targets it reaches within a limit: a sparse
/// source × target matrix, row by row, built with one bounded search per source.
///
/// Every entry equals the time ``Router/route(from:to:startName:endName:)`` gives for that
/// pair (same snaps, seeds, same-link shortcut and walk across, chosen by the same rule,
/// ``EndpointRank``), when it is within the limit.
public struct ReachMatrix: Sendable {
    /// Number of sources (rows).
    public let sourceCount: Int
    /// Number of targets (columns).
    public let targetCount: Int
    /// Row `s` is `targets[rowStart[s] ..< rowStart[s + 1]]`, in ascending target order.
    public let rowStart: [Int]
    /// Target index of each entry.
    public let targets: [Int32]
    /// Milliseconds of each entry.
    public let milliseconds: [Int64]

    /// The entries of row `s`.
    public func row(_ s: Int) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Int64>> {
        zip(targets[rowStart[s]..<rowStart[s + 1]], milliseconds[rowStart[s]..<rowStart[s + 1]])
    }
}

extension Router {
    /// The sparse matrix of travel times from `sources` to `targets` within `limit` milliseconds.
    ///
    /// Rows are computed in parallel on all cores, each with its own search buffers.
    /// - Parameters:
    ///   - targetSnaps: each target's ``snaps(_:)``, when already known (else snapped here).
    ///   - usefulBelow: when given, an entry is kept only if it is below this value for its
    ///     target (a planner needs only times that beat the existing posts).
    ///   - progress: called with the number of rows done, from any thread.
    /// - Complexity: one bounded Dijkstra per source.
    public func reachMatrix(
        from sources: [Point], to targets: [Point], targetSnaps: [[Snap]]? = nil, limit: Int64, usefulBelow: [Int64]? = nil,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> ReachMatrix {
        let attachments = TargetAttachments(router: self, targets: targets, targetSnaps: targetSnaps ?? targets.map { snaps($0) })
        let rows = Mutex([[(Int32, Int64)]](repeating: [], count: sources.count))
        let done = Atomic<Int>(0)
        let workers = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let chunk = max(1, (sources.count + workers * 8 - 1) / (workers * 8))
        let chunks = (sources.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let search = ShortestPathSearch(graph: graph)
            var best = [PathCost?](repeating: nil, count: targets.count)
            var touched: [Int32] = []
            for s in (c * chunk)..<min(sources.count, (c + 1) * chunk) {
                var row = attachments.row(from: sources[s], router: self, search: search, limit: limit, best: &best, touched: &touched)
                if let usefulBelow { row.removeAll { $0.1 >= usefulBelow[Int($0.0)] } }
                rows.withLock { $0[s] = row }
                let finished = done.add(1, ordering: .relaxed).newValue
                progress?(finished)
            }
        }
        let (rowStart, columns, values) = concatenated(rows.withLock { $0 })
        return ReachMatrix(sourceCount: sources.count, targetCount: targets.count, rowStart: rowStart, targets: columns, milliseconds: values)
    }
}

/// Lists of (target, value) laid end to end: list `k` is entries `start[k] ..< start[k + 1]`.
private func concatenated<Value>(_ lists: [[(Int32, Value)]]) -> (start: [Int], targets: [Int32], values: [Value]) {
    var start = [0]
    var targets: [Int32] = []
    var values: [Value] = []
    for list in lists {
        for (t, value) in list {
            targets.append(t)
            values.append(value)
        }
        start.append(targets.count)
    }
    return (start, targets, values)
}

/// The targets prepared once for many searches: which graph nodes lead to which target at what
/// extra cost (a target seed's ``SnapSeed/cost``), which targets sit on which link, and where
/// they are for the walk across.
struct TargetAttachments: Sendable {
    let targetSnaps: [[Snap]]
    let nodeStart: [Int]
    let nodeTarget: [Int32]
    let nodeCost: [PathCost]
    let onLink: [Int: [Int32]]
    let grid: [Int64: [Int32]]
    let gridCell: Double
    let farthestDoor: Double

    init(router: Router, targets: [Point], targetSnaps: [[Snap]]) {
        let graph = router.graph
        self.targetSnaps = targetSnaps
        var perNode = [[(Int32, PathCost)]](repeating: [], count: graph.nodeCount)
        var onLink: [Int: [Int32]] = [:]
        for (t, snaps) in targetSnaps.enumerated() {
            for snap in snaps {
                onLink[snap.layer * graph.network.links.count + snap.link, default: []].append(Int32(t))
                for seed in router.snapper.targetSeeds(snap) { perNode[seed.node].append((Int32(t), seed.cost)) }
            }
        }
        (nodeStart, nodeTarget, nodeCost) = concatenated(perNode)
        self.onLink = onLink
        gridCell = 500
        var grid: [Int64: [Int32]] = [:]
        var farthest = 0.0
        for (t, p) in targets.enumerated() {
            grid[Self.key(p, gridCell), default: []].append(Int32(t))
            farthest = max(farthest, targetSnaps[t].map(\.doorDistance).min() ?? 0)
        }
        self.grid = grid
        farthestDoor = farthest
    }

    static func key(_ p: Point, _ cell: Double) -> Int64 {
        Int64((p.x / cell).rounded(.down)) << 32 &+ Int64((p.y / cell).rounded(.down)) & 0xFFFF_FFFF
    }

    /// One source's row: every target within `limit`, ascending.
    ///
    /// The search's arrivals are weighed by the endpoint rule as they come; targets that may
    /// also be reached along the source's link or by walking across go through
    /// ``Router/bestEnding(throughGraph:from:to:limit:)`` with the best arrival.
    func row(from source: Point, router: Router, search: ShortestPathSearch, limit: Int64, best: inout [PathCost?], touched: inout [Int32]) -> [(Int32, Int64)]
    {
        let graph = router.graph
        let snaps = router.snaps(source)
        search.run(from: snaps.flatMap { router.snapper.startSeeds($0) }.searchSeeds, limit: limit)
        func offer(_ t: Int32, _ cost: PathCost) {
            guard cost.milliseconds <= limit else { return }
            if let current = best[Int(t)] {
                guard EndpointRank(cost, index: 0) < EndpointRank(current, index: 0) else { return }
            } else {
                touched.append(t)
            }
            best[Int(t)] = cost
        }
        for node in search.settled {
            guard let way = search.cost(to: Int(node)) else { continue }
            for k in nodeStart[Int(node)]..<nodeStart[Int(node) + 1] { offer(nodeTarget[k], way + nodeCost[k]) }
        }
        for t in shortcutTargets(from: source, snaps: snaps, linkCount: graph.network.links.count) {
            let throughGraph = best[Int(t)].map { [RouteEnding(cost: $0, index: 0, way: .graph)] } ?? []
            if let ending = router.bestEnding(throughGraph: throughGraph, from: [snaps], to: targetSnaps[Int(t)], limit: limit) { offer(t, ending.cost) }
        }
        touched.sort()
        let row = touched.map { ($0, best[Int($0)]!.milliseconds) }
        for t in touched { best[Int(t)] = nil }
        touched.removeAll(keepingCapacity: true)
        return row
    }

    /// Targets a source at `source` might reach other than through the graph: those on one of
    /// its snaps' links, and those near enough to walk across to; each once, ascending.
    private func shortcutTargets(from source: Point, snaps: [Snap], linkCount: Int) -> [Int32] {
        var found = snaps.flatMap { onLink[$0.layer * linkCount + $0.link] ?? [] }
        let reach = max(farthestDoor, snaps.map(\.doorDistance).min() ?? 0)
        let lo = Point(x: source.x - reach, y: source.y - reach)
        let hi = Point(x: source.x + reach, y: source.y + reach)
        let (x0, y0) = (Int64((lo.x / gridCell).rounded(.down)), Int64((lo.y / gridCell).rounded(.down)))
        let (x1, y1) = (Int64((hi.x / gridCell).rounded(.down)), Int64((hi.y / gridCell).rounded(.down)))
        for gx in x0...x1 {
            for gy in y0...y1 {
                found += grid[gx << 32 &+ gy & 0xFFFF_FFFF] ?? []
            }
        }
        return Array(Set(found)).sorted()
    }
}
