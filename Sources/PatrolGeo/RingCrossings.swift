/// Where two edges of a polygon's rings cross each other.
///
/// Edge `i` of a ring runs from its vertex `i` to vertex `i + 1`; ring 0 is the exterior,
/// ring `k` the `k`-th hole.
public struct RingCrossing: Sendable, Hashable {
    /// The ring of the first edge.
    public var ring: Int
    /// The first edge's index in its ring.
    public var edge: Int
    /// The ring of the second edge.
    public var otherRing: Int
    /// The second edge's index in its ring.
    public var otherEdge: Int
    /// Where the two edges cross.
    public var point: Point
}

extension Polygon {
    /// Every proper crossing between edges of `rings` (an exterior and its holes), in order of
    /// (ring, edge, other ring, other edge); at most `limit` of them.
    ///
    /// A proper crossing is one where each edge passes strictly from one side of the other
    /// to the other side: a bow-tie, or a hole that pokes out of its shell. Edges that only
    /// meet at a shared vertex (every pair of neighbours does) are not crossings, nor are a
    /// hole and its shell that touch at one point, as RFC 7946 and OGC allow.
    ///
    /// Edges are bucketed on a uniform grid of about one cell per edge, and only edges that
    /// share a cell are compared (each pair once, in the cell holding the lower-left corner of
    /// the overlap of their bounding boxes).
    /// - Complexity: about O(n) for n edges of ordinary shapes; O(n²) in the worst case (every
    ///   edge spanning the whole grid).
    public static func crossings(in rings: [[Point]], limit: Int = 100) -> [RingCrossing] {
        var edges: [(ring: Int, edge: Int, a: Point, b: Point)] = []
        for (r, ring) in rings.enumerated() {
            for i in 0..<Swift.max(ring.count - 1, 0) where ring[i] != ring[i + 1] {
                edges.append((r, i, ring[i], ring[i + 1]))
            }
        }
        guard edges.count >= 2, let box = BoundingBox(covering: edges.flatMap { [$0.a, $0.b] }) else { return [] }
        let side = Swift.max(1, Int(Double(edges.count).squareRoot()))
        let cellWidth = Swift.max(box.maxX - box.minX, .leastNormalMagnitude) / Double(side)
        let cellHeight = Swift.max(box.maxY - box.minY, .leastNormalMagnitude) / Double(side)
        func column(_ x: Double) -> Int { Swift.min(side - 1, Swift.max(0, Int((x - box.minX) / cellWidth))) }
        func row(_ y: Double) -> Int { Swift.min(side - 1, Swift.max(0, Int((y - box.minY) / cellHeight))) }
        var cells = [[Int32]](repeating: [], count: side * side)
        for (k, e) in edges.enumerated() {
            for r in row(Swift.min(e.a.y, e.b.y))...row(Swift.max(e.a.y, e.b.y)) {
                for c in column(Swift.min(e.a.x, e.b.x))...column(Swift.max(e.a.x, e.b.x)) {
                    cells[r * side + c].append(Int32(k))
                }
            }
        }
        var found: [RingCrossing] = []
        for cell in cells.indices where cells[cell].count >= 2 {
            let members = cells[cell]
            for i in 0..<(members.count - 1) {
                let e = edges[Int(members[i])]
                for j in (i + 1)..<members.count {
                    let f = edges[Int(members[j])]
                    // The pair is tested only in the cell holding the lower-left corner of the
                    // overlap of the two bounding boxes, so it is tested once.
                    let cornerX = Swift.max(Swift.min(e.a.x, e.b.x), Swift.min(f.a.x, f.b.x))
                    let cornerY = Swift.max(Swift.min(e.a.y, e.b.y), Swift.min(f.a.y, f.b.y))
                    guard row(cornerY) * side + column(cornerX) == cell, let point = properCrossing(e.a, e.b, f.a, f.b) else { continue }
                    let (first, second) = (e.ring, e.edge) < (f.ring, f.edge) ? (e, f) : (f, e)
                    found.append(RingCrossing(ring: first.ring, edge: first.edge, otherRing: second.ring, otherEdge: second.edge, point: point))
                }
            }
        }
        found.sort { ($0.ring, $0.edge, $0.otherRing, $0.otherEdge) < ($1.ring, $1.edge, $1.otherRing, $1.otherEdge) }
        return Array(found.prefix(limit))
    }

    /// The point where segment ab crosses segment cd, when each has its ends strictly on
    /// both sides of the other; `nil` otherwise (touching, collinear or apart).
    public static func properCrossing(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Point? {
        func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        let abc = orientation(a, b, c)
        let abd = orientation(a, b, d)
        let cda = orientation(c, d, a)
        let cdb = orientation(c, d, b)
        guard (abc > 0 && abd < 0) || (abc < 0 && abd > 0), (cda > 0 && cdb < 0) || (cda < 0 && cdb > 0) else { return nil }
        let t = cda / (cda - cdb)
        return Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }
}
