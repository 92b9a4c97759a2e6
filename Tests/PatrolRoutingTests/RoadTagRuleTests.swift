import Foundation
import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

/// `maxspeed`, `junction=circular` and `oneway=reversible`: the parser, the rules, and a
/// hand-made map (SampleMaps/tiny) that carries them in `roads.geojson`.
@Suite("Road tags: maxspeed, circular junctions, reversible lanes")
struct RoadTagRuleTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }

    @Test("maxspeed values: numbers, units, zones, none, walk, lists; junk is nil")
    func parsing() {
        #expect(MaxSpeed("50") == .limit(50))
        #expect(MaxSpeed("50 km/h") == .limit(50) && MaxSpeed("50kmh") == .limit(50))
        #expect(MaxSpeed("30 mph") == .limit(30 * 1.609344) && MaxSpeed("30mph") == .limit(30 * 1.609344))
        #expect(MaxSpeed("CN:rural") == .limit(70) && MaxSpeed("AD:urban") == .limit(50) && MaxSpeed("FR:motorway") == .limit(130))
        #expect(MaxSpeed("DE:zone30") == .limit(30) && MaxSpeed("DE:zone:20") == .limit(20))
        #expect(MaxSpeed("none") == .unlimited && MaxSpeed("DE:motorway") == .unlimited)
        #expect(MaxSpeed("walk") == .limit(MaxSpeed.walkingPace))
        #expect(MaxSpeed("60;40") == .limit(40))
        for junk in ["", "signals", "fast", "0", "-30", "500", "CN:unknown", "30 knots", "50;x", "nan", "inf"] {
            #expect(MaxSpeed(junk) == nil, "\(junk)")
        }
    }

    @Test("maxspeed caps the class speed of vehicles before the surface factor; walkers ignore it")
    func capping() {
        let road = ["highway": "secondary", "maxspeed": "30", "surface": "gravel"]
        #expect(RoadRules.flatSpeed(tags: road, mode: .car, season: .dry) == 30 * 0.7)
        #expect(RoadRules.flatSpeed(tags: road, mode: .foot, season: .dry) == SlopeSpeed.toblerFlat)
        #expect(RoadRules.flatSpeed(tags: ["highway": "secondary", "maxspeed": "80"], mode: .car, season: .dry) == 50)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "tracktype": "grade1", "maxspeed": "20"], mode: .car, season: .dry) == 20)
    }

    @Test("junction=circular is one way like a roundabout; oneway=reversible is closed to vehicles, not to walkers")
    func onewayRules() {
        #expect(RoadRules(tags: ["highway": "primary", "junction": "circular"], mode: .car, season: .dry).backward == nil)
        #expect(RoadRules(tags: ["highway": "primary", "junction": "circular"], mode: .car, season: .dry).forward == 60)
        #expect(RoadRules(tags: ["highway": "primary", "junction": "circular", "oneway": "no"], mode: .car, season: .dry).backward == 60)
        let reversible = ["highway": "primary", "oneway": "reversible"]
        #expect(!RoadRules(tags: reversible, mode: .car, season: .dry).isAccessible)
        #expect(!RoadRules(tags: reversible, mode: .motorcycle, season: .dry).isAccessible)
        #expect(RoadRules(tags: reversible, mode: .foot, season: .dry).backward != nil)
        #expect(BranchClosure(tags: reversible, mode: .car, season: .dry, tables: .builtIn, backward: false) == .oneWay)
    }

    @Test("a hand-made map: maxspeed 20 on 北沟路 costs 36 s more (600 m at 20 instead of 30 km/h); junk is a located warning")
    func handMadeMap() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let before = try Router(map: MapLoader.load(copy.path), profile: .car).route(from: p(100, 180), to: p(1000, 800))
        try copy.edit("roads.geojson") {
            $0.replacingOccurrences(of: #""name":"北沟路","#, with: #""name":"北沟路","maxspeed":"20","#)
                .replacingOccurrences(of: #""name":"小河路","#, with: #""name":"小河路","maxspeed":"fast","#)
        }
        let map = try MapLoader.load(copy.path)
        let after = try Router(map: map, profile: .car).route(from: p(100, 180), to: p(1000, 800))
        #expect(abs(after.duration - before.duration - 36) < 1e-9)
        #expect(after.distance == before.distance)
        let warnings = map.issues.filter { $0.field == "maxspeed" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning && warnings.first?.file == "roads.geojson" && warnings.first?.feature == 0)
        #expect(warnings.first?.line == 2)
        #expect(warnings.first?.message.en == "maxspeed 'fast' is not a speed, a known zone, 'none' or 'walk'; ignored")
    }

    @Test("a motorcycle route on the tiny map's grade 3 track carries a note; the car, kept off it (2 m wide), does not")
    func trackNote() throws {
        let map = try MapLoader.load(Fixtures.tinyPath)
        // From 北沟路's north end (1000, 800) to the track's far end (600, 1200): the whole 566 m track r3.
        let ride = try Router(map: map, profile: .motorcycle).route(from: p(1000, 800), to: p(600, 1200))
        #expect(abs(ride.distance - (400.0 * 400 * 2).squareRoot()) < 1e-6)
        #expect(ride.notes.map(\.en) == ["the motorcycle drives 566 m of track (tracktype grade3): check it is passable"])
        #expect(ride.notes.map(\.zh) == ["摩托车需行驶 566 米机耕道(三级),请先确认能否通行"])
        let drive = try Router(map: map, profile: .carFoot).route(from: p(1000, 800), to: p(600, 1200))
        #expect(drive.notes.isEmpty)
    }
}
