public import PatrolData
public import PatrolGeo

/// Finds fastest routes between places on one routing graph.
///
/// `Sendable` and immutable; each call makes its own search buffers, so one router serves
/// many threads. Coverage and planning use ``ShortestPathSearch`` directly for bulk work; every
/// caller decides how a route ends by one rule, ``EndpointRank``.
public struct Router: Sendable {
    /// The graph routed on.
    public let graph: RoutingGraph
    /// Snaps places onto the graph.
    public let snapper: Snapper

    /// Prepares a router (builds the spatial index and the components); `water` is the map's
    /// water layer, which door walks do not cross (``Snapper/snap(_:layer:component:)``).
    public init(graph: RoutingGraph, water: [WaterFeature] = []) {
        self.graph = graph
        snapper = Snapper(graph: graph, water: water)
    }

    /// Builds (or reads, when the package has them compiled: ``CompiledRouting``) the network
    /// and graph for a map and a profile, with the speed tables as the map's `profiles.json` adjusts them.
    public init(map: PatrolMap, profile: TravelProfile, season: Season = .dry) {
        self.init(graph: CompiledRouting.graph(of: map, profile: profile, season: season), water: map.water)
    }

    /// Every layer's snap of a place (layers whose mode has no road within reach are left out).
    ///
    /// When the nearest road of a layer is an isolated piece of network, the nearest road of the
    /// largest connected network is offered too (marked ``Snap/viaMainNetwork``), so a place by
    /// a stray lane is still reached, and the route says so.
    ///
    /// A place on a road of some layer's main network (within ``onRoadDistance``) is on the
    /// network: it is reached and left along the roads, so roads that would add a walk across
    /// country are not offered. Routes between node positions are then exactly shortest paths
    /// of the graph (as exported by ``GraphExport``).
    public func snaps(_ place: Point) -> [Snap] {
        var result: [Snap] = []
        for layer in graph.layers.indices {
            guard let nearest = snapper.snap(place, layer: layer) else { continue }
            result.append(nearest)
            if !snapper.isOnMainNetwork(layer: layer, link: nearest.link), var main = snapper.snap(place, layer: layer, component: snapper.mainComponent[layer])
            {
                main.viaMainNetwork = true
                result.append(main)
            }
        }
        if result.contains(where: { $0.doorDistance < Self.onRoadDistance && snapper.isOnMainNetwork(layer: $0.layer, link: $0.link) }) {
            result.removeAll { $0.doorDistance >= Self.onRoadDistance }
        }
        return result
    }

    /// A place nearer a road than this (in metres) lies on it: no walk to the door.
    public static let onRoadDistance = 0.01

    /// The fastest route from `start` to `end`.
    ///
    /// Each end is snapped in every layer (for `car+foot`: to the nearest car road and to the
    /// nearest path), and a bidirectional search picks the best combination; it competes with the
    /// same-link shortcut and, for places nearer each other than to their roads, the walk across,
    /// by the endpoint rule (``EndpointRank``: lowest time, then fewest metres).
    public func route(from start: Point, to end: Point, startName: String = "start", endName: String = "destination") throws(RoutingError) -> Route {
        let startSnaps = snaps(start)
        let endSnaps = snaps(end)
        guard !startSnaps.isEmpty else { throw .offNetwork(place: startName, nearest: nearestRoad(start)) }
        guard !endSnaps.isEmpty else { throw .offNetwork(place: endName, nearest: nearestRoad(end)) }
        guard let (route, used) = best(startSnaps, endSnaps) else { throw .unreachable(from: startName, to: endName) }
        var withNotes = route
        for (name, snaps, chosen) in [(startName, startSnaps, used.start), (endName, endSnaps, used.end)] {
            guard let chosen, chosen.viaMainNetwork, let near = snaps.first(where: { $0.layer == chosen.layer && !$0.viaMainNetwork }) else { continue }
            let mode = graph.layers[chosen.layer]
            withNotes.notes.append(
                Localized(
                    en:
                        "the road nearest \(name) open to \(mode == .foot ? "walkers" : mode == .car ? "cars" : "motorcycles") (\(Int(near.doorDistance.rounded())) m) is not joined both ways to the rest of the network (cut off, or one-way with no way back); the route uses the nearest connected road, \(Int(chosen.doorDistance.rounded())) m away",
                    zh:
                        "\(name) 最近的可\(mode.name(.zh))道路(\(Int(near.doorDistance.rounded())) 米)与路网不能双向连通(孤立,或单行而无法返回);路线改用 \(Int(chosen.doorDistance.rounded())) 米外最近的连通道路"
                ))
        }
        if let note = TrackNote.note(for: withNotes, network: graph.network) { withNotes.notes.append(note) }
        return withNotes
    }

    /// Distance to the nearest road any layer may use, however far.
    func nearestRoad(_ place: Point) -> Double? {
        graph.layers.indices.compactMap { layer in
            snapper.index.nearest(to: place, in: graph.network) { graph.isAccessible(layer: layer, link: $0) }?.closest.distance
        }.min()
    }

