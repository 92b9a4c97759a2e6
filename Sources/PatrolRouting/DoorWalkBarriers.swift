public import PatrolData
public import PatrolGeo

/// The lines a walk between a door and its road may not cross: the shores of water areas
/// (a reservoir, a lake, a river drawn as an area), rivers and canals, and motorways.
///
/// Streams, ditches and drains are stepped over and stay out, as do motorways on bridges or
/// in tunnels, which one walks under or over. Without a water layer only motorways remain.
/// The segments sit in a uniform grid; a walk is tested against the segments in the cells its
/// bounding box touches.
public struct DoorWalkBarriers: Sendable {
    /// `waterway` values a walker cannot step over.
    public static let riverWaterways: Set<String> = ["river", "canal"]
    /// `highway` values that are fenced off from people on foot.
    public static let fencedHighways: Set<String> = ["motorway", "motorway_link"]

    private let segments: [(a: Point, b: Point)]
    private let origin: Point
    private let cellSize: Double
    private let columns: Int
    private let rows: Int
    private let extent: BoundingBox
    private let cellStart: [Int32]
    private let entries: [Int32]

    /// Collects the barriers from a map's water features and the motorways of its network.
    ///
    /// - Complexity: O(segments) expected.
    public init(water: [WaterFeature], network: RoadNetwork, cellSize: Double = 200) {
        var lines: [[Point]] = []
        for feature in water {
            switch feature.shape {
            case .area(let shape): lines += shape.rings
            case .lines(let parts): if let waterway = feature.waterway, Self.riverWaterways.contains(waterway) { lines += parts }
            }
        }
        let fencedRoads = network.roads.map { Self.fencedHighways.contains($0.highway) && !$0.isBridgeOrTunnel }
        for link in network.links where fencedRoads[Int(link.road)] { lines.append(link.geometry) }
        var segments: [(a: Point, b: Point)] = []
        for line in lines { for (a, b) in zip(line, line.dropFirst()) where a != b { segments.append((a, b)) } }
        self.segments = segments
        let box = BoundingBox(covering: segments.flatMap { [$0.a, $0.b] }) ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
        let size = Swift.max(cellSize, Swift.max(box.width, box.height) / Double(SegmentIndex.maximumCellsPerSide))
        let origin = Point(x: box.minX, y: box.minY)
        let columns = Int((box.width / size).rounded(.down)) + 1
        let rows = Int((box.height / size).rounded(.down)) + 1
        self.origin = origin
        self.cellSize = size
        self.columns = columns
        self.rows = rows
        extent = BoundingBox(minX: box.minX, minY: box.minY, maxX: box.minX + Double(columns) * size, maxY: box.minY + Double(rows) * size)
        let buckets = CellBuckets<Int32>(cellCount: segments.isEmpty ? 0 : columns * rows, filler: 0) { visit in
            for (i, segment) in segments.enumerated() {
                let span = GridCells.span(segment.a, segment.b, origin: origin, size: size, columns: columns, rows: rows)
                for r in span.rows { for c in span.columns { visit(r * columns + c, Int32(i)) } }
            }
        }
        cellStart = buckets.start
        entries = buckets.entries
    }

    /// True when there is nothing to cross.
    public var isEmpty: Bool { segments.isEmpty }

    /// True when the straight walk from `a` to `b` crosses a barrier (touching one is not crossing).
    ///
    /// Only the grid cells the walk passes through are tested, row by row: a crossing point
    /// lies on the walk and on the barrier's segment, so it is in a cell of both.
    public func blocks(_ a: Point, _ b: Point) -> Bool {
        guard !segments.isEmpty, a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return false }
        guard Swift.max(a.x, b.x) >= extent.minX, Swift.min(a.x, b.x) <= extent.maxX, Swift.max(a.y, b.y) >= extent.minY,
            Swift.min(a.y, b.y) <= extent.maxY
        else { return false }
        let (low, high) = a.y <= b.y ? (a, b) : (b, a)
        let r0 = GridCells.index(low.y - origin.y, cellSize, rows)
        let r1 = GridCells.index(high.y - origin.y, cellSize, rows)
        for r in r0...r1 {
            // The part of the walk inside this row's band, widened by a millimetre against rounding.
            let bandLow = Swift.max(low.y, origin.y + Double(r) * cellSize)
            let bandHigh = Swift.min(high.y, origin.y + Double(r + 1) * cellSize)
            var (x0, x1) = (Swift.min(low.x, high.x), Swift.max(low.x, high.x))
            if high.y > low.y, r0 < r1 {
                let slope = (high.x - low.x) / (high.y - low.y)
                let xa = low.x + (Swift.max(bandLow, low.y) - low.y) * slope
                let xb = low.x + (Swift.min(bandHigh, high.y) - low.y) * slope
                (x0, x1) = (Swift.min(xa, xb), Swift.max(xa, xb))
            }
            let c0 = GridCells.index(x0 - Self.margin - origin.x, cellSize, columns)
            let c1 = GridCells.index(x1 + Self.margin - origin.x, cellSize, columns)
            for c in c0...c1 {
                let cell = r * columns + c
                for i in Int(cellStart[cell])..<Int(cellStart[cell + 1]) {
                    let segment = segments[Int(entries[i])]
                    if Polygon.properCrossing(a, b, segment.a, segment.b) != nil { return true }
                }
            }
        }
        return false
    }

    /// How far (m) a row's part of a walk is widened before its cells are taken.
    private static let margin = 0.001
}
