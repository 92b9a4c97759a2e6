public import Foundation
public import PatrolData

/// Paths to the sample maps and shared data, and loaders for tests.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `SampleMaps/tiny`.
    public static var tinyPath: String { packageRoot.appendingPathComponent("SampleMaps/tiny").path }
    /// `SampleMaps/gongli`.
    public static var gongliPath: String { packageRoot.appendingPathComponent("SampleMaps/gongli").path }
    /// The shared real data (OSM extracts, SRTM, GPX): `$PATROLMAP_SHARED_DATA` when set, else
    /// `../shared/data` beside the project, where CI puts it, else `shared/data` beside the
    /// repository this one was cloned from, when that is a folder on this machine (a local
    /// check clone in a temporary folder).
    public static let sharedDataPath: String = {
        if let path = ProcessInfo.processInfo.environment["PATROLMAP_SHARED_DATA"], !path.isEmpty { return path }
        let beside = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data").path
        if FileManager.default.fileExists(atPath: beside) { return beside }
        if let origin = localOrigin() {
            let besideOrigin = origin.deletingLastPathComponent().appendingPathComponent("shared/data").path
            if FileManager.default.fileExists(atPath: besideOrigin) { return besideOrigin }
        }
        return beside
    }()

    /// The folder `remote.origin.url` names, when it is a path on this machine.
    private static func localOrigin() -> URL? {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", packageRoot.path, "config", "--get", "remote.origin.url"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        guard (try? git.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        guard git.terminationStatus == 0, var url = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        if url.hasPrefix("file://") { url.removeFirst("file://".count) }
        guard url.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: url).standardizedFileURL
    }

    /// The tiny map, loaded once per test process (a value: every caller gets its own copy).
    ///
    /// Tests about loading itself call `MapLoader.load(Fixtures.tinyPath)`.
    public static func tiny() throws -> PatrolMap { try tinyLoaded.get() }

    private static let tinyLoaded = Result { try MapLoader.load(tinyPath) }

    /// The gongli map, loaded once per test process (it is large).
    public static func gongli() throws -> PatrolMap {
        try GongliCache.shared.map()
    }

    /// The origin of the tiny map's local coordinates in EPSG:4545 (easting, northing).
    ///
    /// Every tiny-map coordinate is this plus a round number of metres; see `SampleMaps/tiny/README.md`.
    public static let tinyOrigin = (x: 596_000.0, y: 3_863_000.0)
}

private final class GongliCache: @unchecked Sendable {
    static let shared = GongliCache()
    private let lock = NSLock()
    private var cached: PatrolMap?

    func map() throws -> PatrolMap {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let map = try MapLoader.load(Fixtures.gongliPath)
        cached = map
        return map
    }
}
