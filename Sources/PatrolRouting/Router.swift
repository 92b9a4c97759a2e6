public import PatrolData
public import PatrolGeo

/// Finds fastest routes between places on one routing graph.
///
/// `Sendable` and immutable; each call makes its own search buffers, so one router serves
/// many threads. Coverage and planning use ``ShortestPathSearch`` directly for bulk work.
public struct Router: Sendable {
    /// The graph routed on.
    public let graph: RoutingGraph
    /// Snaps places onto the graph.
    public let snapper: Snapper

    /// Prepares a router (builds the spatial index and the components).
    public init(graph: RoutingGraph) {
        self.graph = graph
        snapper = Snapper(graph: graph)
    }

    /// Builds the network and graph for a map and a profile.
    public init(map: PatrolMap, profile: TravelProfile, season: Season = .dry) {
        let network = NetworkBuilder.build(roads: map.roads)
        self.init(graph: RoutingGraph(network: network, profile: profile, season: season, elevation: map.elevation))
    }

    /// Every layer's snap of a place (layers whose mode has no road within reach are left out).
    public func snaps(_ place: Point, component: Int32? = nil) -> [Snap] {
        graph.layers.indices.compactMap { snapper.snap(place, layer: $0, component: component) }
    }

    /// The fastest route from `start` to `end`.
    ///
    /// Each end is snapped in every layer (for `car+foot`: to the nearest car road and to the
    /// nearest path), and a bidirectional search picks the best combination. When the nearest
    /// road of an end lies on a piece of network not connected to the other end, the end is
    /// snapped again to the largest connected network, and the route says so in its notes.
    public func route(from start: Point, to end: Point, startName: String = "start", endName: String = "destination") throws(RoutingError) -> Route {
        let startSnaps = snaps(start)
        let endSnaps = snaps(end)
        guard !startSnaps.isEmpty else { throw .offNetwork(place: startName, nearest: nearestRoad(start)) }
        guard !endSnaps.isEmpty else { throw .offNetwork(place: endName, nearest: nearestRoad(end)) }
        if let route = best(startSnaps, endSnaps) { return route }
        // An end sits on an island: retry on the largest component.
        let mainStart = snaps(start, component: 0)
        let mainEnd = snaps(end, component: 0)
        guard let route = best(mainStart.isEmpty ? startSnaps : mainStart, mainEnd.isEmpty ? endSnaps : mainEnd) else {
            throw .unreachable(from: startName, to: endName)
        }
        var withNotes = route
        for (name, original, used) in [(startName, startSnaps, mainStart), (endName, endSnaps, mainEnd)] {
            guard let near = original.map(\.doorDistance).min(), let far = used.map(\.doorDistance).min(), far > near + 0.5 else { continue }
            withNotes.notes.append(Localized(
                en: "the road nearest \(name) (\(Int(near.rounded())) m) is an isolated piece of network; the route uses the nearest connected road, \(Int(far.rounded())) m away",
                zh: "\(name) 最近的道路(\(Int(near.rounded())) 米)是孤立路段;路线改用 \(Int(far.rounded())) 米外最近的连通道路"))
        }
        return withNotes
    }

    /// Distance to the nearest road any layer may use, however far.
    func nearestRoad(_ place: Point) -> Double? {
        graph.layers.indices.compactMap { layer in
            snapper.index.nearest(to: place, in: graph.network) { graph.isAccessible(layer: layer, link: $0) }?.closest.distance
        }.min()
    }

    private func best(_ startSnaps: [Snap], _ endSnaps: [Snap]) -> Route? {
        let starts = startSnaps.flatMap { snapper.startSeeds($0) }
        let targets = endSnaps.flatMap { snapper.targetSeeds($0) }
        var bestRoute: Route?
        let search = BidirectionalSearch(graph: graph)
        if let found = search.run(
            from: starts.enumerated().map { ShortestPathSearch.Seed(node: $0.element.node, cost: $0.element.cost, origin: Int32($0.offset)) },
            to: targets.enumerated().map { ShortestPathSearch.Seed(node: $0.element.node, cost: $0.element.cost, origin: Int32($0.offset)) })
        {
            bestRoute = assemble(start: starts[found.start], edges: found.edges, target: targets[found.target])
        }
        for a in startSnaps {
            for b in endSnaps where a.layer == b.layer && a.link == b.link {
                guard let direct = directAlongLink(a, b), direct.milliseconds < (bestRoute?.milliseconds ?? .max) else { continue }
                bestRoute = direct
            }
        }
        return bestRoute
    }

