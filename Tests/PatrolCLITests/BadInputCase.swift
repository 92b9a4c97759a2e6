import Foundation
import _PatrolTestSupport

/// One case of the bad-input corpus: `Tests/BadInputs/<name>/case.json` (see the README there).
struct BadInputCase: Decodable {
    /// One sentence: what is broken.
    var about: String
    /// `tiny`, `gongli` (SampleMaps), a folder of Tests/Fixtures, or `none`.
    var map: String
    /// Files removed from the map copy.
    var remove: [String]?
    /// Arguments after `patrolmap`, with `$MAP`, `$CASE` and `$TMP` substituted.
    var args: [String]
    /// The expected exit status.
    var exit: Int32
    /// Substrings standard error must contain.
    var stderr: [String]
    /// Substrings standard output must contain.
    var stdout: [String]?
    /// Files of the map copy that must be byte-identical after the run.
    var unchanged: [String]?
    /// A device to connect standard output to instead of a file (`/dev/full`).
    var stdoutTo: String?

    enum CodingKeys: String, CodingKey {
        case about, map, remove, args, exit, stderr, stdout, unchanged
        case stdoutTo = "stdout_to"
    }
}

/// Where the corpus lives and which of its cases wait for work elsewhere.
enum BadInputCorpus {
    /// `Tests/BadInputs`.
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/BadInputs")

    /// The name of every case folder, sorted.
    static let names: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }()

    /// Cases listed in `Tests/BadInputs/PENDING` (one name a line, `#` starts a comment):
    /// they wait for a fix on another branch and are skipped with a note.
    static let pending: Set<String> = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("PENDING"), encoding: .utf8)) ?? ""
        return Set(
            text.split(separator: "\n").map { line in
                String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty })
    }()

    /// The folder holding a sample map or fixture named in `map`.
    static func mapSource(_ name: String) -> URL? {
        for parent in ["SampleMaps", "Tests/Fixtures"] {
            let url = Fixtures.packageRoot.appendingPathComponent(parent).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("map.json").path) { return url }
        }
        return nil
    }

    /// Loads a case's `case.json`.
    static func load(_ name: String) throws -> BadInputCase {
        let data = try Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("case.json"))
        return try JSONDecoder().decode(BadInputCase.self, from: data)
    }
}
