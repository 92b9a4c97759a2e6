import Foundation
import PatrolData

/// Writes a command's result to standard output or, with `-o`, atomically to a file.
enum Output {
    static func emit(_ text: String, to path: String?, language: Language) throws {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        guard let path else {
            do {
                try FileIO.write(Data(body.utf8), to: STDOUT_FILENO, name: "standard output")
            } catch {
                let reason = (error as? FileIO.WriteError)?.reason ?? error.localizedDescription
                throw CommandFailure.impossible(
                    Localized(en: "cannot write to standard output: \(reason)", zh: "无法写入标准输出:\(reason)"), language: language)
            }
            return
        }
        do {
            try FileIO.writeAtomically(body, to: path)
        } catch {
            let reason = (error as? FileIO.WriteError)?.reason ?? error.localizedDescription
            throw CommandFailure.impossible(
                Localized(en: "cannot write \(path): \(reason)", zh: "无法写入 \(path):\(reason)"), language: language)
        }
    }

    /// A line on standard error (progress, warnings).
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
