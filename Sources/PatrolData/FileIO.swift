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

    /// The bytes of a file, or an issue naming it when it cannot be read.
    public static func readBytes(_ path: String, name: String? = nil) throws(InputIssue) -> [UInt8] {
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
