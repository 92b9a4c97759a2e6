import Foundation
import PatrolData
import PatrolImport
import _PatrolTestSupport

/// Temporary folders and the shared Andorra data for import tests.
enum ImportFixtures {
    /// A new empty temporary folder path (not created).
    static func temporaryPath(_ label: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-\(label)-\(UUID().uuidString)").path
    }

    /// Writes `text` to a new temporary file with the given extension.
    static func file(_ text: String, extension ext: String) throws -> String {
        let path = temporaryPath("input") + "." + ext
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `bytes` to a new temporary file with the given extension.
    static func file(bytes: [UInt8], extension ext: String) throws -> String {
        let path = temporaryPath("input") + "." + ext
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func shared(_ name: String) -> String { Fixtures.sharedDataPath + "/" + name }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Andorra imported from the PBF with the SRTM tile added, built once per test process.
    ///
    /// Tests that change it must copy it first.
    static func andorra() throws -> String { try AndorraCache.shared.path() }

    /// Andorra imported from the PBF with the default options, and the import's report, built
    /// once per test process (several suites check that one import; ``andorra()`` starts from it).
    ///
    /// Tests must not change the folder.
    static func andorraPBF() throws -> (folder: String, report: OSMImportReport) { try AndorraCache.shared.pbf() }

    /// ``andorra()`` loaded, once per test process (a value: every caller gets its own copy).
    static func andorraMap() throws -> PatrolMap { try AndorraCache.shared.map() }

    /// A copy of the Andorra package in a new temporary folder.
    static func andorraCopy() throws -> String {
        let copy = temporaryPath("andorra-copy")
        try FileManager.default.copyItem(atPath: try andorra(), toPath: copy)
        return copy
    }
}

private final class AndorraCache: @unchecked Sendable {
    static let shared = AndorraCache()
    private let lock = NSLock()
    private var imported: (folder: String, report: OSMImportReport)?
    private var built: String?
    private var loaded: PatrolMap?

    func pbf() throws -> (folder: String, report: OSMImportReport) {
        lock.lock()
        defer { lock.unlock() }
        return try importedLocked()
    }

    func path() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let folder = ImportFixtures.temporaryPath("andorra")
        try FileManager.default.copyItem(atPath: try importedLocked().folder, toPath: folder)
        _ = try DEMImporter.run(DEMImportOptions(files: [ImportFixtures.shared("N42E001.hgt.zip")], map: folder))
        built = folder
        return folder
    }

    func map() throws -> PatrolMap {
        let folder = try path()
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let map = try MapLoader.load(folder)
        loaded = map
        return map
    }

    /// The plain PBF import; `lock` is held.
    private func importedLocked() throws -> (folder: String, report: OSMImportReport) {
        if let imported { return imported }
        let folder = ImportFixtures.temporaryPath("andorra-pbf")
        let report = try OSMImporter.run(OSMImportOptions(input: ImportFixtures.shared("andorra.osm.pbf"), output: folder, name: "andorra"))
        imported = (folder, report)
        return (folder, report)
    }
}
