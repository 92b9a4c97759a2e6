import PatrolData
import PatrolGeo

/// Fills holes in a grid by repeated neighbour averaging, from the edges of each hole inward.
enum VoidFill {
    /// Fills every NaN cell of `values` for which `fillable` is true and that connects to
    /// known cells: each round gives the cells bordering known ones the mean of their known
    /// 8-neighbours (values from earlier rounds count as known), until nothing changes.
    ///
    /// - Returns: the number of cells filled.
    /// - Complexity: O(cells): each cell joins the frontier once.
    static func fill(_ values: inout [Float], columns: Int, rows: Int, fillable: (Int) -> Bool) -> Int {
        let offsets = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
        var queued = [Bool](repeating: false, count: values.count)
        var frontier: [Int] = []
        func enqueueEmptyNeighbours(of cell: Int) {
            let r = cell / columns
            let c = cell % columns
            for (dr, dc) in offsets {
                let nr = r + dr
                let nc = c + dc
                guard nr >= 0, nr < rows, nc >= 0, nc < columns else { continue }
                let n = nr * columns + nc
                if values[n].isNaN, !queued[n], fillable(n) {
                    queued[n] = true
                    frontier.append(n)
                }
            }
        }
        for cell in 0..<values.count where !values[cell].isNaN {
            enqueueEmptyNeighbours(of: cell)
        }
        var filled = 0
        while !frontier.isEmpty {
            var updates: [(Int, Float)] = []
            updates.reserveCapacity(frontier.count)
            for cell in frontier {
                let r = cell / columns
                let c = cell % columns
                var sum: Float = 0
                var count: Float = 0
                for (dr, dc) in offsets {
                    let nr = r + dr
                    let nc = c + dc
                    guard nr >= 0, nr < rows, nc >= 0, nc < columns else { continue }
                    let v = values[nr * columns + nc]
                    if !v.isNaN {
                        sum += v
                        count += 1
                    }
                }
                updates.append((cell, sum / count))
            }
            for (cell, value) in updates { values[cell] = value }
            filled += updates.count
            frontier = []
            for (cell, _) in updates { enqueueEmptyNeighbours(of: cell) }
        }
        return filled
    }
}
