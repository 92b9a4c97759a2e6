import Foundation
import Testing
@testable import PatrolImport
import PatrolData
import PatrolGeo

@Suite("PBF file framing built by hand")
struct PBFFramingTests {
    /// One framed block: big-endian header length, BlobHeader, Blob with raw (uncompressed) data.
    static func frame(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let blob = ProtoBytes.field(1, bytes: data) + ProtoBytes.field(2, varint: UInt64(data.count))
        let header = ProtoBytes.field(1, bytes: Array(type.utf8)) + ProtoBytes.field(3, varint: UInt64(blob.count))
        let n = UInt32(header.count)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + header + blob
    }

    static func headerBlock(features: [String]) -> [UInt8] {
        // HeaderBBox: left 1.4°, right 1.8°, top 42.7°, bottom 42.4°, in nanodegrees (sint64)
        let box =
            ProtoBytes.field(1, varint: ProtoBytes.zigzag(1_400_000_000)) + ProtoBytes.field(2, varint: ProtoBytes.zigzag(1_800_000_000))
            + ProtoBytes.field(3, varint: ProtoBytes.zigzag(42_700_000_000)) + ProtoBytes.field(4, varint: ProtoBytes.zigzag(42_400_000_000))
        return ProtoBytes.field(1, bytes: box) + features.flatMap { ProtoBytes.field(4, bytes: Array($0.utf8)) }
            + ProtoBytes.field(16, bytes: Array("hand".utf8))
    }

    static func dataBlock() -> [UInt8] {
        var dense = ProtoBytes.packedSigned(1, [1, 2], delta: true)
        dense += ProtoBytes.packedSigned(8, [425_000_000, 425_000_100], delta: true)
        dense += ProtoBytes.packedSigned(9, [15_000_000, 15_000_100], delta: true)
        var way = ProtoBytes.field(1, varint: 10) + ProtoBytes.packed(2, [1]) + ProtoBytes.packed(3, [2])
        way += ProtoBytes.packedSigned(8, [1, 2], delta: true)
        return ProtoBytes.field(1, bytes: ProtoBytes.stringTable(["", "highway", "track"]))
            + ProtoBytes.field(2, bytes: ProtoBytes.field(2, bytes: dense)) + ProtoBytes.field(2, bytes: ProtoBytes.field(3, bytes: way))
    }

    @Test("header, raw data blocks, bounds, block index; a second pass reads only what it asks for")
    func framing() throws {
        let bytes =
            Self.frame("OSMHeader", Self.headerBlock(features: ["OsmSchema-V0.6", "DenseNodes"]))
            + Self.frame("OSMData", Self.dataBlock()) + Self.frame("Unknown", [1, 2, 3])
        let path = try ImportFixtures.file(bytes: bytes, extension: "osm.pbf")
        let reader = try PBFReader(path: path, name: "hand.osm.pbf")
        var handler = RecordingHandler()
        let index = try reader.read(into: &handler)
        #expect(handler.header.bounds == BoundingBox(minX: 1.4, minY: 42.4, maxX: 1.8, maxY: 42.7))
        #expect(handler.header.generator == "hand")
        #expect(handler.nodes.map(\.id) == [1, 2])
        #expect(handler.ways.map(\.refs) == [[1, 2]])
        #expect(index.count == 1 && index[0].contents == [.nodes, .ways] && index[0].number == 1)
        var onlyWays = RecordingHandler()
        onlyWays.wantsNodes = false
        try reader.read(into: &onlyWays, only: index)
        #expect(onlyWays.nodes.isEmpty && onlyWays.ways.count == 1 && onlyWays.header.generator == "hand")
    }

    @Test("a history file is refused: it requires a feature this reader does not support")
    func unsupportedFeature() throws {
        let bytes = Self.frame("OSMHeader", Self.headerBlock(features: ["OsmSchema-V0.6", "HistoricalInformation"])) + Self.frame("OSMData", Self.dataBlock())
        let path = try ImportFixtures.file(bytes: bytes, extension: "osm.pbf")
        var handler = RecordingHandler()
        do {
            _ = try PBFReader(path: path, name: "history.osm.pbf").read(into: &handler)
            Issue.record("expected an error")
        } catch {
            #expect(error.recordID == "block 0 (byte 0)")
            #expect(error.message.en.contains("HistoricalInformation"))
        }
    }

    @Test("data before the header, and an oversized blob header, are refused")
    func badOrder() throws {
        var handler = RecordingHandler()
        let dataFirst = try ImportFixtures.file(bytes: Self.frame("OSMData", Self.dataBlock()), extension: "osm.pbf")
        #expect(throws: InputIssue.self) { _ = try PBFReader(path: dataFirst, name: "x").read(into: &handler) }
        let huge = try ImportFixtures.file(bytes: [0x00, 0x10, 0x00, 0x00] + Array(repeating: 0, count: 16), extension: "osm.pbf")
        #expect(throws: InputIssue.self) { _ = try PBFReader(path: huge, name: "x").read(into: &handler) }
    }
}
