import PatrolGeo

/// The generator's raster: square cells in the working CRS, row 0 in the north (as ESRI
/// ASCII grids store them), cells numbered `row * columns + column`.
struct GridFrame: Sendable {
    /// x of the west edge.
    let west: Double
    /// y of the south edge.
    let south: Double
    /// Cell size in metres.
    let cellSize: Double
    /// Number of columns.
    let columns: Int
    /// Number of rows.
    let rows: Int

    /// Number of cells.
    var count: Int { columns * rows }
    /// y of the north edge.
    var north: Double { south + Double(rows) * cellSize }

    /// The centre of cell `index`.
    func center(_ index: Int) -> Point {
        let row = index / columns
        let column = index % columns
        return Point(x: west + (Double(column) + 0.5) * cellSize, y: north - (Double(row) + 0.5) * cellSize)
    }

    /// The cell containing `p`, or `nil` outside the grid.
    func cell(containing p: Point) -> Int? {
        let column = Int(((p.x - west) / cellSize).rounded(.down))
        let row = Int(((north - p.y) / cellSize).rounded(.down))
        guard column >= 0, column < columns, row >= 0, row < rows else { return nil }
        return row * columns + column
    }

    /// The cell at (`row`, `column`), or `nil` outside the grid.
    func index(row: Int, column: Int) -> Int? {
        guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
        return row * columns + column
    }

    /// Offsets of the eight neighbours (row, column) and their distance factors.
    static let neighbours8: [(Int, Int, Double)] = [
        (-1, 0, 1), (0, 1, 1), (1, 0, 1), (0, -1, 1),
        (-1, 1, 2.0.squareRoot()), (1, 1, 2.0.squareRoot()), (1, -1, 2.0.squareRoot()), (-1, -1, 2.0.squareRoot()),
    ]

    /// The eight neighbours plus the eight knight's moves, so paths can run at 26.6° and 63.4°.
    static let neighbours16: [(Int, Int, Double)] =
        neighbours8 + [
            (-2, 1, 5.0.squareRoot()), (-1, 2, 5.0.squareRoot()), (1, 2, 5.0.squareRoot()), (2, 1, 5.0.squareRoot()),
            (2, -1, 5.0.squareRoot()), (1, -2, 5.0.squareRoot()), (-1, -2, 5.0.squareRoot()), (-2, -1, 5.0.squareRoot()),
        ]

    /// Elevation at `p` from `heights` (one value per cell) by bilinear interpolation.
    func sample(_ heights: [Double], at p: Point) -> Double {
        let fx = (p.x - west) / cellSize - 0.5
        let fy = (north - p.y) / cellSize - 0.5
        let c0 = Swift.min(Swift.max(Int(fx.rounded(.down)), 0), columns - 2)
        let r0 = Swift.min(Swift.max(Int(fy.rounded(.down)), 0), rows - 2)
        let tx = Swift.min(Swift.max(fx - Double(c0), 0), 1)
        let ty = Swift.min(Swift.max(fy - Double(r0), 0), 1)
        let i = r0 * columns + c0
        let top = heights[i] + tx * (heights[i + 1] - heights[i])
        let bottom = heights[i + columns] + tx * (heights[i + columns + 1] - heights[i + columns])
        return top + ty * (bottom - top)
    }
}
