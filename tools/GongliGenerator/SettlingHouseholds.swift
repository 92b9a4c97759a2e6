import Foundation
import PatrolGeo

/// Settling the planned households into houses, village by village.
extension GongliMap {
    /// The polylines of the roads with a vertex within `radius` of `centre`.
    static func lines(near centre: Point, radius: Double, network: RoadNetwork) -> [[Point]] {
        network.roads.filter { road in
            !road.isSpan && road.points.contains { $0.distance(to: centre) <= radius }
        }.map(\.points)
    }

    /// Houses in rows along the lanes of a tableland village; any the lanes cannot hold go
    /// along the other roads near its cores.
    static func placeTablelandVillage(
        _ v: Int, seats: [Point], count: Int, network: RoadNetwork, placement: inout HouseholdPlacement, random: inout RandomSource
    ) {
        let streets = network.roads.filter { road in
            road.kind == .street && seats.contains { seat in road.points.contains { $0.distance(to: seat) < 900 } }
        }.map(\.points)
        let spots = placement.frontage(streets, step: 11.5...13.5, offset: 10...13, maxSlope: 0.15, random: &random)
        var placed = placement.place(count, village: v, hamlet: -1, spots: spots, centre: seats[0], spacing: 9)
        var radius = 400.0
        while placed < count && radius < 3000 {
            let nearby = seats.flatMap { Self.lines(near: $0, radius: radius, network: network) }
            let extra = placement.frontage(nearby, step: 16...24, offset: 10...15, maxSlope: 0.2, random: &random)
            placed += placement.place(count - placed, village: v, hamlet: -1, spots: extra, centre: seats[0], spacing: 12)
            radius += 400
        }
    }

    /// Houses of a mountain village: each hamlet around the end of its lane, lone farmsteads
    /// beside their path, the rest strung along the roads near the village seat.
    static func placeMountainVillage(_ v: Int, hamlets: [Hamlet], network: RoadNetwork, placement: inout HouseholdPlacement, random: inout RandomSource) {
        var carry = 0
        var coreIndex: Int?
        for (h, hamlet) in hamlets.enumerated() where hamlet.village == v {
            if hamlet.access == .township {
                coreIndex = h
                continue
            }
            let spots: [Point]
            if hamlet.households == 1 && hamlet.access == .path {
                spots = (0..<8).map { k in
                    let angle = Double(k) * Double.pi / 4 + random.uniform(0...0.5)
                    return hamlet.site + Point(x: cos(angle), y: sin(angle)) * random.uniform(9...14)
                }
            } else {
                let nearby = Self.lines(near: hamlet.site, radius: 170, network: network)
                spots = placement.frontage(nearby, step: 14...22, offset: 9...15, maxSlope: 0.4, random: &random)
                    .filter { $0.distance(to: hamlet.site) < 170 }
            }
            let placed = placement.place(hamlet.households, village: v, hamlet: h, spots: spots, centre: hamlet.site, spacing: 12)
            carry += hamlet.households - placed
        }
        guard let core = coreIndex else { return }
        let count = hamlets[core].households + carry
        var placed = 0
        var radius = 700.0
        while placed < count && radius < 4000 {
            let nearby = Self.lines(near: hamlets[core].site, radius: radius, network: network)
            let spots = placement.frontage(nearby, step: 18...28, offset: 10...16, maxSlope: 0.35, random: &random)
            placed += placement.place(count - placed, village: v, hamlet: core, spots: spots, centre: hamlets[core].site, spacing: 14)
            radius += 500
        }
        // Steep villages build on terraces cut into the slope, and dig cave dwellings (窑洞)
        // into the loess: take what ground is left, steeper and steeper.
        let everywhere = network.roads.filter { !$0.isSpan }.map(\.points)
        for steepest in [0.55, 0.9] where placed < count {
            let spots = placement.frontage(everywhere, step: 12...18, offset: 9...14, maxSlope: steepest, random: &random)
            placed += placement.place(count - placed, village: v, hamlet: core, spots: spots, centre: hamlets[core].site, spacing: 10)
        }
    }
}
