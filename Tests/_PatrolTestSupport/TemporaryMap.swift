import Foundation

/// A copy of a sample map in a temporary folder, to break one file at a time.
public struct TemporaryMap: ~Copyable {
    /// The copy's folder.
    public let path: String

    /// Copies the map at `source` into a new temporary folder.
    public init(copying source: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: source, toPath: folder.path)
        path = folder.path
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
