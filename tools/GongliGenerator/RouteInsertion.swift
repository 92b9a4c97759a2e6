import PatrolGeo

extension RoadNetwork {
    /// Adds a routed road: smoothed into curves (unless smoothing would make it touch
    /// another road), ended exactly on the road it joins, joined to the lesser roads it
    /// crosses, and cut into pieces at its spans, which become bridges. Returns the indices
    /// of the pieces, in order.
    @discardableResult
    mutating func addRoute(_ route: RoadRouter.Route, kind: RoadKind, rank: Int, name: String? = nil) -> [Int] {
        var points = route.points
        var spans = route.spans
        if let joined = route.joins {
            points[points.count - 1] = attach(to: joined, near: points[points.count - 1])
        }
        // Keep the curves unless they would touch a road the raw route does not meet.
        let smoothed = PathSmoothing.smooth(points, spans: spans)
        let ends = [points[0], points[points.count - 1]]
        func roadsMet(_ line: [Point]) -> Set<Int32> {
            var met = Set<Int32>()
            for cell in Self.cells(along: line, frame: frame) where !ends.contains(where: { frame.center(cell).distance(to: $0) < 40 }) {
                met.formUnion(roads(in: cell))
            }
            return met
        }
        if roadsMet(smoothed.points).isSubset(of: roadsMet(points)) {
            points = smoothed.points
            spans = smoothed.spans
        }
        var ids: [Int] = []
        var current = [points[0]]
        for i in 0..<(points.count - 1) {
            if spans.contains(i) {
                if current.count > 1 { ids.append(addJoiningCrossings(Road(points: current, kind: kind, rank: rank, name: name))) }
                ids.append(add(Road(points: [points[i], points[i + 1]], kind: kind, rank: rank, name: name, isSpan: true)))
                current = [points[i + 1]]
            } else {
                current.append(points[i + 1])
            }
        }
        if current.count > 1 { ids.append(addJoiningCrossings(Road(points: current, kind: kind, rank: rank, name: name))) }
        return ids
    }
}
