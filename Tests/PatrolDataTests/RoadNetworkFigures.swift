import PatrolData
import PatrolGeo

/// Figures about a map's road network computed straight from the road lines, independently
/// of any routing code: connectivity by shared vertices, forks, sinuosity, and crossings
/// that do not join.
struct RoadNetworkFigures {
    let roads: [Road]

    /// Number of connected pieces when roads join only at shared vertices (union–find).
    var componentCount: Int {
        var parent: [Point: Point] = [:]
        func find(_ p: Point) -> Point {
            var root = p
            while let next = parent[root], next != root { root = next }
            var q = p
            while let next = parent[q], next != root {
                parent[q] = root
                q = next
            }
            return root
        }
        for road in roads {
            for p in road.geometry where parent[p] == nil { parent[p] = p }
            for i in 1..<road.geometry.count {
                let a = find(road.geometry[i - 1])
                let b = find(road.geometry[i])
                if a != b { parent[a] = b }
            }
        }
        return Set(parent.keys.map(find)).count
    }

    /// Vertices where three or more road branches meet: a line's end counts one branch,
    /// a vertex inside a line two.
    var forks: [Point] {
        var branches: [Point: Int] = [:]
        for road in roads {
            for (i, p) in road.geometry.enumerated() {
                branches[p, default: 0] += (i == 0 || i == road.geometry.count - 1) ? 1 : 2
            }
        }
        return branches.filter { $0.value >= 3 }.map(\.key)
    }

    /// Length over end-to-end distance of every road longer than 20 m that does not close on itself.
    func sinuosities(where include: (Road) -> Bool) -> [Double] {
        roads.filter(include).compactMap { road in
            let length = road.length
            let span = road.geometry.first!.distance(to: road.geometry.last!)
            return length > 20 && span > 1 ? length / span : nil
        }
    }

    /// Pairs of segments from different roads that cross at a point that is not a vertex of
    /// both, where neither road is a bridge or tunnel (those pass over without joining).
    var crossingsWithoutJunction: [Point] {
        var buckets: [Int: [(road: Int, a: Point, b: Point)]] = [:]
        func key(_ x: Int, _ y: Int) -> Int { x &* 1_000_003 &+ y }
        for (r, road) in roads.enumerated() where !road.isBridgeOrTunnel {
            for i in 1..<road.geometry.count {
                let a = road.geometry[i - 1]
                let b = road.geometry[i]
                for x in Int((min(a.x, b.x) / 50).rounded(.down))...Int((max(a.x, b.x) / 50).rounded(.down)) {
                    for y in Int((min(a.y, b.y) / 50).rounded(.down))...Int((max(a.y, b.y) / 50).rounded(.down)) {
                        buckets[key(x, y), default: []].append((r, a, b))
                    }
                }
            }
        }
        var found: Set<Point> = []
        for segments in buckets.values {
            for i in segments.indices {
                for j in segments.indices where j > i && segments[j].road != segments[i].road {
                    let s = segments[i]
                    let t = segments[j]
                    if [s.a, s.b].contains(where: { $0 == t.a || $0 == t.b }) { continue }
                    if let p = Self.properCrossing(s.a, s.b, t.a, t.b) { found.insert(p) }
                }
            }
        }
        return Array(found)
    }

    /// The point where segments a–b and c–d cross in their interiors, if they do.
    static func properCrossing(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Point? {
        func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = orientation(c, d, a)
        let d2 = orientation(c, d, b)
        let d3 = orientation(a, b, c)
        let d4 = orientation(a, b, d)
        guard d1 * d2 < 0, d3 * d4 < 0 else { return nil }
        let t = d1 / (d1 - d2)
        return Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }

    /// Planar area of the part of `ring` north of `y` (clipped against the half-plane).
    static func area(of ring: [Point], northOf y: Double) -> Double {
        var clipped: [Point] = []
        for i in 0..<(ring.count - 1) {
            let p = ring[i]
            let q = ring[i + 1]
            let pIn = p.y >= y
            let qIn = q.y >= y
            if pIn { clipped.append(p) }
            if pIn != qIn {
                let t = (y - p.y) / (q.y - p.y)
                clipped.append(Point(x: p.x + (q.x - p.x) * t, y: y))
            }
        }
        guard clipped.count > 2 else { return 0 }
        return abs(Polygon.signedArea(clipped + [clipped[0]]))
    }
}
