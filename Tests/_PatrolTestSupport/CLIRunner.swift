public import Foundation

/// Runs the built `patrolmap` executable, as a user would, and captures what it prints.
public enum CLIRunner {
    /// What one run printed and returned.
    public struct Result: Sendable {
        /// Exit status.
        public var status: Int32
        /// Standard output as UTF-8 text.
        public var stdout: String
        /// Standard error as UTF-8 text.
        public var stderr: String
    }

    /// The executable built beside the test bundle.
    public static var executable: URL {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [
            folder.appendingPathComponent("patrolmap"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("patrolmap"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/patrolmap"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `patrolmap` with `arguments` from the package root, with `environment` added to this process's.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = Fixtures.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes fully before waiting, so a large output cannot deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
