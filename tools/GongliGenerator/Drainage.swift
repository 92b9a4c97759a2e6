import Foundation

/// Flow routing over a height field: which neighbour each cell drains to, in what order,
/// and how much area drains through it.
///
/// A priority flood from the outlets (Barnes et al., 2014) fills every pit, so all water
/// reaches an outlet; each cell then drains to its steepest neighbour among the cells
/// flooded before it, which keeps the receiver graph a forest rooted at the outlets.
struct Drainage {
    /// The cell each cell drains into; -1 for outlets.
    var receiver: [Int]
    /// Horizontal distance to the receiver in metres (0 for outlets).
    var receiverDistance: [Double]
    /// Cells ordered so that every receiver comes before its donors.
    var order: [Int]
    /// Upstream area in m², the cell's own included.
    var area: [Double]

    /// Routes flow over `heights`; `isOutlet` marks the cells water leaves the grid from.
    ///
    /// With `wander`, each cell picks among its downhill neighbours at random, weighted by
    /// the square of the slope (as in Fairfield and Leymarie's Rho8), so long rivers do not
    /// lock onto the grid's eight directions; without it, the steepest neighbour wins.
    /// - Complexity: O(n log n) for n cells.
    init(heights: [Double], frame: GridFrame, isOutlet: (Int) -> Bool, wander: RandomSource? = nil) {
        var wander = wander
        let n = frame.count
        var level = heights
        var rank = [Int](repeating: -1, count: n)
        var queued = [Bool](repeating: false, count: n)
        var heap = MinHeap()
        for i in 0..<n where isOutlet(i) {
            heap.push(heights[i], i)
            queued[i] = true
        }
        var order: [Int] = []
        order.reserveCapacity(n)
        while let (priority, cell) = heap.pop() {
            rank[cell] = order.count
            order.append(cell)
            let row = cell / frame.columns
            let column = cell % frame.columns
            for (dr, dc, _) in GridFrame.neighbours8 {
                guard let next = frame.index(row: row + dr, column: column + dc), !queued[next] else { continue }
                queued[next] = true
                // Raise pit cells just above their spill level so the fill drains.
                level[next] = Swift.max(heights[next], priority + 1e-3)
                heap.push(level[next], next)
            }
        }
        var receiver = [Int](repeating: -1, count: n)
        var receiverDistance = [Double](repeating: 0, count: n)
        for cell in order where !isOutlet(cell) {
            let row = cell / frame.columns
            let column = cell % frame.columns
            var best = -1
            var bestScore = -Double.infinity
            var bestDistance = 0.0
            for (dr, dc, factor) in GridFrame.neighbours8 {
                guard let next = frame.index(row: row + dr, column: column + dc), rank[next] < rank[cell] else { continue }
                let d = factor * frame.cellSize
                let slope = (level[cell] - level[next]) / d
                var score = slope
                if wander != nil {
                    // Exponential race: the neighbour with the smallest E/w² wins with
                    // probability proportional to w², the squared slope.
                    let weight = Swift.max(slope, 1e-6)
                    score = -(-log(Swift.max(wander!.unit(), 1e-300))) / (weight * weight)
                }
                if score > bestScore {
                    bestScore = score
                    best = next
                    bestDistance = d
                }
            }
            receiver[cell] = best
            receiverDistance[cell] = bestDistance
        }
        var area = [Double](repeating: frame.cellSize * frame.cellSize, count: n)
        for cell in order.reversed() where receiver[cell] >= 0 {
            area[receiver[cell]] += area[cell]
        }
        self.receiver = receiver
        self.receiverDistance = receiverDistance
        self.order = order
        self.area = area
    }
}
