import Foundation
import Testing
import _PatrolTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Writes killed half-way — an import writing a map package over an existing one, and a
/// render writing a large SVG over an existing file: the old package or file survives, and
/// no staging folder or temporary file is left — at once for the signals patrolmap catches
/// (SIGTERM, SIGINT, SIGHUP), and after the next write to the same place for SIGKILL, which
/// no program can catch.
@Suite("Interrupted writes", .serialized)
struct InterruptedWriteTests {
    /// A folder holding `X`, a copy of the tiny map, and one for the child's output.
    func scratch() throws -> (folder: String, io: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-kill-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/io", withIntermediateDirectories: true)
        try TemporaryMap.copyPackage(Fixtures.tinyPath, to: root + "/out/X")
        return (root + "/out", root + "/io")
    }

    /// Hidden names in `folder` (a staging folder is `.X.partial-<pid>`).
    func hidden(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") }
    }

    /// True when the package at `path` still holds the tiny map's files.
    func isTiny(_ path: String) -> Bool {
        ["map.json", "roads.geojson", "households.csv"].allSatisfy {
            FileManager.default.contents(atPath: path + "/" + $0) == FileManager.default.contents(atPath: Fixtures.tinyPath + "/" + $0)
        }
    }

    func importArguments(_ folder: String) -> [String] {
        ["import", "osm", Fixtures.sharedDataPath + "/andorra.osm.pbf", "-o", folder + "/X", "--force", "--lang", "en"]
    }

    /// Starts importing Andorra over `X` and sends `signal` 200 ms after the staging folder appears, while
    /// the roads are being read and written.
    ///
    /// Returns how the run ended.
    func importInterrupted(by signal: Int32, in folder: String, io: String) throws -> ChildProcess.Outcome {
        let child = try ChildProcess.start(CLIRunner.executable.path, importArguments(folder), in: folder, scratch: io)
        let start = Date()
        while Date().timeIntervalSince(start) < 300, !hidden(folder).contains(where: { $0.hasPrefix(".X.partial-") }) { usleep(1_000) }
        usleep(200_000)
        kill(child.pid, signal)
        return ChildProcess.wait(child, timeout: 300)
    }

    @Test("SIGTERM, SIGINT or SIGHUP during an import: the old map is intact and the staging folder is gone", arguments: [SIGTERM, SIGINT, SIGHUP])
    func caughtSignal(_ signal: Int32) throws {
        let (folder, io) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let outcome = try importInterrupted(by: signal, in: folder, io: io)
        #expect(outcome.signal == signal, "the import was not interrupted (exit \(outcome.exitStatus ?? -1)): \(outcome.stderr)")
        #expect(isTiny(folder + "/X"))
        #expect(hidden(folder).isEmpty)
    }

    @Test("SIGKILL during an import: the old map is intact; the staging folder it leaves is removed by the next import")
    func killed() throws {
        let (folder, io) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let outcome = try importInterrupted(by: SIGKILL, in: folder, io: io)
        #expect(outcome.signal == SIGKILL)
        #expect(isTiny(folder + "/X"))
        let left = hidden(folder)
        #expect(left.count == 1 && left[0].hasPrefix(".X.partial-"), "\(left)")

        let next = try ChildProcess.run(CLIRunner.executable.path, importArguments(folder), in: folder, scratch: io, timeout: 300)
        #expect(next.exitStatus == 0, "\(next.stderr)")
        #expect(!isTiny(folder + "/X"))
        #expect(hidden(folder).isEmpty)
    }

    static let oldWallMap = "the previous wall map\n"

    /// Renders gongli's A1 wall map over `wall.svg` (holding ``oldWallMap``) and sends `signal` the moment
    /// the temporary file appears, while the 2 MB SVG is being written.
    ///
    /// The window is a few milliseconds, so this tries up to five times; it returns the folder of the
    /// attempt the signal interrupted, or `nil`.
    func renderInterrupted(by signal: Int32) throws -> String? {
        for _ in 0..<5 {
            let (folder, io) = try scratch()
            try Data(Self.oldWallMap.utf8).write(to: URL(fileURLWithPath: folder + "/wall.svg"))
            let child = try ChildProcess.start(
                CLIRunner.executable.path,
                ["render", Fixtures.gongliPath, "--style", "wall", "--page", "A1", "--scale", "20000", "-o", folder + "/wall.svg"],
                in: folder, scratch: io)
            let start = Date()
            while Date().timeIntervalSince(start) < 300 {
                if hidden(folder).contains(where: { $0.hasPrefix(".wall.svg.tmp-") }) {
                    kill(child.pid, signal)
                    break
                }
                if FileManager.default.contents(atPath: folder + "/wall.svg") != Data(Self.oldWallMap.utf8) { break }
                usleep(100)
            }
            if ChildProcess.wait(child, timeout: 300).signal == signal { return folder }
            try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
        }
        return nil
    }

    @Test("SIGTERM while render -o writes its SVG: the old file is intact and the temporary file is gone")
    func renderTerminated() throws {
        let folder = try #require(try renderInterrupted(by: SIGTERM), "no attempt was interrupted during the write")
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        #expect(FileManager.default.contents(atPath: folder + "/wall.svg") == Data(Self.oldWallMap.utf8))
        #expect(hidden(folder).isEmpty)
    }

    @Test("SIGKILL while render -o writes its SVG: the old file is intact; the next write removes the temporary file")
    func renderKilled() throws {
        let folder = try #require(try renderInterrupted(by: SIGKILL), "no attempt was interrupted during the write")
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        #expect(FileManager.default.contents(atPath: folder + "/wall.svg") == Data(Self.oldWallMap.utf8))
        let left = hidden(folder)
        #expect(left.count == 1 && left[0].hasPrefix(".wall.svg.tmp-"), "\(left)")
        let next = try CLIRunner.run(["info", Fixtures.tinyPath, "--lang", "en", "-o", folder + "/wall.svg"])
        #expect(next.status == 0)
        #expect(try String(contentsOfFile: folder + "/wall.svg", encoding: .utf8).contains("households"))
        #expect(hidden(folder).isEmpty)
    }
}
