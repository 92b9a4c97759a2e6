import Foundation
import PatrolGeo

/// The county road across the south through the town, and a township road from every
/// village seat to the network.
enum MajorRoads {
    /// Builds both; `seats[0]` is the town.
    ///
    /// Returns the ids of the township roads' pieces by village.
    static func build(network: inout RoadNetwork, router: RoadRouter, seats: [Point], inside: [Bool], names: PlaceNames) throws {
        let frame = router.terrain.frame
        let town = seats[0]
        // The county road enters and leaves a little outside the boundary, on flat ground,
        // at the western and eastern extremes of the southern half.
        func endPoint(east: Bool) -> Point {
            var extreme = town
            for i in 0..<frame.count where inside[i] {
                let p = frame.center(i)
                guard abs(p.y - (town.y + 700)) < 900, router.slope[i] < 0.05 else { continue }
                if east ? p.x > extreme.x : p.x < extreme.x { extreme = p }
            }
            return Point(x: extreme.x + (east ? 150 : -150), y: extreme.y)
        }
        let west = endPoint(east: false)
        let east = endPoint(east: true)
        guard let westLeg = router.route(from: west, to: .point(town), profile: .county, network: network, budget: 60_000) else {
            throw GeneratorError("no route for the county road west of the town")
        }
        network.addRoute(westLeg, kind: .county, rank: 3, name: names.countyRoad)
        guard let eastLeg = router.route(from: town, to: .point(east), profile: .county, network: network, budget: 60_000, clearance: 60) else {
            throw GeneratorError("no route for the county road east of the town")
        }
        network.addRoute(eastLeg, kind: .county, rank: 3, name: names.countyRoad)

        // Township roads, nearest village first, each to the nearest road already built.
        let order = (1..<seats.count).sorted { seats[$0].distance(to: town) < seats[$1].distance(to: town) }
        var villageOfRoad: [Int: Int] = [:]
        for v in order {
            // Where the valley is too steep for a township road's grades, the road takes the
            // steeper pitches of a lane, or in the worst case of a track.
            guard
                let route = router.route(from: seats[v], to: .network, profile: .township, network: network, budget: 40_000)
                    ?? router.route(from: seats[v], to: .network, profile: .lane, network: network, budget: 60_000)
                    ?? router.route(from: seats[v], to: .network, profile: .track, network: network, budget: 80_000)
            else {
                throw GeneratorError("no township road to \(names.villages[v])")
            }
            let from = route.joins.flatMap { villageOfRoad[$0] } ?? 0
            let name = names.roadName(from: from, to: v)
            for id in network.addRoute(route, kind: .township, rank: 3, name: name) { villageOfRoad[id] = v }
        }
    }
}
