public import PatrolData
import PatrolGeo

/// The road network for one travel profile and season, as compressed sparse rows.
///
/// Node `layer * network.nodes.count + n` is network node `n` travelled in `profile.layers[layer]`.
/// `car+foot` has two layers joined by zero-cost transfer edges from the car layer to the foot
/// layer at every node a car reaches (park and walk on; never back to the car).
/// Costs are whole milliseconds, so sums are exact and every search is deterministic.
///
/// Turn restrictions that bind a layer's mode add nodes after those (``TurnExpansion``): copies
/// of the junctions they touch, with the restricted turns left out; ``split(_:)`` maps a copy
/// to the node it copies. A vehicle layer whose table has ``TurnCosts`` also gets a copy of
/// each junction per edge arriving there, whose out-edges carry the cost of the turn.
public struct RoutingGraph: Sendable {
    /// The network the graph is built on.
    public let network: RoadNetwork
    /// The travel profile.
    public let profile: TravelProfile
    /// The season.
    public let season: Season
    /// The speed and access tables the costs were computed from (directions explain closed branches by them).
    public let tables: SpeedTables
    /// Travel-time calculator (DEM slopes), shared with snapping and coverage.
    public let travelTime: TravelTime
    /// The grades of bridges and tunnels, from their portals instead of the DEM.
    public let portalGrades: PortalGrades
    /// The grades of every other link, fitted along the whole road it is part of.
    public let roadGrades: RoadGrades
    /// Out-edges of node `v` are `firstEdge[v] ..< firstEdge[v + 1]`.
    public let firstEdge: [Int32]
    /// Target node of each edge.
    public let target: [Int32]
    /// Cost of each edge in milliseconds.
    public let cost: [UInt32]
    /// `link * 2 + (1 if against the link's geometry)`, or −1 for a transfer edge.
    public let edgeLink: [Int32]
    /// In-edges of node `v` are `inEdges[firstInEdge[v] ..< firstInEdge[v + 1]]` (edge indices).
    public let firstInEdge: [Int32]
    /// See ``firstInEdge``.
    public let inEdges: [Int32]
    /// Source node of each edge.
    public let source: [Int32]
    /// Flat speed (km/h) per layer and link direction: `flatSpeeds[layer][link * 2 + backward]`; 0 = closed.
    public let flatSpeeds: [[Double]]
    /// Milliseconds to pass the barrier at each graph node that has one; ``blocked`` when its mode cannot.
    public let barrierCosts: [Int: UInt32]

    /// For each node added by the turn restrictions (node `layers.count × network.nodes.count + i`),
    /// the node it is a copy of.
    public let copyOf: [Int32]
    /// The copies of each node that has some (``copyOf`` inverted).
    public let copies: [Int32: [Int32]]
    /// Holds the searches' own view of the graph (``searchLayout``), derived from the arrays
    /// above on first use and shared by every copy of the graph; never stored with them.
    let searchLayoutBox = OnDemand<SearchLayout>()

    /// The ``barrierCosts`` value of a barrier the mode cannot pass.
    public static let blocked = UInt32.max

    /// Number of graph nodes (network nodes × layers).
    public var nodeCount: Int { firstEdge.count - 1 }
    /// Number of directed edges.
    public var edgeCount: Int { target.count }
    /// The travel mode of each layer.
    public var layers: [TravelMode] { profile.layers }

