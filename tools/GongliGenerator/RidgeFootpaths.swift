import PatrolGeo

/// Footpaths over the ridges between hamlets that are close as the crow flies but far apart
/// by road: the shortcuts villagers walk, and the loops that make a wrong turn survivable.
enum RidgeFootpaths {
    /// Adds up to `count` such paths between the sites of `hamlets`.
    static func build(hamlets: [Hamlet], landscape: Landscape, network: inout RoadNetwork, count: Int, random: inout RandomSource) {
        let graph = RoadGraph(network.roads)
        let router = landscape.router
        var candidates: [(Double, Int, Int)] = []
        let sites = hamlets.enumerated().filter { $0.element.access != .township }
        for (a, ha) in sites {
            guard let na = graph.node(at: ha.site) else { continue }
            let near = sites.filter { (b, hb) in b > a && (450...1300).contains(ha.site.distance(to: hb.site)) }
            guard !near.isEmpty else { continue }
            let distances = graph.distances(from: na, limit: 6000)
            for (b, hb) in near {
                guard let nb = graph.node(at: hb.site) else { continue }
                let ratio = distances[nb] / ha.site.distance(to: hb.site)
                if ratio > 3.5 { candidates.append((-ratio * random.uniform(0.9...1.1), a, b)) }
            }
        }
        candidates.sort { $0.0 < $1.0 || ($0.0 == $1.0 && ($0.1, $0.2) < ($1.1, $1.2)) }
        var used = Set<Int>()
        var built = 0
        for (_, a, b) in candidates where built < count {
            guard !used.contains(a), !used.contains(b) else { continue }
            let from = hamlets[a].site
            let to = hamlets[b].site
            guard let route = router.route(from: from, to: .point(to), profile: .path, network: network, budget: from.distance(to: to) * 4, clearance: 40)
            else { continue }
            network.addRoute(route, kind: .path, rank: 0)
            used.insert(a)
            used.insert(b)
            built += 1
        }
    }
}
