import Foundation
import PatrolGeo

/// Farm tracks across the tableland fields: straight on from the village lanes along the
/// field strips, out to plots away from the villages, and across to the next village.
enum FieldTracks {
    /// Builds the tracks of tableland village `village`.
    static func build(village: Int, landscape: Landscape, network: inout RoadNetwork, random: inout RandomSource) {
        let frame = landscape.frame
        func buildable(_ p: Point) -> Bool {
            guard let c = frame.cell(containing: p) else { return false }
            return landscape.inside[c] && landscape.territories.labels[c] == village && landscape.slope[c] < 0.12
                && !landscape.stream[c] && !landscape.blocked[c]
        }
        // Lane ends of this village's streets carry on as tracks between the fields.
        let laneIDs = network.roads.indices.filter { id in
            let road = network.roads[id]
            guard road.kind == .street, let c = frame.cell(containing: road.points[0]) else { return false }
            return landscape.territories.labels[c] == village
        }
        for id in laneIDs {
            let road = network.roads[id]
            for (end, before) in [(road.points[0], road.points[1]), (road.points[road.points.count - 1], road.points[road.points.count - 2])] {
                guard random.chance(0.65) else { continue }
                let length = end.distance(to: before)
                guard length > 1 else { continue }
                var direction = (end - before) * (1 / length)
                // Field strips bend a little at their boundaries.
                let turn = random.uniform(-0.12...0.12)
                direction = Point(x: direction.x * cos(turn) - direction.y * sin(turn), y: direction.x * sin(turn) + direction.y * cos(turn))
                let limit = random.uniform(200...900)
                var t = 0.0
                while t + 10 <= limit, buildable(end + direction * (t + 10)) { t += 10 }
                guard t >= 60 else { continue }
                let target = end + direction * t
                // Stop short of any road in the way rather than running into it.
                let cells = RoadNetwork.cells(along: [end + direction * 15, target], frame: frame)
                guard cells.allSatisfy({ network.isFree($0) }) else { continue }
                network.addJoiningCrossings(RoadNetwork.Road(points: [end, target], kind: .track, rank: 1))
            }
        }
        // Tracks from the network out to plots far from the village.
        let router = landscape.router
        let roadDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { !network.isFree($0) })
        var plots: [(Double, Int)] = []
        for i in 0..<frame.count where landscape.territories.labels[i] == village && landscape.slope[i] < 0.08 {
            if (350...1100).contains(roadDistance[i]) { plots.append((random.unit(), i)) }
        }
        plots.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var built: [Point] = []
        for (_, i) in plots where built.count < 8 {
            let p = frame.center(i)
            guard built.allSatisfy({ $0.distance(to: p) > 450 }), network.isFree(i),
                let route = router.route(from: p, to: .network, profile: .track, network: network, budget: 2500)
            else { continue }
            network.addRoute(route, kind: .track, rank: 1)
            built.append(p)
        }
    }

    /// Tracks between neighbouring villages, from the end of a street in one to the end of a
    /// street in the other, so the tableland has a few loops besides the main roads.
    static func connect(villages: Range<Int>, landscape: Landscape, network: inout RoadNetwork, count: Int, random: inout RandomSource) {
        let frame = landscape.frame
        var ends: [(village: Int, point: Point)] = []
        for road in network.roads where road.kind == .street {
            guard let c = frame.cell(containing: road.points[0]) else { continue }
            let v = landscape.territories.labels[c]
            guard villages.contains(v) else { continue }
            ends.append((v, road.points[0]))
            ends.append((v, road.points[road.points.count - 1]))
        }
        var pairs: [(Double, Int, Int)] = []
        for i in ends.indices {
            for j in ends.indices where ends[i].village < ends[j].village {
                let d = ends[i].point.distance(to: ends[j].point)
                if (500...1600).contains(d) { pairs.append((d * random.uniform(0.8...1.2), i, j)) }
            }
        }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && ($0.1, $0.2) < ($1.1, $1.2)) }
        var linked = Set<[Int]>()
        var attempts: [[Int]: Int] = [:]
        let router = landscape.router
        for (d, i, j) in pairs where linked.count < count {
            // Two tries per pair of villages: if a gully lies between them, so be it.
            let key = [ends[i].village, ends[j].village]
            guard !linked.contains(key), attempts[key, default: 0] < 2 else { continue }
            attempts[key, default: 0] += 1
            guard
                let route = router.route(
                    from: ends[i].point, to: .point(ends[j].point), profile: .track, network: network, budget: d * 2.5, clearance: 40)
            else { continue }
            network.addRoute(route, kind: .track, rank: 1)
            linked.insert(key)
        }
    }
}
