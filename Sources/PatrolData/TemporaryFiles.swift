public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files and folders this process is writing, removed when SIGINT, SIGTERM or
/// SIGHUP ends it, and the ones a killed process left behind, removed by the next write.
///
/// Temporary names are `.<name>.tmp-<pid>-<random>` beside the file they become, so the
/// process that wrote one can be told from its name. SIGKILL cannot be caught: the file it
/// leaves is removed by the next write to the same place, once that process is gone.
public enum TemporaryFiles {
    /// The signals after which registered paths are removed.
    public static let cleanedOnSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private static let capacity = 256
    // A fixed table of C strings: the signal handler may only read memory and call unlink/rmdir.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// A registration, to pass back to ``unregister(_:)``.
    public struct Token: Sendable {
        fileprivate var slot: Int?
    }

    /// A temporary name for `file` in `folder`: `.<file>.tmp-<pid>-<8 random characters>`.
    public static func name(for file: String) -> String {
        ".\(file).tmp-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Records `path` (a file, or a folder whose files are registered too) for removal if a
    /// signal ends the process.
    public static func register(_ path: String) -> Token {
        lock.lock()
        defer { lock.unlock() }
        let table = slots  // initialised before any handler can read it
        if !handlersInstalled {
            handlersInstalled = true
            for number in cleanedOnSignals { _ = signal(number, removeRegisteredAndDie) }
        }
        guard let slot = (0..<capacity).first(where: { table[$0] == nil }) else { return Token(slot: nil) }
        table[slot] = strdup(path)
        return Token(slot: slot)
    }

    /// Forgets a registration (the file was renamed into place or removed).
    public static func unregister(_ token: Token) {
        guard let slot = token.slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = slots[slot]
        slots[slot] = nil
        free(path)
    }

    /// Removes what a process that no longer runs left in `folder` under names starting with
    /// `prefix` followed by its process id and `-` (`.roads.geojson.tmp-` for `.roads.geojson.tmp-123-ab12cd34`).
    public static func removeStale(in folder: URL, prefix: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }), pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
}

/// The signal handler: remove every registered path, then die of the signal as if unhandled.
private func removeRegisteredAndDie(_ number: Int32) {
    TemporaryFiles.removeAllRegistered()
    _ = signal(number, SIG_DFL)
    raise(number)
}

extension TemporaryFiles {
    /// Unlinks every registered file, then removes the registered folders they emptied.
    ///
    /// Async-signal-safe: it reads the table and calls `unlink` and `rmdir` only.
    fileprivate static func removeAllRegistered() {
        for slot in 0..<capacity { if let path = slots[slot] { unlink(path) } }
        for slot in 0..<capacity { if let path = slots[slot] { rmdir(path) } }
    }
}
