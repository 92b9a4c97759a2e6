import PatrolGeo

extension RoadNetwork {
    /// Adds a routed road: smoothed into curves (unless smoothing would make it touch another road), ended
    /// exactly on the road it joins, joined to the lesser roads it crosses, and cut into pieces at its
    /// spans, which become bridges.
    ///
    /// Returns the indices of the pieces, in order.
    @discardableResult
    mutating func addRoute(_ route: RoadRouter.Route, kind: RoadKind, rank: Int, name: String? = nil) -> [Int] {
        var points = route.points
        var spans = route.spans
        if let joined = route.joins {
            points[points.count - 1] = attach(to: joined, near: points[points.count - 1])
        }
        // Keep the curves unless they would touch a road the raw route does not meet.
        var raw = route.raw
        if route.joins != nil { raw[raw.count - 1] = points[points.count - 1] }
        let ends = [points[0], points[points.count - 1]]
        func roadsMet(_ line: [Point]) -> Set<Int32> {
            var met = Set<Int32>()
            for cell in Self.cells(along: line, frame: frame) where !ends.contains(where: { frame.center(cell).distance(to: $0) < 40 }) {
                met.formUnion(roads(in: cell))
            }
            return met
        }
        if !roadsMet(points).isSubset(of: roadsMet(raw)) {
            points = raw
            spans = route.rawSpans
        }
        var ids: [Int] = []
        var current = [points[0]]
        for i in 0..<(points.count - 1) {
            if spans.contains(i) {
                if current.count > 1 { ids.append(addJoiningCrossings(Road(points: Self.withoutLoops(current), kind: kind, rank: rank, name: name))) }
                ids.append(add(Road(points: [points[i], points[i + 1]], kind: kind, rank: rank, name: name, isSpan: true)))
                current = [points[i + 1]]
            } else {
                current.append(points[i + 1])
            }
        }
        if current.count > 1 { ids.append(addJoiningCrossings(Road(points: Self.withoutLoops(current), kind: kind, rank: rank, name: name))) }
        return ids
    }

    /// The line with every loop cut out: where two of its segments cross, the line goes straight through
    /// the crossing point instead of round the loop.
    ///
    /// Ends are kept.
    ///
    /// - Complexity: O(n²) for n vertices.
    static func withoutLoops(_ line: [Point]) -> [Point] {
        var points = line
        var i = 0
        while i < points.count - 3 {
            var cut = false
            for j in stride(from: points.count - 2, to: i + 1, by: -1) {
                guard let (_, x) = intersection(points[i], points[i + 1], points[j], points[j + 1]) else { continue }
                // Replace the loop points[i+1...j] by the crossing point.
                points.replaceSubrange((i + 1)...j, with: [x])
                cut = true
                break
            }
            if !cut { i += 1 }
        }
        return points
    }
}
