import PatrolGeo
import PatrolData

/// Counts of what happened to the road ways of an import.
public struct RoadStatistics: Sendable, Hashable {
    /// Ways kept as roads (before splitting and clipping).
    public var ways = 0
    /// Road features written.
    public var features = 0
    /// Extra features made by splitting ways at nodes shared with other roads.
    public var splits = 0
    /// Ways cut by the clip boundary (their outside parts dropped).
    public var clipped = 0
    /// Ways entirely outside the clip boundary (dropped).
    public var outside = 0
    /// Ways that reference nodes missing from the file (broken at the gaps).
    public var waysWithMissingNodes = 0
    /// Node references with no node in the file.
    public var missingReferences = 0
    /// `oneway=-1` ways reversed to `oneway=yes`.
    public var reversedOneways = 0
    /// Roundabouts and circular junctions (`junction=roundabout|circular`) given `oneway=yes` (OSM implies it).
    public var roundaboutOneways = 0
    /// Ways with a `maxspeed` that ``MaxSpeed`` reads (kept).
    public var maxspeedsRead = 0
    /// `maxspeed` values ``MaxSpeed`` cannot read, dropped, with how many ways had each.
    public var maxspeedsDropped: [String: Int] = [:]
    /// `width` values dropped because they are not metres.
    public var widthsDropped = 0
    /// Pieces dropped because all their vertices coincide.
    public var degenerate = 0
    /// Vertices written.
    public var vertices = 0
    /// How the written roads hang together.
    public var connectivity = RoadIslandStatistics()
}

/// Turns the kept OSM highway ways into road features: resolves node positions, clips to
/// the area, splits at nodes shared with other kept roads (so the map's graph joins exactly
/// where OSM joins), and normalises a few tags.
///
/// Runs in two sweeps over the ways: the first counts how many road pieces use each node,
/// the second splits and writes. Memory: one byte per node, plus one way at a time.
struct RoadBuilder {
    private let ways: WayCollector
    private let references: [UInt32]
    private let coordinates: [FixedCoordinate]
    private let clipper: LineClipper?
    private var uses: [UInt8]
    private let order: [Int]
    private let nodeIDs: [Int64]
    private let file: String
    /// What happened, filled by ``write(to:hull:)``.
    private(set) var statistics = RoadStatistics()
    /// One issue per way that refers to nodes the file lacks (or whose nodes were skipped),
    /// naming the way and its first missing node; filled by ``write(to:hull:)``.
    private(set) var issues: [InputIssue] = []

    /// A builder over pass-1 ways, their references resolved to indices into `nodeIDs` (ascending
    /// node ids), and the node positions; `file` names the input in messages.
    init(ways: WayCollector, references: [UInt32], nodeIDs: [Int64], coordinates: [FixedCoordinate], clipper: LineClipper?, file: String) {
        self.ways = ways
        self.references = references
        self.nodeIDs = nodeIDs
        self.file = file
        self.coordinates = coordinates
        self.clipper = clipper
        uses = [UInt8](repeating: 0, count: coordinates.count)
        order = (0..<ways.count).filter { ways.roles[$0] == .road }.sorted { ways.ids[$0] < ways.ids[$1] }
    }

    /// First sweep: how many road pieces use each node (saturating at 2).
    mutating func countUses() {
        for way in order {
            for piece in clippedPieces(way).pieces {
                for vertex in piece where vertex.node >= 0 {
                    let i = Int(vertex.node)
                    if uses[i] < 2 { uses[i] += 1 }
                }
            }
        }
    }

    /// True when node `index` lies on a road piece that is written (after ``countUses()``).
    func isWritten(node index: Int) -> Bool {
        uses[index] > 0
    }

    /// Second sweep: splits, normalises and writes every road; adds each vertex to `hull`.
    mutating func write(to writer: GeoJSONStreamWriter, hull: inout HullAccumulator) {
        var islands = RoadIslands(nodeCount: coordinates.count)
        defer { statistics.connectivity = islands.statistics() }
        for way in order {
            statistics.ways += 1
            let (pieces, cut) = clippedPieces(way)
            let unresolved = resolvedLines(way).isEmpty
            reportMissingNodes(way, unresolved: unresolved)
            if unresolved { continue }
            if cut { statistics.clipped += pieces.isEmpty ? 0 : 1 }
            if pieces.isEmpty {
                statistics.outside += 1
                continue
            }
            var parts: [[RoadVertex]] = []
            for piece in pieces {
                var start = 0
                if piece.count > 2 {
                    for j in 1..<(piece.count - 1) {
                        let node = piece[j].node
                        if node >= 0, uses[Int(node)] >= 2 {
                            parts.append(Array(piece[start...j]))
                            start = j
                        }
                    }
                }
                parts.append(Array(piece[start...]))
            }
            let kept = parts.filter { part in part.contains { $0.lon != part[0].lon || $0.lat != part[0].lat } }
            statistics.degenerate += parts.count - kept.count
            statistics.splits += max(0, kept.count - pieces.count)
            let properties = JSONWriter.compact(.object(roadProperties(way)))
            let id = ways.ids[way]
            for (k, part) in kept.enumerated() {
                let featureID = kept.count == 1 ? "w\(id)" : "w\(id)-\(k + 1)"
                for vertex in part { hull.add(vertex.point) }
                statistics.vertices += part.count
                writer.appendLineString(id: featureID, properties: properties, coordinates: part.map(\.fixed))
                islands.add(part, cut: cut)
                statistics.features += 1
            }
        }
    }

