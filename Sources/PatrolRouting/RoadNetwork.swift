public import PatrolData
public import PatrolGeo

/// The road network as a graph: nodes where roads join or end, and links between them that keep their
/// geometry.
///
/// Profile-independent; ``RoutingGraph`` adds directions and costs.
public struct RoadNetwork: Sendable {
    /// A stretch of road between two nodes, with its full geometry.
    public struct Link: Sendable, Hashable {
        /// Node at the start of ``geometry``.
        public var from: Int32
        /// Node at the end of ``geometry``.
        public var to: Int32
        /// Index into ``RoadNetwork/roads`` of the road this link belongs to (tags, name).
        public var road: Int32
        /// Vertices from `from` to `to`, in the working CRS.
        public var geometry: [Point]
        /// Planar length in metres.
        public var length: Double
    }

    /// Node positions in the working CRS.
    public let nodes: [Point]
    /// Links, each once (directions are the routing graph's business).
    public let links: [Link]
    /// The roads the links come from (tags and names).
    public let roads: [Road]
    /// The map's barrier points, on nodes or not.
    public let barriers: [Barrier]
    /// The barrier (index into ``barriers``) at each node that has one.
    public let nodeBarriers: [Int32: Int]
    /// The map's turn restrictions.
    public private(set) var turns: [TurnRestriction] = []
    /// Each restriction of ``turns`` as directed links, `link * 2 + (1 if against its geometry)`:
    /// the from link, the via links, the to link; `nil` when its path does not follow the network.
    public private(set) var turnLinks: [[Int32]?] = []
    /// Incidence in compressed sparse rows: the links touching node `n` are
    /// `incidentLinks[incidentStart[n] ..< incidentStart[n + 1]]`, each encoded as
    /// `link * 2 + (0 if the link starts at n, 1 if it ends there)`.
    public let incidentStart: [Int32]
    /// See ``incidentStart``.
    public let incidentLinks: [Int32]

    /// Creates a network from built parts; use ``NetworkBuilder`` to make one from roads.
    init(nodes: [Point], links: [Link], roads: [Road], barriers: [Barrier] = [], nodeBarriers: [Int32: Int] = [:]) {
        self.nodes = nodes
        self.links = links
        self.roads = roads
        self.barriers = barriers
        self.nodeBarriers = nodeBarriers
        var counts = [Int32](repeating: 0, count: nodes.count + 1)
        for link in links {
            counts[Int(link.from) + 1] += 1
            counts[Int(link.to) + 1] += 1
        }
        for i in 0..<nodes.count { counts[i + 1] += counts[i] }
        var fill = counts
        var incident = [Int32](repeating: 0, count: links.count * 2)
        for (i, link) in links.enumerated() {
            incident[Int(fill[Int(link.from)])] = Int32(i * 2)
            fill[Int(link.from)] += 1
            incident[Int(fill[Int(link.to)])] = Int32(i * 2 + 1)
            fill[Int(link.to)] += 1
        }
        incidentStart = counts
        incidentLinks = incident
    }

    /// Creates a network from the parts ``init(nodes:links:roads:barriers:nodeBarriers:)`` and
    /// ``attach(_:)`` made before (a compiled network), without resolving the turns again.
    init(
        nodes: [Point], links: [Link], roads: [Road], barriers: [Barrier], nodeBarriers: [Int32: Int], turns: [TurnRestriction],
        turnLinks: [[Int32]?]
    ) {
        self.init(nodes: nodes, links: links, roads: roads, barriers: barriers, nodeBarriers: nodeBarriers)
        self.turns = turns
        self.turnLinks = turnLinks
    }

    /// Resolves `turns` into ``turnLinks``: the via vertices must be nodes (``NetworkBuilder`` makes them so),
    /// the from link arrives at the first along the path's first segment, each via link joins
    /// two consecutive via vertices, and the to link leaves the last along the path's last segment.
    mutating func attach(_ turns: [TurnRestriction]) {
        self.turns = turns
        guard !turns.isEmpty else { return }
        var nodeAt: [CentimetreKey: Int] = [:]
        for (i, p) in nodes.enumerated() where nodeAt[CentimetreKey(p)] == nil { nodeAt[CentimetreKey(p)] = i }
        turnLinks = turns.map { turn -> [Int32]? in
            let path = turn.path
            var refs: [Int32] = []
            for i in 1..<(path.count - 1) {
                guard let node = nodeAt[CentimetreKey(path[i])] else { return nil }
                if i == 1 {
                    guard let back = departing(node, towards: path[0]) else { return nil }
                    refs.append(back ^ 1)
                }
                guard let next = departing(node, towards: path[i + 1]) else { return nil }
                refs.append(next)
            }
            return refs
        }
    }

    /// The directed link leaving `node` whose first step goes to `point` (to the centimetre), lowest link first.
    func departing(_ node: Int, towards point: Point) -> Int32? {
        let key = CentimetreKey(point)
        for slot in Int(incidentStart[node])..<Int(incidentStart[node + 1]) {
            let code = Int(incidentLinks[slot])
            let geometry = links[code / 2].geometry
            let next = code % 2 == 0 ? geometry[1] : geometry[geometry.count - 2]
            if CentimetreKey(next) == key { return Int32(code) }
        }
        return nil
    }

    /// A position rounded to the centimetre, as roads join.
    private struct CentimetreKey: Hashable {
        var x: Int64
        var y: Int64
        init(_ p: Point) {
            x = Int64((p.x * 100).rounded())
            y = Int64((p.y * 100).rounded())
        }
    }

    /// Number of link ends at `node`: its number of branches.
    public func degree(of node: Int) -> Int {
        Int(incidentStart[node + 1] - incidentStart[node])
    }

    /// The tags of a link's road.
    public func tags(of link: Int) -> [String: String] {
        roads[Int(links[link].road)].tags
    }

    /// Total length of all links in metres.
    public var totalLength: Double { links.reduce(0) { $0 + $1.length } }

    /// Weakly connected components: a component number per node (0 = the largest), and the count.
    ///
    /// - Complexity: O(nodes + links · α)
    public func components() -> (componentOf: [Int32], count: Int) {
        var finder = UnionFind(count: nodes.count)
        for link in links { finder.union(Int(link.from), Int(link.to)) }
        return finder.labelsBySize()
    }
}
