import PatrolData
import PatrolGeo

/// Pass 1 of an OSM import: keeps the ways the map needs (roads, police or landmark areas,
/// water) in compact arrays, and counts the ones it drops and why.
///
/// Memory: 8 bytes per kept node reference and 8 per kept tag, plus each distinct string once.
struct WayCollector: OSMHandler {
    var wantsNodes: Bool { false }
    var wantsWays: Bool { true }
    var wantsRelations: Bool { true }

    /// The file's header.
    private(set) var header = OSMFileHeader()
    /// Way ids, one per kept way.
    private(set) var ids: [Int64] = []
    /// What each kept way becomes.
    private(set) var roles: [OSMImportRules.WayRole] = []
    /// `refs[refStart[i]..<refStart[i + 1]]` are way `i`'s node ids.
    private(set) var refStart: [Int] = [0]
    /// Node ids of all kept ways, concatenated.
    private(set) var refs: [Int64] = []
    /// `tags[tagStart[i]..<tagStart[i + 1]]` are way `i`'s kept tags as key, value id pairs.
    private(set) var tagStart: [Int] = [0]
    /// Interned tag keys and values, alternating.
    private(set) var tags: [UInt32] = []
    /// The strings behind the tag ids.
    private(set) var strings = StringInterner()
    /// Newest edit time among all ways, seconds since 1970.
    private(set) var newest: Int64 = 0
    /// Ways read in total.
    private(set) var waysRead = 0
    /// Relations read in total.
    private(set) var relationsRead = 0
    /// The `type=restriction` relations, in file order (at most ``InputLimits/osmPoints``).
    private(set) var restrictions: [OSMRelation] = []
    /// The water `type=multipolygon` relations, in file order (at most ``InputLimits/osmPoints``).
    private(set) var waterAreas: [OSMRelation] = []
    /// Ways with a `highway` tag dropped, by reason.
    private(set) var dropped: [String: Int] = [:]
    /// `route=ferry` ways (without a `highway` tag) in the area: not imported, only counted for the report.
    private(set) var ferries = 0
    /// Elements the reader skipped.
    private(set) var skippedIssues = BoundedIssues()
    /// When set, only ways with a node among these ids (ascending) are kept.
    let region: [Int64]?
    /// Ways the import would use that have no node in ``region``.
    private(set) var outsideRegion = 0
    /// True when the kept ways reached ``InputLimits/osmNodeReferences`` and later ones were
    /// not kept; the import is then refused.
    private(set) var full = false

    /// A collector keeping every useful way, or with `region` only those touching it.
    init(region: [Int64]? = nil) {
        self.region = region
    }

    /// Number of kept ways.
    var count: Int { ids.count }

    mutating func header(_ header: OSMFileHeader) {
        self.header = header
    }

    mutating func node(_ node: OSMNode) {}

    mutating func way(_ way: OSMWay) {
        waysRead += 1
        newest = max(newest, way.timestamp)
        if way.tags["route"] == "ferry", way.tags["highway"] == nil {
            if region.map({ touches($0, way.refs) }) ?? true { ferries += 1 }
            return
        }
        guard let role = OSMImportRules.role(ofWay: way.tags) else { return }
        if let region, !touches(region, way.refs) {
            outsideRegion += 1
            return
        }
        if role == .road, let reason = OSMImportRules.roadRefusal(way.tags, nodeCount: way.refs.count) {
            dropped[reason, default: 0] += 1
            return
        }
        guard way.refs.count >= 1 else { return }
        guard refs.count + way.refs.count <= InputLimits.osmNodeReferences else {
            full = true
            return
        }
        ids.append(way.id)
        roles.append(role)
        refs.append(contentsOf: way.refs)
        refStart.append(refs.count)
        let keys =
            switch role {
            case .road: OSMImportRules.roadKeys
            case .water: OSMWaterRules.keys
            case .post, .landmark: OSMImportRules.pointKeys
            }
        for key in keys {
            if let value = way.tags[key] {
                tags.append(strings.id(key))
                tags.append(strings.id(value))
            }
        }
        tagStart.append(tags.count)
    }

    mutating func relation(_ relation: OSMRelation) {
        relationsRead += 1
        if relation.tags["type"] == "restriction", restrictions.count < InputLimits.osmPoints {
            restrictions.append(relation)
        } else if OSMWaterRules.isWaterMultipolygon(relation.tags), waterAreas.count < InputLimits.osmPoints {
            waterAreas.append(relation)
        }
    }

    mutating func skipped(_ issue: InputIssue) {
        skippedIssues.append(issue)
    }

    private func touches(_ region: [Int64], _ refs: [Int64]) -> Bool {
        region.withUnsafeBufferPointer { ids in refs.contains { SortedIDs.index(of: $0, in: ids) != nil } }
    }

    /// Kept way `i`'s tags.
    func tags(of i: Int) -> OSMTags {
        var pairs: [(key: String, value: String)] = []
        var k = tagStart[i]
        while k < tagStart[i + 1] {
            pairs.append((strings[tags[k]], strings[tags[k + 1]]))
            k += 2
        }
        return OSMTags(pairs: pairs)
    }

    /// Replaces the node ids by their positions in `sortedIDs` (which must hold every one)
    /// and frees the ids.
    ///
    /// - Complexity: O(r log n) for r references and n distinct nodes.
    mutating func takeReferences(resolvedIn sortedIDs: [Int64]) -> [UInt32] {
        var indices = [UInt32](repeating: 0, count: refs.count)
        refs.withUnsafeBufferPointer { refBuffer in
            sortedIDs.withUnsafeBufferPointer { idBuffer in
                for (k, ref) in refBuffer.enumerated() {
                    indices[k] = UInt32(SortedIDs.index(of: ref, in: idBuffer)!)
                }
            }
        }
        refs = []
        return indices
    }
}

/// Searching sorted id arrays.
enum SortedIDs {
    /// The position of `id` in the ascending `ids`, or `nil`.
    ///
    /// - Complexity: O(log n)
    @inline(__always)
    static func index(of id: Int64, in ids: UnsafeBufferPointer<Int64>) -> Int? {
        var low = 0
        var high = ids.count
        while low < high {
            let mid = (low + high) >> 1
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    /// The distinct values of `values`, ascending.
    ///
    /// - Complexity: O(n log n)
    static func distinctSorted(_ values: [Int64]) -> [Int64] {
        var sorted = values
        sorted.sort()
        var write = 0
        for read in 0..<sorted.count where read == 0 || sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