    /// Builds the graph: access and flat speed from each road's tags by `tables`, slope from the DEM.
    ///
    /// A barrier node a mode cannot pass has no out-edges in that mode's layer (a car can
    /// drive up to a bollard, and in `car+foot` park there, but not through it); one it passes
    /// adds the time to pass to every edge leaving it.
    /// - Complexity: O(links × (vertices + length / 25 m))
    public init(network: RoadNetwork, profile: TravelProfile, season: Season = .dry, elevation: ElevationGrid?, tables: SpeedTables = .builtIn) {
        let travelTime = TravelTime(elevation: elevation)
        let portalGrades = PortalGrades(network: network, elevation: elevation)
        let roadGrades = RoadGrades(network: network, elevation: elevation)
        let n = network.nodes.count
        let layers = profile.layers
        var edges: [(from: Int32, to: Int32, cost: UInt32, link: Int32)] = []
        var speeds: [[Double]] = []
        var rulesByRoad: [Int32: RoadRules] = [:]
        var barrierCosts: [Int: UInt32] = [:]
        for (layer, mode) in layers.enumerated() {
            rulesByRoad.removeAll(keepingCapacity: true)
            var layerSpeeds = [Double](repeating: 0, count: network.links.count * 2)
            let offset = Int32(layer * n)
            for (node, b) in network.nodeBarriers {
                barrierCosts[Int(node + offset)] = Self.barrierMilliseconds(network.barriers[b], table: tables[mode], season: season)
            }
            func add(_ from: Int32, _ to: Int32, seconds: Double, link: Int32) {
                let passing = barrierCosts[Int(from + offset)] ?? 0
                guard passing != Self.blocked else { return }
                edges.append((from + offset, to + offset, Self.milliseconds(seconds) &+ passing, link))
            }
            for (i, link) in network.links.enumerated() {
                let rules = rulesByRoad[link.road] ?? RoadRules(tags: network.roads[Int(link.road)].tags, mode: mode, season: season, tables: tables)
                rulesByRoad[link.road] = rules
                if let speed = rules.forward {
                    layerSpeeds[i * 2] = speed
                    add(
                        link.from, link.to,
                        seconds: Self.seconds(
                            link: i, network: network, portals: portalGrades, roads: roadGrades, travelTime: travelTime, from: 0, to: link.length,
                            flatSpeed: speed,
                            factors: tables[mode].gradeFactors(for: network.roads[Int(link.road)].tags)),
                        link: Int32(i * 2))
                }
                if let speed = rules.backward {
                    layerSpeeds[i * 2 + 1] = speed
                    add(
                        link.to, link.from,
                        seconds: Self.seconds(
                            link: i, network: network, portals: portalGrades, roads: roadGrades, travelTime: travelTime, from: link.length, to: 0,
                            flatSpeed: speed,
                            factors: tables[mode].gradeFactors(for: network.roads[Int(link.road)].tags)),
                        link: Int32(i * 2 + 1))
                }
            }
            speeds.append(layerSpeeds)
        }
        if layers.count == 2 {
            var reached = [Bool](repeating: false, count: n)
            for edge in edges where Int(edge.from) < n {
                reached[Int(edge.from)] = true
                reached[Int(edge.to)] = true
            }
            for v in 0..<n where reached[v] {
                edges.append((Int32(v), Int32(v + n), 0, -1))
            }
        }
        let sequences = Self.restrictions(network, layers: layers, tables: tables)
        let copyOf = TurnExpansion.expand(
            &edges, nodeCount: n * layers.count, layerSize: n, linkRefs: network.links.count * 2, sequences: sequences,
            turns: Self.turns(network, layers: layers, speeds: speeds, tables: tables))
        let nodeCount = n * layers.count + copyOf.count
        edges.sort { ($0.from, $0.to, $0.link) < ($1.from, $1.to, $1.link) }
        var first = [Int32](repeating: 0, count: nodeCount + 1)
        for edge in edges { first[Int(edge.from) + 1] += 1 }
        for v in 0..<nodeCount { first[v + 1] += first[v] }
        self.init(
            network: network, profile: profile, season: season, tables: tables, travelTime: travelTime, portalGrades: portalGrades,
            roadGrades: roadGrades, firstEdge: first, target: edges.map(\.to), cost: edges.map(\.cost), edgeLink: edges.map(\.link),
            flatSpeeds: speeds, barrierCosts: barrierCosts, copyOf: copyOf)
    }

