import Testing
import PatrolData
import _PatrolTestSupport

@Suite("TextDecoding")
struct TextDecodingTests {
    @Test("UTF-8, with and without a byte-order mark")
    func utf8() throws {
        let plain = try #require(TextDecoding.decode(Array("户号,村\n".utf8)))
        #expect(plain.text == "户号,村\n")
        #expect(plain.encoding == .utf8)
        let bom = try #require(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("id\n".utf8)))
        #expect(bom.text == "id\n")
        #expect(bom.encoding == .utf8WithBOM)
        #expect(TextDecoding.failure(in: Array("ok".utf8)) == nil)
    }

    @Test("GB18030 (GB2312 code points from the standard's table)")
    func gb18030() throws {
        // 中 = D6 D0, 文 = CE C4, 村 = B4 E5 in GB2312, which GB18030 contains unchanged.
        let decoded = try #require(TextDecoding.decode([0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0xB4, 0xE5]))
        #expect(decoded.text == "中文,村")
        #expect(decoded.encoding == .gb18030)
    }

    @Test("the GB18030 ledger fixture decodes to the UTF-8 ledger with Chinese headers")
    func ledgerFixture() throws {
        let decoded = try #require(TextDecoding.decode(Fixtures.bytes(Fixtures.gb18030LedgerPath)))
        #expect(decoded.encoding == .gb18030)
        let utf8 = String(decoding: try Fixtures.bytes(Fixtures.tinyWGS84Path + "/households.csv"), as: UTF8.self)
        let body = utf8.split(separator: "\n", maxSplits: 1)[1]
        #expect(decoded.text == "户号,村,组,门牌号,经度,纬度,户主,人口,电话,标签,备注\n" + body)
    }

    @Test("UTF-16 is named")
    func utf16() throws {
        let failure = try #require(TextDecoding.failure(in: [0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00]))
        #expect(failure.isUTF16)
        #expect(failure.line == 1)
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x69, 0x00]) == nil)
    }

    @Test("a damaged GB18030 file is located where GB18030 fails, not where UTF-8 does")
    func damagedGB18030() throws {
        // Line 1 is GB18030 Chinese (UTF-8 fails at byte 0); line 2 has a lone 0xFF (GB18030 fails there).
        let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0x0A, 0x61, 0xFF, 0x62, 0x0A]
        let failure = try #require(TextDecoding.failure(in: bytes))
        #expect(failure.offset == 6)
        #expect(failure.line == 2)
        #expect(failure.byte == 0xFF)
        #expect(failure.closestEncoding == .gb18030)
        #expect(!failure.endsInsideCharacter)
    }

    @Test("a damaged UTF-8 file is located where UTF-8 fails")
    func damagedUTF8() throws {
        // "naïve" in UTF-8, then a Latin-1 é (0xE9) before a newline: neither UTF-8 nor GB18030.
        let bytes: [UInt8] = Array("na\u{EF}ve\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A]
        let failure = try #require(TextDecoding.failure(in: bytes))
        #expect(failure.offset == 10)
        #expect(failure.line == 2)
        #expect(failure.closestEncoding == .utf8)
    }

    @Test("a file cut inside a GB18030 character")
    func truncated() throws {
        let failure = try #require(TextDecoding.failure(in: [0xD6, 0xD0, 0x0A, 0x61, 0x0A, 0xCE]))
        #expect(failure.endsInsideCharacter)
        #expect(failure.offset == 5)
        #expect(failure.line == 3)
    }
}
