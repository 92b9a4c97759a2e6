/// Shortest distances over the raster from a set of source cells (8-neighbour moves).
enum DistanceField {
    /// Distance in metres from the nearest source to every cell, moving only through cells
    /// where `passable` is true (sources always count); unreachable cells get infinity.
    ///
    /// - Complexity: O(n log n) for n cells.
    static func distances(frame: GridFrame, sources: [Int], passable: (Int) -> Bool = { _ in true }) -> [Double] {
        var distance = [Double](repeating: .infinity, count: frame.count)
        var heap = MinHeap()
        for s in sources where distance[s] > 0 {
            distance[s] = 0
            heap.push(0, s)
        }
        while let (d, cell) = heap.pop() {
            guard d <= distance[cell] else { continue }
            let row = cell / frame.columns
            let column = cell % frame.columns
            for (dr, dc, factor) in GridFrame.neighbours8 {
                guard let next = frame.index(row: row + dr, column: column + dc), passable(next) else { continue }
                let candidate = d + factor * frame.cellSize
                if candidate < distance[next] {
                    distance[next] = candidate
                    heap.push(candidate, next)
                }
            }
        }
        return distance
    }
}
