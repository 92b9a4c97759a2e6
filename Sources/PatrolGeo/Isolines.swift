/// A field sampled on a regular grid of points, the input of ``Isolines``.
///
/// Sample (`row`, `column`) lies at `origin + (column × step.x, row × step.y)`: with a
/// negative `step.y` and `origin` at the north-west sample, row 0 is the northern row, as
/// elevation grids store it. Non-finite samples are voids: no line crosses a cell touching one.
public struct SampledGrid: Sendable, Hashable {
    /// Number of samples per row.
    public let columns: Int
    /// Number of rows.
    public let rows: Int
    /// Position of sample (0, 0).
    public let origin: Point
    /// Offset from one sample to the next along a row (`x`) and down a column (`y`).
    public let step: Point
    /// Samples, row by row; `rows × columns` values.
    public let values: [Double]

    /// Creates a grid, refusing a value count that does not match `rows × columns`.
    public init(columns: Int, rows: Int, origin: Point, step: Point, values: [Double]) throws(GeometryError) {
        guard columns >= 2, rows >= 2 else { throw GeometryError("an isoline grid needs at least 2 × 2 samples") }
        guard values.count == columns * rows else {
            throw GeometryError("expected \(columns * rows) samples (\(rows) rows × \(columns) columns), found \(values.count)")
        }
        self.columns = columns
        self.rows = rows
        self.origin = origin
        self.step = step
        self.values = values
    }

    /// The sample at (`row`, `column`).
    public func value(row: Int, column: Int) -> Double { values[row * columns + column] }

    /// The plane position of fractional grid coordinates.
    public func position(row: Double, column: Double) -> Point {
        Point(x: origin.x + column * step.x, y: origin.y + row * step.y)
    }
}

/// One traced isoline: a polyline (or closed ring) at a constant value.
public struct Isoline: Sendable, Hashable {
    /// The value the line follows.
    public var level: Double
    /// Vertices in the plane; a closed line repeats its first vertex last.
    public var points: [Point]

    /// Creates an isoline.
    public init(level: Double, points: [Point]) {
        self.level = level
        self.points = points
    }

    /// True when the line is a ring (first vertex equals the last).
    public var isClosed: Bool { points.count > 3 && points.first == points.last }
}

/// Isolines (contours) of a sampled field by marching squares.
///
/// Each cell's four corners are classified above/below the level; the crossing points on
/// its edges are found by linear interpolation and joined into segments. Ambiguous saddle
/// cells are resolved by the mean of the four corners. Segments meet on shared cell edges,
/// so they are chained through an edge-keyed table into polylines. The traversal order is
/// fixed (row-major cells, then first unused segment), so the output is deterministic.
public enum Isolines {
    /// The lines at every level in `levels`, in that order.
    ///
    /// - Complexity: O(L × R × C) for L levels on an R × C grid.
    public static func trace(_ grid: SampledGrid, levels: [Double]) -> [Isoline] {
        levels.flatMap { trace(grid, level: $0) }
    }

    /// The lines at one level.
    ///
    /// A value exactly equal to the level counts as above it, so lines never pass
    /// through a sample and every crossing lies strictly inside a cell edge.
    /// - Complexity: O(R × C)
    public static func trace(_ grid: SampledGrid, level: Double) -> [Isoline] {
        let segments = cellSegments(grid, level: level)
        return chain(segments).map { keys in
            Isoline(level: level, points: keys.map { crossing($0, grid: grid, level: level) })
        }
    }

