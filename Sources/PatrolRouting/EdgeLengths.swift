/// The metres and walked metres of a routing graph's edges, read from the road network's links
/// when asked for: the graph keeps no per-edge copy of them (two such arrays were 16 bytes of
/// every directed edge, a third of the graph).
///
/// A value to hold across a loop over many edges (it keeps the arrays it reads); one call at a
/// time is ``RoutingGraph/length(ofEdge:)``.
struct EdgeLengths {
    private let links: [RoadNetwork.Link]
    private let edgeLink: [Int32]
    private let source: [Int32]
    private let copyOf: [Int32]
    /// Network nodes per layer.
    private let layerSize: Int
    /// Graph nodes before the turn-restriction copies.
    private let base: Int
    /// True for each layer travelled on foot.
    private let footLayers: [Bool]
    /// Whether every layer is walked, none is, or it depends on the edge's layer.
    private let walked: Bool?

    init(graph: RoutingGraph) {
        links = graph.network.links
        edgeLink = graph.edgeLink
        source = graph.source
        copyOf = graph.copyOf
        layerSize = max(graph.network.nodes.count, 1)
        base = graph.network.nodes.count * graph.layers.count
        footLayers = graph.layers.map { $0 == .foot }
        walked = footLayers.allSatisfy { $0 } ? true : footLayers.contains(true) ? nil : false
    }

    /// Length of edge `e` in metres: its link's length, 0 for a transfer edge.
    @inline(__always)
    func metres(_ e: Int) -> Double {
        let link = Int(edgeLink[e])
        return link >= 0 ? links[link >> 1].length : 0
    }

    /// The part of edge `e`'s length travelled on foot: all of it in a foot layer, else 0.
    @inline(__always)
    func walkedMetres(_ e: Int) -> Double {
        if let walked { return walked ? metres(e) : 0 }
        let from = Int(source[e])
        let root = from < base ? from : Int(copyOf[from - base])
        return footLayers[root / layerSize] ? metres(e) : 0
    }
}

extension RoutingGraph {
    /// Length of edge `e` in metres (its link's length; 0 for a transfer edge).
    public func length(ofEdge e: Int) -> Double {
        EdgeLengths(graph: self).metres(e)
    }

    /// The part of edge `e`'s length travelled on foot: its length in a foot layer, else 0.
    public func walkedLength(ofEdge e: Int) -> Double {
        EdgeLengths(graph: self).walkedMetres(e)
    }
}