    /// The way's lines after clipping, and whether clipping changed anything.
    private func clippedPieces(_ way: Int) -> (pieces: [[RoadVertex]], cut: Bool) {
        let lines = resolvedLines(way)
        guard let clipper else { return (lines, false) }
        let pieces = lines.flatMap { clipper.clip($0) }
        return (pieces, pieces != lines)
    }

    /// The way's vertices in travel order, broken where a node is missing from the file.
    private func resolvedLines(_ way: Int) -> [[RoadVertex]] {
        var lines: [[RoadVertex]] = []
        var current: [RoadVertex] = []
        var previous: UInt32 = .max
        for k in ways.refStart[way]..<ways.refStart[way + 1] {
            let index = references[k]
            let c = coordinates[Int(index)]
            if c == NodeCollector.missing {
                if current.count >= 2 { lines.append(current) }
                current = []
                previous = .max
                continue
            }
            if index == previous { continue }
            previous = index
            current.append(RoadVertex(node: Int32(index), lon: c.longitude, lat: c.latitude))
        }
        if current.count >= 2 { lines.append(current) }
        if reversed(way) {
            lines = lines.reversed().map { $0.reversed() }
        }
        return lines
    }

    private func reversed(_ way: Int) -> Bool {
        var k = ways.tagStart[way]
        while k < ways.tagStart[way + 1] {
            if ways.strings[ways.tags[k]] == "oneway" { return ways.strings[ways.tags[k + 1]] == "-1" }
            k += 2
        }
        return false
    }

    /// Counts a way's missing nodes and names the first; `unresolved` when fewer than two of
    /// its nodes in a row are left, so nothing of it can be drawn.
    private mutating func reportMissingNodes(_ way: Int, unresolved: Bool) {
        let range = ways.refStart[way]..<ways.refStart[way + 1]
        let missing = range.filter { coordinates[Int(references[$0])] == NodeCollector.missing }
        guard let first = missing.first else {
            if unresolved { statistics.degenerate += 1 }
            return
        }
        statistics.waysWithMissingNodes += 1
        statistics.missingReferences += missing.count
        let id = ways.ids[way]
        let node = nodeIDs[Int(references[first])]
        let (en, zh) =
            unresolved
            ? ("too few of its nodes are usable; skipped", "可用的节点太少,已跳过")
            : ("broken at the gaps", "已在缺口处断开")
        issues.append(
            InputIssue(
                unresolved ? .error : .warning, file: file, recordID: "way/\(id)", field: "nd",
                message: Localized(
                    en: "\(missing.count) of its \(range.count) nodes are missing from the file or were skipped (first: node \(node)); \(en)",
                    zh: "其 \(range.count) 个节点中有 \(missing.count) 个在文件中缺失或已被跳过(第一个:节点 \(node));\(zh)")))
    }

    /// The way's kept tags as feature properties, normalised; counts the changes made.
    private mutating func roadProperties(_ way: Int) -> [(String, JSONValue)] {
        let tags = ways.tags(of: way)
        var properties: [(String, JSONValue)] = []
        for key in OSMImportRules.roadKeys {
            var value = tags[key]
            switch key {
            case "width":
                if let text = value {
                    if let metres = OSMImportRules.metres(text) {
                        properties.append((key, .number(metres)))
                    } else {
                        statistics.widthsDropped += 1
                    }
                    continue
                }
            case "oneway":
                if value == "-1" {
                    value = "yes"
                    statistics.reversedOneways += 1
                } else if value == nil, tags["junction"] == "roundabout" || tags["junction"] == "circular" {
                    value = "yes"
                    statistics.roundaboutOneways += 1
                }
            case "maxspeed":
                if let text = value {
                    guard MaxSpeed(text) != nil else {
                        statistics.maxspeedsDropped[text, default: 0] += 1
                        continue
                    }
                    statistics.maxspeedsRead += 1
                }
            default:
                break
            }
            if let value { properties.append((key, .string(value))) }
        }
        return properties
    }
}
