public import PatrolData
import PatrolGeo

/// Builds a ``RoadNetwork`` from road lines with OpenStreetMap semantics.
///
/// - Roads join where they share a vertex (positions equal to the centimetre).
/// - A bridge or tunnel joins other roads only at its own ends: its inner vertices are private,
///   so a bridge over a road never creates a junction.
/// - A road end within ``mergeTolerance`` of another road's vertex is joined to it (digitising slack).
/// - Degree-2 chains whose roads carry identical tags are contracted into one link that keeps
///   the whole geometry; a change of name or class keeps its node, so directions can call it out.
/// - A barrier point on a road vertex (same centimetre) makes that vertex a node of its own,
///   so the routing graph can stop or slow each mode there; a barrier on no vertex is ignored.
/// - The via vertices of a turn restriction are nodes too, so each restriction becomes a
///   sequence of directed links (``RoadNetwork/turnLinks``).
public enum NetworkBuilder {
    /// How far a dangling road end may be from another road's vertex and still join it, in metres.
    public static let mergeTolerance = 1.0

    private struct GridKey: Hashable {
        var x: Int64
        var y: Int64
        init(x: Int64, y: Int64) {
            self.x = x
            self.y = y
        }
        init(_ p: Point, cell: Double) {
            x = Int64((p.x / cell).rounded(.down))
            y = Int64((p.y / cell).rounded(.down))
        }
        init(centimetres p: Point) {
            x = Int64((p.x * 100).rounded())
            y = Int64((p.y * 100).rounded())
        }
    }

    private struct Piece {
        var road: Int32
        var from: Int
        var to: Int
        var geometry: [Point]
    }

