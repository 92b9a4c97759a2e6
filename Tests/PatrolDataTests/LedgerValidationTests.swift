import Testing
import PatrolData
import _PatrolTestSupport

/// households.csv in SampleMaps/tiny: header on line 1, H00n on line n + 1.
@Suite("Ledger rows with control characters or ids that fold together")
struct LedgerValidationTests {
    private func load(line: Int, _ old: String, _ new: String) throws -> PatrolMap {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace(old, with: new, inLine: line, of: "households.csv")
        return try MapLoader.load(map.path)
    }

    @Test("a NUL in a household head is a warning and removed; the row is kept")
    func nulInHead() throws {
        let map = try load(line: 4, "张伟", "张\u{0}伟")
        #expect(map.issues.count == 1)
        let issue = try #require(map.issues.first)
        #expect(issue.severity == .warning && issue.line == 4 && issue.field == "head")
        #expect(issue.message.en == "the field holds control character U+0000 (NUL) at character 2; removed")
        #expect(map.households.first { $0.id == "H003" }?.head == "张伟")
    }

    @Test("a control character in an identifying column is an error; the row is skipped")
    func controlInID() throws {
        let map = try load(line: 3, "H002", "H0\u{1B}02\u{1B}")
        let issue = try #require(map.issues.first)
        #expect(issue.severity == .error && issue.line == 3 && issue.field == "id")
        #expect(issue.message.en == "the field holds control character U+001B at character 3 (2 in all); row skipped")
        #expect(map.households.count == 11)
    }

    @Test("ids equal once full-width forms, case and spaces are folded: the second is refused")
    func foldedIDs() throws {
        for (line, old, new, first) in [
            (13, "H012", "Ｈ００１", "'H001' (line 2)"), (12, "H011", "h002", "'H002' (line 3)"), (11, "H010", "H 003", "'H003' (line 4)"),
        ] {
            let map = try load(line: line, old, new)
            let issue = try #require(map.issues.first { $0.field == "id" })
            #expect(issue.severity == .error && issue.line == line && issue.recordID == new)
            #expect(issue.message.en.hasPrefix("household id '\(new)' is the same as \(first) once full-width forms, case and spaces are folded"))
            #expect(map.households.count == 11)
        }
    }
}
