/// Polygons of the region where a gridded field is at or below a level (marching squares).
///
/// Values sit at cell centres of a regular grid; cells with a non-finite value are outside.
/// The grid is padded with outside cells, so every boundary closes. Crossings are placed by
/// linear interpolation (midway next to an outside cell); saddles are resolved by the mean of
/// the four corners. Exterior rings come out counter-clockwise, holes clockwise, each hole
/// inside its exterior.
public enum ThresholdRegions {
    /// A grid of values at cell centres, rows listed from the north.
    public struct Grid: Sendable {
        /// x of the west edge.
        public var west: Double
        /// y of the south edge.
        public var south: Double
        /// Cell size.
        public var cellSize: Double
        /// Number of columns.
        public var columns: Int
        /// Number of rows.
        public var rows: Int
        /// `rows × columns` values, northern row first; non-finite = outside.
        public var values: [Double]

        /// Creates a grid.
        public init(west: Double, south: Double, cellSize: Double, columns: Int, rows: Int, values: [Double]) {
            self.west = west
            self.south = south
            self.cellSize = cellSize
            self.columns = columns
            self.rows = rows
            self.values = values
        }

        /// The value at column `i`, row `j` counted from the south; padding and non-finite are `+∞`.
        func value(_ i: Int, _ j: Int) -> Double {
            guard i >= 0, i < columns, j >= 0, j < rows else { return .infinity }
            let v = values[(rows - 1 - j) * columns + i]
            return v.isFinite ? v : .infinity
        }

        func point(_ i: Double, _ j: Double) -> Point {
            Point(x: west + (i + 0.5) * cellSize, y: south + (j + 0.5) * cellSize)
        }
    }

    private struct EdgeKey: Hashable {
        var i: Int32
        var j: Int32
        var vertical: Bool
    }

    /// The polygons where `value ≤ level`.
    ///
    /// - Parameter smoothing: rounds of Chaikin corner cutting applied to each ring.
    /// - Complexity: O(columns × rows)
    public static func polygons(_ grid: Grid, level: Double, smoothing: Int = 1) -> [Polygon] {
        var next: [EdgeKey: (to: EdgeKey, point: Point)] = [:]
        var order: [EdgeKey] = []
        for j in -1..<grid.rows {
            for i in -1..<grid.columns {
                let corners = [grid.value(i, j), grid.value(i + 1, j), grid.value(i + 1, j + 1), grid.value(i, j + 1)]
                let inside = corners.map { $0 <= level }
                let count = inside.filter { $0 }.count
                guard count > 0, count < 4 else { continue }
                // Square edges counter-clockwise: bottom, right, top, left; each from corner k to k+1.
                let keys = [
                    EdgeKey(i: Int32(i), j: Int32(j), vertical: false), EdgeKey(i: Int32(i + 1), j: Int32(j), vertical: true),
                    EdgeKey(i: Int32(i), j: Int32(j + 1), vertical: false), EdgeKey(i: Int32(i), j: Int32(j), vertical: true),
                ]
                let cornerPositions = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
                var crossings: [(edge: Int, out: Bool, point: Point)] = []
                for k in 0..<4 where inside[k] != inside[(k + 1) % 4] {
                    let a = corners[k]
                    let b = corners[(k + 1) % 4]
                    let t = a.isFinite && b.isFinite && a != b ? (level - a) / (b - a) : 0.5
                    let (ax, ay) = cornerPositions[k]
                    let (bx, by) = cornerPositions[(k + 1) % 4]
                    let p = grid.point(Double(i) + ax + (bx - ax) * t, Double(j) + ay + (by - ay) * t)
                    crossings.append((k, inside[k], p))
                }
                let finite = corners.filter(\.isFinite)
                let centreInside =
                    count == 2 && inside[0] == inside[2]
                    ? (finite.count == 4 && finite.reduce(0, +) / 4 <= level)
                    : false
                for (c, crossing) in crossings.enumerated() where crossing.out {
                    // The in-crossing paired with this out-crossing: next counter-clockwise when the
                    // centre is inside (a band joins the corners), else the previous one.
                    let n = crossings.count
                    var partner = c
                    repeat {
                        partner = centreInside ? (partner + 1) % n : (partner - 1 + n) % n
                    } while crossings[partner].out
                    let from = keys[crossing.edge]
                    next[from] = (keys[crossings[partner].edge], crossing.point)
                    order.append(from)
                }
            }
        }
        var used = Set<EdgeKey>()
        var exteriors: [[Point]] = []
        var holes: [[Point]] = []
        for start in order where !used.contains(start) {
            var ring: [Point] = []
            var key = start
            while !used.contains(key), let step = next[key] {
                used.insert(key)
                ring.append(step.point)
                key = step.to
            }
            guard ring.count >= 3 else { continue }
            var closed = smooth(ring, rounds: smoothing)
            closed.append(closed[0])
            if Polygon.signedArea(closed) > 0 { exteriors.append(closed) } else { holes.append(closed) }
        }
        var holesOf = [[[Point]]](repeating: [], count: exteriors.count)
        let shells = exteriors.map { try? Polygon(exterior: $0) }
        for hole in holes {
            var best: (index: Int, area: Double)?
            for (k, shell) in shells.enumerated() {
                guard let shell, shell.contains(hole[0]) else { continue }
                if best == nil || shell.area < best!.area { best = (k, shell.area) }
            }
            if let best { holesOf[best.index].append(hole) }
        }
        return exteriors.indices.compactMap { try? Polygon(exterior: exteriors[$0], holes: holesOf[$0]) }
    }

    /// Chaikin corner cutting on an open list of ring vertices (the ring closes implicitly).
    static func smooth(_ ring: [Point], rounds: Int) -> [Point] {
        var points = ring
        for _ in 0..<max(0, rounds) {
            var out: [Point] = []
            out.reserveCapacity(points.count * 2)
            for k in 0..<points.count {
                let a = points[k]
                let b = points[(k + 1) % points.count]
                out.append(Point(x: 0.75 * a.x + 0.25 * b.x, y: 0.75 * a.y + 0.25 * b.y))
                out.append(Point(x: 0.25 * a.x + 0.75 * b.x, y: 0.25 * a.y + 0.75 * b.y))
            }
            points = out
        }
        return points
    }
}
