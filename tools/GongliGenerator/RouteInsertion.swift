import PatrolGeo

extension RoadNetwork {
    /// Adds a routed road: smoothed into curves (unless smoothing would make it touch
    /// another road), ended exactly on the road it joins, and cut into pieces at its spans,
    /// which become bridges. Returns the indices of the pieces, in order.
    @discardableResult
    mutating func addRoute(_ route: RoadRouter.Route, kind: RoadKind, rank: Int, name: String? = nil) -> [Int] {
        var points = route.points
        var spans = route.spans
        if let joined = route.joins {
            points[points.count - 1] = attach(to: joined, near: points[points.count - 1])
        }
        let smoothed = PathSmoothing.smooth(points, spans: spans)
        let ends = [points[0], points[points.count - 1]]
        let touches = Self.cells(along: smoothed.points, frame: frame).contains { cell in
            !isFree(cell) && !ends.contains { frame.center(cell).distance(to: $0) < 40 }
        }
        if !touches {
            points = smoothed.points
            spans = smoothed.spans
        }
        var ids: [Int] = []
        var current = [points[0]]
        for i in 0..<(points.count - 1) {
            if spans.contains(i) {
                if current.count > 1 { ids.append(add(Road(points: current, kind: kind, rank: rank, name: name))) }
                ids.append(add(Road(points: [points[i], points[i + 1]], kind: kind, rank: rank, name: name, isSpan: true)))
                current = [points[i + 1]]
            } else {
                current.append(points[i + 1])
            }
        }
        if current.count > 1 { ids.append(add(Road(points: current, kind: kind, rank: rank, name: name))) }
        return ids
    }
}
