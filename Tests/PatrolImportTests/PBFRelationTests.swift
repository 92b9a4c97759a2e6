import Testing
@testable import PatrolImport
import PatrolData

/// Keeps the relations a decoder hands over.
private struct RelationRecorder: OSMHandler {
    var wantsNodes: Bool { false }
    var wantsWays: Bool { false }
    var wantsRelations: Bool { true }
    var relations: [OSMRelation] = []

    mutating func header(_ header: OSMFileHeader) {}
    mutating func node(_ node: OSMNode) {}
    mutating func way(_ way: OSMWay) {}
    mutating func relation(_ relation: OSMRelation) { relations.append(relation) }
    mutating func skipped(_ issue: InputIssue) {}
}

@Suite("PBF relations built by hand")
struct PBFRelationTests {
    @Test("a restriction relation: packed roles, delta-coded member ids, member types, tags")
    func restriction() throws {
        // Strings: 0 "", 1 "type", 2 "restriction", 3 "no_left_turn", 4 "from", 5 "via", 6 "to"
        let table = ProtoBytes.stringTable(["", "type", "restriction", "no_left_turn", "from", "via", "to"])
        var relation = ProtoBytes.field(1, varint: 4242)
        relation += ProtoBytes.packed(2, [1, 2])
        relation += ProtoBytes.packed(3, [2, 3])
        relation += ProtoBytes.packed(8, [4, 5, 6])
        relation += ProtoBytes.packedSigned(9, [10, 2, 11], delta: true)
        relation += ProtoBytes.packed(10, [1, 0, 1])  // way, node, way
        let block = ProtoBytes.field(1, bytes: table) + ProtoBytes.field(2, bytes: ProtoBytes.field(4, bytes: relation))
        var recorder = RelationRecorder()
        var decoder = PBFBlockDecoder()
        let contents = try block.withBytes { raw throws(ProtobufError) in try decoder.decode(raw, into: &recorder) }
        #expect(contents == [.relations])
        #expect(recorder.relations.count == 1)
        let r = try #require(recorder.relations.first)
        #expect(r.id == 4242)
        #expect(r.tags["type"] == "restriction" && r.tags["restriction"] == "no_left_turn")
        #expect(r.members.map(\.type) == [.way, .node, .way])
        #expect(r.members.map(\.ref) == [10, 2, 11])
        #expect(r.members.map(\.role) == ["from", "via", "to"])
    }

    @Test("members whose roles, ids and types disagree in number are a located error, not a crash")
    func ragged() {
        let table = ProtoBytes.stringTable(["", "from"])
        let relation =
            ProtoBytes.field(1, varint: 1) + ProtoBytes.packed(8, [1, 1]) + ProtoBytes.packedSigned(9, [5], delta: true) + ProtoBytes.packed(10, [1])
        let block = ProtoBytes.field(1, bytes: table) + ProtoBytes.field(2, bytes: ProtoBytes.field(4, bytes: relation))
        var recorder = RelationRecorder()
        var decoder = PBFBlockDecoder()
        #expect(throws: ProtobufError.self) { try block.withBytes { raw throws(ProtobufError) in try decoder.decode(raw, into: &recorder) } }
    }
}
