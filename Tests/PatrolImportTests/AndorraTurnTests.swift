import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// Turn restrictions on the real Andorra network.
///
/// The 2013 extract has no `type=restriction` relation (`osmium tags-filter -R andorra.osm.pbf
/// r/type=restriction` keeps none; its 74 relations are boundaries, routes, sites and
/// multipolygons), so the import finds none. To route through real junctions anyway, the test
/// bans one turn at each of 24 junctions of the imported network (every fourth an `only_*`
/// that allows one turn), and checks every car route between their from and to roads with an
/// independent checker over the route's links, and with an edge-based Dijkstra of its own.
@Suite("Turn restrictions on the Andorra import")
struct AndorraTurnTests {
    /// One synthetic restriction: arriving along directed link `from` at `node`, leaving along `to`.
    struct Banned {
        var node: Int
        var from: Int
        var to: Int
        var rule: TurnRestriction.Rule
    }

    @Test("the import reads Andorra's 74 relations and finds no turn restriction, as osmium does")
    func counted() throws {
        let (folder, report) = try ImportFixtures.andorraPBF()
        #expect(report.relationsRead == 74)
        #expect(report.turns.relations == 0 && report.turns.kept == 0 && report.turns.dropped.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/turns.geojson"))
    }

    /// Directed link arriving at `node` along `link`, and leaving it.
    static func arriving(_ network: RoadNetwork, _ link: Int, at node: Int) -> Int { network.links[link].to == node ? link * 2 : link * 2 + 1 }
    static func leaving(_ network: RoadNetwork, _ link: Int, at node: Int) -> Int { network.links[link].from == node ? link * 2 : link * 2 + 1 }