    /// Builds the network, with the map's barrier points (if any) on its nodes and its turn
    /// restrictions (if any) resolved into links.
    ///
    /// - Complexity: O(V + B + T) expected in the number of road vertices, barriers and turn vertices.
    public static func build(roads: [Road], barriers: [Barrier] = [], turns: [TurnRestriction] = []) -> RoadNetwork {
        // 1. A key per distinct (centimetre-rounded) position; bridge interiors get private keys.
        // Sized once for every vertex: growing a dictionary of millions rehashes it again and again.
        let vertexCount = roads.reduce(0) { $0 + $1.geometry.count }
        var keyOf: [GridKey: Int] = [:]
        keyOf.reserveCapacity(vertexCount)
        var keyPosition: [Point] = []
        var keyUses: [Int] = []
        var keyFirstRoad: [Int] = []
        var keyManyRoads: [Bool] = []
        var keyPrivate: [Bool] = []
        keyPosition.reserveCapacity(vertexCount)
        keyUses.reserveCapacity(vertexCount)
        keyFirstRoad.reserveCapacity(vertexCount)
        keyManyRoads.reserveCapacity(vertexCount)
        keyPrivate.reserveCapacity(vertexCount)
        var vertexKeys: [[Int]] = []
        vertexKeys.reserveCapacity(roads.count)
        for (r, road) in roads.enumerated() {
            var keys: [Int] = []
            keys.reserveCapacity(road.geometry.count)
            let last = road.geometry.count - 1
            for (i, p) in road.geometry.enumerated() {
                let isPrivate = road.isBridgeOrTunnel && i != 0 && i != last
                let key: Int
                if !isPrivate, let existing = keyOf[GridKey(centimetres: p)] {
                    key = existing
                    if keyFirstRoad[key] != r { keyManyRoads[key] = true }
                } else {
                    key = keyPosition.count
                    if !isPrivate { keyOf[GridKey(centimetres: p)] = key }
                    keyPosition.append(p)
                    keyUses.append(0)
                    keyFirstRoad.append(r)
                    keyManyRoads.append(false)
                    keyPrivate.append(isPrivate)
                }
                keyUses[key] += 1
                keys.append(key)
            }
            vertexKeys.append(keys)
        }

        // 2. Join dangling road ends to a nearby vertex of another road.
        var canonical = Array(0..<keyPosition.count)
        let cell = mergeTolerance * 2
        var grid: [GridKey: [Int]] = [:]
        grid.reserveCapacity(keyPosition.count)
        for k in 0..<keyPosition.count where !keyPrivate[k] {
            grid[GridKey(keyPosition[k], cell: cell), default: []].append(k)
        }
        for keys in vertexKeys {
            for end in [keys.first!, keys.last!] where keyUses[end] == 1 && canonical[end] == end {
                let p = keyPosition[end]
                let home = GridKey(p, cell: cell)
                var best: (distance: Double, key: Int)?
                for dx in -1...1 {
                    for dy in -1...1 {
                        for k in grid[GridKey(x: home.x + Int64(dx), y: home.y + Int64(dy))] ?? [] {
                            guard k != end, canonical[k] == k, keyUses[k] > 0 else { continue }
                            guard keyManyRoads[k] || keyFirstRoad[k] != keyFirstRoad[end] else { continue }
                            let d = keyPosition[k].distance(to: p)
                            guard d <= mergeTolerance else { continue }
                            if best == nil || d < best!.distance || (d == best!.distance && k < best!.key) { best = (d, k) }
                        }
                    }
                }
                if let target = best?.key {
                    canonical[end] = target
                    keyUses[target] += 1
                    keyUses[end] = 0
                    keyManyRoads[target] = true
                }
            }
        }

        // 3. Nodes: road ends, vertices used more than once, and barriers; ids in order of first appearance.
        var isNodeKey = [Bool](repeating: false, count: keyPosition.count)
        var barrierOfKey: [Int: Int] = [:]
        for (b, barrier) in barriers.enumerated() {
            guard let key = keyOf[GridKey(centimetres: barrier.location)].map({ canonical[$0] }), keyUses[key] > 0 else { continue }
            if barrierOfKey[key] == nil { barrierOfKey[key] = b }
            isNodeKey[key] = true
        }
        var fixedKeys: Set<Int> = []
        for turn in turns {
            for p in turn.path.dropFirst().dropLast() {
                guard let key = keyOf[GridKey(centimetres: p)].map({ canonical[$0] }), keyUses[key] > 0 else { continue }
                isNodeKey[key] = true
                fixedKeys.insert(key)
            }
        }
        for keys in vertexKeys {
            isNodeKey[canonical[keys.first!]] = true
            isNodeKey[canonical[keys.last!]] = true
            for k in keys where keyUses[canonical[k]] >= 2 { isNodeKey[canonical[k]] = true }
        }
        var nodeOfKey = [Int](repeating: -1, count: keyPosition.count)
        var nodePositions: [Point] = []
        for keys in vertexKeys {
            for k in keys.map({ canonical[$0] }) where isNodeKey[k] && nodeOfKey[k] < 0 {
                nodeOfKey[k] = nodePositions.count
                nodePositions.append(keyPosition[k])
            }
        }
        var barrierOfNode: [Int: Int] = [:]
        for (key, b) in barrierOfKey { barrierOfNode[nodeOfKey[key]] = b }
        let fixedNodes = Set(fixedKeys.map { nodeOfKey[$0] })

        // 4. Cut every road at its nodes.
        var pieces: [Piece] = []
        for (r, road) in roads.enumerated() {
            let keys = vertexKeys[r]
            var geometry: [Point] = []
            var startNode = -1
            for (i, p) in road.geometry.enumerated() {
                let key = canonical[keys[i]]
                let node = nodeOfKey[key]
                let position = node >= 0 ? nodePositions[node] : p
                if geometry.last != position { geometry.append(position) }
                guard node >= 0 else { continue }
                if startNode >= 0, geometry.count >= 2 {
                    pieces.append(Piece(road: Int32(r), from: startNode, to: node, geometry: geometry))
                }
                startNode = node
                geometry = [position]
            }
        }
        var network = contract(
            pieces: pieces, nodePositions: nodePositions, roads: roads, barriers: barriers, barrierOfNode: barrierOfNode, fixedNodes: fixedNodes)
        network.attach(turns)
        return network
    }

