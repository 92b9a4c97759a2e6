import Testing
import PatrolData
import _PatrolTestSupport

@Suite("Member names given twice in JSON")
struct DuplicateKeyTests {
    @Test("the parser lists each repeat with its line, column and path")
    func parser() throws {
        let text = """
            {"a": 1,
             "list": [{"k": 1}, {"k": 2,
               "k": 3}],
             "a": 2}
            """
        var duplicates: [JSONDuplicateKey] = []
        let value = try JSONParser.parse(Array(text.utf8), duplicateKeys: &duplicates)
        #expect(value["a"] == .number(1))
        #expect(duplicates.map(\.key) == ["k", "a"])
        #expect(duplicates[0].line == 3 && duplicates[0].column == 4)
        #expect(duplicates[0].path == [.member("list"), .element(1)])
        #expect(duplicates[0].pathText == "list[1]")
        #expect(duplicates[1].line == 4 && duplicates[1].column == 2 && duplicates[1].pathText == "(root)")
    }

    @Test("objects of more than eight members are checked too")
    func largeObject() throws {
        let members = (0..<20).map { "\"m\($0)\": \($0)" } + ["\"m7\": 0"]
        var duplicates: [JSONDuplicateKey] = []
        _ = try JSONParser.parse(Array(("{" + members.joined(separator: ", ") + "}").utf8), duplicateKeys: &duplicates)
        #expect(duplicates.map(\.key) == ["m7"])
    }

    @Test("in a GeoJSON feature a repeat is a warning on that feature; the first value is used")
    func geoJSON() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("\"highway\":\"tertiary\",", with: "\"highway\":\"tertiary\",\"highway\":\"primary\",", inLine: 2, of: "roads.geojson")
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.issues.count == 1)
        let issue = try #require(loaded.issues.first)
        #expect(issue.severity == .warning && issue.file == "roads.geojson" && issue.line == 2 && issue.feature == 0)
        #expect(issue.field == "properties.highway")
        #expect(
            issue.message.en
                == "'highway' appears twice in one object (column 64); the first value is used, but other tools use the last: remove one")
        #expect(loaded.roads.first { $0.id == "r1" }?.highway == "tertiary")
    }

    @Test("in map.json a repeat is an error at the second one")
    func manifest() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("\"crs\": \"EPSG:4545\",", with: "\"crs\": \"EPSG:4545\", \"crs\": \"EPSG:4326\",", inLine: 4, of: "map.json")
        do {
            _ = try MapLoader.load(map.path)
            Issue.record("a manifest with crs twice loaded")
        } catch {
            #expect(error.file == "map.json" && error.line == 4 && error.field == "crs")
            #expect(error.message.en == "'crs' is given twice (column 23); other tools would read the other value, so remove one")
        }
    }
}
