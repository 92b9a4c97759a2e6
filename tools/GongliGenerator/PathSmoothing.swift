import PatrolGeo

/// Turns a route's cell-to-cell zigzag into a road's curves.
enum PathSmoothing {
    /// `rounds` rounds of Chaikin corner cutting with the ends (and span ends) kept in place, then
    /// Douglas–Peucker at 1.5 m.
    ///
    /// Spans stay straight.
    ///
    /// - Complexity: O(n)
    static func smooth(_ points: [Point], spans: Set<Int>, rounds: Int) -> (points: [Point], spans: Set<Int>) {
        // Split into runs that are either one span or free to bend.
        var runs: [([Point], Bool)] = []
        var current = [points[0]]
        for i in 0..<(points.count - 1) {
            if spans.contains(i) {
                if current.count > 1 { runs.append((current, false)) }
                runs.append(([points[i], points[i + 1]], true))
                current = [points[i + 1]]
            } else {
                current.append(points[i + 1])
            }
        }
        if current.count > 1 { runs.append((current, false)) }
        var out: [Point] = [points[0]]
        var outSpans: Set<Int> = []
        for (run, isSpan) in runs {
            if isSpan {
                outSpans.insert(out.count - 1)
                out.append(run[1])
                continue
            }
            var line = run
            for _ in 0..<rounds { line = chaikin(line) }
            line = Simplify.douglasPeucker(line, tolerance: 1.5)
            out.append(contentsOf: line.dropFirst())
        }
        return (out, outSpans)
    }

    /// One round of Chaikin's corner cutting, keeping the first and last points.
    static func chaikin(_ line: [Point]) -> [Point] {
        guard line.count > 2 else { return line }
        var out = [line[0]]
        for i in 0..<(line.count - 1) {
            let a = line[i]
            let b = line[i + 1]
            if i > 0 { out.append(a * 0.75 + b * 0.25) }
            if i < line.count - 2 { out.append(a * 0.25 + b * 0.75) }
        }
        out.append(line[line.count - 1])
        return out
    }
}
