public import PatrolData

/// Grades of bridges and tunnels taken from their portals, not from the terrain above or below them.
///
/// The bridge and tunnel links of a network form chains. A chain's portals are its nodes where
/// a ground-level link meets it, or where it ends; their elevations come from the DEM. Every
/// other node of the chain gets the portals' elevations weighted by the inverse of their
/// distance along the chain (for a chain between two portals, exactly the straight line from
/// one portal to the other), and every link of it the constant grade between its two nodes.
/// A tunnel through a ridge is thus driven at the gentle grade between its mouths, and a
/// bridge over a gorge is not a plunge down to the river and back.
public struct PortalGrades: Sendable {
    /// The grade (rise over run, along the link's geometry) of each bridge or tunnel link
    /// whose portals have an elevation; ground-level links are absent.
    public let gradeOfLink: [Int: Double]

    /// Computes the grades of `network`'s bridges and tunnels from `elevation` (none without a DEM).
    ///
    /// - Complexity: O(P × (L + N) log N) for P portals of chains of L links and N nodes in all.
    public init(network: RoadNetwork, elevation: ElevationGrid?) {
        guard let elevation else {
            gradeOfLink = [:]
            return
        }
        let raised = network.links.map { network.roads[Int($0.road)].isBridgeOrTunnel }
        guard raised.contains(true) else {
            gradeOfLink = [:]
            return
        }
        var portalElevation: [Int: Double] = [:]
        for node in 0..<network.nodes.count {
            let ends = Self.incident(network, node)
            guard ends.contains(where: { raised[$0.link] }) else { continue }
            let onGround = ends.contains { !raised[$0.link] }
            guard onGround || ends.count == 1, let z = elevation.elevation(at: network.nodes[node]) else { continue }
            portalElevation[node] = z
        }
        // Σ z/d and Σ 1/d per inner node, over the portals that reach it without passing another portal.
        var weighted: [Int: (sum: Double, weight: Double)] = [:]
        for (portal, z) in portalElevation.sorted(by: { $0.key < $1.key }) {
            for (node, distance) in Self.distances(network, raised: raised, from: portal, portals: portalElevation) where distance > 0 {
                weighted[node, default: (0, 0)].sum += z / distance
                weighted[node, default: (0, 0)].weight += 1 / distance
            }
        }
        func height(_ node: Int) -> Double? {
            if let z = portalElevation[node] { return z }
            return weighted[node].map { $0.sum / $0.weight }
        }
        var grades: [Int: Double] = [:]
        for (i, link) in network.links.enumerated() where raised[i] && link.length > 0 {
            guard let z0 = height(Int(link.from)), let z1 = height(Int(link.to)) else { continue }
            grades[i] = max(-TravelTime.maximumGrade, min(TravelTime.maximumGrade, (z1 - z0) / link.length))
        }
        gradeOfLink = grades
    }

    /// The links at `node`, each with the node at its other end.
    private static func incident(_ network: RoadNetwork, _ node: Int) -> [(link: Int, other: Int)] {
        (Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1])).map { i in
            let code = Int(network.incidentLinks[i])
            let link = network.links[code / 2]
            return (code / 2, Int(code % 2 == 0 ? link.to : link.from))
        }
    }

    /// Distances along bridge and tunnel links from `portal` to the nodes it reaches, stopping at other portals.
    private static func distances(_ network: RoadNetwork, raised: [Bool], from portal: Int, portals: [Int: Double]) -> [Int: Double] {
        var best: [Int: Double] = [portal: 0]
        var heap = QuadHeap()
        heap.push(0, Int32(portal), slot: Int32(portal))
        var settled: Set<Int> = []
        while let entry = heap.pop() {
            let node = Int(entry.node)
            guard settled.insert(node).inserted else { continue }
            guard node == portal || portals[node] == nil else { continue }
            for (link, other) in incident(network, node) where raised[link] {
                let d = best[node]! + network.links[link].length
                if d < best[other] ?? .infinity {
                    best[other] = d
                    heap.push(Int64((d * 1000).rounded()), Int32(other), slot: Int32(other))
                }
            }
        }
        return best
    }
}
