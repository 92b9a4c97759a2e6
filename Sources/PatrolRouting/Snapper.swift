public import PatrolData
public import PatrolGeo

/// Snaps places onto a routing graph: for each layer, the nearest point on a link that
/// layer's mode may use, found through a ``SegmentIndex``.
public struct Snapper: Sendable {
    /// Places farther than this from every usable road are off the map, in metres.
    public static let maximumDistance = 5_000.0

    /// A place nearer a bridge's or tunnel's centre line than this (in metres, one lane) is on it.
    ///
    /// A point given on the road, even with its coordinates rounded to six decimals (≤ 0.1 m),
    /// is snapped onto the tunnel it lies in. A house stands off the carriageway, so one on the
    /// hill above a tunnel or beside a bridge is still walked to a road at ground level.
    public static let onRaisedRoadDistance = 3.0

    /// The graph snapped onto.
    public let graph: RoutingGraph
    /// The spatial index over the graph's network.
    public let index: SegmentIndex
    /// Strongly connected component of every graph node within its layer (``RoutingGraph/layerComponents()``).
    public let componentOf: [Int32]
    /// Per layer, the label of its largest component: the network places are joined to.
    public let mainComponent: [Int32]
    /// Whether each link is a bridge or a tunnel (snapped onto only when no ground-level road is near).
    private let raised: [Bool]
    /// ``componentOf`` with each node's turn copies folded in (``foldingCopies(_:copies:)``),
    /// so a candidate link's component is two array reads during the nearest-road search.
    private let stateComponent: [Int32]

    /// Lines a walk from a place to its road may not cross (rivers, water areas, motorways).
    public let barriers: DoorWalkBarriers

    /// Indexes the graph's network; `water` (a map's water layer) adds rivers and water areas
    /// to the lines a door walk may not cross.
    public init(graph: RoutingGraph, water: [WaterFeature] = []) {
        self.graph = graph
        index = SegmentIndex(network: graph.network)
        barriers = DoorWalkBarriers(water: water, network: graph.network)
        let raisedRoads = graph.network.roads.map(\.isBridgeOrTunnel)
        raised = graph.network.links.map { raisedRoads[Int($0.road)] }
        (componentOf, mainComponent) = graph.layerComponents()
        stateComponent = Self.foldingCopies(componentOf, copies: graph.copies)
    }

    /// The component a link lies in within `layer`: that of its two ends, or -1 when they are
    /// in different components (a one-way link from one to the other belongs to neither).
    public func component(layer: Int, link: Int) -> Int32 {
        let ends = graph.network.links[link]
        let from = nodeComponent(Int(ends.from), layer: layer)
        return nodeComponent(Int(ends.to), layer: layer) == from ? from : -1
    }

    /// The component of network node `node` in `layer` (``stateComponent``).
    private func nodeComponent(_ node: Int, layer: Int) -> Int32 {
        stateComponent[graph.node(node, layer: layer)]
    }

    /// `components` with each copied node given the largest component among itself and its
    /// turn copies (the smallest label: labels are ranked by size).
    ///
    /// Arrivals at a junction go to its copies, so the node's own state may have no way in and
    /// be a component of one; the copies' entries are left as they are.
    private static func foldingCopies(_ components: [Int32], copies: [Int32: [Int32]]) -> [Int32] {
        var folded = components
        for (node, nodeCopies) in copies {
            folded[Int(node)] = nodeCopies.reduce(components[Int(node)]) { min($0, components[Int($1)]) }
        }
        return folded
    }

    /// True when `link` lies on `layer`'s largest connected network.
    public func isOnMainNetwork(layer: Int, link: Int) -> Bool {
        component(layer: layer, link: link) == mainComponent[layer]
    }

    /// The nearest usable point in `layer`, optionally only on links of `component`.
    ///
    /// A road at ground level is preferred: a house beside a tunnel or under a bridge is
    /// snapped to the nearest road it can walk onto, and onto the bridge or tunnel only when
    /// the place is on it (within ``onRaisedRoadDistance``) or no ground-level road is within
    /// ``maximumDistance``. The walk to the road does not cross a river, a water area or a
    /// motorway (``barriers``): a house across the river from the nearest lane is snapped to
    /// the nearest road on its own bank, unless there is none within ``maximumDistance``.
    public func snap(_ place: Point, layer: Int, component: Int32? = nil) -> Snap? {
        let network = graph.network
        func nearest(groundOnly: Bool, walkable: Bool) -> (link: Int, closest: ClosestPoint)? {
            index.nearest(
                to: place, in: network, maxDistance: Self.maximumDistance,
                accept: { link in
                    graph.isAccessible(layer: layer, link: link) && (component == nil || self.component(layer: layer, link: link) == component)
                        && !(groundOnly && raised[link])
                },
                reachable: { point in !walkable || !barriers.blocks(place, point) })
        }
        func nearest(groundOnly: Bool) -> (link: Int, closest: ClosestPoint)? {
            barriers.isEmpty
                ? nearest(groundOnly: groundOnly, walkable: false)
                : nearest(groundOnly: groundOnly, walkable: true) ?? nearest(groundOnly: groundOnly, walkable: false)
        }
        guard let any = nearest(groundOnly: false) else { return nil }
        let onIt = !raised[any.link] || any.closest.distance < Self.onRaisedRoadDistance
        let hit = onIt ? any : nearest(groundOnly: true) ?? any
        let door = graph.travelTime.offRoadSeconds(from: place, to: hit.closest.point)
        return Snap(
            layer: layer, link: hit.link, offset: hit.closest.offset, roadPoint: hit.closest.point, place: place,
            doorMilliseconds: Int64(RoutingGraph.milliseconds(door)))
    }

