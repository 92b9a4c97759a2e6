import Testing
import PatrolData
import _PatrolTestSupport

@Suite("MapLoader.check: every file's problems, even when one cannot be read")
struct MapCheckTests {
    @Test("two unparsable layers are both reported, and the map is still built")
    func twoBrokenLayers() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("posts.geojson", "{\"type\":\"FeatureCollection\"}\n")
        try map.remove("landmarks.geojson")
        // The header is tiny's own, so what is reported is the quote opened on line 2 and never closed
        // (the ledger is read as a stream: a header missing columns would be reported first, at line 1).
        try map.write("households.csv", "id,village,group,number,x,y,head,members,phone,tags,note\n\"H001,西村\n")
        let check = MapLoader.check(map.path)
        #expect(check.map?.roads.count == 8)
        #expect(check.fatal == nil)
        // map.json lists landmarks.geojson (at its "layers" line, 9): listed and missing is an error too.
        #expect(check.errors.map(\.file) == ["posts.geojson", "map.json", "households.csv"])
        #expect(check.errors.map(\.line) == [1, 9, 2])
        #expect(check.errors[1].field == "layers.landmarks")
    }

    @Test("with map.json broken there is no map, and the other files are still parsed")
    func brokenManifest() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("map.json", "{\"name\": \"tiny\",\n\"crs\": }\n")
        try map.write(
            "roads.geojson",
            "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2]]}}]}\n"
        )
        let check = MapLoader.check(map.path)
        #expect(check.map == nil)
        #expect(check.fatal?.file == "map.json" && check.fatal?.line == 2)
        #expect(check.issues.map(\.file) == ["map.json", "roads.geojson"])
        #expect(check.issues.last?.feature == 0 && check.issues.last?.line == 3)
    }

    @Test("an unusable jurisdiction keeps the reasons found before it")
    func unusableJurisdiction() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("\"kind\":\"jurisdiction\"", with: "\"kind\":\"village\"", inLine: 2, of: "boundary.geojson")
        try map.remove("posts.geojson")
        let check = MapLoader.check(map.path)
        #expect(check.map == nil)
        #expect(check.fatal?.file == "boundary.geojson")
        #expect(check.issues.contains { $0.file == "posts.geojson" && $0.message.en == "file not found" })
    }

    @Test("a good map checks clean, like load")
    func clean() throws {
        let check = MapLoader.check(Fixtures.tinyPath)
        #expect(check.issues.isEmpty && check.map?.households.count == 12)
    }
}
