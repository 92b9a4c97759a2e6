import Testing
import PatrolData

@Suite("JSONParser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("scalars, arrays and objects in document order")
    func values() throws {
        let value = try parse(#"{"b": [1, true, false, null], "a": "x", "b": 2}"#)
        #expect(value == .object([("b", .array([.number(1), .bool(true), .bool(false), .null])), ("a", .string("x")), ("b", .number(2))]))
        // A repeated member: the subscript gives the first.
        #expect(value["b"]?.arrayValue?.count == 4)
        #expect(value.objectMembers?.map(\.0) == ["b", "a", "b"])
    }

    @Test("every escape RFC 8259 defines")
    func escapes() throws {
        let value = try parse(#""q\" b\\ s\/ \b\f\n\r\t""#)
        #expect(value == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u00e9\u4E2D""#) == .string("é中"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test("surrogate pairs join; lone surrogates are refused with their position")
    func surrogates() throws {
        // U+1F600 is D83D DE00 in UTF-16; U+20BB7 (𠮷, a CJK Extension B character) is D842 DFB7.
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""\uD842\uDFB7""#) == .string("𠮷"))
        let lonelyHigh = try #require(syntaxError(#""ab\ud83d x""#))
        #expect(lonelyHigh.reason == "unpaired surrogate in \\u escape")
        #expect(lonelyHigh.line == 1 && lonelyHigh.column == 10)
        #expect(syntaxError(#""\ud83d\u0041""#)?.reason == "invalid low surrogate in \\u escape")
        #expect(syntaxError(#""\ude00""#)?.reason == "invalid \\u escape")
        #expect(syntaxError(#""\u12G4""#)?.reason == "invalid hex digit in \\u escape")
    }

    @Test("numbers: signs, fractions, exponents")
    func numbers() throws {
        #expect(try parse("-0") == .number(0))
        #expect(try parse("1.5e3") == .number(1500))
        #expect(try parse("1E-2") == .number(0.01))
        #expect(try parse("-12.25") == .number(-12.25))
        #expect(try parse("109.0502031907") == .number(109.0502031907))
        // Beyond Double's range: parsed as infinity, for the GeoJSON reader to refuse as not finite.
        #expect(try parse("1e999") == .number(.infinity))
    }

    @Test("malformed numbers are refused", arguments: ["01", "1.", "-", ".5", "+1", "1e", "1e+", "0x10", "-01.5"])
    func badNumbers(_ text: String) {
        #expect(syntaxError(text) != nil, "\(text) was accepted")
    }

    @Test("errors carry line and byte column")
    func location() throws {
        let error = try #require(syntaxError("{\n  \"a\": 1,\n  \"b\": tru\n}"))
        // Line 3 is `  "b": tru`; the literal breaks at the line end, column 11.
        #expect(error.line == 3)
        #expect(error.column == 11)
        #expect(error.reason == "invalid literal, expected 'true'")
        let trailing = try #require(syntaxError("[1, 2,]"))
        #expect(trailing.line == 1 && trailing.column == 7)
        #expect(trailing.reason == "unexpected character ']'")
        #expect(syntaxError("{\"a\":1,}")?.reason == "expected a quoted member name")
        #expect(syntaxError("{\"a\" 1}")?.reason == "expected ':' after member name")
        #expect(syntaxError("[1 2]")?.reason == "expected ',' or ']' in an array")
        #expect(syntaxError("{} {}")?.reason == "unexpected text after the end of the JSON value")
        #expect(syntaxError("[1,")?.reason == "unexpected end of file")
        #expect(syntaxError("")?.reason == "unexpected end of file")
        #expect(syntaxError("\"abc")?.reason == "unterminated string")
        #expect(syntaxError("\"a\nb\"")?.reason == "control character inside a string")
        // A stray UTF-8 byte outside a string is shown in hex, not as a broken character.
        #expect(syntaxError("[中]")?.reason == "unexpected byte 0xE4")
    }

    @Test("strings must be UTF-8")
    func invalidUTF8() throws {
        let error = try #require(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xB4, 0xE5, 0x22]) }
        #expect(error.reason == "string is not valid UTF-8")
    }

    @Test("nesting up to 512 levels is fine, deeper is refused")
    func depth() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try parse(ok) }
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(syntaxError(deep)?.reason == "nesting deeper than 512 levels (input limit)")
        let objects = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(syntaxError(objects)?.reason == "nesting deeper than 512 levels (input limit)")
    }

    @Test("objects remember the line they start on; a BOM is skipped")
    func objectLines() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"features\": [\n{\"a\": 1},\n\n  {\"b\": 2}\n]}".utf8))
        #expect(value.line == 1)
        let lines = value["features"]?.arrayValue?.compactMap(\.line)
        #expect(lines == [2, 4])
        #expect(JSONValue.string("x").line == nil)
    }
}
