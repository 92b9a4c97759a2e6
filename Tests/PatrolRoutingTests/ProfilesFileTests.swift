import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolRouting
import _PatrolTestSupport

/// A map's `profiles.json` changes the travel profiles without a rebuild.
@Suite("profiles.json in a map package")
struct ProfilesFileTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x: Fixtures.tinyOrigin.x + x, y: Fixtures.tinyOrigin.y + y) }
    /// Seconds to cover `metres` at `kmh`, rounded to the millisecond as the graph does.
    func s(_ metres: Double, _ kmh: Double) -> Double { ((metres / (kmh / 3.6)) * 1000).rounded() / 1000 }
    var offRoad: Double { 6 * exp(-0.175) * 0.6 }

    @Test("tiny's profiles.json restates built-in values: the tables are the built-in ones")
    func tinyRestatesTheDefaults() throws {
        let map = try Fixtures.tiny()
        #expect(map.profiles != .none)
        #expect(map.issues.allSatisfy { $0.file != "profiles.json" })
        #expect(SpeedTables(map.profiles) == .builtIn)
    }

    @Test("a slower unclassified road for cars costs exactly the hand-computed time")
    func slowerUnclassified() throws {
        // tiny is flat (no DEM), so each edge costs length / speed. The car route from the station
        // (door 20 m) to the fork (1000, 800) drives 900 m of 小河路 (tertiary, 40 km/h, cut at the
        // 700 m junction) and the whole 600 m of 北沟路 (unclassified, 3.5 m wide: no narrow-lane
        // factor); no other car road reaches the fork. At 30 km/h 北沟路 takes 600 / (30 / 3.6) = 72 s;
        // at 20 km/h 600 / (20 / 3.6) = 108 s: 36 s more, and nothing else changes.
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.remove("profiles.json")
        let before = try Router(map: MapLoader.load(copy.path), profile: .car).route(from: p(100, 180), to: p(1000, 800))
        try copy.write("profiles.json", #"{ "car": { "highway": { "unclassified": 20 } } }"#)
        let map = try MapLoader.load(copy.path)
        #expect(map.issues.isEmpty, "\(map.issues)")
        let after = try Router(map: map, profile: .car).route(from: p(100, 180), to: p(1000, 800))
        #expect(abs(before.duration - (s(20, offRoad) + s(600, 40) + s(300, 40) + 72)) < 1e-9)
        #expect(abs(after.duration - (s(20, offRoad) + s(600, 40) + s(300, 40) + 108)) < 1e-9)
        #expect(abs(after.duration - before.duration - 36) < 1e-9)
        #expect(after.distance == before.distance)
    }

    @Test("\"no\" closes a class; the access list decides which OSM keys count")
    func accessFromTheFile() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write(
            "profiles.json",
            #"{ "car": { "highway": { "unclassified": "no" }, "access": ["emergency", "access"] }, "foot": { "access": ["access"] } }"#)
        let tables = SpeedTables(try MapLoader.load(copy.path).profiles)
        #expect(RoadRules.flatSpeed(tags: ["highway": "unclassified"], mode: .car, season: .dry, tables: tables) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "unclassified"], mode: .car, season: .dry) == 30)
        // The built-in car obeys motor_vehicle=no; this one answers to emergency, then access.
        let closedToMotors = ["highway": "residential", "motor_vehicle": "no", "emergency": "yes"]
        #expect(RoadRules.flatSpeed(tags: closedToMotors, mode: .car, season: .dry) == nil)
        #expect(RoadRules.flatSpeed(tags: closedToMotors, mode: .car, season: .dry, tables: tables) == 25)
        #expect(RoadRules.flatSpeed(tags: ["highway": "path", "foot": "no"], mode: .foot, season: .dry, tables: tables) != nil)
    }

    @Test("paved surfaces and unpaved classes come from the table in the wet season")
    func wetSeasonClasses() throws {
        var car = SpeedTable.car
        car.pavedSurfaces = ["asphalt"]
        car.unpavedHighways = ["track", "service"]
        let tables = SpeedTables(car: car, motorcycle: .motorcycle, foot: .foot)
        // Concrete counts as unpaved here (× 0.7 when wet), and so does a service lane without a surface.
        #expect(RoadRules.flatSpeed(tags: ["highway": "unclassified", "surface": "concrete"], mode: .car, season: .wet, tables: tables) == 30 * 0.7)
        #expect(RoadRules.flatSpeed(tags: ["highway": "unclassified", "surface": "concrete"], mode: .car, season: .wet) == 30)
        #expect(RoadRules.flatSpeed(tags: ["highway": "service"], mode: .car, season: .wet, tables: tables) == 15 * 0.7)
    }

    @Test("each problem in profiles.json is reported by the loader with the file, line and field")
    func locatedErrors() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write(
            "profiles.json",
            """
            {
              "car": {
                "highway": { "residential": 500 },
                "widht": { "minimum": 2 },
                "oneway": "yes"
              },
              "tractor": {}
            }
            """)
        let map = try MapLoader.load(copy.path)
        #expect(
            map.errors.map { $0.formatted(.en) } == [
                "profiles.json:3: car.highway.residential: 500 is out of range (allowed: 0 < v ≤ 200 km/h)",
                "profiles.json:4: car.widht: unknown field 'widht'; the fields are highway, tracktype, surface, smoothness, width, wet_unpaved_factor, oneway, access, paved_surfaces, unpaved_highways",
                "profiles.json:5: car.oneway: must be true or false",
                "profiles.json:7: tractor: unknown mode 'tractor'; the modes are car, motorcycle, foot",
            ])
        // What was wrong keeps its built-in value.
        #expect(SpeedTables(map.profiles) == .builtIn)
    }

    @Test("a package may name its profiles file in map.json")
    func namedInManifest() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.remove("profiles.json")
        try copy.edit("map.json") { $0.replacingOccurrences(of: #""layers": {"#, with: #""layers": { "profiles": "calibration.json","#) }
        try copy.write("calibration.json", #"{ "foot": { "highway": { "path": 3 } } }"#)
        let map = try MapLoader.load(copy.path)
        #expect(
            map.errors.map { $0.formatted(.en) } == ["calibration.json:1: foot.highway.path: 3 is out of range (allowed: 0 < v ≤ 2 (× Tobler's 5.04 km/h))"])
    }

    @Test("the README's example profiles.json reads without a problem and does what it says")
    func readmeExample() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### `profiles.json`"))
        let block = try #require(readme[section.upperBound...].components(separatedBy: "```json\n").dropFirst().first)
        let json = try #require(block.components(separatedBy: "```").first)
        var issues: [InputIssue] = []
        let tables = SpeedTables(try ProfilesReader.read(Array(json.utf8), issues: &issues))
        #expect(issues.isEmpty, "\(issues)")
        #expect(tables.car.base["unclassified"] == 20 && tables.car.base["residential"] == 18)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "tracktype": "grade5"], mode: .car, season: .dry, tables: tables) == nil)
        #expect(RoadRules.flatSpeed(tags: ["highway": "track", "tracktype": "grade5"], mode: .car, season: .dry) == 5)
        #expect(RoadRules.flatSpeed(tags: ["highway": "service", "width": "2.6"], mode: .car, season: .dry, tables: tables) == nil)
        #expect(tables.car.access.first == "emergency")
        #expect(tables.foot.base["steps"] == 0.4 && tables.motorcycle == .motorcycle)
    }
}
