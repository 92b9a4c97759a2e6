import PatrolGeo

/// How each house sits among its neighbours: the direction of its row, the distance to the
/// next house, and whether it ends a row.
///
/// Courtyard houses stand in rows along lanes about 12 m apart, so a square symbol as wide
/// as a house merges with its neighbours into a saw-toothed bar. Drawn as a rectangle turned
/// along its row and a little narrower than the spacing, every house stays a house; and
/// where not every house has room for its number, the row ends are where numbers go.
struct HouseRows {
    /// One house's place in its row.
    struct Place {
        /// Unit vector along the row in the plane; (1, 0) for a house standing alone.
        var along: Point
        /// Plane distance in metres to the nearest other house (infinity when alone).
        var spacing: Double
        /// True unless the house has neighbours on opposite sides along its row.
        var endsRow: Bool
        /// At a row end, the unit vector along the row pointing away from it; `nil` otherwise.
        var outward: Point?
        /// Unit vectors towards the nearest house across the row on each side that has one
        /// within reach (the next row behind, the row across the lane).
        var across: [Point]
    }

    /// The places, in the order of the points given.
    let places: [Place]

    /// Finds neighbours within `reach` metres through a grid of `reach`-sized buckets.
    /// - Complexity: O(n × m) for n houses and at most m houses within `reach` of one.
    init(_ points: [Point], reach: Double = 30) {
        func cell(_ p: Point) -> SIMD2<Int> { SIMD2(Int((p.x / reach).rounded(.down)), Int((p.y / reach).rounded(.down))) }
        var buckets: [SIMD2<Int>: [Int]] = [:]
        for (i, p) in points.enumerated() { buckets[cell(p), default: []].append(i) }
        // Nearer first; equal distances by offset, so the result never depends on bucket order.
        func isCloser(_ a: (offset: Point, distance: Double), _ b: (offset: Point, distance: Double)) -> Bool {
            a.distance != b.distance ? a.distance < b.distance : (a.offset.x, a.offset.y) < (b.offset.x, b.offset.y)
        }
        places = points.enumerated().map { i, p in
            let c = cell(p)
            var near: [(offset: Point, distance: Double)] = []
            for dy in -1...1 {
                for dx in -1...1 {
                    for j in buckets[c &+ SIMD2(dx, dy)] ?? [] where j != i {
                        let d = points[j].distance(to: p)
                        if d <= reach, d > 0 { near.append((points[j] - p, d)) }
                    }
                }
            }
            guard let nearest = near.min(by: isCloser) else {
                return Place(along: Point(x: 1, y: 0), spacing: .infinity, endsRow: true, outward: nil, across: [])
            }
            var along = nearest.offset * (1 / nearest.distance)
            if along.x < 0 || (along.x == 0 && along.y < 0) { along = along * -1 }
            // Row neighbours: about as close as the nearest one; a row goes on past the
            // house when two of them lie on opposite sides.
            let row = near.filter { $0.distance <= nearest.distance * 1.6 }.map { $0.offset * (1 / $0.distance) }
            var inside = false
            for a in row.indices where !inside {
                for b in row.indices where b > a && row[a].x * row[b].x + row[a].y * row[b].y < -0.7 {
                    inside = true
                    break
                }
            }
            let crosswise = near.filter { abs($0.offset.x * along.x + $0.offset.y * along.y) < 0.5 * $0.distance }
            let left = crosswise.filter { along.x * $0.offset.y - along.y * $0.offset.x > 0 }
            let right = crosswise.filter { along.x * $0.offset.y - along.y * $0.offset.x < 0 }
            let across = [left, right].compactMap { side in
                side.min(by: isCloser).map { $0.offset * (1 / $0.distance) }
            }
            guard !inside else { return Place(along: along, spacing: nearest.distance, endsRow: false, outward: nil, across: across) }
            let towardRow = row.reduce(Point(x: 0, y: 0), +)
            let outward = along * (towardRow.x * along.x + towardRow.y * along.y > 0 ? -1 : 1)
            return Place(along: along, spacing: nearest.distance, endsRow: true, outward: outward, across: across)
        }
    }
}
