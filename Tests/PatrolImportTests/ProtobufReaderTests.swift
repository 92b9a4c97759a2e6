import Testing
@testable import PatrolImport
import PatrolData

@Suite("Protocol buffer wire format")
struct ProtobufReaderTests {
    func read<T>(_ bytes: [UInt8], _ body: (inout ProtobufReader) throws(ProtobufError) -> T) throws(ProtobufError) -> T {
        try bytes.withBytes { raw throws(ProtobufError) in
            var reader = ProtobufReader(raw)
            return try body(&reader)
        }
    }

    @Test("varints: one byte, 300 = AC 02, the 64-bit maximum")
    func varints() throws {
        #expect(try read([0x01]) { r throws(ProtobufError) in try r.readVarint() } == 1)
        #expect(try read([0xAC, 0x02]) { r throws(ProtobufError) in try r.readVarint() } == 300)
        #expect(try read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) { r throws(ProtobufError) in try r.readVarint() } == .max)
        // 150 then 1, back to back
        #expect(try read([0x96, 0x01, 0x01]) { r throws(ProtobufError) in [try r.readVarint(), try r.readVarint()] } == [150, 1])
    }

    @Test("malformed varints are errors with their offset, not traps")
    func badVarints() {
        #expect(throws: ProtobufError.self) { try read([0x80]) { r throws(ProtobufError) in try r.readVarint() } }
        #expect(throws: ProtobufError.self) {
            try read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]) { r throws(ProtobufError) in try r.readVarint() }
        }
        #expect(throws: ProtobufError.self) { try read(Array(repeating: 0x80, count: 11) + [0]) { r throws(ProtobufError) in try r.readVarint() } }
        do {
            _ = try read([0x01, 0x80, 0x80]) { r throws(ProtobufError) in [try r.readVarint(), try r.readVarint()] }
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 1)
        }
    }

    @Test("zigzag: 0→0, 1→-1, 2→1, 3→-2, and the 32-bit extremes")
    func zigzag() {
        #expect(ProtobufReader.zigzagDecode(0) == 0)
        #expect(ProtobufReader.zigzagDecode(1) == -1)
        #expect(ProtobufReader.zigzagDecode(2) == 1)
        #expect(ProtobufReader.zigzagDecode(3) == -2)
        #expect(ProtobufReader.zigzagDecode(4_294_967_294) == 2_147_483_647)
        #expect(ProtobufReader.zigzagDecode(4_294_967_295) == -2_147_483_648)
        #expect(ProtobufReader.zigzagDecode(.max) == .min)
    }

    @Test("keys, length-delimited fields and skipping")
    func keysAndMessages() throws {
        // field 1 varint 150; field 2 bytes "hi"; field 3 fixed32; field 4 varint 7
        let bytes: [UInt8] = [0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1D, 1, 2, 3, 4, 0x20, 0x07]
        let result = try read(bytes) { r throws(ProtobufError) -> [String] in
            var seen: [String] = []
            while !r.isAtEnd {
                let (field, type) = try r.readKey()
                switch field {
                case 1: seen.append("1=\(try r.readVarint())")
                case 2: seen.append("2=\(try r.readString())")
                case 3:
                    #expect(type == .fixed32)
                    try r.skip(type)
                case 4: seen.append("4=\(try r.readVarint())")
                default: Issue.record("unexpected field \(field)")
                }
            }
            return seen
        }
        #expect(result == ["1=150", "2=hi", "4=7"])
    }

    @Test("a length beyond the message is refused")
    func overlongLength() {
        // field 2, length 5, but only 2 bytes follow
        #expect(throws: ProtobufError.self) {
            try read([0x12, 0x05, 0x61, 0x62]) { r throws(ProtobufError) in
                _ = try r.readKey()
                return try r.readBytes().count
            }
        }
    }

    @Test("packed and unpacked repeated fields, delta-coded zigzag")
    func packed() throws {
        // packed sint64 deltas 10, +5, -3 → 10, 15, 12: zigzag 20, 10, 5
        let packedBytes: [UInt8] = [0x42, 0x03, 20, 10, 5]
        let values = try read(packedBytes) { r throws(ProtobufError) -> [Int64] in
            var out: [Int64] = []
            let (_, type) = try r.readKey()
            try r.appendSignedVarints(type, to: &out, delta: true)
            return out
        }
        #expect(values == [10, 15, 12])
        // the same field unpacked, three keys in a row
        let unpacked: [UInt8] = [0x40, 20, 0x40, 10, 0x40, 5]
        let values2 = try read(unpacked) { r throws(ProtobufError) -> [Int64] in
            var out: [Int64] = []
            while !r.isAtEnd {
                let (_, type) = try r.readKey()
                try r.appendSignedVarints(type, to: &out, delta: true)
            }
            return out
        }
        #expect(values2 == [10, 15, 12])
        #expect(ProtoBytes.packedSigned(8, [10, 15, 12], delta: true) == packedBytes)
    }
}
