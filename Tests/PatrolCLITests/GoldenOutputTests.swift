import Testing
import _PatrolTestSupport

/// One command whose whole standard output is checked in.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The expected output's file in `Tests/PatrolCLITests/Golden`.
    var file: String
    /// `patrolmap`'s arguments.
    var arguments: [String]

    var testDescription: String { file }
}

/// `route` and `dispatch` text on the tiny map in both languages, byte for byte, as a
/// dispatcher reads it; the times and distances are worked out by hand in
/// HandComputedRouteTests (station to H012: 20 m on foot, 900 m of 小河路 at 40 km/h and
/// 600 m of 北沟路 at 30, 565.7 m of path and 447.2 m across to the door on foot: 18:55).
@Suite("Whole outputs of route and dispatch, byte for byte")
struct GoldenOutputTests {
    static let cases: [GoldenCase] = [
        GoldenCase(file: "route-station-H012.zh.txt", arguments: ["route", "SampleMaps/tiny", "--to", "H012"]),
        GoldenCase(file: "route-station-H012.en.txt", arguments: ["route", "SampleMaps/tiny", "--to", "H012", "--lang", "en"]),
        GoldenCase(file: "dispatch-H012.zh.txt", arguments: ["dispatch", "SampleMaps/tiny", "--to", "H012"]),
        GoldenCase(file: "dispatch-H012.en.txt", arguments: ["dispatch", "SampleMaps/tiny", "--to", "H012", "--lang", "en"]),
        GoldenCase(
            file: "route-room-H003-motorcycle-wet.zh.txt",
            arguments: ["route", "SampleMaps/tiny", "--from", "东村警务室", "--to", "H003", "--profile", "motorcycle", "--season", "wet"]),
        GoldenCase(
            file: "route-room-H003-motorcycle-wet.en.txt",
            arguments: ["route", "SampleMaps/tiny", "--from", "东村警务室", "--to", "H003", "--profile", "motorcycle", "--season", "wet", "--lang", "en"]),
    ]

    @Test("output equals the checked-in file", arguments: cases)
    func output(_ golden: GoldenCase) throws {
        let result = try CLIRunner.run(golden.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        if let mismatch = try GoldenFile.mismatch(result.stdout, file: golden.file) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}