    /// Merges pieces through degree-2 nodes whose two pieces have identical tags, no barrier and no turn restriction.
    private static func contract(
        pieces: [Piece], nodePositions: [Point], roads: [Road], barriers: [Barrier], barrierOfNode: [Int: Int], fixedNodes: Set<Int>
    ) -> RoadNetwork {
        var ends = [[(piece: Int, atEnd: Bool)]](repeating: [], count: nodePositions.count)
        for (i, piece) in pieces.enumerated() {
            ends[piece.from].append((i, false))
            ends[piece.to].append((i, true))
        }
        var contractible = [Bool](repeating: false, count: nodePositions.count)
        for node in 0..<nodePositions.count where ends[node].count == 2 && barrierOfNode[node] == nil && !fixedNodes.contains(node) {
            let (a, b) = (ends[node][0], ends[node][1])
            guard a.piece != b.piece else { continue }
            let tagsA = roads[Int(pieces[a.piece].road)].tags
            guard tagsA == roads[Int(pieces[b.piece].road)].tags else { continue }
            if a.atEnd == b.atEnd && RoadRules.oneway(tagsA) != 0 { continue }
            contractible[node] = true
        }

        var visited = [Bool](repeating: false, count: pieces.count)
        var links: [(from: Int, to: Int, road: Int32, geometry: [Point])] = []

        func walk(from start: Int, first: (piece: Int, atEnd: Bool)) {
            var geometry: [Point] = []
            var node = start
            var step = first
            let firstReversed = first.atEnd
            let road = pieces[first.piece].road
            while true {
                visited[step.piece] = true
                let piece = pieces[step.piece]
                let oriented = step.atEnd ? Array(piece.geometry.reversed()) : piece.geometry
                geometry += geometry.isEmpty ? oriented : Array(oriented.dropFirst())
                node = step.atEnd ? piece.from : piece.to
                guard contractible[node], node != start else { break }
                guard let next = ends[node].first(where: { $0.piece != step.piece }), !visited[next.piece] else { break }
                step = next
            }
            if firstReversed {
                links.append((node, start, road, geometry.reversed()))
            } else {
                links.append((start, node, road, geometry))
            }
        }

        for node in 0..<nodePositions.count where !contractible[node] {
            for end in ends[node] where !visited[end.piece] {
                walk(from: node, first: end)
            }
        }
        // Rings made only of contractible nodes: keep the first node of each.
        for (i, piece) in pieces.enumerated() where !visited[i] {
            contractible[piece.from] = false
            walk(from: piece.from, first: (i, false))
        }

        // Renumber the nodes that remain, in their original order.
        var used = [Bool](repeating: false, count: nodePositions.count)
        for link in links {
            used[link.from] = true
            used[link.to] = true
        }
        var newID = [Int32](repeating: -1, count: nodePositions.count)
        var nodes: [Point] = []
        for i in 0..<nodePositions.count where used[i] {
            newID[i] = Int32(nodes.count)
            nodes.append(nodePositions[i])
        }
        let networkLinks = links.compactMap { link -> RoadNetwork.Link? in
            let length = Polyline.length(link.geometry)
            guard length > 0 else { return nil }
            return RoadNetwork.Link(from: newID[link.from], to: newID[link.to], road: link.road, geometry: link.geometry, length: length)
        }
        var nodeBarriers: [Int32: Int] = [:]
        for (node, b) in barrierOfNode where newID[node] >= 0 { nodeBarriers[newID[node]] = b }
        return RoadNetwork(nodes: nodes, links: networkLinks, roads: roads, barriers: barriers, nodeBarriers: nodeBarriers)
    }
}
