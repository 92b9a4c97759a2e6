import Foundation
import PatrolGeo

/// The street plan of the tableland villages: in the Guanzhong manner, straight parallel
/// lanes of courtyard houses crossing a spine street, laid out on the flat top of the
/// tableland and stopping short of the gully rims.
enum VillageStreets {
    /// One village core (自然村): where it is and how many households its lanes should hold.
    struct Cluster {
        var village: Int
        var seat: Point
        var households: Int
    }

    /// Lays out every tableland village: the main core around its seat (the town's lanes run along the
    /// county road) and one or two smaller cores joined to the network by a lane.
    ///
    /// Returns the seats of each village's cores, main core first.
    static func layOutTablelandVillages(
        seats: [Point], tablelandCount: Int, plan: PopulationPlan, network: inout RoadNetwork, landscape: Landscape, random: RandomSource
    ) -> [[Point]] {
        var random = random
        let router = landscape.router
        var clusterSeats: [[Point]] = []
        for v in 0..<tablelandCount {
            let satellites = v == 0 ? 0 : random.int(1...2)
            let mainShare = satellites == 0 ? 1.0 : random.uniform(0.55...0.7)
            let axis = v == 0 ? network.direction(at: seats[0]) ?? 0 : random.uniform(-0.2...0.2)
            let main = Cluster(village: v, seat: seats[v], households: Int(Double(plan.households[v]) * mainShare))
            layOut(main, axis: axis, network: &network, landscape: landscape, random: &random)
            var placed = [seats[v]]
            for _ in 0..<satellites {
                guard let seat = satelliteSeat(village: v, avoiding: placed, landscape: landscape, network: network, random: &random),
                    let route = router.route(from: seat, to: .network, profile: .lane, network: network, budget: 6000)
                else { continue }
                network.addRoute(route, kind: .lane, rank: 2)
                placed.append(seat)
                let share = (1 - mainShare) / Double(satellites)
                let cluster = Cluster(village: v, seat: seat, households: Int(Double(plan.households[v]) * share))
                layOut(cluster, axis: axis + random.uniform(-0.15...0.15), network: &network, landscape: landscape, random: &random)
            }
            clusterSeats.append(placed)
        }
        return clusterSeats
    }

    /// Lays out the lanes of one cluster around `cluster.seat`, which must already be a
    /// vertex of the network, with lanes parallel to `axis` (radians from east).
    ///
    /// - Complexity: O(lanes × lane length / 10 m) terrain checks, plus the joins.
    static func layOut(_ cluster: Cluster, axis: Double, network: inout RoadNetwork, landscape: Landscape, random: inout RandomSource) {
        let along = Point(x: cos(axis), y: sin(axis))
        let across = Point(x: -sin(axis), y: cos(axis))
        let spacing = random.uniform(52...62)
        // Both sides of a lane hold a courtyard every ~12.5 m.
        let frontage = Double(cluster.households) * 12.5 / 2 * 1.15
        let laneLength = Swift.min(Swift.max((frontage * spacing * 1.3).squareRoot(), 220), 720)
        let laneCount = Swift.max(Int((frontage / laneLength).rounded(.up)), 1)

        func buildable(_ p: Point) -> Bool {
            guard let c = landscape.frame.cell(containing: p) else { return false }
            return landscape.inside[c] && landscape.territories.labels[c] == cluster.village
                && landscape.slope[c] < 0.1 && !landscape.stream[c] && !landscape.blocked[c]
        }
        // How far a straight line from `p` in direction `d` stays on good ground, up to `limit`.
        func reach(_ p: Point, _ d: Point, limit: Double) -> Double {
            var t = 0.0
            while t + 10 <= limit, buildable(p + d * (t + 10)) { t += 10 }
            return t
        }
        // Lanes sit at half-spacing offsets so none runs along the road that reaches the seat.
        let half = Double(laneCount - 1) / 2 + 0.5
        let northReach = reach(cluster.seat, across, limit: half * spacing)
        let southReach = reach(cluster.seat, across * -1, limit: half * spacing)
        var lanes: [[Point]] = []
        var spinePoints: [Point] = []
        for k in 0..<laneCount {
            let offset = (Double(k) - Double(laneCount - 1) / 2) * spacing
            guard offset <= northReach, -offset <= southReach else { continue }
            let base = cluster.seat + across * offset
            let east = reach(base, along, limit: laneLength / 2 * random.uniform(0.7...1.3))
            let west = reach(base, along * -1, limit: laneLength / 2 * random.uniform(0.7...1.3))
            guard east + west >= 60 else { continue }
            var lane: [Point] = []
            if west >= 10 { lane.append(base + along * -west) }
            lane.append(base)
            if east >= 10 { lane.append(base + along * east) }
            lanes.append(lane)
            spinePoints.append(base)
        }
        guard !lanes.isEmpty else { return }
        // The spine runs from the first lane to the last through the seat.
        var spine = (spinePoints + [cluster.seat]).sorted { dot($0 - cluster.seat, across) < dot($1 - cluster.seat, across) }
        spine = spine.enumerated().filter { $0.offset == 0 || $0.element != spine[$0.offset - 1] }.map(\.element)
        if spine.count > 1 {
            network.addJoiningCrossings(RoadNetwork.Road(points: spine, kind: .street, rank: 2))
        }
        for lane in lanes {
            network.addJoiningCrossings(RoadNetwork.Road(points: lane, kind: .street, rank: 2))
        }
    }

    private static func dot(_ a: Point, _ b: Point) -> Double { a.x * b.x + a.y * b.y }

    /// A flat spot for a second village core, well away from the first and from roads.
    static func satelliteSeat(village: Int, avoiding seats: [Point], landscape: Landscape, network: RoadNetwork, random: inout RandomSource) -> Point? {
        let frame = landscape.frame
        var best: Point?
        var bestScore = 0.0
        for i in 0..<frame.count where landscape.territories.labels[i] == village {
            guard landscape.slope[i] < 0.04, landscape.rimDistance[i] > 150 else { continue }
            let p = frame.center(i)
            let nearest = seats.map { $0.distance(to: p) }.min()!
            guard nearest > 650 else { continue }
            let row = i / frame.columns
            let column = i % frame.columns
            var clear = true
            for dr in stride(from: -5, through: 5, by: 1) where clear {
                for dc in stride(from: -5, through: 5, by: 1) {
                    if let j = frame.index(row: row + dr, column: column + dc), !network.isFree(j) {
                        clear = false
                        break
                    }
                }
            }
            guard clear else { continue }
            let score = Swift.min(nearest, 1400) * random.uniform(0.7...1.0)
            if score > bestScore {
                bestScore = score
                best = p
            }
        }
        return best
    }
}
