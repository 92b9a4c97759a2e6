public import PatrolGeo

/// A regular elevation grid in the working CRS (what `dem.asc` holds).
///
/// Values are stored row by row from the north, as ESRI ASCII grids write them.
public struct ElevationGrid: Sendable, Hashable {
    /// Number of columns.
    public let columns: Int
    /// Number of rows.
    public let rows: Int
    /// x of the grid's west edge.
    public let west: Double
    /// y of the grid's south edge.
    public let south: Double
    /// Cell size in metres.
    public let cellSize: Double
    /// Sample spacing in metres of the elevation data the grid was resampled from (SRTM's
    /// 3″ ≈ 92.7 m under a 30 m grid), when the package records it (`map.json`'s
    /// `dem_source_resolution_m`); `nil` when the grid is its own source.
    ///
    /// Heights closer together than this are interpolated, not measured, so slopes are fitted
    /// over several of these cells (see ``sourceSpacing``).
    public var sourceResolution: Double?
    /// Elevations in metres, `rows × columns`, northern row first; NaN (``void``) marks a void.
    public private(set) var values: [Float]
    /// The value that marks a void.
    public static let void = Float.nan

    /// Creates a grid; `values` must hold `rows × columns` elevations, northern row first.
    public init(
        columns: Int, rows: Int, west: Double, south: Double, cellSize: Double, values: [Float], sourceResolution: Double? = nil
    ) throws(GeometryError) {
        guard columns > 0, rows > 0 else { throw GeometryError("a grid needs at least one row and one column") }
        guard cellSize > 0, cellSize.isFinite else { throw GeometryError("cell size must be a positive number") }
        guard values.count == columns * rows else {
            throw GeometryError("expected \(columns * rows) values (\(rows) rows × \(columns) columns), found \(values.count)")
        }
        self.columns = columns
        self.rows = rows
        self.west = west
        self.south = south
        self.cellSize = cellSize
        self.values = values
        self.sourceResolution = sourceResolution
    }

    /// The spacing of independent heights in metres: ``sourceResolution`` when recorded, else ``cellSize``.
    public var sourceSpacing: Double {
        sourceResolution ?? cellSize
    }

    /// The area the grid covers.
    public var bounds: BoundingBox {
        BoundingBox(minX: west, minY: south, maxX: west + Double(columns) * cellSize, maxY: south + Double(rows) * cellSize)
    }

    /// The value of cell (`row`, `column`), or `nil` for a void or outside the grid.
    public func value(row: Int, column: Int) -> Double? {
        guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
        let v = values[row * columns + column]
        return v.isNaN ? nil : Double(v)
    }

    /// The centre of cell (`row`, `column`).
    public func cellCenter(row: Int, column: Int) -> Point {
        Point(x: west + (Double(column) + 0.5) * cellSize, y: south + (Double(rows - row) - 0.5) * cellSize)
    }

    /// Elevation at `p` by bilinear interpolation between the four nearest cell centres.
    ///
    /// Between the outermost cell centres and the grid's edge the edge values carry on
    /// (the grid is clamped); next to a void the available neighbours are averaged by
    /// weight. `nil` outside ``bounds`` and where no neighbour has a value.
    /// - Complexity: O(1)
    public func elevation(at p: Point) -> Double? {
        guard bounds.contains(p) else { return nil }
        let fx = (p.x - west) / cellSize - 0.5
        let fy = (south + Double(rows) * cellSize - p.y) / cellSize - 0.5
        let c0 = Int(fx.rounded(.down))
        let r0 = Int(fy.rounded(.down))
        let tx = fx - Double(c0)
        let ty = fy - Double(r0)
        var sum = 0.0
        var weight = 0.0
        for (dr, dc, w) in [(0, 0, (1 - tx) * (1 - ty)), (0, 1, tx * (1 - ty)), (1, 0, (1 - tx) * ty), (1, 1, tx * ty)] {
            let r = Swift.min(Swift.max(r0 + dr, 0), rows - 1)
            let c = Swift.min(Swift.max(c0 + dc, 0), columns - 1)
            if let v = value(row: r, column: c), w > 0 {
                sum += v * w
                weight += w
            }
        }
        return weight > 0 ? sum / weight : nil
    }

    /// Lowest and highest elevation, ignoring voids; `nil` when every cell is void.
    public var range: ClosedRange<Double>? {
        var lo = Float.infinity
        var hi = -Float.infinity
        for v in values where !v.isNaN {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo <= hi ? Double(lo)...Double(hi) : nil
    }
}
