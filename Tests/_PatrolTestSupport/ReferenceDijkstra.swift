/// An independent shortest-path computation on an exported graph (`nodes.csv`, `edges.csv`).
///
/// Its own CSV parsing and its own binary heap, sharing no code with PatrolRouting; times in
/// whole milliseconds, as the exported seconds carry exactly three decimals.
public struct ReferenceDijkstra: Sendable {
    /// One row of `edges.csv`.
    public struct Edge: Sendable, Hashable {
        /// The `from` column.
        public var from: Int
        /// The `to` column.
        public var to: Int
        /// The `seconds` column as whole milliseconds.
        public var milliseconds: Int64
    }

    /// Shortest times from one source, and the edge each node was last reached by.
    public struct Tree: Sendable {
        /// Milliseconds from the source to each node; `nil` when unreachable.
        public var distance: [Int64?]
        /// Index into ``ReferenceDijkstra/edges`` of the last edge on a shortest path to each node.
        public var parentEdge: [Int?]
    }

    /// Number of nodes (rows of `nodes.csv`).
    public let nodeCount: Int
    /// The rows of `edges.csv`, in file order (row `e` is the graph's edge `e`).
    public let edges: [Edge]
    private let outEdges: [[Int]]

    /// Reads both files; node ids must be `0 ..< rows`.
    public init(nodesCSV: String, edgesCSV: String) {
        nodeCount = nodesCSV.split(separator: "\n").count - 1
        var edges: [Edge] = []
        var outEdges = [[Int]](repeating: [], count: nodeCount)
        for line in edgesCSV.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            let seconds = fields[2].split(separator: ".")
            let edge = Edge(from: Int(fields[0])!, to: Int(fields[1])!, milliseconds: Int64(seconds[0])! * 1000 + Int64(seconds[1])!)
            outEdges[edge.from].append(edges.count)
            edges.append(edge)
        }
        self.edges = edges
        self.outEdges = outEdges
    }

    /// Milliseconds from `source` to every node; `nil` when unreachable.
    public func distances(from source: Int) -> [Int64?] {
        tree(from: source).distance
    }

    /// The textbook Dijkstra from `source`, with a binary heap and lazy deletion.
    ///
    /// - Complexity: O((V + E) log V)
    public func tree(from source: Int) -> Tree {
        var distance = [Int64](repeating: .max, count: nodeCount)
        var parent = [Int?](repeating: nil, count: nodeCount)
        distance[source] = 0
        var heap: [(key: Int64, node: Int)] = [(0, source)]
        func siftUp(_ start: Int) {
            var i = start
            while i > 0, heap[(i - 1) / 2].key > heap[i].key {
                heap.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        func popMin() -> (key: Int64, node: Int) {
            let top = heap[0]
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            var i = 0
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var m = i
                if l < heap.count, heap[l].key < heap[m].key { m = l }
                if r < heap.count, heap[r].key < heap[m].key { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
            return top
        }
        while !heap.isEmpty {
            let (d, v) = popMin()
            guard d == distance[v] else { continue }
            for e in outEdges[v] {
                let edge = edges[e]
                guard d + edge.milliseconds < distance[edge.to] else { continue }
                distance[edge.to] = d + edge.milliseconds
                parent[edge.to] = e
                heap.append((d + edge.milliseconds, edge.to))
                siftUp(heap.count - 1)
            }
        }
        return Tree(distance: distance.map { $0 == .max ? nil : $0 }, parentEdge: parent)
    }
}
