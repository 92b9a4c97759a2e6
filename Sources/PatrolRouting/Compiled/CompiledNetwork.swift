import PatrolData
import PatrolGeo

// The compiled encoding of a ``RoadNetwork``: its nodes, its links as parallel blocks (ends,
// road, length, and every link's geometry in one block of points cut by offsets), its barrier
// nodes and its resolved turn restrictions. The roads, barriers and turns themselves are the
// map's, which the compiled map holds; the incidence rows are derived again on reading.

extension BinaryWriter {
    mutating func network(_ network: RoadNetwork) {
        points(network.nodes)
        int32s(network.links.map(\.from))
        int32s(network.links.map(\.to))
        int32s(network.links.map(\.road))
        doubles(network.links.map(\.length))
        var ends: [Int32] = [0]
        ends.reserveCapacity(network.links.count + 1)
        for link in network.links { ends.append(ends[ends.count - 1] + Int32(link.geometry.count)) }
        int32s(ends)
        points(network.links.flatMap(\.geometry))
        let barrierNodes = network.nodeBarriers.keys.sorted()
        int32s(barrierNodes)
        int32s(barrierNodes.map { Int32(network.nodeBarriers[$0]!) })
        array(network.turnLinks) { w, links in w.optional(links) { $0.int32s($1) } }
    }
}

extension BinaryReader {
    /// Reads a network written by ``BinaryWriter/network(_:)`` for a map with these `roads`,
    /// `barriers` and `turns`, checking every index against what it points into.
    mutating func network(roads: [Road], barriers: [Barrier], turns: [TurnRestriction]) throws(CompiledMapDamage) -> RoadNetwork {
        let nodes = try points()
        let (from, to, road) = (try int32s(), try int32s(), try int32s())
        let lengths = try doubles()
        let ends = try int32s()
        let vertices = try points()
        let linkCount = from.count
        guard to.count == linkCount, road.count == linkCount, lengths.count == linkCount, ends.count == linkCount + 1 else {
            throw CompiledMapDamage("the network's link blocks differ in length")
        }
        guard ends.first == 0, ends.last.map(Int.init) == vertices.count, zip(ends, ends.dropFirst()).allSatisfy({ $0 + 2 <= $1 }) else {
            throw CompiledMapDamage("the network's geometry offsets do not cut its vertices into lines")
        }
        let nodeRange = 0..<Int32(nodes.count)
        var links: [RoadNetwork.Link] = []
        links.reserveCapacity(linkCount)
        for i in 0..<linkCount {
            guard nodeRange.contains(from[i]), nodeRange.contains(to[i]), roads.indices.contains(Int(road[i])) else {
                throw CompiledMapDamage("network link \(i) refers to a node or road that is not there")
            }
            let geometry = Array(vertices[Int(ends[i])..<Int(ends[i + 1])])
            links.append(RoadNetwork.Link(from: from[i], to: to[i], road: road[i], geometry: geometry, length: lengths[i]))
        }
        let barrierNodes = try int32s()
        let barrierIndices = try int32s()
        guard barrierNodes.count == barrierIndices.count else { throw CompiledMapDamage("the network's barrier blocks differ in length") }
        var nodeBarriers: [Int32: Int] = Dictionary(minimumCapacity: barrierNodes.count)
        for (node, barrier) in zip(barrierNodes, barrierIndices) {
            guard nodeRange.contains(node), barriers.indices.contains(Int(barrier)) else {
                throw CompiledMapDamage("a network barrier node refers to a node or barrier that is not there")
            }
            nodeBarriers[node] = Int(barrier)
        }
        let directedLinks = 0..<Int32(linkCount * 2)
        let turnLinks = try array { r throws(CompiledMapDamage) in try r.optional { r throws(CompiledMapDamage) in try r.int32s() } }
        guard turnLinks.count == (turns.isEmpty ? 0 : turns.count), turnLinks.allSatisfy({ ($0 ?? []).allSatisfy(directedLinks.contains) }) else {
            throw CompiledMapDamage("the network's turn restrictions do not match the map's")
        }
        return RoadNetwork(
            nodes: nodes, links: links, roads: roads, barriers: barriers, nodeBarriers: nodeBarriers, turns: turns, turnLinks: turnLinks)
    }
}
