import Foundation

/// An independent shortest-path computation on an exported `edges.csv`.
///
/// Its own parser and its own binary heap, sharing no code with PatrolRouting; times in
/// whole milliseconds.
struct ReferenceDijkstra {
    private let adjacency: [[(target: Int, ms: Int64)]]

    /// Reads `from,to,seconds,meters` rows; seconds carry exactly three decimals.
    init(edgesCSV: String, nodeCount: Int) {
        var adjacency = [[(target: Int, ms: Int64)]](repeating: [], count: nodeCount)
        for line in edgesCSV.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            let seconds = fields[2].split(separator: ".")
            adjacency[Int(fields[0])!].append((Int(fields[1])!, Int64(seconds[0])! * 1000 + Int64(seconds[1])!))
        }
        self.adjacency = adjacency
    }

    /// Milliseconds from `source` to every node; `Int64.max` when unreachable.
    func distances(from source: Int) -> [Int64] {
        var distance = [Int64](repeating: .max, count: adjacency.count)
        distance[source] = 0
        var heap: [(Int64, Int)] = [(0, source)]
        func siftUp(_ start: Int) {
            var i = start
            while i > 0, heap[(i - 1) / 2].0 > heap[i].0 {
                heap.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        func popMin() -> (Int64, Int) {
            let top = heap[0]
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            var i = 0
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var m = i
                if l < heap.count, heap[l].0 < heap[m].0 { m = l }
                if r < heap.count, heap[r].0 < heap[m].0 { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
            return top
        }
        while !heap.isEmpty {
            let (d, v) = popMin()
            guard d == distance[v] else { continue }
            for (w, ms) in adjacency[v] where d + ms < distance[w] {
                distance[w] = d + ms
                heap.append((d + ms, w))
                siftUp(heap.count - 1)
            }
        }
        return distance
    }
}
