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
    /// `../shared/data` beside the project, where CI puts it.
    public static var sharedDataPath: String {
        if let path = ProcessInfo.processInfo.environment["PATROLMAP_SHARED_DATA"], !path.isEmpty { return path }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data").path
    }

    /// The tiny map, loaded.
    public static func tiny() throws -> PatrolMap { try MapLoader.load(tinyPath) }

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
