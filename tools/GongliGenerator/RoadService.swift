import PatrolData
import PatrolGeo

/// How many households each stretch of road serves: the number whose shortest way out to a county or
/// township road runs along it.
///
/// Busier lanes get wider and better surfaces, the way village roads are upgraded in practice.
struct RoadService {
    let graph: RoadGraph
    /// Households served per undirected edge, keyed by the two node ids (smaller first).
    private(set) var served: [Int: Int] = [:]

    /// Counts, for every household, the edges on its way to the nearest main road (not on foot paths).
    ///
    /// - Complexity: O(E log V + households × path length)
    init(network: RoadNetwork, households: [Household]) {
        graph = RoadGraph(network.roads)
        var kindOfEdge: [Int: RoadKind] = [:]
        for road in network.roads {
            for i in 0..<(road.points.count - 1) {
                guard let a = graph.node(at: road.points[i]), let b = graph.node(at: road.points[i + 1]) else { continue }
                kindOfEdge[Self.key(a, b)] = road.kind
            }
        }
        // Shortest-path tree from all main-road nodes over everything but footpaths.
        var parent = [Int](repeating: -1, count: graph.nodes.count)
        var distance = [Double](repeating: .infinity, count: graph.nodes.count)
        var heap = MinHeap()
        for road in network.roads where road.kind == .county || road.kind == .township {
            for p in road.points {
                let n = graph.node(at: p)!
                if distance[n] > 0 {
                    distance[n] = 0
                    heap.push(0, n)
                }
            }
        }
        while let (d, n) = heap.pop() {
            guard d <= distance[n] else { continue }
            for (m, length) in graph.neighbours[n] where kindOfEdge[Self.key(n, m)] != .path && d + length < distance[m] {
                distance[m] = d + length
                parent[m] = n
                heap.push(d + length, m)
            }
        }
        // Each household walks to its nearest node, then up the tree.
        var buckets: [Int: [Int]] = [:]
        for (n, p) in graph.nodes.enumerated() { buckets[Self.bucket(p), default: []].append(n) }
        for household in households {
            var best = -1
            var bestDistance = Double.infinity
            let bx = Int((household.location.x / 100).rounded(.down))
            let by = Int((household.location.y / 100).rounded(.down))
            for dx in -2...2 {
                for dy in -2...2 {
                    for n in buckets[(bx + dx) &* 100_003 &+ (by + dy)] ?? [] {
                        let d = graph.nodes[n].distance(to: household.location)
                        if d < bestDistance || (d == bestDistance && n < best) {
                            bestDistance = d
                            best = n
                        }
                    }
                }
            }
            var n = best
            while n >= 0, parent[n] >= 0 {
                served[Self.key(n, parent[n]), default: 0] += 1
                n = parent[n]
            }
        }
    }

    /// Households served by the segment between `a` and `b` (0 when none, or not a segment).
    func households(between a: Point, and b: Point) -> Int {
        guard let na = graph.node(at: a), let nb = graph.node(at: b) else { return 0 }
        return served[Self.key(na, nb)] ?? 0
    }

    /// True when more than one road line ends at or passes through `p`, or a line ends there.
    func isJunction(_ p: Point) -> Bool {
        guard let n = graph.node(at: p) else { return false }
        return graph.neighbours[n].count != 2
    }

    private static func key(_ a: Int, _ b: Int) -> Int { Swift.min(a, b) &* 1_000_003 &+ Swift.max(a, b) }
    private static func bucket(_ p: Point) -> Int { Int((p.x / 100).rounded(.down)) &* 100_003 &+ Int((p.y / 100).rounded(.down)) }
}
