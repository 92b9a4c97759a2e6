/// Areas shared by polygons, or left outside one, measured on evenly spaced horizontal lines.
///
/// Each shape is cut by the lines `y = minY + (k + ½) · spacing`; along each line it covers
/// a set of x-intervals (even–odd rule over all its rings). The length two shapes share on a
/// line, times the spacing, estimates the area they share; shapes that merely touch along an
/// edge share nothing.
public struct ScanlineAreas: Sendable {
    /// Where and how much of an area was found.
    public struct Measure: Sendable, Hashable {
        /// Estimated area in square units of the plane (m² in the working CRS).
        public var area: Double
        /// A point inside it: the middle of its longest piece on any line.
        public var sample: Point
    }

    /// The y of each line.
    public let lines: [Double]
    /// The line spacing.
    public let spacing: Double
    /// Per shape, per line: the covered x-intervals, sorted and disjoint.
    private let intervals: [[[ClosedRange<Double>]]]

    /// Cuts every shape with lines `spacing` apart across `bounds`.
    ///
    /// - Complexity: O(V + C log C) for V vertices and C crossings of lines with edges.
    public init(_ shapes: [MultiPolygon], bounds: BoundingBox, spacing: Double) {
        let count = Swift.max(1, Int(((bounds.maxY - bounds.minY) / spacing).rounded(.up)))
        let lines = (0..<count).map { bounds.minY + (Double($0) + 0.5) * spacing }
        self.lines = lines
        self.spacing = spacing
        intervals = shapes.map { Self.intervals(of: $0, minY: bounds.minY, spacing: spacing, lines: lines) }
    }

    /// The area shapes `i` and `j` share, or `nil` when they share no length on any line.
    ///
    /// - Complexity: O(k) in the number of intervals of the two shapes.
    public func overlap(_ i: Int, _ j: Int) -> Measure? {
        measure { line in Self.intersection(intervals[i][line], intervals[j][line]) }
    }

    /// The area of shape `i` outside shape `container`, or `nil` when there is none.
    ///
    /// - Complexity: O(k) in the number of intervals of the two shapes.
    public func outside(_ i: Int, of container: Int) -> Measure? {
        measure { line in Self.difference(intervals[i][line], intervals[container][line]) }
    }

    private func measure(_ pieces: (Int) -> [ClosedRange<Double>]) -> Measure? {
        var length = 0.0
        var longest: (length: Double, point: Point)?
        for line in lines.indices {
            for piece in pieces(line) {
                let l = piece.upperBound - piece.lowerBound
                guard l > 0 else { continue }
                length += l
                if l > longest?.length ?? 0 {
                    longest = (l, Point(x: (piece.lowerBound + piece.upperBound) / 2, y: lines[line]))
                }
            }
        }
        guard let longest else { return nil }
        return Measure(area: length * spacing, sample: longest.point)
    }

    /// For each line, the x-intervals inside `shape` (crossings paired in x order).
    private static func intervals(of shape: MultiPolygon, minY: Double, spacing: Double, lines: [Double]) -> [[ClosedRange<Double>]] {
        var crossings = [[Double]](repeating: [], count: lines.count)
        for ring in shape.rings {
            for i in 0..<Swift.max(ring.count - 1, 0) {
                let a = ring[i]
                let b = ring[i + 1]
                let low = Swift.min(a.y, b.y)
                let high = Swift.max(a.y, b.y)
                guard high > low else { continue }
                // Lines with low <= y < high, found by index and confirmed by the crossing rule.
                let first = Swift.max(0, Int(((low - minY) / spacing - 0.5).rounded(.down)))
                let last = Swift.min(lines.count - 1, Int(((high - minY) / spacing - 0.5).rounded(.up)))
                guard first <= last else { continue }
                for k in first...last where (a.y > lines[k]) != (b.y > lines[k]) {
                    crossings[k].append(Polygon.crossingX(a, b, y: lines[k]))
                }
            }
        }
        return crossings.map { xs in
            let sorted = xs.sorted()
            return stride(from: 0, to: sorted.count - 1, by: 2).map { sorted[$0]...sorted[$0 + 1] }
        }
    }

    /// The parts two sorted, disjoint interval lists have in common.
    static func intersection(_ a: [ClosedRange<Double>], _ b: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            let low = Swift.max(a[i].lowerBound, b[j].lowerBound)
            let high = Swift.min(a[i].upperBound, b[j].upperBound)
            if low < high { result.append(low...high) }
            if a[i].upperBound < b[j].upperBound { i += 1 } else { j += 1 }
        }
        return result
    }

    /// The parts of sorted, disjoint intervals `a` not covered by sorted, disjoint `b`.
    static func difference(_ a: [ClosedRange<Double>], _ b: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        var j = 0
        for piece in a {
            var start = piece.lowerBound
            while j < b.count, b[j].upperBound <= start { j += 1 }
            var k = j
            while k < b.count, b[k].lowerBound < piece.upperBound {
                if b[k].lowerBound > start { result.append(start...b[k].lowerBound) }
                start = Swift.max(start, b[k].upperBound)
                k += 1
            }
            if start < piece.upperBound { result.append(start...piece.upperBound) }
        }
        return result
    }
}