    /// Assembles a graph from its out-edges in compressed sparse rows (sorted by source, target,
    /// link, as the building init sorts them), deriving the rest: each edge's source, the in-edge
    /// rows and the copies of each node.
    init(
        network: RoadNetwork, profile: TravelProfile, season: Season, tables: SpeedTables, travelTime: TravelTime, portalGrades: PortalGrades,
        roadGrades: RoadGrades, firstEdge: [Int32], target: [Int32], cost: [UInt32], edgeLink: [Int32], flatSpeeds: [[Double]],
        barrierCosts: [Int: UInt32], copyOf: [Int32]
    ) {
        self.network = network
        self.profile = profile
        self.season = season
        self.tables = tables
        self.travelTime = travelTime
        self.portalGrades = portalGrades
        self.roadGrades = roadGrades
        self.firstEdge = firstEdge
        self.target = target
        self.cost = cost
        self.edgeLink = edgeLink
        self.flatSpeeds = flatSpeeds
        self.barrierCosts = barrierCosts
        self.copyOf = copyOf
        let nodeCount = firstEdge.count - 1
        var source = [Int32](repeating: 0, count: target.count)
        for v in 0..<nodeCount {
            for e in Int(firstEdge[v])..<Int(firstEdge[v + 1]) { source[e] = Int32(v) }
        }
        self.source = source
        let base = network.nodes.count * profile.layers.count
        var inFirst = [Int32](repeating: 0, count: nodeCount + 1)
        for to in target { inFirst[Int(to) + 1] += 1 }
        for v in 0..<nodeCount { inFirst[v + 1] += inFirst[v] }
        var fill = inFirst
        var incoming = [Int32](repeating: 0, count: target.count)
        for (i, to) in target.enumerated() {
            incoming[Int(fill[Int(to)])] = Int32(i)
            fill[Int(to)] += 1
        }
        firstInEdge = inFirst
        inEdges = incoming
        var copies: [Int32: [Int32]] = [:]
        for (i, original) in copyOf.enumerated() { copies[original, default: []].append(Int32(base + i)) }
        self.copies = copies
    }

    /// The turn costs of the layers whose mode has a ``TurnCosts`` table, or `nil` when none has.
    static func turns(_ network: RoadNetwork, layers: [TravelMode], speeds: [[Double]], tables: SpeedTables) -> TurnExpansion.Turns? {
        let junctions = layers.indices.map { layer in
            tables[layers[layer]].turnCosts.map { JunctionTurns(network: network, speeds: speeds[layer], costs: $0) }
        }
        guard junctions.contains(where: { $0 != nil }) else { return nil }
        let n = network.nodes.count
        let refs = network.links.count * 2
        return TurnExpansion.Turns(
            isJunction: { node in junctions[Int(node) / n]?.isJunction[Int(node) % n] ?? false },
            milliseconds: { arriving, leaving in junctions[arriving / refs]?.milliseconds(arriving: arriving % refs, leaving: leaving % refs) ?? 0 })
    }

    /// The network's turn restrictions that bind each layer's mode, as edge-key sequences for ``TurnExpansion``.
    ///
    /// Only vehicles are bound (foot layers never are); a vehicle is known by its table's access
    /// keys (`motorcar`, `motor_vehicle`, `vehicle` for a car), so `restriction:motorcar` and
    /// `except=motorcar` speak to cars, and a `profiles.json` that lists `emergency` among them
    /// lets the car pass `except=emergency` restrictions.
    static func restrictions(_ network: RoadNetwork, layers: [TravelMode], tables: SpeedTables) -> [TurnExpansion.Sequence] {
        guard !network.turns.isEmpty else { return [] }
        let refs = network.links.count * 2
        var sequences: [TurnExpansion.Sequence] = []
        for (layer, mode) in layers.enumerated() where mode != .foot {
            let keys = tables[mode].access.filter { $0 != "access" }
            for (turn, links) in zip(network.turns, network.turnLinks) {
                guard let links, let rule = turn.rule(for: keys) else { continue }
                let edgeKeys = links.map { layer * refs + Int($0) }
                sequences.append(TurnExpansion.Sequence(keys: Array(edgeKeys.dropLast()), to: edgeKeys.last!, rule: rule))
            }
        }
        return sequences
    }