    /// The best route between the snaps, and the snaps it uses (none for a walk across).
    private func best(_ startSnaps: [Snap], _ endSnaps: [Snap]) -> (Route, used: (start: Snap?, end: Snap?))? {
        let starts = startSnaps.flatMap { snapper.startSeeds($0) }
        let targets = endSnaps.flatMap { snapper.targetSeeds($0) }
        let found = BidirectionalSearch(graph: graph).run(from: starts.searchSeeds, to: targets.searchSeeds)
        let throughGraph = found.map { [RouteEnding(cost: $0.cost, index: 0, way: .graph, start: starts[$0.start].snap, end: targets[$0.target].snap)] }
        guard let ending = bestEnding(throughGraph: throughGraph ?? [], from: [startSnaps], to: endSnaps) else { return nil }
        switch ending.way {
        case .alongLink(let route), .walkAcross(let route):
            return (route, (ending.start, ending.end))
        case .graph:
            guard let found else { return nil }
            return (assemble(start: starts[found.start], edges: found.edges, target: targets[found.target]), (ending.start, ending.end))
        }
    }

    /// Walking straight across between two places that are no farther apart than one of them
    /// is from its road (a post beside the house, say), when that takes no more than `limit` milliseconds.
    ///
    /// Routes otherwise keep to the roads: open country is crossed only between a road and a door.
    func walkAcross(_ startSnaps: [Snap], _ endSnaps: [Snap], within limit: Int64) -> Route? {
        guard let a = startSnaps.first?.place, let b = endSnaps.first?.place else { return nil }
        let radius = max(startSnaps.map(\.doorDistance).min() ?? 0, endSnaps.map(\.doorDistance).min() ?? 0)
        guard a.distance(to: b) <= radius else { return nil }
        // Nobody walks across faster than Tobler's best (6 km/h) × the off-path factor.
        let fastest = 6 * SlopeSpeed.offPathFactor / 3.6
        if a.distance(to: b) / fastest * 1000 > Double(limit) { return nil }
        let ms = Int64(RoutingGraph.milliseconds(graph.travelTime.offRoadSeconds(from: a, to: b)))
        if ms > limit { return nil }
        return Route(profile: graph.profile, season: graph.season, legs: doorLeg(from: a, to: b, milliseconds: ms), notes: [])
    }

    /// Both ends on the same link: travel straight along it, when its direction allows.
    func directAlongLink(_ a: Snap, _ b: Snap) -> Route? {
        let link = graph.network.links[a.link]
        let backward = b.offset < a.offset
        guard let speed = graph.flatSpeed(layer: a.layer, link: a.link, backward: backward) else { return nil }
        let mode = graph.layers[a.layer]
        let seconds = graph.seconds(alongLink: a.link, from: a.offset, to: b.offset, flatSpeed: speed, mode: mode)
        var geometry = Polyline.slice(link.geometry, from: a.offset, to: b.offset)
        if backward { geometry.reverse() }
        var legs: [RouteLeg] = []
        legs += doorLeg(from: a.place, to: a.roadPoint, milliseconds: a.doorMilliseconds)
        legs.append(
            RouteLeg(
                kind: .road(link: a.link, backward: backward), mode: mode, geometry: geometry, distance: abs(b.offset - a.offset),
                milliseconds: Int64(RoutingGraph.milliseconds(seconds)), endNode: nil))
        legs += doorLeg(from: b.roadPoint, to: b.place, milliseconds: b.doorMilliseconds)
        return Route(profile: graph.profile, season: graph.season, legs: legs, notes: [])
    }

    private func doorLeg(from a: Point, to b: Point, milliseconds: Int64) -> [RouteLeg] {
        guard a.distance(to: b) >= Self.onRoadDistance else { return [] }
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
            legs.append(
                RouteLeg(
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
            legs.append(
                RouteLeg(
                    kind: .road(link: ref / 2, backward: backward), mode: graph.layers[layer],
                    geometry: backward ? link.geometry.reversed() : link.geometry, distance: link.length,
                    milliseconds: Int64(graph.cost[edge]), endNode: to))
        }
        let endLink = network.links[target.snap.link]
        let endStart = target.backward ? endLink.length : 0
        if abs(endStart - target.snap.offset) > 1e-9 {
            var geometry = Polyline.slice(endLink.geometry, from: endStart, to: target.snap.offset)
            if target.backward { geometry.reverse() }
            legs.append(
                RouteLeg(
                    kind: .road(link: target.snap.link, backward: target.backward), mode: graph.layers[target.snap.layer],
                    geometry: geometry, distance: abs(endStart - target.snap.offset), milliseconds: target.alongMilliseconds, endNode: nil))
        }
        legs += doorLeg(from: target.snap.roadPoint, to: target.snap.place, milliseconds: target.snap.doorMilliseconds)
        return Route(profile: graph.profile, season: graph.season, legs: legs, notes: [])
    }
}
