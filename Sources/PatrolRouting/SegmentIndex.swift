public import PatrolGeo

/// A uniform grid over the network's link segments, for nearest-segment queries.
///
/// Each cell lists the (link, segment) pairs whose bounding box touches it. A query scans
/// rings of cells outwards until the ring is farther than the best hit.
public struct SegmentIndex: Sendable {
    /// Cell size in metres.
    public let cellSize: Double
    private let origin: Point
    private let columns: Int
    private let rows: Int
    private let cellStart: [Int32]
    private let entries: [Int64]

    /// Indexes every segment of every link.
    ///
    /// - Complexity: O(segments) expected.
    public init(network: RoadNetwork, cellSize: Double = 100) {
        self.cellSize = cellSize
        var box = BoundingBox(covering: network.nodes) ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        for link in network.links { for p in link.geometry { box.include(p) } }
        origin = Point(x: box.minX, y: box.minY)
        columns = max(1, Int((box.width / cellSize).rounded(.up)) + 1)
        rows = max(1, Int((box.height / cellSize).rounded(.up)) + 1)
        var buckets = [[Int64]](repeating: [], count: columns * rows)
        for (l, link) in network.links.enumerated() {
            for s in 0..<(link.geometry.count - 1) {
                let a = link.geometry[s]
                let b = link.geometry[s + 1]
                let c0 = Self.clamp(Int(((min(a.x, b.x) - origin.x) / cellSize).rounded(.down)), columns)
                let c1 = Self.clamp(Int(((max(a.x, b.x) - origin.x) / cellSize).rounded(.down)), columns)
                let r0 = Self.clamp(Int(((min(a.y, b.y) - origin.y) / cellSize).rounded(.down)), rows)
                let r1 = Self.clamp(Int(((max(a.y, b.y) - origin.y) / cellSize).rounded(.down)), rows)
                for r in r0...r1 {
                    for c in c0...c1 { buckets[r * columns + c].append(Int64(l) << 32 | Int64(s)) }
                }
            }
        }
        var start = [Int32](repeating: 0, count: buckets.count + 1)
        for (i, bucket) in buckets.enumerated() { start[i + 1] = start[i] + Int32(bucket.count) }
        cellStart = start
        entries = buckets.flatMap { $0 }
    }

    private static func clamp(_ v: Int, _ count: Int) -> Int { min(max(v, 0), count - 1) }

    /// The nearest point on any link for which `accept(link)` is true, within `maxDistance`.
    ///
    /// Ties go to the lower link number, then the earlier segment.
    /// - Complexity: O(segments in the cells scanned).
    public func nearest(to p: Point, in network: RoadNetwork, maxDistance: Double = .infinity, accept: (Int) -> Bool)
        -> (link: Int, closest: ClosestPoint)?
    {
        let pc = Int(((p.x - origin.x) / cellSize).rounded(.down))
        let pr = Int(((p.y - origin.y) / cellSize).rounded(.down))
        var best: (link: Int, closest: ClosestPoint)?
        let maxRing = max(columns, rows) + abs(pc) + abs(pr)
        var ring = 0
        while ring <= maxRing {
            // Every point of ring k is at least (k - 1) · cellSize away.
            let ringDistance = Double(max(0, ring - 1)) * cellSize
            if let best, best.closest.distance < ringDistance { break }
            if ringDistance > maxDistance { break }
            for r in (pr - ring)...(pr + ring) where r >= 0 && r < rows {
                for c in (pc - ring)...(pc + ring) where c >= 0 && c < columns {
                    guard abs(r - pr) == ring || abs(c - pc) == ring else { continue }
                    let cell = r * columns + c
                    for i in Int(cellStart[cell])..<Int(cellStart[cell + 1]) {
                        let link = Int(entries[i] >> 32)
                        let segment = Int(entries[i] & 0xFFFF_FFFF)
                        guard accept(link) else { continue }
                        let geometry = network.links[link].geometry
                        let (q, t) = Polyline.closestPoint(to: p, onSegmentFrom: geometry[segment], to: geometry[segment + 1])
                        let d = p.distance(to: q)
                        guard d <= maxDistance else { continue }
                        if let current = best {
                            if d > current.closest.distance { continue }
                            if d == current.closest.distance && (link, segment) >= (current.link, current.closest.segment) { continue }
                        }
                        var offset = 0.0
                        for k in 0..<segment { offset += geometry[k].distance(to: geometry[k + 1]) }
                        offset += t * geometry[segment].distance(to: geometry[segment + 1])
                        best = (link, ClosestPoint(point: q, distance: d, segment: segment, fraction: t, offset: offset))
                    }
                }
            }
            ring += 1
        }
        return best
    }
}
