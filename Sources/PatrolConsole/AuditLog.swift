import Foundation
import PatrolData
import Synchronization

/// The audit log: one JSON line per answer that carried personal data — who, when, which
/// request, and which households it showed — appended to `audit.jsonl` in the data
/// directory and flushed to disk before the answer leaves.
final class AuditLog: Sendable {
    /// The log file.
    let path: String
    private let descriptor: Mutex<Int32>

    /// Opens (creating it, owner-only) the log in `directory`.
    init(directory: String) throws {
        path = (directory as NSString).appendingPathComponent("audit.jsonl")
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw UserFile.Failure(description: "\(path): cannot open the audit log (\(String(cString: strerror(errno))))") }
        descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { _ = close($0) }
    }

    /// Records that `user` received the personal data of `households` in answer to `what`
    /// (method, path and query as sent).
    func record(user: ConsoleUser, what: String, households: [String], time: Date = Date()) throws {
        let line =
            JSONWriter.compact(
                .object([
                    ("time", .string(CallLog.timestamp(time))), ("user", .string(user.name)), ("role", .string(user.role.rawValue)),
                    ("request", .string(what)), ("households", .array(households.map(JSONValue.string))),
                ])) + "\n"
        let bytes = Array(line.utf8)
        let written = descriptor.withLock { fd in
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            return n
        }
        guard written == bytes.count else { throw UserFile.Failure(description: "\(path): cannot append to the audit log") }
    }
}
