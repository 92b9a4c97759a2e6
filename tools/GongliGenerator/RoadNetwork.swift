import Foundation
import PatrolGeo

/// How a road was built, which decides its tags later.
enum RoadKind: Sendable {
    /// The county road across the south.
    case county
    /// A township road from a village to the network.
    case township
    /// A street or lane inside a tableland village.
    case street
    /// A lane built to a mountain hamlet; its class comes from the households it serves.
    case lane
    /// A farm track across the fields.
    case track
    /// A footpath.
    case path
}

/// The roads built so far, with a raster index of which cells each one passes through.
///
/// Roads join only where they share a vertex. New roads end on old ones through
/// ``attach(to:near:)``, which puts the very same point into both lines; the occupancy
/// index lets the router refuse moves that would cross a road without joining it.
struct RoadNetwork {
    /// One road line.
    struct Road {
        var points: [Point]
        var kind: RoadKind
        /// Routing precedence: new roads may end on roads of at least their target rank.
        var rank: Int
        var name: String?
        /// A span over a gully: drawn as a bridge, invisible to roads passing below.
        var isSpan = false
    }

    let frame: GridFrame
    private(set) var roads: [Road] = []
    /// Road indices whose lines pass through each cell (spans excluded).
    private var occupancy: [[Int32]]

    init(frame: GridFrame) {
        self.frame = frame
        occupancy = Array(repeating: [], count: frame.count)
    }

    /// The roads passing through `cell`.
    func roads(in cell: Int) -> [Int32] { occupancy[cell] }

    /// True when no road passes through `cell`.
    func isFree(_ cell: Int) -> Bool { occupancy[cell].isEmpty }

    /// Adds a road and indexes its cells; returns its index.
    @discardableResult
    mutating func add(_ road: Road) -> Int {
        let id = roads.count
        roads.append(road)
        if !road.isSpan {
            for cell in Self.cells(along: road.points, frame: frame) where !occupancy[cell].contains(Int32(id)) {
                occupancy[cell].append(Int32(id))
            }
        }
        return id
    }

    /// Makes `p` (or the nearest point of road `id` to it) a vertex of that road and returns it, so a new
    /// road can end exactly there.
    ///
    /// Reuses a vertex within 4 m.
    ///
    /// - Complexity: O(vertices of the road)
    mutating func attach(to id: Int, near p: Point) -> Point {
        guard let closest = Polyline.closestPoint(to: p, on: roads[id].points) else { return p }
        let a = roads[id].points[closest.segment]
        let b = roads[id].points[closest.segment + 1]
        if a.distance(to: closest.point) < 4 { return a }
        if b.distance(to: closest.point) < 4 { return b }
        roads[id].points.insert(closest.point, at: closest.segment + 1)
        return closest.point
    }

    /// The direction (radians from east) of the first road that has `p` as a vertex.
    func direction(at p: Point) -> Double? {
        for road in roads where !road.isSpan {
            guard let i = road.points.firstIndex(of: p) else { continue }
            let a = road.points[Swift.max(i - 1, 0)]
            let b = road.points[Swift.min(i + 1, road.points.count - 1)]
            return atan2(b.y - a.y, b.x - a.x)
        }
        return nil
    }

    /// Inserts `p` as a vertex of road `id` if it is not one already (it must lie on the line).
    mutating func insertVertex(_ p: Point, into id: Int) {
        guard !roads[id].points.contains(p), let closest = Polyline.closestPoint(to: p, on: roads[id].points) else { return }
        roads[id].points.insert(p, at: closest.segment + 1)
    }

    /// Adds a road given by explicit geometry (village streets), joining it to every road it crosses: each
    /// crossing point becomes a vertex of both lines.
    ///
    /// Spans are not joined.
    ///
    /// - Complexity: O(v · r) for v new vertices and r nearby road segments.
    @discardableResult
    mutating func addJoiningCrossings(_ road: Road) -> Int {
        var points = road.points
        var i = 0
        while i < points.count - 1 {
            let a = points[i]
            let b = points[i + 1]
            var nearest: (t: Double, point: Point, road: Int)?
            var candidates = Set<Int32>()
            for cell in Self.cells(along: [a, b], frame: frame) { candidates.formUnion(occupancy[cell]) }
            for id in candidates.sorted() {
                let other = roads[Int(id)].points
                for j in 0..<(other.count - 1) {
                    guard let (t, p) = Self.intersection(a, b, other[j], other[j + 1]) else { continue }
                    if t < 1e-9 || other.contains(p) && points.contains(p) { continue }
                    if nearest == nil || t < nearest!.t { nearest = (t, p, Int(id)) }
                }
            }
            if let hit = nearest, hit.point != b {
                insertVertex(hit.point, into: hit.road)
                points.insert(hit.point, at: i + 1)
            } else if let hit = nearest {
                insertVertex(hit.point, into: hit.road)
            }
            i += 1
        }
        var joined = road
        joined.points = points
        return add(joined)
    }

