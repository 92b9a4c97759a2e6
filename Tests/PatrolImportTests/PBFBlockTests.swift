import Testing
@testable import PatrolImport
import PatrolData

/// Collects what a decoder hands over.
struct RecordingHandler: OSMHandler {
    var wantsNodes = true
    var wantsWays = true
    var header = OSMFileHeader()
    var nodes: [OSMNode] = []
    var ways: [OSMWay] = []
    var skipped: [InputIssue] = []

    mutating func header(_ header: OSMFileHeader) { self.header = header }
    mutating func node(_ node: OSMNode) { nodes.append(node) }
    mutating func way(_ way: OSMWay) { ways.append(way) }
    mutating func skipped(_ issue: InputIssue) { skipped.append(issue) }
}

@Suite("PBF primitive blocks built by hand")
struct PBFBlockTests {
    func decode(_ block: [UInt8], handler: inout RecordingHandler) throws(ProtobufError) -> PBFBlockDecoder.Contents {
        var decoder = PBFBlockDecoder()
        return try block.withBytes { raw throws(ProtobufError) in try decoder.decode(raw, into: &handler) }
    }

    @Test("a dense-nodes block written byte by byte")
    func denseLiteral() throws {
        // StringTable: "", "amenity", "police"
        let strings: [UInt8] = [0x0A, 0x00, 0x0A, 0x07] + Array("amenity".utf8) + [0x0A, 0x06] + Array("police".utf8)
        // DenseNodes: ids 5, 6 (deltas 5, 1 → zigzag 10, 2); lats 425000000, 425000010
        // (deltas 425000000, 10 → zigzag 850000000 = 80 F1 A7 95 03, 20); lons 15000000, 14999990
        // (deltas 15000000, -10 → zigzag 30000000 = 80 87 A7 0E, 19); keys_vals 0 | 1 2 0
        let dense: [UInt8] =
            [0x0A, 0x02, 10, 2]
            + [0x42, 0x06, 0x80, 0xF1, 0xA7, 0x95, 0x03, 20]
            + [0x4A, 0x05, 0x80, 0x87, 0xA7, 0x0E, 19]
            + [0x52, 0x04, 0, 1, 2, 0]
        let group: [UInt8] = [0x12, UInt8(dense.count)] + dense
        let block: [UInt8] = [0x0A, UInt8(strings.count)] + strings + [0x12, UInt8(group.count)] + group
        var handler = RecordingHandler()
        let contents = try decode(block, handler: &handler)
        #expect(contents == .nodes)
        #expect(handler.nodes.map(\.id) == [5, 6])
        // granularity 100 nanodegrees: stored units are 1e-7 degrees exactly
        #expect(handler.nodes[0].coordinate == FixedCoordinate(lat: 425_000_000, lon: 15_000_000))
        #expect(handler.nodes[1].coordinate == FixedCoordinate(lat: 425_000_010, lon: 14_999_990))
        #expect(handler.nodes[0].tags.isEmpty)
        #expect(handler.nodes[1].tags["amenity"] == "police")
    }

    @Test("granularity, offsets, date granularity and dense timestamps")
    func offsets() throws {
        var dense = ProtoBytes.packedSigned(1, [100, 101, 103], delta: true)
        // DenseInfo timestamps 1000, 1010, 1010 in units of date_granularity 2000 ms
        dense += ProtoBytes.field(5, bytes: ProtoBytes.packedSigned(2, [1000, 1010, 1010], delta: true))
        dense += ProtoBytes.packedSigned(8, [1000, 2000, -500], delta: true)
        dense += ProtoBytes.packedSigned(9, [7, 8, 9], delta: true)
        var block = ProtoBytes.field(1, bytes: ProtoBytes.stringTable([""]))
        block += ProtoBytes.field(2, bytes: ProtoBytes.field(2, bytes: dense))
        block += ProtoBytes.field(17, varint: 1000)  // granularity: 1000 nanodegrees
        block += ProtoBytes.field(18, varint: 2000)  // date granularity: 2 s
        block += ProtoBytes.field(19, varint: UInt64(bitPattern: 42_000_000_000))  // lat_offset 42°
        block += ProtoBytes.field(20, varint: UInt64(bitPattern: -3_000_000_000))  // lon_offset -3°
        var handler = RecordingHandler()
        _ = try decode(block, handler: &handler)
        #expect(handler.nodes.map(\.id) == [100, 101, 103])
        // lat = 42° + 1000 nd × 1000 = 42.001°; 42.002°; 41.9995°
        #expect(handler.nodes.map(\.coordinate.lat) == [420_010_000, 420_020_000, 419_995_000])
        // lon = -3° + 7 µdeg, 8 µdeg, 9 µdeg
        #expect(handler.nodes.map(\.coordinate.lon) == [-29_999_930, -29_999_920, -29_999_910])
        #expect(handler.nodes.map(\.timestamp) == [2000, 2020, 2020])
    }

