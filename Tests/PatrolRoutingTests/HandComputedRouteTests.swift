import Foundation
import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// Routes on SampleMaps/tiny (flat, no DEM) against times worked out by hand from the speed table: car:
/// tertiary 40 km/h, unclassified 30, service 15 × 0.8 (3 m < 3.5 m comfortable width) = 12; the 2 m
/// track and the path are closed to cars.
///
/// foot: Tobler on the flat 6·e^(−0.175) = 5.036742 km/h; path × 0.95; off-road × 0.6.
@Suite("Routes on the tiny map, by hand")
struct HandComputedRouteTests {
    let toblerFlat = 6 * exp(-0.175)  // km/h
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }
    /// Seconds to cover `metres` at `kmh`, rounded to the millisecond as the graph does.
    func s(_ metres: Double, _ kmh: Double) -> Double { ((metres / (kmh / 3.6)) * 1000).rounded() / 1000 }
    var offRoad: Double { toblerFlat * 0.6 }

    func router(_ profile: TravelProfile, season: Season = .dry, map: PatrolMap? = nil) throws -> Router {
        Router(map: try map ?? Fixtures.tiny(), profile: profile, season: season)
    }

    @Test("car: station to the east police room along 小河路")
    func carStationToPoliceRoom() throws {
        // Door 20 m off-road, 1800 m of tertiary road (cut at the 700, 1000 and 1300 m junctions), door 30 m.
        let route = try router(.car).route(from: p(100, 180), to: p(1900, 230))
        let expected = s(20, offRoad) + s(600, 40) + s(300, 40) + s(300, 40) + s(600, 40) + s(30, offRoad)
        #expect(abs(route.duration - expected) < 1e-9)
        #expect(abs(route.duration - 221.562) < 1e-9)
        #expect(abs(route.distance - 1850) < 1e-9)
        #expect(abs(route.walkDistance - 50) < 1e-9)
    }

    @Test("car+foot: drive to the fork below the mountain, walk the path, cross to the lone house")
    func carFootToMountainHouse() throws {
        let h012 = p(1800, 1400)
        let route = try router(.carFoot).route(from: p(100, 180), to: h012)
        // Drive 900 m of 小河路 and 600 m of 北沟路 (30 km/h) to (1000,800); walk the 565.685 m path
        // at 0.95 × Tobler; walk 447.214 m across to the door.
        let path = (400.0 * 400 * 2).squareRoot()
        let across = (400.0 * 400 + 200 * 200).squareRoot()
        let expected = s(20, offRoad) + s(600, 40) + s(300, 40) + s(600, 30) + s(path, toblerFlat * 0.95) + s(across, offRoad)
        #expect(abs(route.duration - expected) < 1e-9)
        #expect(abs(route.finalWalkDistance - (path + across)) < 1e-6)
        #expect(route.legs.map(\.mode).contains(.car))
        #expect(route.legs.last?.mode == .foot)
    }

    @Test("foot: the whole way on foot")
    func footToMountainHouse() throws {
        let route = try router(.foot).route(from: p(100, 180), to: p(1800, 1400))
        let path = (400.0 * 400 * 2).squareRoot()
        let across = (400.0 * 400 + 200 * 200).squareRoot()
        let expected = s(20, offRoad) + s(600, toblerFlat) + s(300, toblerFlat) + s(600, toblerFlat) + s(path, toblerFlat * 0.95) + s(across, offRoad)
        #expect(abs(route.duration - expected) < 1e-9)
        #expect(abs(route.walkDistance - route.distance) < 1e-9)
    }

    @Test("motorcycle: rides the path (10 km/h × dirt 0.55) instead of walking it")
    func motorcycleRidesThePath() throws {
        let route = try router(.motorcycle).route(from: p(100, 180), to: p(1800, 1400))
        let path = (400.0 * 400 * 2).squareRoot()
        let across = (400.0 * 400 + 200 * 200).squareRoot()
        let expected = s(20, offRoad) + s(600, 40) + s(300, 40) + s(600, 30) + s(path, 10 * 0.55) + s(across, offRoad)
        #expect(abs(route.duration - expected) < 1e-9)
    }

    @Test("a car cannot use the bridge as a shortcut onto 北沟路")
    func bridgeIsNotAJunction() throws {
        // From 北沟路 at (1000,650) to the bridge at (1050,500): if the bridge joined 北沟路 this
        // would be 200 m; it must go round by 小河路 and the east lane: 450 + 300 + 500 + 50.
        let route = try router(.car).route(from: p(1000, 650), to: p(1050, 500))
        #expect(abs(route.distance - (450 + 300 + 500 + 50)) < 1e-6)
    }

    @Test("a point exactly on a node starts there without a door walk")
    func nodeToNode() throws {
        let route = try router(.car).route(from: p(700, 200), to: p(1000, 200))
        #expect(abs(route.duration - s(300, 40)) < 1e-9)
        #expect(route.walkDistance == 0)
    }

    @Test("two places nearer each other than to their road walk straight across; far ones keep to the roads")
    func walkAcross() throws {
        let car = try router(.carFoot)
        // The lone house to a point 100 m west of it: both ~400 m from the nearest road.
        let near = try car.route(from: p(1800, 1400), to: p(1700, 1400))
        #expect(near.legs.count == 1)
        #expect(abs(near.duration - s(100, offRoad)) < 1e-9)
        #expect(try car.route(from: p(1800, 1400), to: p(1800, 1400)).duration == 0)
        // The station to the lone house is 2 km across: no.
        #expect(try car.route(from: p(100, 180), to: p(1800, 1400)).legs.count > 1)
    }
}
