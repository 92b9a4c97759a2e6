import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
@testable import PatrolAnalysis
import _PatrolTestSupport

/// Coverage of SampleMaps/tiny against hand computations (see HandComputedRouteTests for the
/// speeds): off-road walking at 0.6 × Tobler = 0.839457 m/s, tertiary road 40 km/h by car.
@Suite("Coverage of the tiny map, by hand")
struct TinyCoverageTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }
    let walk = 6 * exp(-0.175) * 0.6 / 3.6  // m/s off-road
    func ms(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    func run(_ minutes: [Double] = [2, 5, 10, 15]) throws -> (PatrolMap, CoverageResult) {
        let map = try Fixtures.tiny()
        return (map, CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings(minutes: minutes)))
    }

    @Test("household times and the 2-minute figures")
    func households() throws {
        let (map, result) = try run()
        func seconds(_ id: String) -> Double? { result.households[map.households.firstIndex { $0.id == id }!].seconds }
        // H001 (300,230): station door 20 m, 200 m of 小河路 by car, 30 m across to the door.
        #expect(abs(seconds("H001")! - (ms(20 / walk) + 18 + ms(30 / walk))) < 1e-9)
        // H008 (1600,160): from 东村警务室 (1900,230): door 30 m, 300 m by car, door 40 m.
        #expect(abs(seconds("H008")! - (ms(30 / walk) + 27 + ms(40 / walk))) < 1e-9)
        #expect(result.households[map.households.firstIndex { $0.id == "H008" }!].post == 1)
        // H012: the car+foot route of HandComputedRouteTests, 18:55.
        #expect(abs(seconds("H012")! - 1135.17) < 0.01)
        // Within 2 minutes: H001 (77.6 s), H002 (95.6 s) and H008 (110.4 s); 4 + 2 + 2 residents.
        let two = result.thresholds[0]
        #expect(two.households == 3)
        #expect(two.residents == 8)
        #expect(abs(two.householdsShare - 0.25) < 1e-12)
        #expect(result.uncovered.map { map.households[$0.household].id } == ["H012"])
    }

    @Test("every household's time equals the fastest route from any post")
    func equalsRoutes() throws {
        let (map, result) = try run()
        let router = Router(map: map, profile: .carFoot)
        for h in result.households {
            let best = map.posts.compactMap { try? router.route(from: $0.location, to: map.households[h.household].location).milliseconds }.min()
            #expect(h.seconds.map { Int64(($0 * 1000).rounded()) } == best)
        }
    }

    @Test("a cell's time: road time to the nearest road point plus the walk across")
    func cellByHand() throws {
        let (_, result) = try run()
        // Cell centred at (125,275): 75 m north of 小河路. Station door 20 m, 25 m by car, 75 m across.
        let cell = try #require(result.samples.cell(containing: p(125, 275)))
        #expect(result.samples.center(of: cell) == p(125, 275))
        #expect(abs(result.cellSeconds[cell] - (ms(20 / walk) + 2.25 + ms(75 / walk))) < 1e-9)
    }

    @Test("area grows with the threshold, never exceeds the jurisdiction, and reaches all of it")
    func areas() throws {
        let (map, result) = try run([2, 5, 10, 15, 600])
        let total = map.jurisdiction.geodesicArea / 1e6
        var previous = 0.0
        for t in result.thresholds {
            #expect(t.areaKm2 >= previous)
            #expect(t.areaKm2 <= total + 1e-9)
            #expect(abs(t.areaShare * total - t.areaKm2) < 1e-9)
            previous = t.areaKm2
        }
        #expect(abs(result.thresholds.last!.areaKm2 - total) < 1e-9)
        #expect(result.blindSpots.isEmpty)
        // The villages split the area; each village's area share is its own.
        let villageSum = result.villages.reduce(0) { $0 + $1.thresholds.last!.areaKm2 }
        #expect(abs(villageSum - total) < 1e-6)
    }

    @Test("isochrone polygons enclose about the raster's area")
    func isochrones() throws {
        let (_, result) = try run()
        for (iso, figures) in zip(result.isochrones, result.thresholds) where figures.areaKm2 > 0.1 {
            let polygonArea = iso.polygons.reduce(0) { $0 + $1.area } / 1e6
            #expect(abs(polygonArea - figures.areaKm2) / figures.areaKm2 < 0.1)
        }
    }

    @Test("the blind spot beyond 15 minutes holds the lone mountain house")
    func blindSpot() throws {
        let (map, result) = try run()
        let spot = try #require(result.blindSpots.first)
        #expect(spot.households.map { map.households[$0].id } == ["H012"])
        #expect(spot.village == "东村")
        #expect(spot.polygons.contains { $0.contains(map.households[spot.households[0]].location) })
    }

    @Test("adding a post at the lone house covers it; closing the east room slows the east")
    func scenarios() throws {
        let map = try Fixtures.tiny()
        let settings = CoverageSettings(minutes: [2, 5, 10, 15])
        let h012 = map.households.first { $0.id == "H012" }!
        var added = map.posts
        added.append(Post(name: "new", kind: .policeRoom, phone: "", location: h012.location, sourceCoordinate: h012.sourceCoordinate))
        let with = CoverageAnalysis.run(map: map, posts: added, settings: settings)
        #expect(with.uncovered.isEmpty)
        let without = CoverageAnalysis.run(map: map, posts: [map.posts[0]], settings: settings)
        let base = CoverageAnalysis.run(map: map, posts: map.posts, settings: settings)
        #expect(without.thresholds[0].households < base.thresholds[0].households)
        #expect(without.thresholds.last!.areaKm2 <= base.thresholds.last!.areaKm2)
    }
}
