public import Foundation

/// Whole outputs checked in as expected files, compared byte for byte.
///
/// Set `PATROLMAP_RECORD_GOLDEN=1` to write the actual output over the expected file
/// instead (then read the new file, as a user would, before committing it).
public enum GoldenFile {
    /// `Tests/PatrolCLITests/Golden`.
    public static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/PatrolCLITests/Golden")

    /// Nil when `actual` equals the file `name` in ``folder`` byte for byte, else a message
    /// listing every line that differs.
    public static func mismatch(_ actual: String, file name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PATROLMAP_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return nil
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        guard expected != actual else { return nil }
        return "\(name) differs (expected −, actual +):\n" + lineDiff(expected: expected, actual: actual)
    }

    /// The lines that differ, by line number; trailing whitespace and a missing final
    /// newline are made visible.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for i in 0..<max(old.count, new.count) {
            let a = i < old.count ? String(old[i]) : nil
            let b = i < new.count ? String(new[i]) : nil
            guard a != b else { continue }
            if let a { lines.append("\(i + 1) − «\(a)»") }
            if let b { lines.append("\(i + 1) + «\(b)»") }
        }
        return lines.joined(separator: "\n")
    }
}
