public import Foundation

/// Reading whole files and writing them atomically (see `AtomicWrite.swift`).
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
}

extension InputIssue {
    /// The error for a file that could not be written, with the system's reason.
    package static func cannotWrite(_ file: String, _ error: any Error) -> InputIssue {
        InputIssue(.error, file: file, message: Localized(en: "cannot write: \(error.localizedDescription)", zh: "无法写入:\(error.localizedDescription)"))
    }
}
