/// The metres and walked metres of a routing graph's edges, read from the road network's links
/// when asked for: the graph keeps no per-edge copy of them (two such arrays were 16 bytes of
/// every directed edge, a third of the graph).
///
/// A value to hold across a loop over many edges: it knows once which layers are walked. One
/// edge at a time is ``RoutingGraph/length(ofEdge:)``.
struct EdgeLengths {
    private let graph: RoutingGraph
    /// True for each layer travelled on foot.
    private let footLayers: [Bool]
    /// Whether every layer is walked, none is, or it depends on the edge's layer.
    private let walked: Bool?

    init(graph: RoutingGraph) {
        self.graph = graph
        footLayers = graph.layers.map { $0 == .foot }
        walked = footLayers.allSatisfy { $0 } ? true : footLayers.contains(true) ? nil : false
    }

    /// Length of edge `e` in metres: its link's length, 0 for a transfer edge.
    @inline(__always)
    func metres(_ e: Int) -> Double {
        graph.length(ofEdge: e)
    }

    /// The part of edge `e`'s length travelled on foot: all of it in a foot layer, else 0.
    @inline(__always)
    func walkedMetres(_ e: Int) -> Double {
        let isWalked = walked ?? footLayers[graph.split(Int(graph.source[e])).layer]
        return isWalked ? metres(e) : 0
    }
}

extension RoutingGraph {
    /// Length of edge `e` in metres (its link's length; 0 for a transfer edge).
    public func length(ofEdge e: Int) -> Double {
        let link = Int(edgeLink[e])
        return link >= 0 ? network.links[link >> 1].length : 0
    }

    /// The part of edge `e`'s length travelled on foot: its length in a foot layer, else 0.
    public func walkedLength(ofEdge e: Int) -> Double {
        layers[split(Int(source[e])).layer] == .foot ? length(ofEdge: e) : 0
    }
}
