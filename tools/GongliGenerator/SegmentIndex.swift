import PatrolGeo

/// Road segments bucketed by raster cell, for "how far is the nearest road" questions.
struct SegmentIndex {
    private let frame: GridFrame
    private var buckets: [Int: [(Point, Point)]] = [:]

    /// Indexes every segment of `roads`.
    init(roads: [RoadNetwork.Road], frame: GridFrame) {
        self.frame = frame
        for road in roads {
            for i in 0..<(road.points.count - 1) {
                let segment = (road.points[i], road.points[i + 1])
                for cell in RoadNetwork.cells(along: [segment.0, segment.1], frame: frame) {
                    buckets[cell, default: []].append(segment)
                }
            }
        }
    }

    /// Distance from `p` to the nearest road within about one cell, or infinity.
    func distanceToRoad(_ p: Point) -> Double {
        guard let cell = frame.cell(containing: p) else { return .infinity }
        let row = cell / frame.columns
        let column = cell % frame.columns
        var best = Double.infinity
        for dr in -1...1 {
            for dc in -1...1 {
                guard let c = frame.index(row: row + dr, column: column + dc), let segments = buckets[c] else { continue }
                for (a, b) in segments {
                    best = Swift.min(best, Polyline.closestPoint(to: p, onSegmentFrom: a, to: b).point.distance(to: p))
                }
            }
        }
        return best
    }
}
