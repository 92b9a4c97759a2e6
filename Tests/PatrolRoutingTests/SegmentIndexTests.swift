import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// The nearest-road search: exact against a scan of every segment, and immediate however far
/// away the place is.
@Suite("Nearest road at any distance")
struct SegmentIndexTests {
    /// The nearest distance from `p` to any segment, by looking at every one.
    func linearScan(_ p: Point, _ network: RoadNetwork) -> Double {
        var best = Double.infinity
        for link in network.links {
            for s in 0..<(link.geometry.count - 1) {
                let (q, _) = Polyline.closestPoint(to: p, onSegmentFrom: link.geometry[s], to: link.geometry[s + 1])
                best = min(best, p.distance(to: q))
            }
        }
        return best
    }

    @Test("the index finds what a scan of every segment finds, inside, beside and far outside the map")
    func matchesLinearScan() throws {
        let network = NetworkBuilder.build(roads: try Fixtures.tiny().roads)
        let index = SegmentIndex(network: network, cellSize: 50)
        var sample = SeededSample(seed: 13)
        let (x0, y0) = Fixtures.tinyOrigin
        var places: [Point] = []
        for _ in 0..<300 {
            // Over a box reaching 10 km beyond the 2 × 1.5 km map on every side, to the decimetre.
            let (dx, dy) = (Double(sample.next() % 220_000) / 10, Double(sample.next() % 215_000) / 10)
            places.append(Point(x: x0 - 10_000 + dx, y: y0 - 10_000 + dy))
        }
        places += [Point(x: 0, y: 0), Point(x: 1e9, y: 0), Point(x: -1e12, y: 1e12), Point(x: x0 + 1000, y: 1e7)]
        for p in places {
            let found = try #require(index.nearest(to: p, in: network) { _ in true })
            #expect(abs(found.closest.distance - linearScan(p, network)) <= 1e-6 * max(1, found.closest.distance), "\(p)")
        }
    }

    @Test("a place beyond the limit is answered with nothing, and a non-finite one too")
    func limits() throws {
        let network = NetworkBuilder.build(roads: try Fixtures.tiny().roads)
        let index = SegmentIndex(network: network)
        let (x0, y0) = Fixtures.tinyOrigin
        // 6 km south of the map's southern road (y = 200): beyond 5 km, within 7 km.
        let south = Point(x: x0 + 1000, y: y0 + 200 - 6_000)
        #expect(index.nearest(to: south, in: network, maxDistance: 5_000) { _ in true }?.closest == nil)
        #expect(abs((index.nearest(to: south, in: network, maxDistance: 7_000) { _ in true }?.closest.distance ?? 0) - 6_000) < 1e-6)
        #expect(index.nearest(to: Point(x: .nan, y: y0), in: network) { _ in true }?.closest == nil)
        #expect(index.nearest(to: Point(x: .infinity, y: y0), in: network) { _ in true }?.closest == nil)
    }

    @Test(
        "on gongli, places thousands of km away are answered at once",
        arguments: [
            Point(x: 0, y: 0), Point(x: 1e9, y: 0), Point(x: 1e150, y: -1e150), Point(x: 3e6, y: 1e6),
        ])
    func farOnGongli(_ p: Point) throws {
        let router = try Fixtures.gongliRouter(.carFoot)
        let clock = ContinuousClock()
        var nearest: Point?
        let elapsed = clock.measure { nearest = router.nearestRoadPoint(p) }
        // A hang guard, not a benchmark: the old ring search took seconds at 1,000 km and never ended beyond.
        #expect(elapsed < .seconds(2), "\(elapsed)")
        let road = try #require(nearest)
        let scanned = linearScan(p, router.graph.network)
        #expect(abs(p.distance(to: road) - scanned) <= 1e-9 * scanned)
        #expect(router.snaps(p).isEmpty)
    }
}