    /// 24 junctions with three or more two-way car links, spread over the network; at each the
    /// first two links make the banned turn (the `only_*` ones allow the third link only).
    static func synthetic(_ graph: RoutingGraph) -> [Banned] {
        let network = graph.network
        func twoWay(_ link: Int) -> Bool {
            network.links[link].from != network.links[link].to && graph.flatSpeed(layer: 0, link: link, backward: false) != nil
                && graph.flatSpeed(layer: 0, link: link, backward: true) != nil && network.links[link].length > 20
        }
        let junctions = network.nodes.indices.filter { node in
            let links = (Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1])).map { Int(network.incidentLinks[$0]) / 2 }
            return links.count >= 3 && Set(links).count == links.count && links.allSatisfy(twoWay) && graph.passing(node) == 0
        }
        let step = max(1, junctions.count / 24)
        return stride(from: 0, to: junctions.count, by: step).prefix(24).enumerated().map { k, i in
            let node = junctions[i]
            let links = (Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1])).map { Int(network.incidentLinks[$0]) / 2 }
            let only = k % 4 == 3
            return Banned(
                node: node, from: arriving(network, links[0], at: node), to: leaving(network, links[only ? 2 : 1], at: node), rule: only ? .only : .no)
        }
    }

    /// The restriction's path: the from link's vertex before the junction, the junction, the to link's vertex after it.
    static func restriction(_ banned: Banned, _ network: RoadNetwork, index: Int) -> TurnRestriction {
        func geometry(_ ref: Int) -> [Point] {
            let g = network.links[ref / 2].geometry
            return ref % 2 == 0 ? g : g.reversed()
        }
        let from = geometry(banned.from)
        let to = geometry(banned.to)
        return TurnRestriction(
            feature: index, id: "s\(index)", tags: ["restriction": banned.rule == .no ? "no_straight_on" : "only_right_turn"],
            path: [from[from.count - 2], network.nodes[banned.node], to[1]])
    }

    /// True when the directed links `refs` (a route's, in order) make a turn one of `bans` forbids.
    static func breaks(_ refs: [Int], _ bans: [Banned]) -> Bool {
        zip(refs, refs.dropFirst()).contains { a, b in
            bans.contains { $0.from == a && ($0.rule == .no ? $0.to == b : $0.to != b) }
        }
    }

    static func refs(_ route: Route) -> [Int] {
        route.legs.compactMap { leg in
            if case .road(let link, let backward) = leg.kind { link * 2 + (backward ? 1 : 0) } else { nil }
        }
    }

    /// An edge-based Dijkstra of the test's own on the graph without restrictions: the state is
    /// the directed link last driven, and a banned turn is simply not taken.
    static func edgeBased(_ graph: RoutingGraph, from source: Int, to target: Int, bans: [Banned]) -> Int64? {
        var done = Set<Int>()  // edges whose end was settled, with the time on arriving there
        var heap: [(time: Int64, edge: Int)] = []
        func push(_ item: (time: Int64, edge: Int)) {
            heap.append(item)
            var i = heap.count - 1
            while i > 0, heap[(i - 1) / 2] > heap[i] {
                heap.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        func pop() -> (time: Int64, edge: Int) {
            let top = heap[0]
            heap.swapAt(0, heap.count - 1)
            heap.removeLast()
            var i = 0
            while true {
                var m = i
                for c in [2 * i + 1, 2 * i + 2] where c < heap.count && heap[c] < heap[m] { m = c }
                if m == i { return top }
                heap.swapAt(i, m)
                i = m
            }
        }
        let bansFrom = Dictionary(grouping: bans, by: \.from)
        for e in Int(graph.firstEdge[source])..<Int(graph.firstEdge[source + 1]) { push((Int64(graph.cost[e]), e)) }
        while !heap.isEmpty {
            let (d, e) = pop()
            guard done.insert(e).inserted else { continue }
            let v = Int(graph.target[e])
            if v == target { return d }
            let arrived = Int(graph.edgeLink[e])
            for next in Int(graph.firstEdge[v])..<Int(graph.firstEdge[v + 1]) where !done.contains(next) {
                let leave = Int(graph.edgeLink[next])
                if (bansFrom[arrived] ?? []).contains(where: { $0.rule == .no ? $0.to == leave : $0.to != leave }) { continue }
                push((d + Int64(graph.cost[next]), next))
            }
        }
        return nil
    }

    @Test("24 restrictions at real junctions: no car route breaks one; times equal an edge-based Dijkstra, reach, dispatch and the reach matrix")
    func syntheticJunctions() throws {
        var map = try ImportFixtures.andorraMap()
        let free = Router(map: map, profile: .car)
        let network = free.graph.network
        let bans = Self.synthetic(free.graph)
        #expect(bans.count == 24)
        map.turns = bans.enumerated().map { Self.restriction($1, network, index: $0) }
        let router = Router(map: map, profile: .car)
        #expect(router.graph.network.turnLinks.map { $0.map { $0.map(Int.init) } } == bans.map { [$0.from, $0.to] })
        #expect(router.graph.copyOf.count == 24)

        var affected = 0
        var starts: [Point] = []
        var ends: [Point] = []
        for ban in bans {
            // From the far end of the from link to the far end of the link the turn would lead onto.
            let fromLink = network.links[ban.from / 2]
            let start = ban.from % 2 == 0 ? Int(fromLink.from) : Int(fromLink.to)
            let onto = ban.rule == .no ? ban.to : Self.otherLink(network, ban)
            let ontoLink = network.links[onto / 2]
            let end = onto % 2 == 0 ? Int(ontoLink.to) : Int(ontoLink.from)
            guard end != start else { continue }
            let before = try free.route(from: network.nodes[start], to: network.nodes[end])
            let after = try router.route(from: network.nodes[start], to: network.nodes[end])
            if Self.breaks(Self.refs(before), bans) { affected += 1 }
            #expect(!Self.breaks(Self.refs(after), bans), "junction \(ban.node)")
            #expect(after.milliseconds >= before.milliseconds)
            #expect(after.milliseconds == Self.edgeBased(free.graph, from: start, to: end, bans: bans), "junction \(ban.node)")
            starts.append(network.nodes[start])
            ends.append(network.nodes[end])
        }
        // The direct way makes the banned turn on most of them (elsewhere a quicker way round already existed).
        #expect(affected >= starts.count * 3 / 4, "\(affected) of \(starts.count) routes affected")
        print("Andorra synthetic restrictions: \(affected) of \(starts.count) routes affected")

        let reach = router.reach(from: [starts[0]], to: ends)
        let matrix = router.reachMatrix(from: starts, to: ends, limit: 3_600_000)
        let dispatcher = Dispatcher(router: router)
        for (k, end) in ends.enumerated() {
            let route = try router.route(from: starts[0], to: end)
            #expect(reach[k].milliseconds == route.milliseconds)
            let own = try router.route(from: starts[k], to: end)
            guard k < 8 else { continue }
            let ranking = dispatcher.rank(starts, to: end)
            #expect(ranking.first { $0.index == k }?.milliseconds == own.milliseconds)
            let entry = matrix.row(k).first { $0.0 == Int32(k) }?.1
            #expect(entry == (own.milliseconds <= 3_600_000 ? own.milliseconds : nil))
            let row0 = matrix.row(0).first { $0.0 == Int32(k) }?.1
            #expect(row0 == (route.milliseconds <= 3_600_000 ? route.milliseconds : nil))
        }
    }

    /// For an `only_*` ban, a link at its junction other than the allowed one and the from link.
    static func otherLink(_ network: RoadNetwork, _ ban: Banned) -> Int {
        let links = (Int(network.incidentStart[ban.node])..<Int(network.incidentStart[ban.node + 1])).map { Int(network.incidentLinks[$0]) / 2 }
        return leaving(network, links[1], at: ban.node)
    }
}
