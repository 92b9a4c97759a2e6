import Foundation

extension Fixtures {
    /// `Tests/Fixtures`: files made from the tiny map by `Tests/Fixtures/make_tiny_variants.py`.
    public static var testFixturesPath: String { packageRoot.appendingPathComponent("Tests/Fixtures").path }

    /// The tiny map converted to WGS 84 longitude/latitude by cs2cs (working CRS still EPSG:4545).
    public static var tinyWGS84Path: String { testFixturesPath + "/tiny-wgs84" }

    /// The WGS 84 variant shifted to GCJ-02 by the published forward formula.
    public static var tinyGCJ02Path: String { testFixturesPath + "/tiny-gcj02" }

    /// The WGS 84 variant's ledger with Chinese headers, encoded as GB18030 by iconv.
    public static var gb18030LedgerPath: String { testFixturesPath + "/ledgers/households-gb18030.csv" }

    /// The bytes of a fixture file.
    public static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// A test set-up that could not break a fixture the way it meant to (the fixture changed).
public struct FixtureEditError: Error, CustomStringConvertible {
    /// What was expected and not found.
    public var description: String
}

extension TemporaryMap {
    /// Edits one 1-based line of a text file of the copy, leaving the others as they are.
    public func editLine(_ file: String, _ line: Int, _ change: (String) throws -> String) throws {
        var lines = try read(file).components(separatedBy: "\n")
        guard line >= 1 && line <= lines.count else { throw FixtureEditError(description: "\(file) has no line \(line)") }
        lines[line - 1] = try change(lines[line - 1])
        try write(file, lines.joined(separator: "\n"))
    }

    /// Replaces text in one line of a file; throws when the line does not hold it.
    public func replace(_ old: String, with new: String, inLine line: Int, of file: String) throws {
        try editLine(file, line) { text in
            guard text.contains(old) else { throw FixtureEditError(description: "line \(line) of \(file) does not contain \(old)") }
            return text.replacingOccurrences(of: old, with: new)
        }
    }
}
