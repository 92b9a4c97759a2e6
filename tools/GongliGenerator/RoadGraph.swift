import PatrolGeo

/// The road network as a graph: one node per distinct vertex (roads join where they
/// share one), one edge per segment.
struct RoadGraph {
    /// Node positions.
    private(set) var nodes: [Point] = []
    /// Neighbours of each node with the segment length.
    private(set) var neighbours: [[(node: Int, length: Double)]] = []
    private var index: [Point: Int] = [:]

    /// Builds the graph of `roads` (whatever their kind).
    ///
    /// - Complexity: O(total vertices)
    init(_ roads: [RoadNetwork.Road]) {
        for road in roads {
            var previous: Int?
            for p in road.points {
                let id = node(p)
                if let previous, previous != id {
                    let length = nodes[previous].distance(to: p)
                    neighbours[previous].append((id, length))
                    neighbours[id].append((previous, length))
                }
                previous = id
            }
        }
    }

    private mutating func node(_ p: Point) -> Int {
        if let id = index[p] { return id }
        let id = nodes.count
        nodes.append(p)
        neighbours.append([])
        index[p] = id
        return id
    }

    /// The node at exactly `p`, if there is one.
    func node(at p: Point) -> Int? { index[p] }

    /// Network distance in metres from `source` to every node (infinity where unreachable).
    ///
    /// - Complexity: O(E log V)
    func distances(from source: Int, limit: Double = .infinity) -> [Double] {
        var distance = [Double](repeating: .infinity, count: nodes.count)
        distance[source] = 0
        var heap = MinHeap()
        heap.push(0, source)
        while let (d, n) = heap.pop() {
            guard d <= distance[n], d <= limit else { continue }
            for (m, length) in neighbours[n] where d + length < distance[m] {
                distance[m] = d + length
                heap.push(d + length, m)
            }
        }
        return distance
    }
}
