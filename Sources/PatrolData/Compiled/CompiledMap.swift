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
/// The file is a ``CompiledFile`` with the magic `PMCMAP01`, read memory-mapped. A map that came
/// from a current compiled file, or whose compiled file was just written, carries the key
/// (``PatrolMap/inputKey``), so the routing layer can keep its own compiled parts beside it. A package folder that cannot be written (read-only) is still
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
            case .value(let map): return (map, Use(fromCompiled: true))
            case .stale: break
            case .damaged(let reason): damage = reason
            }
        }
        var map = try MapLoader.load(directory)
        var writeFailure: String?
        if write, let key {
            writeFailure = store(map, key: key, directory: directory)
            if writeFailure == nil { map.inputKey = key }
        }
        return (map, Use(fromCompiled: false, damage: damage, writeFailure: writeFailure))
    }

    /// Parses the package at `directory` and writes its compiled map, returning the map and the
    /// compiled file's size in bytes.
    /// - Throws: the load's issue, or one naming the compiled file when it cannot be written.
    public static func compile(_ directory: String) throws(InputIssue) -> (map: PatrolMap, bytes: Int) {
        let before = CompiledMapKey.current(of: directory)
        var map = try MapLoader.load(directory)
        guard let key = before else {
            throw InputIssue(.error, file: "map.json", message: Localized(en: "cannot be read as a manifest", zh: "无法读取为清单"))
        }
        if let failure = store(map, key: key, directory: directory) {
            throw InputIssue(
                .error, file: fileName,
                message: Localized(en: "the compiled map cannot be written: \(failure)", zh: "无法写入编译地图:\(failure)"))
        }
        map.inputKey = key
        let size = (try? FileManager.default.attributesOfItem(atPath: path(in: directory))[.size] as? NSNumber)?.intValue ?? 0
        return (map, size)
    }

    /// The compiled map's kind of ``CompiledFile``.
    static let format = CompiledFile.Format(magic: "PMCMAP01", version: formatVersion, kind: "map")

    /// Reads the compiled file at `path` when it was made from inputs with `key`.
    static func read(_ path: String, key: CompiledMapKey, directory: String) -> CompiledFile.Reading<PatrolMap> {
        CompiledFile.read(path, format: format, key: key) { reader throws(CompiledMapDamage) in
            var map = try reader.map(directory: directory)
            map.inputKey = key
            return map
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
        return CompiledFile.write(payload, to: path(in: directory), format: format, key: key)
    }
}
