import Foundation
import Testing
import _PatrolTestSupport

@Suite("patrolmap -o and usage errors")
struct OutputAndUsageCLITests {
    /// A fresh empty folder, removed when the test ends.
    private final class Scratch {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-out-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var files: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }
    }

    @Test("-o writes the same bytes stdout would, replaces an existing file and leaves no temporary file")
    func outputFile() throws {
        let scratch = try Scratch()
        let target = scratch.path + "/info.json"
        try Data("old content that is longer than nothing\n".utf8).write(to: URL(fileURLWithPath: target))
        let written = try CLIRunner.run(["info", "SampleMaps/tiny", "--format", "json", "-o", target])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let stdout = try CLIRunner.run(["info", "SampleMaps/tiny", "--format", "json"]).stdout
        #expect(try String(contentsOfFile: target, encoding: .utf8) == stdout)
        #expect(scratch.files == ["info.json"])
        // A relative path works too (the runner's working directory is the package root).
        let relative = try CLIRunner.run(["validate", "SampleMaps/tiny", "--output", target])
        #expect(relative.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasSuffix("检查通过:0 个警告。\n"))
        #expect(scratch.files == ["info.json"])
    }

    @Test("a write that cannot happen exits 1, names the path and keeps the old file")
    func unwritable() throws {
        let scratch = try Scratch()
        let result = try CLIRunner.run(["info", "SampleMaps/tiny", "-o", scratch.path + "/missing/info.txt", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: cannot write \(scratch.path)/missing/info.txt: No such file or directory\n")
        #expect(scratch.files.isEmpty)
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["info", "SampleMaps/tiny", "--colour"],
            ["info", "SampleMaps/tiny", "--format", "yaml"],
            ["info", "SampleMaps/tiny", "--format", "geojson"],
            ["validate", "SampleMaps/tiny", "--lang", "fr"],
            ["find", "SampleMaps/tiny"],
            ["frobnicate", "SampleMaps/tiny"],
        ])
    func usage(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("--help lists exactly the formats each command produces; the parser refuses the others")
    func formats() throws {
        let produced = [
            "info": "text, json", "validate": "text, json", "find": "text, json", "dispatch": "text, json", "plan": "text, json",
            "route": "text, json, geojson", "coverage": "text, json, csv, geojson",
        ]
        for (command, formats) in produced {
            let help = try CLIRunner.run([command, "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            let squeezed = help.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(squeezed.contains("(values: \(formats); default: text)"), "\(command): \(help)")
        }
        let osm = try CLIRunner.run(["import", "osm", "--help"]).stdout
        #expect(osm.contains("values: text, json;"))
        let result = try CLIRunner.run(["info", "SampleMaps/tiny", "--format", "csv", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: The value 'csv' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."))
    }

    @Test("a map folder that does not exist exits 1")
    func noFolder() throws {
        let result = try CLIRunner.run(["validate", "SampleMaps/nowhere", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: SampleMaps/nowhere: not a map folder (no such directory)\n")
    }

    @Test("--help exits 0 and lists the commands")
    func help() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        for command in ["validate", "info", "find"] { #expect(result.stdout.contains(command)) }
    }
}
