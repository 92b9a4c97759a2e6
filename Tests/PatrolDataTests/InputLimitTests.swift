import Foundation
import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

@Suite("Input limits: each is refused with the file and the limit named")
struct InputLimitTests {
    @Test("a file larger than the read-at-once limit is refused before it is read")
    func fileSize() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-limit-\(UUID().uuidString).geojson").path
        try Data(repeating: 0x20, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(try FileIO.readBytes(path, limit: 4096).count == 4096)
        let issue = #expect(throws: InputIssue.self) { _ = try FileIO.readBytes(path, name: "roads.geojson", limit: 4095) }
        #expect(issue?.file == "roads.geojson")
        #expect(issue?.message.en == "input limit exceeded: the file has 4 KiB, more than the 4095 bytes read at once")
        #expect(InputLimits.fileBytes == 64 << 20)
    }

    @Test("JSON nesting deeper than 512 levels is refused, 512 is read")
    func jsonDepth() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { _ = try JSONParser.parse(Array(deepest.utf8)) }
        let deeper = "\n" + String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(Array(deeper.utf8)) }
        #expect(error?.line == 2)
        #expect(error?.column == 513)
        #expect(error?.reason == "nesting deeper than 512 levels (input limit)")
    }

    @Test("a JSON document of more than 4 million values is refused")
    func jsonValues() {
        let values = "[" + String(repeating: "0,", count: InputLimits.jsonValues - 1) + "0]"
        let error = #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(Array(values.utf8)) }
        #expect(error?.reason == "more than 4000000 values in one document (input limit)")
        #expect(error?.column == 2 * InputLimits.jsonValues)
    }

    @Test("a line of more than 500,000 positions is skipped with its feature named")
    func verticesPerLine() throws {
        let positions = Array(repeating: "[1,2]", count: InputLimits.verticesPerLine + 1).joined(separator: ",")
        let text =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"long","properties":{},"#
            + #""geometry":{"type":"LineString","coordinates":["# + positions + "]}}]}"
        let result = try GeoJSONReader.read(Array(text.utf8), file: "roads.geojson", geographic: false)
        #expect(result.features.isEmpty)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.feature == 0)
        #expect(result.issues.first?.message.en == "500001 positions in one line or ring, more than the input limit of 500000; skipped")
    }

    @Test("a projected position beyond ±1e8 m is skipped; geographic positions keep their ±180/±90 check")
    func coordinateMagnitude() throws {
        let text = #"""
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"far"},"geometry":{"type":"Point","coordinates":[1e9,3860000]}},
            {"type":"Feature","properties":{"name":"near"},"geometry":{"type":"Point","coordinates":[500000,3860000]}}]}
            """#
        let result = try GeoJSONReader.read(Array(text.utf8), file: "posts.geojson", geographic: false)
        #expect(result.features.map(\.index) == [1])
        #expect(result.issues.first?.line == 2)
        #expect(result.issues.first?.message.en.hasPrefix("position [1000000000.0, 3860000.0] is beyond the input limit of ±100000000 m") == true)
    }

    @Test("a CSV file of more than 8 million fields is refused with the line reached")
    func csvFields() {
        let row = String(repeating: "a,", count: 999) + "a\n"
        let text = String(repeating: row, count: InputLimits.csvFields / 1000 + 1)
        let error = #expect(throws: CSVReader.SyntaxError.self) { _ = try CSVReader.parse(text) }
        #expect(error?.line == InputLimits.csvFields / 1000 + 1)
        #expect(error?.reason.en == "more than 8000000 fields in the file (input limit)")
    }

    @Test("an ASCII grid of more than 25 million cells is refused at its header")
    func gridCells() {
        let header = "ncols 5001\nnrows 5000\nxllcorner 0\nyllcorner 0\ncellsize 30\n1 2 3\n"
        let issue = #expect(throws: InputIssue.self) { _ = try ASCIIGrid.read(Array(header.utf8), file: "dem.asc") }
        #expect(issue?.file == "dem.asc")
        #expect(issue?.line == 2)
        #expect(issue?.message.en == "input limit exceeded: a grid of 5001 × 5000 = 25005000 cells, more than the 25000000 of an elevation grid")
    }

    @Test("an ASCII grid reaching beyond ±1e8 is refused")
    func gridExtent() {
        let header = "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1e300\n1 2\n"
        let issue = #expect(throws: InputIssue.self) { _ = try ASCIIGrid.read(Array(header.utf8), file: "dem.asc") }
        #expect(issue?.message.en.hasPrefix("input limit exceeded: the grid reaches") == true)
    }

    @Test("@x,y beyond ±1e8 m is refused as invalid coordinates")
    func placeMagnitude() throws {
        let search = PlaceSearch(map: try MapLoader.load(Fixtures.tinyPath))
        #expect(throws: PlaceError.self) { _ = try search.resolve("@1e9,0") }
        guard case .coordinate(let point, _) = try search.resolve("@1e8,-1e8") else {
            Issue.record("@1e8,-1e8 is a coordinate")
            return
        }
        #expect(point == Point(x: 1e8, y: -1e8))
    }

    @Test("a streaming reader keeps the first 1000 issues and counts the rest")
    func boundedIssues() {
        var issues = BoundedIssues()
        for i in 0..<1005 { issues.append(InputIssue(.error, file: "x.osm", line: i + 1, message: Localized(en: "bad", zh: "坏"))) }
        let list = issues.issues(file: "x.osm")
        #expect(list.count == 1001)
        #expect(list[999].line == 1000)
        #expect(list.last?.message.en == "5 more skipped elements are not listed (only the first 1000 are)")
    }
}
