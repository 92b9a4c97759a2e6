public import PatrolData

/// Size and connectivity of a map's road graph: what `info` reports under `graph`.
public struct GraphSummary: Sendable, Hashable {
    /// Figures for one travel profile.
    public struct ProfileFigures: Sendable, Hashable {
        /// The profile.
        public var profile: TravelProfile
        /// Graph nodes (network nodes × layers).
        public var nodes: Int
        /// Directed edges the profile may use.
        public var edges: Int
        /// Weakly connected components that have at least one edge.
        public var components: Int
    }

    /// Junctions and road ends.
    public var nodes: Int
    /// Links between them (each road stretch once).
    public var edges: Int
    /// Weakly connected components of the whole network.
    public var components: Int
    /// Nodes of the largest component.
    public var largestComponentNodes: Int
    /// Junctions with three or more branches.
    public var forks: Int
    /// Per-profile figures (dry season).
    public var profiles: [ProfileFigures]

    /// Builds (or reads: ``CompiledRouting``) the network and every profile's graph for `map` (with its `profiles.json`).
    public init(map: PatrolMap) {
        let network = CompiledRouting.network(of: map)
        let (componentOf, count) = network.components()
        nodes = network.nodes.count
        edges = network.links.count
        components = count
        largestComponentNodes = componentOf.filter { $0 == 0 }.count
        forks = (0..<network.nodes.count).filter { network.degree(of: $0) >= 3 }.count
        profiles = TravelProfile.allCases.map { profile in
            let graph = CompiledRouting.graph(of: map, on: network, profile: profile, season: .dry)
            return ProfileFigures(profile: profile, nodes: graph.nodeCount, edges: graph.edgeCount, components: graph.components().count)
        }
    }
}
