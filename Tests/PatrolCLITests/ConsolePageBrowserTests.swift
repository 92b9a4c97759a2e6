import Foundation
import Testing
import _PatrolTestSupport

/// The station console's page in a real browser: `tools/console-browser-test` serves gongli,
/// logs in, looks up 谢海发 and checks the page's route summary against `patrolmap dispatch`.
@Suite("station console page")
struct ConsolePageBrowserTests {
    /// The venv python with selenium that `tools/bootstrap-browser` installed (with headless
    /// Chromium and chromedriver), or `nil` when they cannot be installed here.
    static let python: String? = {
        let result = run(Fixtures.packageRoot.appendingPathComponent("tools/bootstrap-browser").path, [])
        guard result.status == 0 else {
            FileHandle.standardError.write(Data("browser test skipped: \(result.output)\n".utf8))
            return nil
        }
        return result.output.split(separator: "\n").last.map(String.init)
    }()

    /// Whether the built `patrolmap` has the console (`serve`).
    static let hasServe = run(CLIRunner.executable.path, ["serve", "--help"]).output.contains("USAGE: patrolmap serve")

    @Test(
        "headless Chromium: log in, find 谢海发, the route summary shows the CLI's ETA",
        .enabled(if: hasServe, "patrolmap has no serve command (the console server is not merged)"),
        .enabled(if: python != nil, "chromium, chromium-driver or selenium cannot be installed (tools/bootstrap-browser says why)"))
    func dispatchFromThePage() throws {
        let screenshot = Fixtures.packageRoot.appendingPathComponent(".build-browser/console.png").path
        let result = Self.run(
            try #require(Self.python),
            [Fixtures.packageRoot.appendingPathComponent("tools/console-browser-test").path, CLIRunner.executable.path, "SampleMaps/gongli", screenshot])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("PASS"), "\(result.output)")
        if result.status == 0, ProcessInfo.processInfo.environment["PATROLMAP_RECORD_GOLDEN"] == "1" {
            let docs = Fixtures.packageRoot.appendingPathComponent("docs/console.png")
            try? FileManager.default.removeItem(at: docs)
            try FileManager.default.copyItem(atPath: screenshot, toPath: docs.path)
        }
    }

    /// Runs a program from the package root; its standard output and error together.
    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "\(executable): \(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
