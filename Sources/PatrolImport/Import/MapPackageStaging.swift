import Foundation
import PatrolData
import PatrolGeo

/// Writes a whole map package into a hidden sibling folder and moves it into place only when
/// every file is complete and the package loads, so a failed import never leaves a
/// half-written or unreadable map, nor replaces the one that was there.
///
/// The staging folder and its files are registered with ``TemporaryFiles`` (removed if a
/// signal ends the import); a folder left by a killed import is removed by the next one.
final class MapPackageStaging {
    /// The package folder to create or replace.
    let target: URL
    /// The folder files are written to until ``commit()``.
    let folder: URL
    private var committed = false
    private var tokens: [TemporaryFiles.Token] = []
    private var registered: Set<String> = []

    /// Prepares a staging folder for `target`; refuses an existing folder unless `replace`.
    init(target path: String, replace: Bool) throws(InputIssue) {
        target = URL(fileURLWithPath: path).standardizedFileURL
        let name = target.lastPathComponent
        folder = target.deletingLastPathComponent().appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw InputIssue(.error, file: path, message: Localized(en: "exists and is not a folder", zh: "已存在且不是文件夹"))
            }
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard contents.isEmpty || replace else {
                throw InputIssue(
                    .error, file: path,
                    message: Localized(en: "the folder exists and is not empty; pass --force to replace it", zh: "文件夹已存在且不为空;如需替换请加 --force"))
            }
        }
        TemporaryFiles.removeStale(in: target.deletingLastPathComponent(), prefix: ".\(name).partial-")
        do {
            try? manager.removeItem(at: folder)
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            tokens.append(TemporaryFiles.register(folder.path))
        } catch {
            throw InputIssue(
                .error, file: path,
                message: Localized(en: "cannot create the folder: \(error.localizedDescription)", zh: "无法创建文件夹:\(error.localizedDescription)"))
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: folder) }
        tokens.forEach(TemporaryFiles.unregister)
    }

    /// The staging path of a package file (registered for removal on a signal).
    func path(_ file: String) -> String {
        let path = folder.appendingPathComponent(file).path
        if registered.insert(path).inserted { tokens.append(TemporaryFiles.register(path)) }
        return path
    }

    /// Writes one small file of the package.
    func write(_ text: String, to file: String) throws(InputIssue) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(file)))
        } catch {
            throw InputIssue.cannotWrite(file, error)
        }
    }

    /// Loads the finished package and, when it loads, moves it into place, replacing what was there.
    func commit() throws(InputIssue) {
        do {
            _ = try MapLoader.load(folder.path)
        } catch {
            var refusal = error
            refusal.message = Localized(
                en: "\(error.message.en) — the imported map would not load, so \(target.path) was not written",
                zh: "\(error.message.zh)——导入的地图无法加载,因此未写入 \(target.path)")
            throw refusal
        }
        let manager = FileManager.default
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: old)
            }
            try manager.moveItem(at: folder, to: target)
            committed = true
            try? manager.removeItem(at: old)
        } catch {
            if manager.fileExists(atPath: old.path), !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: old, to: target)
            }
            throw InputIssue(
                .error, file: target.path,
                message: Localized(en: "cannot move the new map into place: \(error.localizedDescription)", zh: "无法将新地图移动到位:\(error.localizedDescription)"))
        }
    }
}
