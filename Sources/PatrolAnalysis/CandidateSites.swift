public import PatrolData
public import PatrolGeo
public import PatrolRouting

/// A place where a new post could go.
public struct CandidateSite: Sendable, Hashable {
    /// A name for reports: the landmark's, `road node N`, or `road link L +D m` for a point
    /// D metres along link L of the road network.
    public var name: String
    /// Position in the working CRS.
    public var location: Point
    /// Where it came from.
    public var origin: Origin

    /// Where a candidate came from.
    public enum Origin: String, Sendable, Hashable {
        /// A road junction or road end a car reaches.
        case roadNode = "road_node"
        /// A point along a road a car reaches, between its junctions.
        case roadPoint = "road_point"
        /// A landmark (village committee, school, …).
        case landmark
        /// The user's candidates file.
        case file
        /// An existing post (with `--relocate`).
        case existingPost = "existing_post"
    }

    /// Creates a candidate.
    public init(name: String, location: Point, origin: Origin) {
        self.name = name
        self.location = location
        self.origin = origin
    }
}

/// Builds the default candidate list: points of the car-reachable roads thinned to one per
/// spacing — junctions first, then road ends, then points every spacing metres along the roads
/// between them — plus every landmark (village committees, schools, shops …).
public enum CandidateSites {
    /// The default candidates for `map`.
    ///
    /// - Complexity: O(nodes + road length / spacing) with a hash grid for the thinning.
    public static func defaults(map: PatrolMap, network: RoadNetwork, spacing: Double) -> [CandidateSite] {
        let car = RoutingGraph(network: network, profile: .car, season: .dry, elevation: nil, tables: SpeedTables(map.profiles))
        let (component, _) = car.components()
        func onMainNetwork(_ node: Int) -> Bool { car.firstEdge[node + 1] > car.firstEdge[node] && component[node] == 0 }
        // Nodes in the car network's largest component, junctions first, then by id.
        let nodes = (0..<network.nodes.count)
            .filter(onMainNetwork)
            .sorted { (network.degree(of: $0) >= 3 ? 0 : 1, $0) < (network.degree(of: $1) >= 3 ? 0 : 1, $1) }
        var thinning = Thinning(spacing: spacing)
        var sites: [CandidateSite] = []
        for node in nodes {
            let p = network.nodes[node]
            guard map.jurisdiction.boundary.contains(p), thinning.keep(p) else { continue }
            sites.append(CandidateSite(name: "road node \(node)", location: p, origin: .roadNode))
        }
        for (l, link) in network.links.enumerated() where car.isAccessible(layer: 0, link: l) && onMainNetwork(Int(link.from)) {
            for offset in stride(from: spacing, to: link.length, by: spacing) {
                let p = Polyline.point(at: offset, on: link.geometry)
                guard map.jurisdiction.boundary.contains(p), thinning.keep(p) else { continue }
                sites.append(CandidateSite(name: "road link \(l) +\(Int(offset)) m", location: p, origin: .roadPoint))
            }
        }
        for landmark in map.landmarks {
            sites.append(CandidateSite(name: landmark.name, location: landmark.location, origin: .landmark))
        }
        return sites
    }

    /// Keeps points at least `spacing` apart, first come first kept, through a hash grid of
    /// spacing-sized cells (a new point is compared with the kept ones in the 3 × 3 cells around it).
    private struct Thinning {
        let spacing: Double
        var kept: [Point] = []
        var grid: [SIMD2<Int64>: [Int]] = [:]

        /// Keeps `p` and returns true unless a kept point lies nearer than the spacing.
        mutating func keep(_ p: Point) -> Bool {
            let k = SIMD2(Int64((p.x / spacing).rounded(.down)), Int64((p.y / spacing).rounded(.down)))
            for dx: Int64 in -1...1 {
                for dy: Int64 in -1...1 {
                    for other in grid[SIMD2(k.x + dx, k.y + dy)] ?? [] where kept[other].distance(to: p) < spacing {
                        return false
                    }
                }
            }
            grid[k, default: []].append(kept.count)
            kept.append(p)
            return true
        }
    }
}
