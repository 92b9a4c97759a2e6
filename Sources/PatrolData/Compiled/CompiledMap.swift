import Crypto
import Foundation

/// A map package compiled to one binary file, `.patrolmap.compiled` inside the package folder,
/// so that a later load reads it instead of parsing every layer again.
///
/// The file holds the loaded ``PatrolMap`` (every layer already in the working CRS, and every
/// issue the readers found) and is keyed by a SHA-256 of every input file's contents, the
/// format version, the PROJ release and the program (``CompiledMapKey``): a compiled map whose
/// key differs from the package's current one is never used, but parsed anew and replaced.
/// A damaged file (truncated, or failing its checksum) is reported and replaced the same way.
///
/// The file: the magic `PMCMAP01`, the format version (`UInt32`), the 32-byte key, the payload's
/// length (`UInt64`) and SHA-256, then the payload in ``BinaryWriter``'s little-endian encoding.
/// It is read memory-mapped. A package folder that cannot be written (read-only) is still
/// loaded, by parsing, every time.
public enum CompiledMap {
    /// The compiled map's file name inside the package folder.
    public static let fileName = ".patrolmap.compiled"

    /// The version of the encoding; raise it whenever a serialized type changes.
    public static let formatVersion: UInt32 = 3

    /// The environment variable that turns compiled maps off (`PATROLMAP_COMPILED_MAP=off`):
    /// every load parses, and nothing is written.
    public static let environmentSwitch = "PATROLMAP_COMPILED_MAP"

    /// True unless ``environmentSwitch`` is `off`.
    public static var isEnabled: Bool {
        ProcessInfo.processInfo.environment[environmentSwitch]?.lowercased() != "off"
    }

    private static let magic = Array("PMCMAP01".utf8)
    private static let headerSize = 8 + 4 + 32 + 8 + 32

    /// How a load used the compiled map.
    public struct Use: Sendable, Hashable {
        /// True when the map came from the compiled file, false when the package was parsed.
        public var fromCompiled: Bool
        /// Why an existing compiled file could not be read (it was ignored), if it could not.
        public var damage: String?
        /// Why a fresh compiled file could not be written (the map was still loaded), if it could not.
        public var writeFailure: String?
    }

    /// The path of the compiled map of the package at `directory`.
    public static func path(in directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
    }

    /// Loads the package at `directory` from its compiled map when that is current, else by
    /// parsing (``MapLoader/load(_:)``), then writes a fresh compiled map when `write` is true
    /// and the folder is writable.
    ///
    /// The answers are those of ``MapLoader/load(_:)`` on the same files, whichever way the map came.
    /// - Throws: what ``MapLoader/load(_:)`` throws, when the package must be parsed and cannot be.
    public static func load(_ directory: String, write: Bool = true) throws(InputIssue) -> (map: PatrolMap, use: Use) {
        let key = CompiledMapKey.current(of: directory)
        var damage: String?
        if let key {
            switch read(path(in: directory), key: key, directory: directory) {
            case .map(let map): return (map, Use(fromCompiled: true))
            case .stale: break
            case .damaged(let reason): damage = reason
            }
        }
        let map = try MapLoader.load(directory)
        var writeFailure: String?
        if write, let key {
            writeFailure = store(map, key: key, directory: directory)
        }
        return (map, Use(fromCompiled: false, damage: damage, writeFailure: writeFailure))
    }

    /// Parses the package at `directory` and writes its compiled map, returning the map and the
    /// compiled file's size in bytes.
    /// - Throws: the load's issue, or one naming the compiled file when it cannot be written.
    public static func compile(_ directory: String) throws(InputIssue) -> (map: PatrolMap, bytes: Int) {
        let before = CompiledMapKey.current(of: directory)
        let map = try MapLoader.load(directory)
        guard let key = before else {
            throw InputIssue(.error, file: "map.json", message: Localized(en: "cannot be read as a manifest", zh: "无法读取为清单"))
        }
        if let failure = store(map, key: key, directory: directory) {
            throw InputIssue(
                .error, file: fileName,
                message: Localized(en: "the compiled map cannot be written: \(failure)", zh: "无法写入编译地图:\(failure)"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path(in: directory))[.size] as? NSNumber)?.intValue ?? 0
        return (map, size)
    }

    /// What reading a compiled file gave.
    enum Reading {
        /// The map it holds.
        case map(PatrolMap)
        /// No file, or one made from other inputs or by another version: not to be used, nothing wrong.
        case stale
        /// A file that is not a compiled map, is truncated, or fails its checksum.
        case damaged(String)
    }

    /// Reads the compiled file at `path` when it was made from inputs with `key`.
    static func read(_ path: String, key: CompiledMapKey, directory: String) -> Reading {
        guard FileManager.default.fileExists(atPath: path) else { return .stale }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            return .damaged("cannot be read: \(error.localizedDescription)")
        }
        return data.withUnsafeBytes { bytes -> Reading in
            guard bytes.count >= headerSize else { return .damaged("truncated: \(bytes.count) bytes, shorter than the header") }
            guard Array(bytes[0..<8]) == magic else { return .damaged("not a compiled map (wrong magic number)") }
            var header = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[8..<headerSize]))
            do throws(CompiledMapDamage) {
                guard try header.uint32() == formatVersion else { return .stale }
                var stored: [UInt8] = []
                for _ in 0..<32 { stored.append(try header.byte()) }
                guard stored == key.bytes else { return .stale }
                let length = try header.uint64()
                var checksum: [UInt8] = []
                for _ in 0..<32 { checksum.append(try header.byte()) }
                let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
                guard length == UInt64(payload.count) else {
                    return .damaged("truncated: the payload has \(payload.count) of its \(length) bytes")
                }
                guard Array(SHA256.hash(data: payload)) == checksum else { return .damaged("the payload fails its checksum") }
                var reader = BinaryReader(payload)
                let map = try reader.map(directory: directory)
                guard reader.isAtEnd else { return .damaged("\(payload.count - reader.offset) bytes left over after the map") }
                return .map(map)
            } catch {
                return .damaged(error.reason)
            }
        }
    }

    /// Writes the compiled file of `map` under `key`, atomically; the reason when it cannot.
    ///
    /// The inputs are keyed again after the parse: a file that changed while it was being read
    /// gives no compiled map (the next load parses again).
    static func store(_ map: PatrolMap, key: CompiledMapKey, directory: String) -> String? {
        guard CompiledMapKey.current(of: directory) == key else { return "an input file changed while the map was read" }
        var payload = BinaryWriter()
        payload.map(map)
        var file = BinaryWriter()
        for byte in magic { file.byte(byte) }
        file.uint32(formatVersion)
        for byte in key.bytes { file.byte(byte) }
        file.uint64(UInt64(payload.bytes.count))
        for byte in SHA256.hash(data: payload.bytes) { file.byte(byte) }
        var data = Data(file.bytes)
        data.append(contentsOf: payload.bytes)
        do {
            try FileIO.writeAtomically(data, to: path(in: directory))
            return nil
        } catch {
            return "\(error)"
        }
    }
}
