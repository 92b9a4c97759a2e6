import Foundation
import Testing
import PatrolData
import PatrolGeo
@testable import PatrolRouting
import _PatrolTestSupport

@Suite("Profiles: access, one-way, season, slope")
struct ProfileRuleTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }

    @Test("speed table rules")
    func rules() {
        let lane = ["highway": "service", "surface": "concrete", "width": "3"]
        #expect(RoadRules.flatSpeed(tags: lane, mode: .car, season: .dry) == 12)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "width": "2"], mode: .car, season: .dry) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "footway"], mode: .car, season: .dry) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "steps"], mode: .motorcycle, season: .dry) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "tracktype": "grade2", "surface": "gravel"], mode: .car, season: .dry) == 18 * 0.7)
        // Wet season: fords close, unpaved slows.
        let ford = ["highway": "track", "seasonal": "wet_impassable"]
        #expect(RoadRules.flatSpeed(tags: ford, mode: .foot, season: .dry) != nil)
        #expect(RoadRules.flatSpeed(tags: ford, mode: .foot, season: .wet) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "surface": "dirt"], mode: .car, season: .wet) == 15 * 0.55 * 0.7)
        // Access tags: only "no" closes.
        #expect(RoadRules.flatSpeed(tags: ["highway": "residential", "motor_vehicle": "no"], mode: .car, season: .dry) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "residential", "motor_vehicle": "no"], mode: .foot, season: .dry) != nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "residential", "access": "private"], mode: .car, season: .dry) == 25)
        #expect(RoadRules(tags: ["highway": "residential", "oneway": "yes"], mode: .car, season: .dry).backward == nil)
        #expect(RoadRules(tags: ["highway": "residential", "oneway": "-1"], mode: .car, season: .dry).forward == nil)
        #expect(RoadRules(tags: ["highway": "residential", "oneway": "yes"], mode: .foot, season: .dry).backward != nil)
    }

    @Test("Tobler's hiking function (vehicles: TerrainModelTests)")
    func slopeFunctions() {
        #expect(abs(SlopeSpeed.tobler(0.1) - 6 * exp(-0.525)) < 1e-12)
        #expect(abs(SlopeSpeed.tobler(-0.05) - 6) < 1e-12)
    }

    @Test("across country, ground steeper than 1/3.5 is walked in zigzags; roads keep their line")
    func crossCountryZigzag() {
        let flat = SlopeSpeed.toblerFlat * SlopeSpeed.offPathFactor
        // Straight up a 100 % slope: 3.6 / (0.6 · 6 e^(−3.5 · 1.05)) = e^3.675 s per metre in plan.
        let straight = TravelTime.secondsPerMetre(flat: flat, grade: 1, grades: nil, zigzag: false)
        #expect(abs(straight - exp(3.675)) < 1e-9)
        // Zigzagging at 1/3.5: 3.5 m of way per metre in plan at 0.6 · 6 e^(−3.5 · (1/3.5 + 0.05)) km/h.
        let zigzag = TravelTime.secondsPerMetre(flat: flat, grade: 1, grades: nil, zigzag: true)
        #expect(abs(zigzag - 3.5 * exp(1.175)) < 1e-9)
        // Down a 100 % slope: zigzag at −1/3.5, Tobler's |s + 0.05| = 1/3.5 − 0.05.
        let down = TravelTime.secondsPerMetre(flat: flat, grade: -1, grades: nil, zigzag: true)
        #expect(abs(down - 3.5 * exp(3.5 * (1 / 3.5 - 0.05))) < 1e-9)
        // Gentle ground: the fall line is best, zigzag or not.
        #expect(
            TravelTime.secondsPerMetre(flat: flat, grade: 0.2, grades: nil, zigzag: true)
                == TravelTime.secondsPerMetre(flat: flat, grade: 0.2, grades: nil, zigzag: false))
    }

    @Test("a one-way lane is driven only one way; from its dead end the officer walks to the connected network")
    func oneway() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // 北沟路 one way northwards: a car can no longer come back down it.
        try copy.edit("roads.geojson") { $0.replacingOccurrences(of: "\"name\":\"北沟路\"", with: "\"name\":\"北沟路\",\"oneway\":\"yes\"") }
        let map = try MapLoader.load(copy.path)
        let car = Router(map: map, profile: .car)
        let down = try car.route(from: p(1000, 800), to: p(1000, 200))
        #expect(down.notes.contains { $0.en.contains("is not joined both ways to the rest of the network") })
        #expect(down.legs.first?.mode == .foot && down.legs.first!.distance > 100)
        #expect((try? car.route(from: p(1000, 200), to: p(1000, 800))) != nil)
        // On foot one-way does not apply.
        #expect((try? Router(map: map, profile: .foot).route(from: p(1000, 800), to: p(1000, 200))) != nil)
    }

    @Test("the wet season closes a ford and the route goes round")
    func wetSeason() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // The path to the mountain houses becomes a ford.
        try copy.edit("roads.geojson") { $0.replacingOccurrences(of: "{\"highway\":\"path\",", with: "{\"highway\":\"path\",\"seasonal\":\"wet_impassable\",") }
        let map = try MapLoader.load(copy.path)
        let dry = try Router(map: map, profile: .foot, season: .dry).route(from: p(100, 180), to: p(1450, 1200))
        let wet = try Router(map: map, profile: .foot, season: .wet).route(from: p(100, 180), to: p(1450, 1200))
        #expect(wet.duration > dry.duration + 60)
        let wetGraph = Router(map: map, profile: .foot, season: .wet).graph
        for leg in wet.legs {
            if case .road(let link, _) = leg.kind { #expect(wetGraph.network.tags(of: link)["seasonal"] == nil) }
        }
    }

    @Test("uphill is slower than downhill on foot (Tobler); a car slows alike both ways at 10 % (the paved grade table)")
    func slope() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // A plane rising 10 % to the north: z = 500 + 0.1 · (y − 3,863,000). 50 m cells over the map.
        var rows: [String] = []
        let rowsCount = 34
        for r in 0..<rowsCount {
            let yCentre = 3_862_900 + Double(rowsCount - r) * 50 - 25
            rows.append(Array(repeating: String(500 + 0.1 * (yCentre - 3_863_000)), count: 44).joined(separator: " "))
        }
        try copy.write(
            "dem.asc",
            "ncols 44\nnrows \(rowsCount)\nxllcorner 595900\nyllcorner 3862900\ncellsize 50\nNODATA_value -9999\n" + rows.joined(separator: "\n") + "\n")
        let map = try MapLoader.load(copy.path)
        #expect(map.elevation != nil)
        // 北沟路 from (1000,200) to (1000,800): 600 m at +10 %.
        let foot = Router(map: map, profile: .foot)
        let up = try foot.route(from: p(1000, 200), to: p(1000, 800))
        let down = try foot.route(from: p(1000, 800), to: p(1000, 200))
        #expect(abs(up.duration - 600 / (6 * exp(-3.5 * 0.15) / 3.6)) < 0.01)
        #expect(abs(down.duration - 600 / (6 * exp(-3.5 * 0.05) / 3.6)) < 0.01)
        let car = Router(map: map, profile: .car)
        let carUp = try car.route(from: p(1000, 200), to: p(1000, 800))
        let carDown = try car.route(from: p(1000, 800), to: p(1000, 200))
        // The paved table has 0.9 at ±10 % (concrete 北沟路).
        #expect(abs(carUp.duration - 600 / (30 * 0.9 / 3.6)) < 0.01)
        #expect(abs(carDown.duration - 600 / (30 * 0.9 / 3.6)) < 0.01)
    }

    @Test("a house whose nearest road is an isolated stub is reached through the main network, and the route says so")
    func island() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // A 40 m stub 20 m from the lone house H012 at (1800,1400), joined to nothing.
        try copy.edit("roads.geojson") {
            $0.replacingOccurrences(
                of: "\n]}",
                with:
                    ",\n{\"type\":\"Feature\",\"id\":\"stub\",\"properties\":{\"highway\":\"path\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[597760,3864380],[597800,3864380]]}}\n]}"
            )
        }
        let map = try MapLoader.load(copy.path)
        #expect(map.roads.count == 9)
        let router = Router(map: map, profile: .foot)
        let route = try router.route(from: p(100, 180), to: p(1800, 1400))
        #expect(route.notes.count == 1)
        #expect(route.notes[0].en.contains("cut off"))
        // Same as without the stub: the path end at (1400,1200), then 447 m across.
        let plain = try Router(map: try Fixtures.tiny(), profile: .foot).route(from: p(100, 180), to: p(1800, 1400))
        #expect(route.milliseconds == plain.milliseconds)
        let reach = router.reach(from: [p(100, 180)], to: [p(1800, 1400)])
        #expect(reach[0].viaIsland)
        #expect(reach[0].milliseconds == plain.milliseconds)
    }

    @Test("car+foot: a car lane reached only by a footpath is an island for the car, so the car may park on the main network and walk across")
    func carIslandInLayeredGraph() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        // A 40 m lane 20 m south of the lone house H012 at (1800,1400), joined to the path end
        // (1400,1200) only by a 2.58 km footpath that winds north and back.
        try copy.edit("roads.geojson") {
            $0.replacingOccurrences(
                of: "\n]}",
                with: """
                    ,
                    {"type":"Feature","id":"lane","properties":{"highway":"unclassified","width":4},"geometry":{"type":"LineString","coordinates":[[597760,3864380],[597800,3864380]]}},
                    {"type":"Feature","id":"detour","properties":{"highway":"path"},"geometry":{"type":"LineString","coordinates":[[597400,3864200],[597400,3865400],[597760,3865400],[597760,3864380]]}}
                    ]}
                    """)
        }
        let map = try MapLoader.load(copy.path)
        let start = p(100, 180)
        let house = p(1800, 1400)
        let car = try Router(map: map, profile: .car).route(from: start, to: house)
        let carFoot = try Router(map: map, profile: .carFoot).route(from: start, to: house)
        // The car parks at the end of 北沟路 (1000,800) and the last 1000 m are walked across
        // country at 5.04 × 0.6 km/h (tiny has no DEM), rather than 2.6 km round by the footpath.
        let across = try #require(car.legs.last)
        #expect(abs(across.distance - 1000) < 0.01)
        #expect(abs(Double(across.milliseconds) - 1000 / (SlopeSpeed.toblerFlat * 0.6 / 3.6) * 1000) <= 1)
        #expect(carFoot.milliseconds == car.milliseconds)
        #expect(carFoot.notes.count == 1)
        let foot = try Router(map: map, profile: .foot).route(from: start, to: house)
        #expect(carFoot.milliseconds <= foot.milliseconds)
    }
}
