import PatrolData

/// The extra pass of an OSM import with water multipolygons: the node ids of their member
/// ways, which the way pass could not keep because a relation comes after its ways in a file.
///
/// Memory: 8 bytes per member node reference; the pass reads way blocks only.
struct MemberWayCollector: OSMHandler {
    var wantsNodes: Bool { false }
    var wantsWays: Bool { true }

    /// The member way ids wanted, ascending and distinct.
    let wanted: [Int64]
    /// How many node references the pass may keep (what the way pass left of the import's limit).
    let budget: Int
    /// `refs[refStart[i]..<refStart[i + 1]]` are the node ids of ``ids``[i].
    private(set) var ids: [Int64] = []
    private(set) var refStart: [Int] = [0]
    private(set) var refs: [Int64] = []
    /// True when the member ways reached ``budget`` and later ones were not kept; the import is then refused.
    private(set) var full = false

    /// A collector for the ways `wanted` (any order, repeats allowed), keeping at most `budget` node references.
    init(wanted: [Int64], budget: Int) {
        self.wanted = SortedIDs.distinctSorted(wanted)
        self.budget = budget
    }

    mutating func header(_ header: OSMFileHeader) {}

    mutating func node(_ node: OSMNode) {}

    mutating func way(_ way: OSMWay) {
        guard wanted.withUnsafeBufferPointer({ SortedIDs.index(of: way.id, in: $0) }) != nil else { return }
        guard refs.count + way.refs.count <= budget else {
            full = true
            return
        }
        ids.append(way.id)
        refs.append(contentsOf: way.refs)
        refStart.append(refs.count)
    }

    mutating func skipped(_ issue: InputIssue) {}

    /// Replaces the node ids by their positions in `sortedIDs` (which must hold every one),
    /// frees them, and returns each kept way's node numbers by way id.
    mutating func takeWays(resolvedIn sortedIDs: [Int64]) -> [Int64: [UInt32]] {
        var ways: [Int64: [UInt32]] = [:]
        sortedIDs.withUnsafeBufferPointer { idBuffer in
            for (i, id) in ids.enumerated() {
                ways[id] = refs[refStart[i]..<refStart[i + 1]].map { UInt32(SortedIDs.index(of: $0, in: idBuffer)!) }
            }
        }
        refs = []
        return ways
    }
}
