/// What a routing graph's arrays take in memory.
extension RoutingGraph {
    /// The bytes of each array of the graph and of its search layout (which the first search makes).
    ///
    /// Element storage only (`count × stride`), for the memory-per-edge figures of `make bench`;
    /// the road network the graph refers to is not counted.
    public func arrayBytes() -> [(name: String, bytes: Int)] {
        func bytes<T>(_ array: [T]) -> Int { array.count * MemoryLayout<T>.stride }
        var sizes: [(name: String, bytes: Int)] = [
            ("firstEdge", bytes(firstEdge)), ("target", bytes(target)), ("cost", bytes(cost)), ("edgeLink", bytes(edgeLink)),
            ("firstInEdge", bytes(firstInEdge)),
            ("inEdges", bytes(inEdges)), ("source", bytes(source)),
            ("flatSpeeds", flatSpeeds.reduce(bytes(flatSpeeds)) { $0 + bytes($1) }),
            ("copyOf", bytes(copyOf)),
        ]
        let layout = searchLayout
        sizes.append(("search: order + rank", bytes(layout.order) + bytes(layout.rank)))
        for (name, rows) in [("search: forward", layout.forward), ("search: backward", layout.backward)] {
            sizes.append(("\(name) arcs", bytes(rows.arcs)))
            sizes.append(("\(name) first + slotBase", bytes(rows.first) + bytes(rows.slotBase)))
        }
        return sizes
    }
}