    /// Seconds to travel `link` between distances `start` and `end` along its geometry (backwards
    /// when `start` > `end`) at `flatSpeed` km/h: a bridge or tunnel at its portal-to-portal grade,
    /// any other road at the DEM's slopes smoothed along its whole road (``RoadGrades``), each answered by `mode`'s grade factors for the road.
    public func seconds(alongLink link: Int, from start: Double, to end: Double, flatSpeed: Double, mode: TravelMode) -> Double {
        let factors = tables[mode].gradeFactors(for: network.roads[Int(network.links[link].road)].tags)
        return Self.seconds(
            link: link, network: network, portals: portalGrades, roads: roadGrades, travelTime: travelTime, from: start, to: end, flatSpeed: flatSpeed,
            factors: factors)
    }

    private static func seconds(
        link: Int, network: RoadNetwork, portals: PortalGrades, roads: RoadGrades, travelTime: TravelTime, from start: Double, to end: Double,
        flatSpeed: Double, factors: GradeFactors?
    ) -> Double {
        guard let grade = portals.gradeOfLink[link] else {
            if let profile = roads.profiles[link] {
                return travelTime.seconds(profile: profile, from: start, to: end, flatSpeed: flatSpeed, grades: factors)
            }
            return travelTime.seconds(along: network.links[link].geometry, from: start, to: end, flatSpeed: flatSpeed, grades: factors)
        }
        return travelTime.seconds(metres: abs(end - start), grade: end >= start ? grade : -grade, flatSpeed: flatSpeed, grades: factors)
    }

    /// Milliseconds for a mode with `table` to pass `barrier` in `season`, or ``blocked``.
    static func barrierMilliseconds(_ barrier: Barrier, table: SpeedTable, season: Season) -> UInt32 {
        guard let kind = barrier.kind, let seconds = table.barriers.delay(kind: kind, tags: barrier.tags, access: table.access, season: season) else {
            return blocked
        }
        return milliseconds(seconds)
    }

    /// Milliseconds to pass through graph node `node` (0 without a barrier), or `nil` when its barrier stops the layer's mode.
    public func passing(_ node: Int) -> UInt32? {
        let cost = barrierCosts[original(node)] ?? 0
        return cost == Self.blocked ? nil : cost
    }

    /// Seconds rounded to whole milliseconds.
    static func milliseconds(_ seconds: Double) -> UInt32 {
        UInt32(min(Double(UInt32.max), (seconds * 1000).rounded()))
    }

    /// The network node and layer of a graph node (of the node it copies, for a turn-restriction copy).
    public func split(_ node: Int) -> (networkNode: Int, layer: Int) {
        let n = network.nodes.count
        let node = original(node)
        return (node % n, node / n)
    }

    /// The node itself, or for a turn-restriction copy the node it copies.
    public func original(_ node: Int) -> Int {
        guard !copyOf.isEmpty else { return node }
        let base = nodeCount - copyOf.count
        return node < base ? node : Int(copyOf[node - base])
    }

    /// The node an edge along directed link `ref` (`link * 2 + backward`) from `node` arrives at:
    /// a turn-restriction copy when that edge starts a restricted sequence, else the link's end node.
    public func arrival(from node: Int, ref: Int, default end: Int) -> Int {
        guard !copyOf.isEmpty else { return end }
        for e in Int(firstEdge[node])..<Int(firstEdge[node + 1]) where Int(edgeLink[e]) == ref { return Int(target[e]) }
        return end
    }

