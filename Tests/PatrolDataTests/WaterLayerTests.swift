import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport

/// `water.geojson` in a copy of SampleMaps/tiny (EPSG:4545, metres; the jurisdiction is 596000–598000 × 3863000–3864500).
@Suite("water.geojson: surfaces and watercourses with located errors")
struct WaterLayerTests {
    static let layer = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a1","properties":{"natural":"water","water":"reservoir","name":"小河水库"},"geometry":{"type":"Polygon","coordinates":[[[596100,3863100],[596300,3863100],[596300,3863300],[596100,3863300],[596100,3863100]]]}},
        {"type":"Feature","id":"s1","properties":{"waterway":"stream"},"geometry":{"type":"LineString","coordinates":[[596300,3863200],[596800,3863250],[597400,3863100]]}},
        {"type":"Feature","id":"p1","properties":{"natural":"spring"},"geometry":{"type":"Point","coordinates":[596500,3863500]}},
        {"type":"Feature","id":"z1","properties":{"natural":"water"},"geometry":{"type":"Polygon","coordinates":[[[596100,3863100],[596200,3863100],[596300,3863100],[596100,3863100]]]}},
        {"type":"Feature","id":"far","properties":{"waterway":"river"},"geometry":{"type":"LineString","coordinates":[[696300,3863200],[696800,3863250]]}},
        {"type":"Feature","id":"a2","properties":{"natural":"water"},"geometry":{"type":"Polygon","coordinates":[[[597000,3864000],[597100,3864000],[597100,3864100],[597000,3864100],[597000,3864000]],[[597500,3864000],[597510,3864000],[597510,3864010],[597500,3864010],[597500,3864000]]]}}
        ]}
        """

    @Test("surfaces and lines are read in the working CRS; a Point, a polygon without area and a far line are skipped, a stray hole ignored, each located")
    func reader() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("water.geojson", Self.layer)
        let map = try MapLoader.load(copy.path)
        #expect(map.water.map(\.id) == ["a1", "s1", "a2"])
        #expect(map.water[0].name == "小河水库" && map.water[0].tags["water"] == "reservoir")
        guard case .area(let reservoir) = map.water[0].shape, case .lines(let stream) = map.water[1].shape, case .area(let pond) = map.water[2].shape else {
            Issue.record("wrong shapes: \(map.water.map(\.shape))")
            return
        }
        #expect(abs(reservoir.polygons[0].area - 40_000) < 1e-6)
        #expect(stream == [[Point(x: 596300, y: 3863200), Point(x: 596800, y: 3863250), Point(x: 597400, y: 3863100)]])
        #expect(map.water[1].waterway == "stream")
        #expect(pond.polygons[0].holes.isEmpty)
        let issues = map.issues.filter { $0.file == "water.geojson" }
        #expect(issues.map(\.feature) == [2, 3, 4, 5])
        #expect(issues.allSatisfy { $0.severity == .error && $0.field == "geometry" && $0.line != nil })
        #expect(issues[0].message.en.contains("found Point"))
        #expect(issues[1].message.en.contains("no area"))
        #expect(issues[2].message.en.contains("outside the jurisdiction"))
        #expect(issues[3].message.en.contains("hole 1 lies outside"))
    }

    @Test("validate lists the same problems; a package without the file has no water and no issue about it")
    func validate() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        #expect(try MapLoader.load(copy.path).water.isEmpty)
        try copy.write("water.geojson", Self.layer)
        let check = MapLoader.check(copy.path)
        #expect(check.issues.filter { $0.file == "water.geojson" }.map(\.feature) == [2, 3, 4, 5])
        try copy.write("water.geojson", "{\"type\":\"FeatureCollection\",\"features\":[")
        let broken = MapLoader.check(copy.path)
        #expect(broken.issues.contains { $0.file == "water.geojson" && $0.severity == .error })
    }
}
