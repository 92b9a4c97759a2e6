public import Foundation

/// Reading whole files and writing them atomically.
public enum FileIO {
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

    /// Writes `data` to `path` through a temporary file in the same folder and a rename,
    /// so readers never see a half-written file and a failed write leaves no debris.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary)
            // rename(2) replaces an existing file atomically. (Foundation's replaceItemAt on
            // Linux removes the original and then fails, losing the file.)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Data(text.utf8), to: path)
    }
}
