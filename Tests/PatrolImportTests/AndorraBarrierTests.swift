import Foundation
import Testing
import PatrolData
import PatrolImport
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// Barriers on the imported Andorra map: how many stop a car, and that car routes between
/// 50 seeded random pairs of car-network nodes, and pairs across each such barrier, never
/// pass one (as the pairs across did before the layer).
@Suite("Barriers on the imported Andorra map")
struct AndorraBarrierTests {
    /// Positions of the barriers a car cannot pass, in the working CRS.
    func carBlocking(_ map: PatrolMap) -> [Point] {
        map.barriers.filter { barrier in
            guard let kind = barrier.kind else { return false }
            return SpeedTable.car.barriers.delay(kind: kind, tags: barrier.tags, access: SpeedTable.car.access, season: .dry) == nil
        }.map(\.location)
    }

    /// How many routes of `router` between the seeded pairs pass through one of `blocking`
    /// (a vertex of the driven line other than its two ends), and how many routes were found.
    func passes(_ router: Router, pairs: [(Point, Point)], blocking: [Point]) -> (passing: Int, routed: Int) {
        let keys = Set(blocking.map { [Int64(($0.x * 100).rounded()), Int64(($0.y * 100).rounded())] })
        var passing = 0
        var routed = 0
        for (a, b) in pairs {
            guard let route = try? router.route(from: a, to: b) else { continue }
            routed += 1
            let line = route.legs.filter { $0.mode == .car }.flatMap(\.geometry)
            guard line.count > 2 else { continue }
            if line.dropFirst().dropLast().contains(where: { keys.contains([Int64(($0.x * 100).rounded()), Int64(($0.y * 100).rounded())]) }) {
                passing += 1
            }
        }
        return (passing, routed)
    }

    @Test("barrier nodes on car roads are counted, and no car route of 50 seeded pairs passes one that blocks cars")
    func noCarThroughABarrier() throws {
        let map = try ImportFixtures.andorraMap()
        let blocking = carBlocking(map)
        let router = Router(map: map, profile: .car)
        let network = router.graph.network
        // Barrier nodes on roads a car may use, and those among them that stop it.
        let onCarRoads = network.nodeBarriers.filter { node, _ in
            (network.incidentStart[Int(node)]..<network.incidentStart[Int(node) + 1]).contains {
                router.graph.isAccessible(layer: 0, link: Int(network.incidentLinks[Int($0)]) / 2)
            }
        }
        let blockingOnCarRoads = onCarRoads.filter { router.graph.passing(Int($0.key)) == nil }
        print("Andorra: \(map.barriers.count) barrier points, \(onCarRoads.count) on car roads, \(blockingOnCarRoads.count) of them stop a car")
        // osmium tags-filter n/barrier n/ford finds 7 barrier nodes in the extract (no ford); the
        // kissing gate (n321683609) is on no highway way. Of the 6, a fence and a garage door stop a car.
        #expect(map.barriers.count == 6 && onCarRoads.count == 6)
        #expect(Set(blockingOnCarRoads.values.compactMap { map.barriers[$0].kind }) == ["fence", "garage door"])

        let componentOf = router.graph.components().componentOf
        let main = network.nodes.indices.filter { componentOf[$0] == 0 && router.graph.firstEdge[$0 + 1] > router.graph.firstEdge[$0] }
        // 50 seeded random pairs, plus, across each barrier that stops a car, pairs of the next
        // vertices on either side of it: the shortest way between those went through it.
        var sample = SeededSample(seed: 14)
        let ends = sample.pick(100, from: main).map { network.nodes[$0] }
        var pairs = (0..<50).map { (ends[$0], ends[$0 + 50]) }
        for node in blockingOnCarRoads.keys.sorted() {
            let sides = (network.incidentStart[Int(node)]..<network.incidentStart[Int(node) + 1]).map { entry -> Point in
                let ref = Int(network.incidentLinks[Int(entry)])
                let geometry = network.links[ref / 2].geometry
                return ref % 2 == 0 ? geometry[1] : geometry[geometry.count - 2]
            }
            for i in sides.indices { for j in sides.indices where i != j { pairs.append((sides[i], sides[j])) } }
        }

        var before = map
        before.barriers = []
        let old = passes(Router(map: before, profile: .car), pairs: pairs, blocking: blocking)
        let new = passes(router, pairs: pairs, blocking: blocking)
        print("Andorra car routes through a car-blocking barrier: before \(old.passing) of \(old.routed), after \(new.passing) of \(new.routed)")
        #expect(new.passing == 0)
        // Most pairs route (49 of the 54 since w124674258, one carriageway of CG-2 at Encamp
        // tagged construction=primary, is left out and strands a few one-way ends).
        #expect(new.routed >= 45, "routed \(new.routed) of \(pairs.count)")
        #expect(old.passing == 2)
    }
}
