public import PatrolGeo

/// A uniform grid over the network's link segments, for nearest-segment queries.
///
/// Each cell lists the (link, segment) pairs whose bounding box touches it. A query scans
/// rings of cells outwards from the place's cell (or, for a place off the grid, from the
/// nearest cell on its edge) until the ring is farther than the best hit. Rings are clipped
/// to the grid, so a query visits each cell at most once however far away the place is.
public struct SegmentIndex: Sendable {
    /// Most cells along either side of the grid: a network spread over a huge area gets
    /// larger cells instead of an index that does not fit in memory.
    public static let maximumCellsPerSide = 2_000

    /// Cell size in metres.
    public let cellSize: Double
    /// The area the grid covers (every indexed segment lies inside it).
    public let extent: BoundingBox
    private let columns: Int
    private let rows: Int
    private let cellStart: [Int32]
    private let entries: [Int64]

    /// Indexes every segment of every link, in cells of `cellSize` metres or larger (see
    /// ``maximumCellsPerSide``).
    ///
    /// - Complexity: O(segments) expected.
    public init(network: RoadNetwork, cellSize: Double = 100) {
        var box = BoundingBox(covering: network.nodes) ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        for link in network.links { for p in link.geometry { box.include(p) } }
        let span = Swift.max(box.width, box.height) / Double(Self.maximumCellsPerSide)
        let size = span.isFinite ? Swift.max(cellSize, span) : .greatestFiniteMagnitude
        self.cellSize = size
        let columns = Self.count(box.width, size)
        let rows = Self.count(box.height, size)
        self.columns = columns
        self.rows = rows
        extent = BoundingBox(minX: box.minX, minY: box.minY, maxX: box.minX + Double(columns) * size, maxY: box.minY + Double(rows) * size)
        let origin = Point(x: box.minX, y: box.minY)
        let buckets = CellBuckets<Int64>(cellCount: columns * rows, filler: 0) { visit in
            for (l, link) in network.links.enumerated() {
                for s in 0..<(link.geometry.count - 1) {
                    let span = GridCells.span(link.geometry[s], link.geometry[s + 1], origin: origin, size: size, columns: columns, rows: rows)
                    for r in span.rows {
                        for c in span.columns { visit(r * columns + c, Int64(l) << 32 | Int64(s)) }
                    }
                }
            }
        }
        cellStart = buckets.start
        entries = buckets.entries
    }

    /// Cells needed to span `length` (at least one, plus one for points on the far edge).
    private static func count(_ length: Double, _ size: Double) -> Int {
        let cells = (length / size).rounded(.up)
        return cells.isFinite ? Int(Swift.min(cells, Double(maximumCellsPerSide))) + 1 : 1
    }

    /// The distance from `p` to the grid's area: 0 inside it.
    public func distanceToExtent(_ p: Point) -> Double {
        let dx = Swift.max(extent.minX - p.x, 0, p.x - extent.maxX)
        let dy = Swift.max(extent.minY - p.y, 0, p.y - extent.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The nearest point on any link for which `accept(link)` is true, within `maxDistance`.
    ///
    /// Ties go to the lower link number, then the earlier segment. A place that is not a
    /// finite point has no nearest point; one farther than `maxDistance` from the grid is
    /// answered at once. `reachable` may refuse a segment's closest point (a walk to it would
    /// cross a river): the segment is then passed over.
    ///
    /// The nearest accepted point is found first without `reachable` and asked once: almost
    /// every place can walk to its nearest road, and that answer is also the nearest reachable
    /// one. Only when it is refused is the search run again, asking `reachable` of each closer
    /// candidate as it is met.
    /// - Complexity: O(segments in the cells scanned), at most O(cells + segments) at any distance.
    public func nearest(
        to p: Point, in network: RoadNetwork, maxDistance: Double = .infinity, accept: (Int) -> Bool,
        reachable: (Point) -> Bool = { _ in true }
    ) -> (link: Int, closest: ClosestPoint)? {
        guard let nearest = search(p, network, maxDistance, accept, { _ in true }) else { return nil }
        if reachable(nearest.closest.point) { return nearest }
        return search(p, network, maxDistance, accept, reachable)
    }

    /// The nearest accepted point whose closest point `reachable` accepts (see ``nearest(to:in:maxDistance:accept:reachable:)``).
    private func search(
        _ p: Point, _ network: RoadNetwork, _ maxDistance: Double, _ accept: (Int) -> Bool, _ reachable: (Point) -> Bool
    ) -> (link: Int, closest: ClosestPoint)? {
        guard p.x.isFinite, p.y.isFinite, !entries.isEmpty else { return nil }
        let outside = distanceToExtent(p)
        guard outside <= maxDistance else { return nil }
        // Off the grid, start from the edge cell nearest the place: every cell of ring k around
        // it is still at least (k - 1) · cellSize from the place, and never nearer than the grid.
        let pc = GridCells.index(p.x - extent.minX, cellSize, columns)
        let pr = GridCells.index(p.y - extent.minY, cellSize, rows)
        var best: (link: Int, closest: ClosestPoint)?
        func scan(_ r: Int, _ c: Int) {
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
                guard reachable(q) else { continue }
                var offset = 0.0
                for k in 0..<segment { offset += geometry[k].distance(to: geometry[k + 1]) }
                offset += t * geometry[segment].distance(to: geometry[segment + 1])
                best = (link, ClosestPoint(point: q, distance: d, segment: segment, fraction: t, offset: offset))
            }
        }
        for ring in 0...Swift.max(columns, rows) {
            let ringDistance = Swift.max(outside, Double(Swift.max(0, ring - 1)) * cellSize)
            if let best, best.closest.distance < ringDistance { break }
            if ringDistance > maxDistance { break }
            visitRing(ring, around: pc, pr, scan)
        }
        return best
    }

    /// Calls `visit(row, column)` for each grid cell exactly `ring` cells (Chebyshev) from
    /// (`column`, `row`), skipping the part of the ring off the grid.
    private func visitRing(_ ring: Int, around column: Int, _ row: Int, _ visit: (Int, Int) -> Void) {
        guard ring > 0 else { return visit(row, column) }
        let (top, bottom, left, right) = (row - ring, row + ring, column - ring, column + ring)
        let (c0, c1) = (Swift.max(left, 0), Swift.min(right, columns - 1))
        if c0 <= c1 {
            if top >= 0 { for c in c0...c1 { visit(top, c) } }
            if bottom < rows { for c in c0...c1 { visit(bottom, c) } }
        }
        let (r0, r1) = (Swift.max(top + 1, 0), Swift.min(bottom - 1, rows - 1))
        if r0 <= r1 {
            if left >= 0 { for r in r0...r1 { visit(r, left) } }
            if right < columns { for r in r0...r1 { visit(r, right) } }
        }
    }
}