    /// Joins every pair of roads that cross or touch without sharing a vertex there, by putting the
    /// crossing point into both (spans excepted: they pass over).
    ///
    /// A safety net after all roads are built; returns how many junctions it added.
    ///
    /// - Complexity: O(s · k) for s segments and k segments sharing their cells.
    @discardableResult
    mutating func joinRemainingCrossings() -> Int {
        var added = 0
        for id in roads.indices where !roads[id].isSpan {
            var i = 0
            while i < roads[id].points.count - 1 {
                let a = roads[id].points[i]
                let b = roads[id].points[i + 1]
                var candidates = Set<Int32>()
                for cell in Self.cells(along: [a, b], frame: frame) { candidates.formUnion(occupancy[cell]) }
                var hit: (t: Double, point: Point, road: Int)?
                for other in candidates.sorted() where Int(other) != id {
                    let line = roads[Int(other)].points
                    for j in 0..<(line.count - 1) {
                        guard let (t, p) = Self.intersection(a, b, line[j], line[j + 1]) else { continue }
                        // Already joined there, or the crossing is this segment's start.
                        if p == a || (line.contains(p) && (p == b || roads[id].points.contains(p))) { continue }
                        if hit == nil || t < hit!.t { hit = (t, p, Int(other)) }
                    }
                }
                if let hit {
                    insertVertex(hit.point, into: hit.road)
                    if hit.point != b { roads[id].points.insert(hit.point, at: i + 1) }
                    added += 1
                }
                i += 1
            }
        }
        // Near misses become junctions too: coordinates are rounded to about a centimetre
        // when written, which could turn a millimetre gap into a crossing.
        for id in roads.indices where !roads[id].isSpan {
            for i in roads[id].points.indices {
                let p = roads[id].points[i]
                guard let cell = frame.cell(containing: p) else { continue }
                for other in occupancy[cell].sorted() where Int(other) != id {
                    let line = roads[Int(other)].points
                    if line.contains(p) { continue }
                    if let q = line.first(where: { $0.distance(to: p) < 0.05 }) {
                        roads[id].points[i] = q
                        added += 1
                    } else if let closest = Polyline.closestPoint(to: p, on: line), closest.distance < 0.05 {
                        roads[Int(other)].points.insert(p, at: closest.segment + 1)
                        added += 1
                    }
                }
            }
        }
        return added
    }

    /// Where segments a–b and c–d cross: the parameter along a–b and the point, or `nil`.
    ///
    /// A crossing within a micrometre of an endpoint is that endpoint, so lines that meet at a vertex share
    /// it exactly.
    static func intersection(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> (Double, Point)? {
        let r = b - a
        let s = d - c
        let denominator = r.x * s.y - r.y * s.x
        guard abs(denominator) > 1e-12 else { return nil }
        let t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / denominator
        let u = ((c.x - a.x) * r.y - (c.y - a.y) * r.x) / denominator
        let slack = 1e-9
        guard t >= -slack, t <= 1 + slack, u >= -slack, u <= 1 + slack else { return nil }
        let p = a + r * t
        for end in [a, b, c, d] where end.distance(to: p) < 1e-6 {
            return (Swift.min(Swift.max(t, 0), 1), end)
        }
        return (t, p)
    }

    /// The cells a polyline passes through: sampled every 4 m, plus both neighbours where
    /// a sample lies within 3 m of a cell edge, so that a line clipping a corner counts.
    static func cells(along points: [Point], frame: GridFrame) -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        func add(_ p: Point) {
            guard let c = frame.cell(containing: p) else { return }
            if seen.insert(c).inserted { result.append(c) }
        }
        for i in 0..<Swift.max(points.count - 1, 1) {
            let a = points[i]
            let b = points.count > 1 ? points[i + 1] : a
            let steps = Swift.max(Int((a.distance(to: b) / 4).rounded(.up)), 1)
            for s in 0...steps {
                let t = Double(s) / Double(steps)
                let p = Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                add(p)
                let fx = (p.x - frame.west) / frame.cellSize
                let fy = (frame.north - p.y) / frame.cellSize
                let nearX = abs(fx - fx.rounded()) * frame.cellSize < 3
                let nearY = abs(fy - fy.rounded()) * frame.cellSize < 3
                if nearX {
                    add(Point(x: p.x - 3, y: p.y))
                    add(Point(x: p.x + 3, y: p.y))
                }
                if nearY {
                    add(Point(x: p.x, y: p.y - 3))
                    add(Point(x: p.x, y: p.y + 3))
                }
                if nearX && nearY {
                    for (ox, oy) in [(-3.0, -3.0), (-3, 3), (3, -3), (3, 3)] { add(Point(x: p.x + ox, y: p.y + oy)) }
                }
            }
        }
        return result
    }
}
