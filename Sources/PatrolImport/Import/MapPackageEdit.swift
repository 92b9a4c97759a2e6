import Foundation
import PatrolData

/// Replaces some files of an existing map package only when the result is a valid map.
///
/// The new files are written into a hidden staging folder inside the package, beside links
/// to the files that do not change; the staged package is loaded with ``MapLoader`` and
/// must have no error the package did not have already; only then are the new files renamed
/// into place. Until ``commit()`` the package is untouched, so a failed check, a full disk or
/// a signal (the staging folder is registered with ``TemporaryFiles``) leaves it as it was.
final class MapPackageEdit {
    /// Prefix of staging folders: `.patrolmap-edit.tmp-<pid>-<random>`.
    static let stagingPrefix = ".patrolmap-edit.tmp-"

    /// The package folder.
    let folder: URL
    /// The staging folder inside it.
    let staging: URL
    private var written: [String] = []
    private var tokens: [TemporaryFiles.Token] = []

    /// Prepares a staging folder in the package at `path`, linking every file of the package.
    init(map path: String) throws(InputIssue) {
        folder = URL(fileURLWithPath: path).standardizedFileURL
        TemporaryFiles.removeStale(in: folder, prefix: Self.stagingPrefix)
        staging = folder.appendingPathComponent(TemporaryFiles.name(for: "patrolmap-edit"))
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            tokens.append(TemporaryFiles.register(staging.path))
            for name in try manager.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
                let link = staging.appendingPathComponent(name).path
                try manager.createSymbolicLink(atPath: link, withDestinationPath: "../" + name)
                tokens.append(TemporaryFiles.register(link))
            }
        } catch {
            throw InputIssue.cannotWrite(path, error)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: staging)
        tokens.forEach(TemporaryFiles.unregister)
    }

    /// Stages the new content of a package file (replacing its link).
    func write(_ text: String, to file: String) throws(InputIssue) {
        let path = staging.appendingPathComponent(file).path
        unlink(path)
        tokens.append(TemporaryFiles.register(path))
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw InputIssue.cannotWrite(file, error)
        }
        written.append(file)
    }

    /// Loads the staged package and refuses it when it does not load, or has an error
    /// `original` (the package as it is) does not have.
    func check(against original: PatrolMap) throws(InputIssue) {
        let staged: PatrolMap
        do {
            staged = try MapLoader.load(staging.path)
        } catch {
            throw Self.refusal(error, count: 1)
        }
        let known = Set(original.errors.map(Self.key))
        let new = staged.errors.filter { !known.contains(Self.key($0)) }
        if let first = new.first { throw Self.refusal(first, count: new.count) }
    }

    /// Renames the staged files into the package, in the order they were written.
    func commit() throws(InputIssue) {
        for file in written {
            guard rename(staging.appendingPathComponent(file).path, folder.appendingPathComponent(file).path) == 0 else {
                throw InputIssue.cannotWrite(file, FileIO.WriteError(path: file, reason: String(cString: strerror(errno))))
            }
        }
    }

    /// An error that a result's issue is the same as one the map had (line numbers aside:
    /// they move when features are added).
    private static func key(_ issue: InputIssue) -> String {
        [issue.file, issue.recordID ?? "", issue.field ?? "", issue.message.en].joined(separator: "\u{1F}")
    }

    /// The error for a staged result that does not validate, naming its first problem.
    private static func refusal(_ issue: InputIssue, count: Int) -> InputIssue {
        var refusal = issue
        refusal.message = Localized(
            en: "\(issue.message.en) — the edited map would have \(count) new error(s), so nothing was changed",
            zh: "\(issue.message.zh)——修改后的地图将新增 \(count) 处错误,因此未做任何改动")
        refusal.severity = .error
        return refusal
    }
}