    /// Both ends on the same link: travel straight along it, when its direction allows.
    func directAlongLink(_ a: Snap, _ b: Snap) -> Route? {
        let link = graph.network.links[a.link]
        let backward = b.offset < a.offset
        guard let speed = graph.flatSpeed(layer: a.layer, link: a.link, backward: backward) else { return nil }
        let mode = graph.layers[a.layer]
        let seconds = graph.travelTime.seconds(along: link.geometry, from: a.offset, to: b.offset, flatSpeed: speed, mode: mode)
        var geometry = Polyline.slice(link.geometry, from: a.offset, to: b.offset)
        if backward { geometry.reverse() }
        var legs: [RouteLeg] = []
        legs += doorLeg(from: a.place, to: a.roadPoint, milliseconds: a.doorMilliseconds)
        legs.append(RouteLeg(
            kind: .road(link: a.link, backward: backward), mode: mode, geometry: geometry, distance: abs(b.offset - a.offset),
            milliseconds: Int64(RoutingGraph.milliseconds(seconds)), endNode: nil))
        legs += doorLeg(from: b.roadPoint, to: b.place, milliseconds: b.doorMilliseconds)
        return Route(profile: graph.profile, season: graph.season, legs: legs, notes: [])
    }

    private func doorLeg(from a: Point, to b: Point, milliseconds: Int64) -> [RouteLeg] {
        guard a.distance(to: b) > 0.01 else { return [] }
        return [RouteLeg(kind: .offRoad, mode: .foot, geometry: [a, b], distance: a.distance(to: b), milliseconds: milliseconds, endNode: nil)]
    }

    /// Turns a search result into legs: door walk, partial link, full links, partial link, door walk.
    func assemble(start: SnapSeed, edges: [Int32], target: SnapSeed) -> Route {
        let network = graph.network
        var legs = doorLeg(from: start.snap.place, to: start.snap.roadPoint, milliseconds: start.snap.doorMilliseconds)
        let startLink = network.links[start.snap.link]
        let startEnd = start.backward ? 0 : startLink.length
        if abs(startEnd - start.snap.offset) > 1e-9 {
            var geometry = Polyline.slice(startLink.geometry, from: start.snap.offset, to: startEnd)
            if start.backward { geometry.reverse() }
            legs.append(RouteLeg(
                kind: .road(link: start.snap.link, backward: start.backward), mode: graph.layers[start.snap.layer],
                geometry: geometry, distance: abs(startEnd - start.snap.offset), milliseconds: start.alongMilliseconds,
                endNode: graph.split(start.node).networkNode))
        }
        for edge in edges.map(Int.init) {
            let ref = Int(graph.edgeLink[edge])
            guard ref >= 0 else { continue }
            let link = network.links[ref / 2]
            let backward = ref % 2 == 1
            let (to, layer) = graph.split(Int(graph.target[edge]))
            legs.append(RouteLeg(
                kind: .road(link: ref / 2, backward: backward), mode: graph.layers[layer],
                geometry: backward ? link.geometry.reversed() : link.geometry, distance: link.length,
                milliseconds: Int64(graph.cost[edge]), endNode: to))
        }
        let endLink = network.links[target.snap.link]
        let endStart = target.backward ? endLink.length : 0
        if abs(endStart - target.snap.offset) > 1e-9 {
            var geometry = Polyline.slice(endLink.geometry, from: endStart, to: target.snap.offset)
            if target.backward { geometry.reverse() }
            legs.append(RouteLeg(
                kind: .road(link: target.snap.link, backward: target.backward), mode: graph.layers[target.snap.layer],
                geometry: geometry, distance: abs(endStart - target.snap.offset), milliseconds: target.alongMilliseconds, endNode: nil))
        }
        legs += doorLeg(from: target.snap.roadPoint, to: target.snap.place, milliseconds: target.snap.doorMilliseconds)
        return Route(profile: graph.profile, season: graph.season, legs: legs, notes: [])
    }
}
