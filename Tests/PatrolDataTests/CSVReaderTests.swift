import Testing
import PatrolData

@Suite("CSVReader and CSVWriter")
struct CSVReaderTests {
    private func syntaxError(_ text: String) -> CSVReader.SyntaxError? {
        do {
            _ = try CSVReader.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("plain records, CRLF, blank lines and a missing final newline")
    func plain() throws {
        let records = try CSVReader.parse("a,b,c\r\n1,,3\r\n\r\n\n4,5,6")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "", "3"], ["4", "5", "6"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test("quoted fields: commas, doubled quotes, line breaks, and the lines that follow")
    func quoted() throws {
        let text = "id,note\nH1,\"独居,行动不便\"\nH2,\"他说\"\"快来\"\"\"\nH3,\"第一行\n第二行\"\nH4,\"\"\n"
        let records = try CSVReader.parse(text)
        #expect(
            records.map(\.fields) == [
                ["id", "note"], ["H1", "独居,行动不便"], ["H2", "他说\"快来\""], ["H3", "第一行\n第二行"], ["H4", ""],
            ])
        // H3's field spans lines 4–5, so H4 starts on line 6.
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test("spaces after a closing quote are ignored, spaces in unquoted fields kept")
    func spaces() throws {
        let records = try CSVReader.parse("\"a\"  , b ,c\n")
        #expect(records[0].fields == ["a", " b ", "c"])
    }

    @Test("errors name the line")
    func errors() throws {
        let stray = try #require(syntaxError("a,b\n1,x\"y\n"))
        #expect(stray.line == 2)
        #expect(stray.reason.en == "a quote appears inside an unquoted field")
        let after = try #require(syntaxError("a,b\n1,2\n\"x\"y,3\n"))
        #expect(after.line == 3)
        #expect(after.reason.en == "text after the closing quote of a field")
        // The quote opens on line 3 of a record that starts on line 2.
        let open = try #require(syntaxError("a,b\n1,\"ok\"\n2,\"never\nclosed\n"))
        #expect(open.line == 3)
        #expect(open.reason.en.hasPrefix("the quoted field opened on this line is never closed"))
    }

    @Test("the writer quotes only what needs it, and the reader reads it back")
    func roundTrip() throws {
        let header = ["id", "note"]
        let rows = [["H1", "plain"], ["H2", "a,b"], ["H3", "say \"hi\""], ["H4", "two\nlines"], ["H5", " padded "], ["H6", ""]]
        let text = CSVWriter.table(header: header, rows: rows)
        #expect(text == "id,note\nH1,plain\nH2,\"a,b\"\nH3,\"say \"\"hi\"\"\"\nH4,\"two\nlines\"\nH5,\" padded \"\nH6,\n")
        #expect(try CSVReader.parse(text).map(\.fields) == [header] + rows)
    }
}
