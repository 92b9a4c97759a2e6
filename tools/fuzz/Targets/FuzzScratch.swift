import Foundation
import PatrolData

/// A private temporary folder for the targets that read files, and the tiny sample map.
///
/// One per process: a fuzzer runs one input at a time, and the unit tests that replay
/// regressions run them one after another.
enum FuzzScratch {
    /// The process's scratch folder, emptied when first used.
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = base + "/patrolmap-fuzz-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// The repository's `SampleMaps/tiny`.
    static let tinyMap = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleMaps/tiny").path

    /// Place search over the tiny map, loaded once.
    static let tinyPlaces: PlaceSearch = {
        guard let map = try? MapLoader.load(tinyMap) else { fatalError("cannot load \(tinyMap)") }
        return PlaceSearch(map: map)
    }()

    /// A path inside the scratch folder.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// Writes `bytes` to `name` in the scratch folder and returns its path.
    static func write(_ bytes: [UInt8], as name: String) -> String {
        let file = path(name)
        try? Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// A fresh copy of the tiny map, for a target that writes into a map.
    static func freshTinyMap() -> String {
        let copy = path("tiny")
        try? FileManager.default.removeItem(atPath: copy)
        try? FileManager.default.copyItem(atPath: tinyMap, toPath: copy)
        return copy
    }
}
