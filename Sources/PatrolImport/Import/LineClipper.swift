import PatrolGeo
import PatrolData

/// One vertex of a road being built: an OSM node, or a point where the road was cut by the
/// clip boundary.
struct RoadVertex: Sendable, Hashable {
    /// Index of the node in the import's node table, or -1 for a cut point.
    var node: Int32
    /// Longitude in degrees.
    var lon: Double
    /// Latitude in degrees.
    var lat: Double

    var point: Point { Point(x: lon, y: lat) }

    /// The position in whole 1e-7 degrees (exact for a node; rounded for a cut point).
    var fixed: (lon: Int64, lat: Int64) { (Int64((lon * 1e7).rounded()), Int64((lat * 1e7).rounded())) }
}

/// Cuts polylines to the parts inside an area (a multipolygon with holes, in degrees).
///
/// Each segment is intersected with every ring edge; the pieces between crossings are kept
/// when their midpoint is inside. Cut points become new vertices.
/// - Complexity: O(segments × ring edges) per line.
struct LineClipper {
    /// The area to keep.
    let area: MultiPolygon
    private let edges: [(Point, Point)]
    private let bounds: BoundingBox

    /// A clipper for `area`, which must have at least one polygon.
    init(area: MultiPolygon) {
        self.area = area
        var edges: [(Point, Point)] = []
        for ring in area.rings {
            for i in 0..<(ring.count - 1) where ring[i] != ring[i + 1] { edges.append((ring[i], ring[i + 1])) }
        }
        self.edges = edges
        bounds = area.bounds!
    }

    /// The inside parts of `line`, in order; each has at least two vertices.
    func clip(_ line: [RoadVertex]) -> [[RoadVertex]] {
        guard line.count >= 2 else { return [] }
        var pieces: [[RoadVertex]] = []
        var current: [RoadVertex] = []
        func close() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        for i in 0..<(line.count - 1) {
            let a = line[i]
            let b = line[i + 1]
            var cuts = crossings(a.point, b.point)
            cuts.sort()
            var stops: [Double] = [0]
            for t in cuts where t > 1e-12 && t < 1 - 1e-12 && t - stops.last! > 1e-12 { stops.append(t) }
            stops.append(1)
            for k in 0..<(stops.count - 1) {
                let t0 = stops[k]
                let t1 = stops[k + 1]
                let mid = Point(x: a.lon + (b.lon - a.lon) * (t0 + t1) / 2, y: a.lat + (b.lat - a.lat) * (t0 + t1) / 2)
                if area.contains(mid) {
                    let start = t0 == 0 ? a : Self.cutPoint(a, b, t0)
                    let end = t1 == 1 ? b : Self.cutPoint(a, b, t1)
                    if current.last != start {
                        close()
                        current.append(start)
                    }
                    current.append(end)
                } else {
                    close()
                }
            }
        }
        close()
        return pieces
    }

    /// Parameters along a→b where the segment meets a ring edge.
    private func crossings(_ a: Point, _ b: Point) -> [Double] {
        let segmentBox = BoundingBox(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y))
        guard segmentBox.intersects(bounds) else { return [] }
        var result: [Double] = []
        let d = b - a
        for (p, q) in edges {
            guard max(p.x, q.x) >= segmentBox.minX, min(p.x, q.x) <= segmentBox.maxX,
                max(p.y, q.y) >= segmentBox.minY, min(p.y, q.y) <= segmentBox.maxY
            else { continue }
            let e = q - p
            let denominator = d.x * e.y - d.y * e.x
            guard denominator != 0 else { continue }
            let w = p - a
            let t = (w.x * e.y - w.y * e.x) / denominator
            let u = (w.x * d.y - w.y * d.x) / denominator
            if t >= 0, t <= 1, u >= 0, u <= 1 { result.append(t) }
        }
        return result
    }

    private static func cutPoint(_ a: RoadVertex, _ b: RoadVertex, _ t: Double) -> RoadVertex {
        RoadVertex(node: -1, lon: a.lon + (b.lon - a.lon) * t, lat: a.lat + (b.lat - a.lat) * t)
    }
}
