import Foundation

/// A copy of a sample map in a temporary folder, to break one file at a time.
public struct TemporaryMap: ~Copyable {
    /// The copy's folder.
    public let path: String

    /// Copies the map at `source` into a new temporary folder (``copyPackage(_:to:)``).
    public init(copying source: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-test-\(UUID().uuidString)")
        try Self.copyPackage(source, to: folder.path)
        path = folder.path
    }

    /// Copies a map package's own files from `source` into a new folder `destination`, leaving
    /// out the compiled files (`.patrolmap.*`): other tests' commands write those into the sample
    /// maps while this copy is made, and a copy must start from the map files alone.
    public static func copyPackage(_ source: String, to destination: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: source) where !name.hasPrefix(".patrolmap.") {
            try manager.copyItem(atPath: source + "/" + name, toPath: destination + "/" + name)
        }
    }

    /// Replaces a file of the copy with `text`.
    public func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent(file))
    }

    /// Replaces a file of the copy with raw bytes.
    public func write(_ file: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path).appendingPathComponent(file))
    }

    /// The text of a file of the copy.
    public func read(_ file: String) throws -> String {
        try String(contentsOfFile: URL(fileURLWithPath: path).appendingPathComponent(file).path, encoding: .utf8)
    }

    /// Edits a file of the copy in place.
    public func edit(_ file: String, _ change: (String) -> String) throws {
        try write(file, change(read(file)))
    }

    /// Deletes a file of the copy.
    public func remove(_ file: String) throws {
        try FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).appendingPathComponent(file).path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
