import PatrolGeo

/// Builds the polygons of an OSM area — a closed way, or a `type=multipolygon` relation —
/// from its member ways, as osmium's and GDAL's area assemblers do.
///
/// Member ways are joined end to end at shared nodes into closed rings (a member may run
/// either way; a ring may take many members). Roles are not trusted: OSM data often has
/// `outer`/`inner` wrong or empty, so nesting decides instead. A ring inside an even number
/// of others is an exterior, one inside an odd number is a hole of the smallest ring around
/// it, so an island in a lake is a polygon of its own.
enum RingAssembler {
    /// The assembled area: polygons as rings of positions (exterior first, then holes; each
    /// ring closed), and what could not be used.
    struct Assembly: Sendable, Equatable {
        /// Polygons, exterior ring first (counter-clockwise), holes after it (clockwise).
        var polygons: [[[Point]]] = []
        /// Member ways left over whose chain of ways does not close into a ring.
        var openChains = 0
        /// Rings with fewer than three distinct positions, dropped.
        var degenerateRings = 0
    }

    /// Joins `ways` (each a list of node numbers) into rings and nests them into polygons,
    /// with `position(node)` giving each node's position.
    ///
    /// - Complexity: O(w log w + r² · v) for w member ways, r rings of v vertices (r is small
    ///   for real areas: a lake and its islands).
    static func assemble(_ ways: [[UInt32]], position: (UInt32) -> Point) -> Assembly {
        var assembly = Assembly()
        let joined = rings(ways)
        assembly.openChains = joined.openChains
        var rings: [(nodes: [UInt32], points: [Point], area: Double)] = []
        for nodes in joined.rings {
            let points = nodes.map(position)
            let area = abs(Polygon.signedArea(points))
            guard Set(nodes).count >= 3, area > 0 else {
                assembly.degenerateRings += 1
                continue
            }
            rings.append((nodes, points, area))
        }
        // Largest first, so a ring's possible parents all come before it; ties by first node for determinism.
        rings.sort { ($0.area, $1.nodes[0]) > ($1.area, $0.nodes[0]) }
        var parent = [Int?](repeating: nil, count: rings.count)
        var depth = [Int](repeating: 0, count: rings.count)
        for i in rings.indices {
            for j in stride(from: i - 1, through: 0, by: -1) where encloses(rings[j], rings[i]) {
                // The first enclosing ring met going back is the smallest one around it.
                parent[i] = j
                depth[i] = depth[j] + 1
                break
            }
        }
        var polygonOfRing = [Int?](repeating: nil, count: rings.count)
        for i in rings.indices where depth[i] % 2 == 0 {
            polygonOfRing[i] = assembly.polygons.count
            assembly.polygons.append([oriented(rings[i].points, counterClockwise: true)])
        }
        for i in rings.indices where depth[i] % 2 == 1 {
            let outer = polygonOfRing[parent[i]!]!
            assembly.polygons[outer].append(oriented(rings[i].points, counterClockwise: false))
        }
        return assembly
    }

    /// The closed rings made by joining `ways` at their end nodes, and how many chains stayed open.
    static func rings(_ ways: [[UInt32]]) -> (rings: [[UInt32]], openChains: Int) {
        var ends: [UInt32: [Int]] = [:]
        for (index, way) in ways.enumerated() where way.count >= 2 {
            ends[way.first!, default: []].append(index)
            ends[way.last!, default: []].append(index)
        }
        var used = ways.map { $0.count < 2 }
        var rings: [[UInt32]] = []
        var openChains = 0
        for start in ways.indices where !used[start] {
            used[start] = true
            var chain = ways[start]
            while chain.first != chain.last {
                guard let next = ends[chain.last!]?.first(where: { !used[$0] }) else { break }
                used[next] = true
                let way = ways[next]
                chain += (way.first == chain.last ? way : Array(way.reversed())).dropFirst()
            }
            if chain.first == chain.last && chain.count >= 4 {
                rings.append(chain)
            } else {
                openChains += 1
            }
        }
        return (rings, openChains)
    }

    /// True when `outer` encloses `inner`: a vertex of `inner` that is not a node of `outer`
    /// lies inside it (rings may touch at shared nodes, so those tell nothing).
    private static func encloses(_ outer: (nodes: [UInt32], points: [Point], area: Double), _ inner: (nodes: [UInt32], points: [Point], area: Double)) -> Bool {
        guard outer.area > inner.area else { return false }
        let shared = Set(outer.nodes)
        guard let k = inner.nodes.firstIndex(where: { !shared.contains($0) }) else { return false }
        guard let ring = try? Polygon(exterior: outer.points) else { return false }
        return ring.contains(inner.points[k])
    }

    /// `ring` turned, if needed, to run counter-clockwise (or clockwise).
    private static func oriented(_ ring: [Point], counterClockwise: Bool) -> [Point] {
        (Polygon.signedArea(ring) > 0) == counterClockwise ? ring : ring.reversed()
    }
}
