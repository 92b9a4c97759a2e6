import Foundation
import Testing
import _PatrolTestSupport

/// `validate` and `info` report a broken `profiles.json` like any other layer.
@Suite("patrolmap and profiles.json")
struct ProfilesCLITests {
    private func brokenCopy() throws -> TemporaryMap {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        try copy.write("profiles.json", "{\n  \"car\": {\n    \"highway\": { \"unclassified\": 0 }\n  }\n}\n")
        return copy
    }

    @Test("validate lists the error with file, line and field, and exits 1")
    func validate() throws {
        let copy = try brokenCopy()
        let result = try CLIRunner.run(["validate", copy.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: profiles.json:3: car.highway.unclassified: 0 is out of range (allowed: 0 < v ≤ 200 km/h)"))
        #expect(result.stdout.contains("invalid: 1 error, 0 warnings."))
    }

    @Test("info still answers, with the error on standard error")
    func info() throws {
        let copy = try brokenCopy()
        let result = try CLIRunner.run(["info", copy.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the map has 1 error;"))
        #expect(result.stderr.contains("profiles.json:3: car.highway.unclassified"))
    }

    @Test("a calibrated speed changes the route the CLI prints")
    func route() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let arguments = ["route", copy.path, "--from", "@596100,3863180", "--to", "@597000,3863800", "--profile", "car", "--format", "json"]
        let before = try CLIRunner.run(arguments)
        try copy.write("profiles.json", #"{ "car": { "highway": { "unclassified": 20 } } }"#)
        let after = try CLIRunner.run(arguments)
        #expect(before.status == 0 && after.status == 0, "\(before.stderr)\(after.stderr)")
        // 北沟路's 600 m at 20 instead of 30 km/h: 108 s instead of 72 s (see ProfilesFileTests).
        #expect(abs(try duration(after.stdout) - duration(before.stdout) - 36) < 1e-6)
    }

    /// The route's `duration_s`.
    private func duration(_ json: String) throws -> Double {
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(document?["duration_s"] as? Double)
    }
}
