import Foundation
import Testing
import _PatrolTestSupport

@Suite("patrolmap validate reports every file, in text and JSON, also when the map cannot be read")
struct ValidateReportCLITests {
    @Test("two unparsable layers are both listed")
    func twoBrokenLayers() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.write("posts.geojson", "{\"type\":\"FeatureCollection\"}\n")
        try map.write("landmarks.geojson", "[1,\n")
        let result = try CLIRunner.run(["validate", map.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: posts.geojson:1: features: a FeatureCollection needs a 'features' array"), "\(result.stdout)")
        #expect(result.stdout.contains("error: landmarks.geojson:2: not valid JSON"))
        #expect(result.stdout.contains("invalid: 2 errors, 0 warnings."))
    }

    @Test("--format json prints a JSON report when map.json is missing, and exits 1")
    func jsonWithoutManifest() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.remove("map.json")
        try map.write("households.csv", "id,village\n\"H001,西村\n")
        let result = try CLIRunner.run(["validate", map.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect(json["map"] is NSNull)
        let issues = try #require(json["issues"] as? [[String: Any]])
        #expect(issues.map { $0["file"] as? String } == ["map.json", "households.csv"])
        #expect(issues.first?["message"] as? String == "file not found")
        #expect(issues.last?["line"] as? Int == 2)
    }

    @Test("text output for an unreadable map ends with the summary, and stderr names the fatal problem")
    func textWithoutMap() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.remove("boundary.geojson")
        let result = try CLIRunner.run(["validate", map.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: boundary.geojson: file not found\n")
        #expect(result.stdout.hasSuffix("invalid: the map cannot be read; 1 error, 0 warnings.\n"), "\(result.stdout)")
    }
}
