public import PatrolData
public import PatrolGeo
public import PatrolRouting

/// A place where a new post could go.
public struct CandidateSite: Sendable, Hashable {
    /// A name for reports: the landmark's, or `road node N`.
    public var name: String
    /// Position in the working CRS.
    public var location: Point
    /// Where it came from.
    public var origin: Origin

    /// Where a candidate came from.
    public enum Origin: String, Sendable, Hashable {
        /// A road junction or point along a road a car reaches.
        case roadNode = "road_node"
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

/// Builds the default candidate list: car-reachable road nodes thinned to one per spacing,
/// junctions first, plus every landmark (village committees, schools, shops …).
public enum CandidateSites {
    /// The default candidates for `map`.
    ///
    /// - Complexity: O(nodes) with a hash grid for the thinning.
    public static func defaults(map: PatrolMap, network: RoadNetwork, spacing: Double) -> [CandidateSite] {
        let car = RoutingGraph(network: network, profile: .car, season: .dry, elevation: nil)
        let (component, _) = car.components()
        // Nodes in the car network's largest component, junctions first, then by id.
        let nodes = (0..<network.nodes.count)
            .filter { car.firstEdge[$0 + 1] > car.firstEdge[$0] && component[$0] == 0 }
            .sorted { (network.degree(of: $0) >= 3 ? 0 : 1, $0) < (network.degree(of: $1) >= 3 ? 0 : 1, $1) }
        var kept: [Point] = []
        var grid: [SIMD2<Int64>: [Int]] = [:]
        func key(_ p: Point) -> SIMD2<Int64> { SIMD2(Int64((p.x / spacing).rounded(.down)), Int64((p.y / spacing).rounded(.down))) }
        var sites: [CandidateSite] = []
        for node in nodes {
            let p = network.nodes[node]
            guard map.jurisdiction.boundary.contains(p) else { continue }
            let k = key(p)
            var tooClose = false
            for dx in -1...1 where !tooClose {
                for dy in -1...1 where !tooClose {
                    for other in grid[SIMD2(k.x + Int64(dx), k.y + Int64(dy))] ?? [] where kept[other].distance(to: p) < spacing {
                        tooClose = true
                        break
                    }
                }
            }
            guard !tooClose else { continue }
            grid[k, default: []].append(kept.count)
            kept.append(p)
            sites.append(CandidateSite(name: "road node \(node)", location: p, origin: .roadNode))
        }
        for landmark in map.landmarks {
            sites.append(CandidateSite(name: landmark.name, location: landmark.location, origin: .landmark))
        }
        return sites
    }
}
