import Foundation
import Testing
import _PatrolTestSupport

/// One broken copy of a sample map and what `patrolmap validate` must say about it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    /// What is broken.
    var name: String
    /// The map copied before breaking it.
    var base: String
    /// Breaks one file of the copy.
    var breakIt: @Sendable (borrowing TemporaryMap) throws -> Void
    /// Text the output must contain: the location (`file:line`, feature index and id) and the reason.
    var expected: [String]
    /// 1 for errors; 0 when the problem is only a warning.
    var status: Int32

    init(
        _ name: String, base: String = Fixtures.tinyPath, status: Int32 = 1, expect expected: [String],
        _ breakIt: @escaping @Sendable (borrowing TemporaryMap) throws -> Void
    ) {
        self.name = name
        self.base = base
        self.breakIt = breakIt
        self.expected = expected
        self.status = status
    }

    var testDescription: String { name }
}

/// The broken packages, each a copy of a sample map with one file changed.
///
/// Lines of SampleMaps/tiny used below: map.json has `crs` on line 4 and `working_crs` on 5;
/// each GeoJSON file holds one feature per line from line 2 (feature 0); households.csv has its
/// header on line 1 and H00n on line n + 1. See SampleMaps/tiny/README.md.
let malformedCases: [MalformedCase] = [
    MalformedCase("map.json missing", expect: ["map.json: file not found"]) { try $0.remove("map.json") },
    MalformedCase("map.json is not JSON (missing comma)", expect: ["map.json:3:", "not valid JSON", "expected ',' or '}'"]) {
        try $0.write("map.json", "{\n  \"name\": \"tiny\"\n  \"crs\": \"EPSG:4545\"\n}\n")
    },
    MalformedCase("crs missing", expect: ["map.json:1: crs: required member 'crs' is missing"]) {
        try $0.editLine("map.json", 4) { _ in "" }
    },
    MalformedCase("unknown crs EPSG:99999", expect: ["map.json:4: crs: CRS 'EPSG:99999'"]) {
        try $0.replace("\"crs\": \"EPSG:4545\"", with: "\"crs\": \"EPSG:99999\"", inLine: 4, of: "map.json")
    },
    MalformedCase("geographic working_crs", expect: ["map.json:5: working_crs: the working CRS must be projected"]) {
        try $0.replace("EPSG:4545", with: "EPSG:4326", inLine: 5, of: "map.json")
    },
    MalformedCase("layer file outside the folder", expect: ["map.json:9: layers.households: must be a plain file name"]) {
        try $0.replace("\"households.csv\"", with: "\"../households.csv\"", inLine: 12, of: "map.json")
    },
    MalformedCase("boundary truncated", expect: ["boundary.geojson:3:", "not valid JSON", "unterminated string"]) {
        let text = try $0.read("boundary.geojson")
        let cut = text.utf8.prefix(text.utf8.count / 2 + 3)
        try $0.write("boundary.geojson", bytes: Array(cut))
    },
    MalformedCase("no jurisdiction feature", expect: ["boundary.geojson:1:", "no usable jurisdiction polygon"]) {
        try $0.replace("\"kind\":\"jurisdiction\"", with: "\"kind\":\"village\"", inLine: 2, of: "boundary.geojson")
    },
    MalformedCase("jurisdiction is a LineString", expect: ["boundary.geojson:2: feature 0 (小河乡): geometry: the jurisdiction must be a Polygon"]) {
        try $0.editLine("boundary.geojson", 2) { line in
            line.replacingOccurrences(of: "\"Polygon\",\"coordinates\":[[", with: "\"LineString\",\"coordinates\":[")
                .replacingOccurrences(of: "]]]}}", with: "]]}}")
        }
    },
    MalformedCase("village ring not closed", expect: ["boundary.geojson:3: feature 1 (西村): geometry: ring 0 is not closed"]) {
        try $0.replace("[596000,3863000]]]", with: "[596000,3863001]]]", inLine: 3, of: "boundary.geojson")
    },
    MalformedCase(
        "road with Point geometry", expect: ["roads.geojson:6: feature 4 (r5): geometry: a road must be a LineString or MultiLineString, found Point"]
    ) {
        try $0.replace(
            "\"LineString\",\"coordinates\":[[596700,3863200],[596700,3863500]]", with: "\"Point\",\"coordinates\":[596700,3863200]", inLine: 6,
            of: "roads.geojson")
    },
    MalformedCase("road without highway", expect: ["roads.geojson:5: feature 3 (r4): highway: a road needs a 'highway' tag"]) {
        try $0.replace("\"highway\":\"path\",", with: "", inLine: 5, of: "roads.geojson")
    },
    MalformedCase(
        "unknown highway is a warning", status: 0,
        expect: ["warning: roads.geojson:5: feature 3 (r4): highway: unknown highway value 'goat_trail'", "valid: 1 warning."]
    ) {
        try $0.replace("\"highway\":\"path\"", with: "\"highway\":\"goat_trail\"", inLine: 5, of: "roads.geojson")
    },
    MalformedCase(
        "road vertex 100 km away",
        expect: ["roads.geojson:9: feature 7 (r8): geometry: position (697300.0, 3863200.0) lies about 99.3 km outside the jurisdiction"]
    ) {
        try $0.replace("[597300,3863200]", with: "[697300,3863200]", inLine: 9, of: "roads.geojson")
    },
    MalformedCase("road nested 600 arrays deep", expect: ["roads.geojson:2:", "nesting deeper than 512 levels"]) {
        try $0.write(
            "roads.geojson", "{\"type\":\"FeatureCollection\",\"features\":\n" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}")
    },
    MalformedCase("roads.geojson missing", expect: ["roads.geojson: file not found"]) { try $0.remove("roads.geojson") },
    MalformedCase("roads.geojson is not a FeatureCollection", expect: ["roads.geojson:1: type: expected a GeoJSON FeatureCollection"]) {
        try $0.write("roads.geojson", "{\"type\":\"Topology\",\"objects\":{}}\n")
    },
    MalformedCase("NaN coordinate in posts (not JSON)", expect: ["posts.geojson:3:", "not valid JSON (column 145): unexpected character 'N'"]) {
        try $0.replace("[597900,3863230]", with: "[NaN,3863230]", inLine: 3, of: "posts.geojson")
    },
    MalformedCase("infinite coordinate in landmarks", expect: ["landmarks.geojson:2: feature 0 (土地庙): geometry: a coordinate is not finite"]) {
        try $0.replace("[597030,3863800]", with: "[597030,1e999]", inLine: 2, of: "landmarks.geojson")
    },
    MalformedCase(
        "longitude out of range", base: Fixtures.tinyWGS84Path,
        expect: ["posts.geojson:2: feature 0 (小河派出所): geometry: position [190.0513176566, 34.8925786227] is out of range"]
    ) {
        try $0.replace("[109.0", with: "[190.0", inLine: 2, of: "posts.geojson")
    },
    MalformedCase(
        "post with unknown kind",
        expect: ["posts.geojson:3: feature 1 (东村警务室): kind: kind must be station, police_room or registration_room, found 'police_box'"]
    ) {
        try $0.replace("police_room", with: "police_box", inLine: 3, of: "posts.geojson")
    },
    MalformedCase("post without a name", expect: ["posts.geojson:2: feature 0: name: a post needs a name"]) {
        try $0.replace("\"name\":\"小河派出所\",", with: "", inLine: 2, of: "posts.geojson")
    },
    MalformedCase("no usable post", expect: ["posts.geojson:1: the map has no usable post (0 features in the file)"]) {
        try $0.write("posts.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
    },
    MalformedCase("ledger without the members column", expect: ["households.csv:1: missing required columns: members (人口)"]) {
        try $0.replace(",members,", with: ",people,", inLine: 1, of: "households.csv")
    },
    MalformedCase("ledger row with a missing field", expect: ["households.csv:5: expected 11 fields, found 10"]) {
        try $0.replace(",10000000004,", with: ",", inLine: 5, of: "households.csv")
    },
    MalformedCase("ledger coordinate not a number", expect: ["households.csv:7: H006: x: coordinates '5967OO', '3863560' are not numbers"]) {
        try $0.replace("596700", with: "5967OO", inLine: 7, of: "households.csv")
    },
    MalformedCase("ledger members not a number", expect: ["households.csv:3: H002: members: members 'two' is not a whole number"]) {
        try $0.replace(",2,10000000002", with: ",two,10000000002", inLine: 3, of: "households.csv")
    },
    MalformedCase("duplicate household id", expect: ["households.csv:9: H007: id: duplicate household id 'H007' (first on line 8)"]) {
        try $0.replace("H008", with: "H007", inLine: 9, of: "households.csv")
    },
    MalformedCase("household outside every village", expect: ["households.csv:13: H012: the household lies outside every village polygon"]) {
        try $0.replace("597800", with: "598500", inLine: 13, of: "households.csv")
    },
    MalformedCase("household 30 km away", expect: ["households.csv:2: H001: x,y: position (626300.0, 3863230.0) lies about 28.3 km outside the jurisdiction"]) {
        try $0.replace("596300", with: "626300", inLine: 2, of: "households.csv")
    },
    MalformedCase(
        "latitude and longitude swapped", base: Fixtures.tinyWGS84Path,
        expect: [
            "households.csv:4: H003: lon,lat: longitude and latitude appear swapped: (34.9019895094, 109.05745494) lies outside the jurisdiction, (109.05745494, 34.9019895094) inside"
        ]
    ) {
        try $0.editLine("households.csv", 4) { line in
            var fields = line.components(separatedBy: ",")
            fields.swapAt(4, 5)
            return fields.joined(separator: ",")
        }
    },
    MalformedCase("quoted field never closed", expect: ["households.csv:6: the quoted field opened on this line is never closed"]) {
        try $0.replace("\"独居,行动不便\"", with: "\"独居,行动不便", inLine: 6, of: "households.csv")
    },
    MalformedCase("ledger in UTF-16", expect: ["households.csv:1: the file is UTF-16"]) {
        let text = try $0.read("households.csv")
        try $0.write("households.csv", bytes: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    },
    MalformedCase(
        "GB18030 ledger with a broken character", base: Fixtures.tinyWGS84Path,
        expect: ["households.csv:5: unreadable encoding: the file is neither UTF-8 nor GB18030 (byte 0xFF at offset 287 is not valid GB18030)"]
    ) {
        var bytes = try Fixtures.bytes(Fixtures.gb18030LedgerPath)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes.insert(0xFF, at: lineStarts[4] + 5)  // line 5, after "H004,"
        try $0.write("households.csv", bytes: bytes)
    },
    MalformedCase(
        "GB18030 ledger cut inside a character", base: Fixtures.tinyWGS84Path,
        expect: ["households.csv:14: unreadable encoding", "the file ends inside a GB18030 character (byte 0xB4 at offset 956): is it truncated?"]
    ) {
        try $0.write("households.csv", bytes: Fixtures.bytes(Fixtures.gb18030LedgerPath) + [0xB4])
    },
    MalformedCase("dem.asc with a value missing", expect: ["dem.asc:8: expected 6 values (2 rows × 3 columns), found 5"]) {
        try $0.write("dem.asc", "ncols 3\nnrows 2\nxllcorner 596000\nyllcorner 3863000\ncellsize 750\nNODATA_value -9999\n500 510 520\n530 540\n")
    },
    MalformedCase("dem.asc with a value too many", expect: ["dem.asc:8: more values than 2 rows × 3 columns = 6"]) {
        try $0.write("dem.asc", "ncols 3\nnrows 2\nxllcorner 596000\nyllcorner 3863000\ncellsize 750\nNODATA_value -9999\n500 510 520\n530 540 550 560\n")
    },
    MalformedCase("dem.asc with a non-number", expect: ["dem.asc:8: '54O' is not a number"]) {
        try $0.write("dem.asc", "ncols 3\nnrows 2\nxllcorner 596000\nyllcorner 3863000\ncellsize 750\nNODATA_value -9999\n500 510 520\n530 54O 550\n")
    },
    MalformedCase("dem.asc with cellsize 0", expect: ["dem.asc:5: cellsize must be a positive number"]) {
        try $0.write("dem.asc", "ncols 3\nnrows 2\nxllcorner 596000\nyllcorner 3863000\ncellsize 0\n500 510 520\n530 540 550\n")
    },
]

@Suite("patrolmap validate on malformed map packages")
struct MalformedPackageTests {
    @Test("reports the file and location, exits with the right status, never crashes", arguments: malformedCases)
    func malformed(_ testCase: MalformedCase) throws {
        let map = try TemporaryMap(copying: testCase.base)
        try testCase.breakIt(map)
        let result = try CLIRunner.run(["validate", map.path, "--lang", "en"])
        let output = result.stdout + result.stderr
        #expect(result.status == testCase.status, "\(output)")
        #expect(!output.contains("Fatal error"), "\(output)")
        for text in testCase.expected {
            #expect(output.contains(text), "expected “\(text)” in:\n\(output)")
        }
    }

    @Test("there are at least twenty-five distinct malformed packages")
    func enoughCases() {
        #expect(Set(malformedCases.map(\.name)).count == malformedCases.count)
        #expect(malformedCases.filter { $0.status == 1 }.count >= 25)
    }

    @Test("errors are in Chinese by default")
    func chineseByDefault() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("H008", with: "H007", inLine: 9, of: "households.csv")
        let result = try CLIRunner.run(["validate", map.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("错误: households.csv:9: H007: id: 户号 'H007' 重复(首次出现在第 8 行),已跳过"), "\(result.stdout)")
        #expect(result.stdout.contains("检查未通过:1 个错误,0 个警告。"))
    }

    @Test("validate --format json lists each issue with its location")
    func jsonIssues() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace("\"highway\":\"path\"", with: "\"highway\":\"goat_trail\"", inLine: 5, of: "roads.geojson")
        try map.replace("H008", with: "H007", inLine: 9, of: "households.csv")
        let result = try CLIRunner.run(["validate", map.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect(json["errors"] as? Int == 1)
        #expect(json["warnings"] as? Int == 1)
        let issues = try #require(json["issues"] as? [[String: Any]])
        let road = try #require(issues.first { $0["file"] as? String == "roads.geojson" })
        #expect(road["severity"] as? String == "warning")
        #expect(road["line"] as? Int == 5)
        #expect(road["feature"] as? Int == 3)
        #expect(road["id"] as? String == "r4")
        let household = try #require(issues.first { $0["file"] as? String == "households.csv" })
        #expect(household["line"] as? Int == 9)
        #expect(household["field"] as? String == "id")
    }
}
