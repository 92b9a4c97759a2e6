import PatrolData
import PatrolGeo

/// "至 寺沟村" notes where a road leaves the sheet: the next village (or, beyond the
/// jurisdiction, the next place) the road leads to.
///
/// From the point where a sealed road crosses the neat line, the road is followed outwards,
/// and on through the road joined at its end that ranks highest, until it enters a village
/// other than the one the sheet is about; a road that ends without reaching one gets no note,
/// and so does a road that never leaves the sheet.
enum RoadExits {
    /// How far beyond the neat line a road is followed (metres).
    static let reach = 8_000.0

    /// One way out of the sheet.
    struct Exit {
        /// Where the road crosses the neat line (plane).
        var crossing: Point
        /// Unit vector of the road's direction outwards (plane).
        var outward: Point
        /// The village the road leads to.
        var destination: String
    }

    static func draw(_ frame: inout MapFrame, focus: Village?) {
        let exits = find(frame.map, ground: frame.viewport.ground, styles: frame.style.roads, focus: focus?.name)
        guard !exits.isEmpty else { return }
        let size = frame.typography.roadName * 1.25
        let style = LabelStyle(id: "label-road-exit", size: size, fill: "#1a1a1a", weight: "bold", halo: 0.5, layer: 4)
        var placed: [(Point, String)] = []
        for exit in exits {
            let edge = frame.page(exit.crossing)
            // One note per destination along a stretch of edge.
            guard !placed.contains(where: { $0.1 == exit.destination && $0.0.distance(to: edge) < 60 }) else { continue }
            placed.append((edge, exit.destination))
            let inward = Point(x: -exit.outward.x, y: exit.outward.y)
            let text = (frame.language == .zh ? "至 " : "to ") + frame.placeName(exit.destination)
            let width = TextMetrics.width(text, size: size)
            let depth = abs(inward.x) * width / 2 + abs(inward.y) * size * 0.6 + 2
            frame.labels.append(
                LabelRequest(
                    lines: [text], style: style, anchor: edge + inward * depth, gap: 0, positions: [.center, .above, .below, .left, .right],
                    priority: 88, houses: .avoid))
        }
    }

    /// Every crossing of the neat line by a sealed road that leads on to another village.
    /// - Complexity: O(roads × vertices) to index the network, then O(reach / segment) per crossing.
    static func find(_ map: PatrolMap, ground: BoundingBox, styles: [RoadStyle], focus: String?) -> [Exit] {
        let ranked = map.roads.enumerated().compactMap { i, road -> (Int, Int)? in
            guard let style = RoadStyle.style(for: road.highway, in: styles), style.casing != nil, road.geometry.count > 1 else { return nil }
            return (i, style.order)
        }
        let order = Dictionary(uniqueKeysWithValues: ranked)
        var ends: [SIMD2<Int64>: [Int]] = [:]
        func key(_ p: Point) -> SIMD2<Int64> { SIMD2(Int64((p.x * 10).rounded()), Int64((p.y * 10).rounded())) }
        for (i, _) in ranked {
            let g = map.roads[i].geometry
            ends[key(g[0]), default: []].append(i)
            ends[key(g[g.count - 1]), default: []].append(i)
        }
        var exits: [Exit] = []
        for (i, _) in ranked {
            let g = map.roads[i].geometry
            for j in 0..<(g.count - 1) {
                let (a, b) = (g[j], g[j + 1])
                let aIn = ground.contains(a)
                guard aIn != ground.contains(b) else { continue }
                // Outwards is towards the vertex outside; follow that way.
                let forward = aIn
                let crossing = crossingPoint(inside: aIn ? a : b, outside: aIn ? b : a, ground: ground)
                let outside = aIn ? b : a
                let d = outside - crossing
                let length = (d.x * d.x + d.y * d.y).squareRoot()
                guard length > 0 else { continue }
                let tail = forward ? Array(g[(j + 1)...]) : Array(g[...j].reversed())
                if let destination = follow(
                    start: i, tail: tail, map: map, ends: ends, order: order, key: key, ground: ground, focus: focus)
                {
                    exits.append(Exit(crossing: crossing, outward: d * (1 / length), destination: destination))
                }
            }
        }
        return exits
    }

    /// Walks outwards from the crossing: this road's remaining vertices, then at each end the
    /// highest-ranked joined road not yet walked, until a vertex outside the sheet lies in a
    /// village other than `focus`.
    private static func follow(
        start: Int, tail: [Point], map: PatrolMap, ends: [SIMD2<Int64>: [Int]], order: [Int: Int], key: (Point) -> SIMD2<Int64>,
        ground: BoundingBox, focus: String?
    ) -> String? {
        var visited: Set<Int> = [start]
        var points = tail
        var walked = 0.0
        var last = tail[0]
        while true {
            for p in points {
                walked += p.distance(to: last)
                last = p
                if walked > reach { return nil }
                guard !ground.contains(p) else { continue }
                if let village = map.villages.first(where: { $0.name != focus && $0.boundary.contains(p) }) { return village.name }
            }
            let joined = (ends[key(last)] ?? []).filter { !visited.contains($0) }
            guard let next = joined.max(by: { (order[$0] ?? 0, -$0) < (order[$1] ?? 0, -$1) }) else { return nil }
            visited.insert(next)
            let g = map.roads[next].geometry
            points = key(g[0]) == key(last) ? g : g.reversed()
        }
    }

    /// Where the segment from a point inside the box to one outside crosses its edge.
    private static func crossingPoint(inside a: Point, outside b: Point, ground: BoundingBox) -> Point {
        var t = 1.0
        let d = b - a
        if d.x > 0 { t = Swift.min(t, (ground.maxX - a.x) / d.x) }
        if d.x < 0 { t = Swift.min(t, (ground.minX - a.x) / d.x) }
        if d.y > 0 { t = Swift.min(t, (ground.maxY - a.y) / d.y) }
        if d.y < 0 { t = Swift.min(t, (ground.minY - a.y) / d.y) }
        return a + d * t
    }
}