    /// Milliseconds that leaving graph node `node` along directed link `ref` costs beyond leaving
    /// the node it copies that way: the turn onto `ref` from the edge whose arrival the copy
    /// stands for (0 for a network node, which is where routes set off).
    ///
    /// A route that ends part-way along `ref` pays this turn without taking the whole edge.
    public func turnMilliseconds(leaving node: Int, ref: Int) -> UInt32 {
        let root = original(node)
        guard root != node, let turned = edge(from: node, ref: ref), let straight = edge(from: root, ref: ref) else { return 0 }
        return cost[turned] > cost[straight] ? cost[turned] - cost[straight] : 0
    }

    /// The edge along directed link `ref` out of `node`, if any.
    private func edge(from node: Int, ref: Int) -> Int? {
        (Int(firstEdge[node])..<Int(firstEdge[node + 1])).first { Int(edgeLink[$0]) == ref }
    }

    /// True when an edge along directed link `ref` leaves `node`.
    func leaves(_ node: Int, ref: Int) -> Bool {
        (Int(firstEdge[node])..<Int(firstEdge[node + 1])).contains { Int(edgeLink[$0]) == ref }
    }

    /// The graph node for a network node in a layer.
    public func node(_ networkNode: Int, layer: Int) -> Int {
        layer * network.nodes.count + networkNode
    }

    /// Flat speed (km/h) of `link` in `layer`, forwards or backwards; `nil` when closed.
    public func flatSpeed(layer: Int, link: Int, backward: Bool) -> Double? {
        let v = flatSpeeds[layer][link * 2 + (backward ? 1 : 0)]
        return v > 0 ? v : nil
    }

    /// True when the layer's mode may use `link` in some direction.
    public func isAccessible(layer: Int, link: Int) -> Bool {
        flatSpeeds[layer][link * 2] > 0 || flatSpeeds[layer][link * 2 + 1] > 0
    }

    /// Weakly connected components over the profile's edges: a label per graph node
    /// (0 = largest), and the number of components that have at least one edge.
    public func components() -> (componentOf: [Int32], count: Int) {
        var finder = UnionFind(count: nodeCount)
        var touched = [Bool](repeating: false, count: nodeCount)
        for e in 0..<edgeCount {
            finder.union(Int(source[e]), Int(target[e]))
            touched[Int(source[e])] = true
            touched[Int(target[e])] = true
        }
        let labels = finder.labelsBySize()
        let withEdges = Set((0..<nodeCount).filter { touched[$0] }.map { labels.componentOf[$0] })
        return (labels.componentOf, withEdges.count)
    }

    /// Strongly connected components of each layer on its own (transfers between layers
    /// ignored): a label per graph node, and per layer the label of its largest component by
    /// road length.
    ///
    /// In `car+foot` a lane cut off from the car network is an island of the car layer even
    /// though the foot layer reaches it: a car parked there could never have driven in. And
    /// a one-way stub that leads out of the network and stops (cut by an import boundary) is
    /// a component of its own: a car there could never drive out.
    /// - Complexity: O(nodes + edges)
    public func layerComponents() -> (componentOf: [Int32], main: [Int32]) {
        let lengths = EdgeLengths(graph: self)
        let componentOf = StrongComponents.labels(firstEdge: firstEdge, target: target, include: { edgeLink[$0] >= 0 }, weight: { lengths.metres($0) })
        // Labels are ordered by size over all layers, so a layer's smallest label, over its nodes
        // and their turn copies, is its largest component.
        let n = network.nodes.count
        let base = layers.count * n
        var main = [Int32](repeating: .max, count: layers.count)
        for state in 0..<nodeCount {
            let layer = (state < base ? state : Int(copyOf[state - base])) / max(n, 1)
            main[layer] = min(main[layer], componentOf[state])
        }
        return (componentOf, main.map { $0 == .max ? 0 : $0 })
    }
}
