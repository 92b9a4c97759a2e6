import Foundation
import PatrolData
import Testing
import _PatrolTestSupport

@Suite("patrolmap compile: the compiled map answers byte for byte as the map files do")
struct CompiledMapCLITests {
    static let parse = [CompiledMap.environmentSwitch: "off"]

    /// Runs `arguments` (map folder second) once parsing the package and once from its compiled
    /// map, and expects the same exit status and the very same bytes on both streams.
    func expectSameAnswers(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let parsed = try CLIRunner.run(arguments, environment: Self.parse)
        let compiled = try CLIRunner.run(arguments)
        #expect(parsed.status == 0, "\(arguments): \(parsed.stderr)", sourceLocation: sourceLocation)
        #expect(compiled.status == parsed.status, "\(arguments)", sourceLocation: sourceLocation)
        #expect(compiled.stdout == parsed.stdout, "\(arguments)", sourceLocation: sourceLocation)
        #expect(compiled.stderr == parsed.stderr, "\(arguments)", sourceLocation: sourceLocation)
    }

    @Test("tiny: route, dispatch and coverage in text, JSON, GeoJSON and CSV")
    func tiny() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        let compile = try CLIRunner.run(["compile", copy.path, "--lang", "en"])
        #expect(compile.status == 0, "\(compile.stderr)")
        #expect(compile.stdout.hasPrefix("compiled: \(copy.path)/\(CompiledMap.fileName) ("))
        #expect(compile.stdout.contains("8 roads, 12 households"))
        #expect(compile.stdout.contains("\nroad network and 4 profiles' routing graphs (dry season): "), "\(compile.stdout)")
        #expect(FileManager.default.fileExists(atPath: copy.path + "/.patrolmap.graph.car+foot.dry"))
        for arguments in [
            ["route", copy.path, "--to", "H012"], ["route", copy.path, "--to", "H005", "--format", "json", "--lang", "en"],
            ["route", copy.path, "--from", "H001", "--to", "东村警务室", "--profile", "foot", "--format", "geojson"],
            ["dispatch", copy.path, "--to", "东村3组1号"], ["dispatch", copy.path, "--to", "H009", "--format", "json"],
            ["coverage", copy.path, "--minutes", "2,5,10"], ["coverage", copy.path, "--minutes", "2,5", "--format", "json"],
            ["coverage", copy.path, "--format", "csv"], ["info", copy.path, "--format", "json"], ["find", copy.path, "西村"],
        ] {
            try expectSameAnswers(arguments)
        }
    }

    /// Coverage is left to tiny here (a debug gongli coverage run is costly); the map it would run on
    /// is checked part for part in `CompiledMapTests.samePackage`.
    @Test("gongli: a route and a dispatch")
    func gongli() throws {
        let copy = try TemporaryMap(copying: Fixtures.gongliPath)
        #expect(try CLIRunner.run(["compile", copy.path]).status == 0)
        try expectSameAnswers(["route", copy.path, "--to", "H11920", "--format", "json"])
        try expectSameAnswers(["dispatch", copy.path, "--to", "青石岭村8组34号"])
    }

    @Test("a road edited after compiling changes the route at once (the compiled map is not stale)")
    func editedRoad() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        #expect(try CLIRunner.run(["compile", copy.path]).status == 0)
        let route = ["route", copy.path, "--to", "H012", "--format", "json"]
        let before = try CLIRunner.run(route)
        // 小河路 (tertiary) becomes a track: slower for the car.
        try copy.edit("roads.geojson") { $0.replacingOccurrences(of: "\"tertiary\"", with: "\"track\"") }
        let after = try CLIRunner.run(route)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout != before.stdout)
        #expect(after.stdout == (try CLIRunner.run(route, environment: Self.parse)).stdout)
        #expect(after.stderr.isEmpty, "\(after.stderr)")
    }

    @Test("a damaged compiled map gives a warning and the right answer, and is replaced")
    func damaged() throws {
        let copy = try TemporaryMap(copying: Fixtures.tinyPath)
        #expect(try CLIRunner.run(["compile", copy.path]).status == 0)
        let path = CompiledMap.path(in: copy.path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        try good.prefix(good.count - 100).write(to: URL(fileURLWithPath: path))
        let route = ["route", copy.path, "--to", "H012", "--lang", "en"]
        let warned = try CLIRunner.run(route)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("warning: the compiled map \(path) is damaged (truncated"), "\(warned.stderr)")
        #expect(warned.stdout == (try CLIRunner.run(route, environment: Self.parse)).stdout)
        let again = try CLIRunner.run(route)
        #expect(again.stderr.isEmpty && again.stdout == warned.stdout)
    }

    @Test("compile refuses a folder that is not a map package, naming the problem")
    func notAMap() throws {
        let r = try CLIRunner.run(["compile", "SampleMaps/nowhere", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a map folder"), "\(r.stderr)")
    }
}
