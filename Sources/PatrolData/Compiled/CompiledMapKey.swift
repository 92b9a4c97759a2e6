import Crypto
import Foundation
import PatrolGeo

/// What a compiled map was made from: a SHA-256 over the contents of every file a load of the
/// package reads (and whether each optional one is there), the compiled-map format, the PROJ
/// release that transformed the coordinates and the program that parsed them.
///
/// Any change to any of them gives another key, so a compiled map is never used for inputs it
/// was not made from.
package struct CompiledMapKey: Sendable, Hashable {
    /// The 32 bytes of the digest.
    package var bytes: [UInt8]

    /// The key of the package at `directory` as it is now; `nil` when its `map.json` cannot be
    /// read as a manifest (such a package is never compiled: loading it fails).
    /// - Complexity: O(total size of the input files)
    package static func current(of directory: String) -> CompiledMapKey? {
        let folder = URL(fileURLWithPath: directory)
        guard let manifestBytes = try? FileIO.readBytes(folder.appendingPathComponent("map.json").path, name: "map.json"),
            let manifest = try? MapManifest.read(manifestBytes)
        else { return nil }
        var hasher = SHA256()
        func add(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: [0])
        }
        add("patrolmap compiled map \(CompiledMap.formatVersion)")
        add("PROJ \(ProjLibrary.version)")
        add("program \(programIdentity)")
        for name in PackageReading(directory: directory, tolerant: false).inputFiles(manifest) {
            add(name)
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                add("absent")
                continue
            }
            guard let contents = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                add("unreadable")
                continue
            }
            add("\(contents.count) bytes")
            hasher.update(data: contents)
        }
        return CompiledMapKey(bytes: Array(hasher.finalize()))
    }

    /// The running program's file: its size, modification time and inode, so a rebuilt or
    /// upgraded `patrolmap` (whose readers may parse differently) never reuses an older one's work.
    static let programIdentity: String = {
        guard let path = executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return "unknown"
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        return "\(path) \(size) \(modified.bitPattern) \(inode)"
    }()

    /// The running program's path.
    ///
    /// On Linux the kernel's `/proc/self/exe` link: `Bundle.main`
    /// lists the program's whole folder first, which in a crowded folder cost more than the rest of a
    /// compiled `route`.
    private static var executablePath: String? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath
    }
}