    @Test("ways: plain id, packed keys and values, delta-coded refs; relations skipped")
    func waysAndRelations() throws {
        var way = ProtoBytes.field(1, varint: 7)
        way += ProtoBytes.packed(2, [1, 3])
        way += ProtoBytes.packed(3, [2, 4])
        way += ProtoBytes.field(4, bytes: ProtoBytes.field(2, varint: 1_368_000_000))  // Info.timestamp
        way += ProtoBytes.packedSigned(8, [10, 15, 12], delta: true)
        var group = ProtoBytes.field(3, bytes: way)
        group += ProtoBytes.field(4, bytes: ProtoBytes.field(1, varint: 9))  // a relation, to be skipped
        var block = ProtoBytes.field(1, bytes: ProtoBytes.stringTable(["", "highway", "track", "name", "Camí"]))
        block += ProtoBytes.field(2, bytes: group)
        var handler = RecordingHandler()
        let contents = try decode(block, handler: &handler)
        #expect(contents == [.ways, .relations])
        #expect(handler.ways.count == 1)
        #expect(handler.ways[0].id == 7)
        #expect(handler.ways[0].refs == [10, 15, 12])
        #expect(handler.ways[0].tags["highway"] == "track")
        #expect(handler.ways[0].tags["name"] == "Camí")
        #expect(handler.ways[0].timestamp == 1_368_000_000)

        var skipWays = RecordingHandler()
        skipWays.wantsWays = false
        #expect(try decode(block, handler: &skipWays) == [.ways, .relations])
        #expect(skipWays.ways.isEmpty)
    }

    @Test("inconsistent blocks are errors: bad string index, ragged dense arrays, open tag list")
    func malformed() {
        var badIndex = ProtoBytes.field(1, varint: 7) + ProtoBytes.packed(2, [9]) + ProtoBytes.packed(3, [1])
        badIndex = ProtoBytes.field(1, bytes: ProtoBytes.stringTable(["", "x"])) + ProtoBytes.field(2, bytes: ProtoBytes.field(3, bytes: badIndex))
        var handler = RecordingHandler()
        #expect(throws: ProtobufError.self) { try decode(badIndex, handler: &handler) }

        let ragged =
            ProtoBytes.packedSigned(1, [1, 2], delta: true) + ProtoBytes.packedSigned(8, [1], delta: true) + ProtoBytes.packedSigned(9, [1, 2], delta: true)
        #expect(throws: ProtobufError.self) { try decode(ProtoBytes.field(2, bytes: ProtoBytes.field(2, bytes: ragged)), handler: &handler) }

        let open =
            ProtoBytes.packedSigned(1, [1], delta: true) + ProtoBytes.packedSigned(8, [1], delta: true) + ProtoBytes.packedSigned(9, [1], delta: true)
            + ProtoBytes.packed(10, [1, 1])
        let table = ProtoBytes.field(1, bytes: ProtoBytes.stringTable(["", "k"]))
        #expect(throws: ProtobufError.self) { try decode(table + ProtoBytes.field(2, bytes: ProtoBytes.field(2, bytes: open)), handler: &handler) }
    }
}
