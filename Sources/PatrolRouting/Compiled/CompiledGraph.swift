import PatrolData

// The compiled encoding of a ``RoutingGraph``: its profile and season, the out-edge rows
// (first edge, target, cost, directed link), the flat speeds, the barrier costs and the turn
// copies. Everything else the assembling init derives again (sources, lengths, in-edges), and
// the grades come from the network and the map's DEM as they do when building.

extension BinaryWriter {
    mutating func graph(_ graph: RoutingGraph) {
        string(graph.profile.rawValue)
        string(graph.season.rawValue)
        int32s(graph.firstEdge)
        int32s(graph.target)
        uint32s(graph.cost)
        int32s(graph.edgeLink)
        array(graph.flatSpeeds) { $0.doubles($1) }
        let barrierNodes = graph.barrierCosts.keys.sorted()
        int32s(barrierNodes.map { Int32($0) })
        uint32s(barrierNodes.map { graph.barrierCosts[$0]! })
        int32s(graph.copyOf)
    }
}

extension BinaryReader {
    /// Reads a graph written by ``BinaryWriter/graph(_:)`` on `network`, checking that it is the
    /// graph of `profile` in `season` and that every index points into the graph.
    mutating func graph(
        network: RoadNetwork, profile: TravelProfile, season: Season, elevation: ElevationGrid?, tables: SpeedTables
    ) throws(CompiledMapDamage) -> RoutingGraph {
        guard try string() == profile.rawValue, try string() == season.rawValue else {
            throw CompiledMapDamage("a routing graph of another profile or season")
        }
        let firstEdge = try int32s()
        let (target, cost, edgeLink) = (try int32s(), try uint32s(), try int32s())
        let flatSpeeds = try array { r throws(CompiledMapDamage) in try r.doubles() }
        let (barrierNodes, barrierCosts) = (try int32s(), try uint32s())
        let copyOf = try int32s()
        let layerSize = network.nodes.count
        let nodeCount = layerSize * profile.layers.count + copyOf.count
        let edgeCount = target.count
        guard firstEdge.count == nodeCount + 1, firstEdge.first == 0, firstEdge.last.map(Int.init) == edgeCount,
            zip(firstEdge, firstEdge.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw CompiledMapDamage("the routing graph's edge rows do not fit its nodes") }
        let nodes = 0..<Int32(nodeCount)
        let directedLinks = -1..<Int32(network.links.count * 2)
        guard cost.count == edgeCount, edgeLink.count == edgeCount, target.allSatisfy(nodes.contains), edgeLink.allSatisfy(directedLinks.contains)
        else { throw CompiledMapDamage("the routing graph's edges refer to nodes or links that are not there") }
        guard flatSpeeds.count == profile.layers.count, flatSpeeds.allSatisfy({ $0.count == network.links.count * 2 }) else {
            throw CompiledMapDamage("the routing graph's speeds do not fit its layers")
        }
        guard barrierNodes.count == barrierCosts.count, barrierNodes.allSatisfy(nodes.contains),
            copyOf.allSatisfy({ (0..<Int32(layerSize * profile.layers.count)).contains($0) })
        else { throw CompiledMapDamage("the routing graph's barriers or turn copies refer to nodes that are not there") }
        var barriers: [Int: UInt32] = Dictionary(minimumCapacity: barrierNodes.count)
        for (node, milliseconds) in zip(barrierNodes, barrierCosts) { barriers[Int(node)] = milliseconds }
        guard barriers.count == barrierNodes.count else { throw CompiledMapDamage("the routing graph lists a barrier node twice") }
        return RoutingGraph(
            network: network, profile: profile, season: season, tables: tables, travelTime: TravelTime(elevation: elevation),
            portalGrades: PortalGrades(network: network, elevation: elevation), roadGrades: RoadGrades(network: network, elevation: elevation),
            firstEdge: firstEdge, target: target, cost: cost, edgeLink: edgeLink, flatSpeeds: flatSpeeds,
            barrierCosts: barriers, copyOf: copyOf)
    }
}
