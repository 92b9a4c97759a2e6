import Foundation
import Testing
@testable import PatrolImport
import PatrolData

@Suite("Damaged inputs are refused or read, never a crash")
struct RobustnessTests {
    @Test("every single-byte change of a primitive block decodes or throws")
    func flippedBlockBytes() {
        var dense = ProtoBytes.packedSigned(1, [100, 101, 103], delta: true)
        dense += ProtoBytes.packedSigned(8, [425_000_000, 425_000_010, 424_999_000], delta: true)
        dense += ProtoBytes.packedSigned(9, [15_000_000, 14_999_990, 15_000_500], delta: true)
        dense += ProtoBytes.packed(10, [0, 1, 2, 0, 0])
        var way = ProtoBytes.field(1, varint: 7) + ProtoBytes.packed(2, [1]) + ProtoBytes.packed(3, [2])
        way += ProtoBytes.packedSigned(8, [100, 101, 103], delta: true)
        var block = ProtoBytes.field(1, bytes: ProtoBytes.stringTable(["", "amenity", "police"]))
        block += ProtoBytes.field(2, bytes: ProtoBytes.field(2, bytes: dense))
        block += ProtoBytes.field(2, bytes: ProtoBytes.field(3, bytes: way))
        block += ProtoBytes.field(17, varint: 100)
        var outcomes = (decoded: 0, refused: 0)
        for i in block.indices {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = block
                damaged[i] ^= mask
                var handler = RecordingHandler()
                var decoder = PBFBlockDecoder()
                do {
                    _ = try damaged.withBytes { raw throws(ProtobufError) in try decoder.decode(raw, into: &handler) }
                    outcomes.decoded += 1
                } catch {
                    #expect(error.offset >= 0 && error.offset <= damaged.count)
                    outcomes.refused += 1
                }
            }
        }
        #expect(outcomes.decoded + outcomes.refused == block.count * 3)
        #expect(outcomes.refused > 0)
    }

    @Test("every prefix of a PBF file is refused with its location, or read when it ends between blocks")
    func truncatedPBF() throws {
        let bytes = try FileIO.readBytes(ImportFixtures.shared("andorra.osm.pbf"))
        let path = ImportFixtures.temporaryPath("prefix") + ".osm.pbf"
        for length in stride(from: 1, to: bytes.count, by: bytes.count / 23) {
            try Data(bytes.prefix(length)).write(to: URL(fileURLWithPath: path))
            var handler = RecordingHandler()
            handler.wantsNodes = false
            do {
                _ = try PBFReader(path: path, name: "prefix.osm.pbf").read(into: &handler)
            } catch {
                #expect(error.file == "prefix.osm.pbf")
                #expect(error.recordID?.hasPrefix("block ") == true, "\(length): \(error)")
            }
        }
    }

    @Test("every prefix of an OSM XML document is read or refused with a line")
    func truncatedXML() throws {
        let text = OSMImportTests.osm
        let bytes = Array(text.utf8)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            let prefix = String(decoding: bytes.prefix(length), as: UTF8.self)
            var tokenizer = XMLTokenizer(StringChunks(prefix, chunkSize: 5))
            do {
                while try tokenizer.next() != nil {}
                Issue.record("a prefix of \(length) bytes should not be a complete document")
            } catch {
                #expect(error.line != nil)
            }
        }
    }
}