    /// Evenly spaced levels `interval` apart covering `range` (multiples of `interval`).
    public static func levels(covering range: ClosedRange<Double>, interval: Double) -> [Double] {
        guard interval > 0, range.lowerBound.isFinite, range.upperBound.isFinite else { return [] }
        let first = (range.lowerBound / interval).rounded(.up)
        let last = (range.upperBound / interval).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * interval }
    }

    // MARK: Marching squares

    /// A crossing on a grid edge: the horizontal edge right of sample (r, c) or the vertical edge below it.
    struct EdgeKey: Hashable {
        var row: Int
        var column: Int
        var vertical: Bool
    }

    private static func cellSegments(_ grid: SampledGrid, level: Double) -> [(EdgeKey, EdgeKey)] {
        var segments: [(EdgeKey, EdgeKey)] = []
        for r in 0..<(grid.rows - 1) {
            for c in 0..<(grid.columns - 1) {
                let tl = grid.value(row: r, column: c)
                let tr = grid.value(row: r, column: c + 1)
                let br = grid.value(row: r + 1, column: c + 1)
                let bl = grid.value(row: r + 1, column: c)
                guard tl.isFinite, tr.isFinite, br.isFinite, bl.isFinite else { continue }
                let index = (tl >= level ? 8 : 0) | (tr >= level ? 4 : 0) | (br >= level ? 2 : 0) | (bl >= level ? 1 : 0)
                if index == 0 || index == 15 { continue }
                let top = EdgeKey(row: r, column: c, vertical: false)
                let bottom = EdgeKey(row: r + 1, column: c, vertical: false)
                let left = EdgeKey(row: r, column: c, vertical: true)
                let right = EdgeKey(row: r, column: c + 1, vertical: true)
                let centreAbove = (tl + tr + br + bl) / 4 >= level
                switch index {
                case 1, 14: segments.append((left, bottom))
                case 2, 13: segments.append((bottom, right))
                case 3, 12: segments.append((left, right))
                case 4, 11: segments.append((top, right))
                case 6, 9: segments.append((top, bottom))
                case 7, 8: segments.append((left, top))
                case 5:
                    // tr and bl above: either one band joining them or two separate corners.
                    if centreAbove {
                        segments.append((left, top))
                        segments.append((bottom, right))
                    } else {
                        segments.append((left, bottom))
                        segments.append((top, right))
                    }
                default:  // 10: tl and br above
                    if centreAbove {
                        segments.append((left, bottom))
                        segments.append((top, right))
                    } else {
                        segments.append((left, top))
                        segments.append((bottom, right))
                    }
                }
            }
        }
        return segments
    }

    private static func crossing(_ key: EdgeKey, grid: SampledGrid, level: Double) -> Point {
        let a = grid.value(row: key.row, column: key.column)
        let b = key.vertical ? grid.value(row: key.row + 1, column: key.column) : grid.value(row: key.row, column: key.column + 1)
        let t = a == b ? 0.5 : Swift.min(1, Swift.max(0, (level - a) / (b - a)))
        return key.vertical
            ? grid.position(row: Double(key.row) + t, column: Double(key.column))
            : grid.position(row: Double(key.row), column: Double(key.column) + t)
    }

    /// Chains segments sharing edge crossings into polylines of crossings.
    ///
    /// Every crossing belongs to at most two segments (the two cells beside its edge).
    private static func chain(_ segments: [(EdgeKey, EdgeKey)]) -> [[EdgeKey]] {
        var byKey: [EdgeKey: [Int]] = [:]
        for (i, s) in segments.enumerated() {
            byKey[s.0, default: []].append(i)
            byKey[s.1, default: []].append(i)
        }
        var used = [Bool](repeating: false, count: segments.count)
        func next(from key: EdgeKey) -> (Int, EdgeKey)? {
            for i in byKey[key] ?? [] where !used[i] {
                let s = segments[i]
                return (i, s.0 == key ? s.1 : s.0)
            }
            return nil
        }
        var lines: [[EdgeKey]] = []
        for start in segments.indices where !used[start] {
            used[start] = true
            var forward = [segments[start].0, segments[start].1]
            while let (i, key) = next(from: forward[forward.count - 1]) {
                used[i] = true
                forward.append(key)
            }
            var backward: [EdgeKey] = []
            if forward.first != forward.last {
                var tail = forward[0]
                while let (i, key) = next(from: tail) {
                    used[i] = true
                    backward.append(key)
                    tail = key
                }
            }
            lines.append(backward.reversed() + forward)
        }
        return lines
    }
}
