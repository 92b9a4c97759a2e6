public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files and writing them atomically.
public enum FileIO {
    /// Why a file could not be written: the path and the system's reason.
    public struct WriteError: LocalizedError, Sendable, Hashable, CustomStringConvertible {
        /// The file that was to be written.
        public var path: String
        /// The operating system's explanation (`strerror`).
        public var reason: String

        /// Creates an error about `path`.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// `path: reason`.
        public var description: String { "\(path): \(reason)" }
        /// The same as ``description``, for `localizedDescription`.
        public var errorDescription: String? { description }
    }

    /// The bytes of a file, or an issue naming it when it cannot be read or is larger than
    /// `limit` (``InputLimits/fileBytes`` unless given).
    public static func readBytes(_ path: String, name: String? = nil, limit: Int = InputLimits.fileBytes) throws(InputIssue) -> [UInt8] {
        var info = stat()
        let isFile = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        // Foundation's Data(contentsOf:) leaks its 4 KiB buffer on an empty file (found by
        // LeakSanitizer); an empty file needs no reading.
        if isFile, info.st_size == 0 { return [] }
        if isFile, Int(info.st_size) > limit {
            let size = InputLimits.describe(bytes: Int(info.st_size))
            let most = InputLimits.describe(bytes: limit)
            throw InputLimits.exceeded(
                name ?? path,
                Localized(en: "the file has \(size), more than the \(most) read at once", zh: "文件大小 \(size),超过一次读入的上限 \(most)"))
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputIssue(
                .error, file: name ?? path,
                message: exists
                    ? Localized(en: "cannot read the file", zh: "无法读取文件")
                    : Localized(en: "file not found", zh: "文件不存在"))
        }
    }

    /// Writes `data` to `path` through a temporary file in the same folder and a rename,
    /// so readers never see a half-written file, an existing file is replaced in one step,
    /// and a failed write leaves the old file and no debris.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))").path
        func failure(_ code: Int32) -> WriteError {
            WriteError(path: path, reason: String(cString: strerror(code)))
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(errno) }
        var written = 0
        let writeError: Int32? = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        close(descriptor)
        if let writeError {
            unlink(temporary)
            throw failure(writeError)
        }
        guard rename(temporary, target.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Data(text.utf8), to: path)
    }

    /// Writes text as UTF-8, atomically, or throws an issue naming `file` (the name the user knows).
    package static func writeAtomically(_ text: String, to path: String, reportingAs file: String) throws(InputIssue) {
        do {
            try writeAtomically(text, to: path)
        } catch {
            throw InputIssue.cannotWrite(file, error)
        }
    }
}

extension InputIssue {
    /// The error for a file that could not be written, with the system's reason.
    package static func cannotWrite(_ file: String, _ error: any Error) -> InputIssue {
        InputIssue(.error, file: file, message: Localized(en: "cannot write: \(error.localizedDescription)", zh: "无法写入:\(error.localizedDescription)"))
    }
}
