import Foundation

/// An independent shortest-path check for the exported graph: parses `edges.csv` and runs a
/// plain O(V²) Dijkstra (no heap, no shared code with PatrolRouting), in milliseconds.
struct ReferenceGraph {
    let nodeCount: Int
    /// Adjacency: for each node, (target, milliseconds).
    let adjacency: [[(Int, Int64)]]

    init(nodesCSV: String, edgesCSV: String) throws {
        let nodeLines = nodesCSV.split(separator: "\n").dropFirst()
        nodeCount = nodeLines.count
        var adjacency = [[(Int, Int64)]](repeating: [], count: nodeCount)
        for line in edgesCSV.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",")
            guard f.count == 4, let from = Int(f[0]), let to = Int(f[1]) else { throw CocoaError(.fileReadCorruptFile) }
            // Seconds have exactly three decimals: read them as whole milliseconds.
            let parts = f[2].split(separator: ".")
            let ms = Int64(parts[0])! * 1000 + Int64(parts[1])!
            adjacency[from].append((to, ms))
        }
        self.adjacency = adjacency
    }

    /// Milliseconds from `source` to every node (`nil` when unreachable).
    func distances(from source: Int) -> [Int64?] {
        var distance = [Int64?](repeating: nil, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        distance[source] = 0
        while true {
            var best = -1
            for v in 0..<nodeCount where !done[v] {
                if let d = distance[v], best < 0 || d < distance[best]! { best = v }
            }
            guard best >= 0 else { break }
            done[best] = true
            for (w, c) in adjacency[best] {
                let candidate = distance[best]! + c
                if distance[w] == nil || candidate < distance[w]! { distance[w] = candidate }
            }
        }
        return distance
    }
}
