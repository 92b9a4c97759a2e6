import PatrolGeo

/// Turns a label raster into polygons that share their edges exactly.
///
/// The edges between differently labelled cells are cut into arcs at the lattice points
/// where three or more regions meet. Each arc is smoothed once and then used, forwards or
/// backwards, by both regions it separates, so neighbouring rings hold the very same
/// vertices and the regions tile the area without gaps or overlaps.
struct BoundaryArcs {
    /// One smoothed arc with the labels on its left and right (in its vertex order).
    struct Arc {
        var points: [Point]
        var left: Int
        var right: Int
    }

    /// The arcs.
    private(set) var arcs: [Arc] = []

    /// Traces the arcs of `labels` (-1 = outside) on `frame`.
    ///
    /// - Complexity: O(n) for n cells, plus the smoothing, linear in the arcs' length.
    init(labels: [Int], frame: GridFrame, smoothing radius: Int, tolerance: Double) {
        let vertexColumns = frame.columns + 1
        func label(_ row: Int, _ column: Int) -> Int {
            frame.index(row: row, column: column).map { labels[$0] } ?? -1
        }
        // The lattice edges around vertex (r, c): east, south, west, north, each with the
        // labels on its left and right when walked away from the vertex.
        func edges(_ r: Int, _ c: Int) -> [(dr: Int, dc: Int, left: Int, right: Int)] {
            [
                (0, 1, label(r - 1, c), label(r, c)),
                (1, 0, label(r, c), label(r, c - 1)),
                (0, -1, label(r, c - 1), label(r - 1, c - 1)),
                (-1, 0, label(r - 1, c - 1), label(r - 1, c)),
            ].filter { $0.2 != $0.3 }.map { (dr: $0.0, dc: $0.1, left: $0.2, right: $0.3) }
        }
        func edgeKey(_ r: Int, _ c: Int, _ dr: Int, _ dc: Int) -> Int {
            // Undirected edge id: the lower/left endpoint and the axis.
            let (r0, c0) = dr < 0 || dc < 0 ? (r + dr, c + dc) : (r, c)
            return ((r0 * vertexColumns + c0) << 1) | (dr != 0 ? 1 : 0)
        }
        func position(_ r: Int, _ c: Int) -> Point {
            Point(x: frame.west + Double(c) * frame.cellSize, y: frame.north - Double(r) * frame.cellSize)
        }
        var used = Set<Int>()
        var traced: [([Point], Int, Int, Bool)] = []
        func walk(fromRow r: Int, column c: Int, _ first: (dr: Int, dc: Int, left: Int, right: Int)) -> ([Point], Bool) {
            var points = [position(r, c)]
            var (row, column) = (r, c)
            var step = first
            while true {
                used.insert(edgeKey(row, column, step.dr, step.dc))
                row += step.dr
                column += step.dc
                points.append(position(row, column))
                if row == r && column == c { return (points, true) }
                let around = edges(row, column)
                if around.count != 2 { return (points, false) }
                guard let next = around.first(where: { !(($0.dr == -step.dr) && ($0.dc == -step.dc)) }) else { return (points, false) }
                step = next
            }
        }
        for r in 0...frame.rows {
            for c in 0...frame.columns {
                let around = edges(r, c)
                guard around.count > 2 else { continue }
                for edge in around where !used.contains(edgeKey(r, c, edge.dr, edge.dc)) {
                    let (points, _) = walk(fromRow: r, column: c, edge)
                    traced.append((points, edge.left, edge.right, false))
                }
            }
        }
        // Closed outlines that meet no other region (an island, or the outer ring alone).
        for r in 0...frame.rows {
            for c in 0...frame.columns {
                for edge in edges(r, c) where !used.contains(edgeKey(r, c, edge.dr, edge.dc)) {
                    let (points, _) = walk(fromRow: r, column: c, edge)
                    traced.append((points, edge.left, edge.right, true))
                }
            }
        }
        arcs = traced.map { points, left, right, closed in
            let smooth = Self.smooth(points, radius: radius, closed: closed)
            let simple = closed ? smooth : Simplify.douglasPeucker(smooth, tolerance: tolerance)
            return Arc(points: simple, left: left, right: right)
        }
    }

    /// Two passes of a moving average over `2·radius+1` lattice points; ends stay fixed unless `closed`.
    static func smooth(_ points: [Point], radius: Int, closed: Bool) -> [Point] {
        var current = points
        let n = points.count
        for _ in 0..<2 {
            var next = current
            let range = closed ? 0..<(n - 1) : 1..<(n - 1)
            for i in range {
                var sum = Point(x: 0, y: 0)
                var count = 0.0
                for k in -radius...radius {
                    var j = i + k
                    if closed {
                        j = ((j % (n - 1)) + (n - 1)) % (n - 1)
                    } else if j < 0 || j >= n {
                        continue
                    }
                    sum = sum + current[j]
                    count += 1
                }
                next[i] = sum * (1 / count)
            }
            if closed { next[n - 1] = next[0] }
            current = next
        }
        return current
    }

    /// The closed, counter-clockwise rings of the region(s) `isInside` selects.
    ///
    /// Arcs with the region on their left are used as they are, arcs with it on their right
    /// backwards; arcs inside the region are skipped. Throws when the arcs do not close.
    func rings(where isInside: (Int) -> Bool) throws -> [[Point]] {
        var pieces: [[Point]] = []
        for arc in arcs {
            let leftIn = isInside(arc.left)
            let rightIn = isInside(arc.right)
            if leftIn == rightIn { continue }
            pieces.append(leftIn ? arc.points : arc.points.reversed())
        }
        var rings: [[Point]] = []
        var remaining = pieces
        while var ring = remaining.popLast() {
            while ring.first != ring.last {
                guard let next = remaining.firstIndex(where: { $0.first == ring.last }) else {
                    throw GeneratorError("region outline does not close at \(ring.last!)")
                }
                ring += remaining.remove(at: next).dropFirst()
            }
            rings.append(ring)
        }
        return rings
    }
}