    /// Ways to leave a snap point along its link (for a route's start).
    func startSeeds(_ snap: Snap) -> [SnapSeed] {
        seeds(snap, leaving: true)
    }

    /// Ways to arrive at a snap point along its link (for a route's end).
    func targetSeeds(_ snap: Snap) -> [SnapSeed] {
        seeds(snap, leaving: false)
    }

    private func seeds(_ snap: Snap, leaving: Bool) -> [SnapSeed] {
        let link = graph.network.links[snap.link]
        let mode = graph.layers[snap.layer]
        let fromNode = graph.node(Int(link.from), layer: snap.layer)
        let toNode = graph.node(Int(link.to), layer: snap.layer)
        var result: [SnapSeed?] = []
        // Arriving along a piece from a barrier node passes that barrier: it costs its time, or rules the seed out.
        func seed(_ node: Int, backward: Bool, milliseconds: Int64, metres: Double) -> SnapSeed? {
            var milliseconds = milliseconds
            if !leaving, metres > 0 {
                guard let passing = graph.passing(node) else { return nil }
                milliseconds += Int64(passing)
            }
            return SnapSeed(snap: snap, node: node, backward: backward, alongMilliseconds: milliseconds, alongMetres: metres, alongOnFoot: mode == .foot)
        }
        // Leaving, the piece ends where an edge along it would: in a turn-restriction copy when it
        // starts a restricted sequence. Arriving, it may begin at the node or any copy the edge leaves.
        func ends(_ tail: Int, ref: Int, head: Int) -> [Int] {
            if leaving { return [graph.arrival(from: tail, ref: ref, default: head)] }
            return [tail] + (graph.copies[Int32(tail)] ?? []).map(Int.init).filter { graph.leaves($0, ref: ref) }
        }
        // Arriving from a junction's arrival state, the turn onto the link is paid (leaving, the next one is, in the graph).
        func turn(_ node: Int, ref: Int) -> Int64 {
            leaving ? 0 : Int64(graph.turnMilliseconds(leaving: node, ref: ref))
        }
        // Towards link.to (leaving) or from link.from (arriving): travel along the geometry.
        if let speed = graph.flatSpeed(layer: snap.layer, link: snap.link, backward: false) {
            let (a, b) = leaving ? (snap.offset, link.length) : (0, snap.offset)
            let ms = RoutingGraph.milliseconds(graph.seconds(alongLink: snap.link, from: a, to: b, flatSpeed: speed, mode: mode))
            for node in ends(fromNode, ref: snap.link * 2, head: toNode) {
                result.append(seed(node, backward: false, milliseconds: Int64(ms) + turn(node, ref: snap.link * 2), metres: b - a))
            }
        }
        // Towards link.from (leaving) or from link.to (arriving): travel against the geometry.
        if let speed = graph.flatSpeed(layer: snap.layer, link: snap.link, backward: true) {
            let (a, b) = leaving ? (snap.offset, 0.0) : (link.length, snap.offset)
            let ms = RoutingGraph.milliseconds(graph.seconds(alongLink: snap.link, from: a, to: b, flatSpeed: speed, mode: mode))
            for node in ends(toNode, ref: snap.link * 2 + 1, head: fromNode) {
                result.append(seed(node, backward: true, milliseconds: Int64(ms) + turn(node, ref: snap.link * 2 + 1), metres: a - b))
            }
        }
        // A place exactly on a node may use that node whatever the link's direction (arriving: in any of its states).
        func here(_ node: Int) -> [Int] {
            leaving ? [node] : [node] + (graph.copies[Int32(node)] ?? []).map(Int.init)
        }
        if snap.offset <= 1e-9 {
            for node in here(fromNode) { result.append(seed(node, backward: leaving, milliseconds: 0, metres: 0)) }
        } else if snap.offset >= link.length - 1e-9 {
            for node in here(toNode) { result.append(seed(node, backward: !leaving, milliseconds: 0, metres: 0)) }
        }
        return result.compactMap { $0 }
    }
}
