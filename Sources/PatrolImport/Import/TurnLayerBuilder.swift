import PatrolData
import PatrolGeo

/// Counts of the turn restrictions (`type=restriction` relations) an import read, wrote and dropped.
public struct TurnStatistics: Sendable, Hashable {
    /// `type=restriction` relations read.
    public var relations = 0
    /// Relations written to `turns.geojson`.
    public var kept = 0
    /// Of ``kept``, those with a via way (the rest have a via node).
    public var keptViaWay = 0
    /// Features written (a `no_entry` with several from ways, or a `no_exit` with several to ways, gives one each).
    public var features = 0
    /// Relations dropped, by reason: `conditional` (only `restriction:conditional`, not applied),
    /// `ill-formed` (members or tags that make no restriction; each is listed with its id),
    /// `outside` (a member way is not an imported road, or lies outside the area).
    public var dropped: [String: Int] = [:]
}

/// Makes `turns.geojson` from the restriction relations: each becomes a LineString from the
/// from way's vertex before the via, along the via node or via way(s), to the to way's vertex
/// after it (see ``TurnRestriction``), with its restriction tags and `r<id>` as the feature id.
struct TurnLayerBuilder {
    let ways: WayCollector
    let references: [UInt32]
    /// The node ids, ascending; `references` index them.
    let nodeIDs: [Int64]
    let coordinates: [FixedCoordinate]
    let isWritten: (Int) -> Bool
    let file: String

    /// What the builder made: features in relation-id order, counts, and one issue per ill-formed relation.
    struct Result {
        var features: [GeoJSONWriter.Feature] = []
        var statistics = TurnStatistics()
        var issues: [InputIssue] = []
    }

    /// Why a relation was dropped: the report's category and, for an ill-formed one, what is wrong.
    private struct Refusal: Error {
        var reason: String
        var en: String
        var zh: String
    }

    func build() -> Result {
        var result = Result()
        var roadOfWay: [Int64: Int] = [:]
        let wanted = Set(ways.restrictions.flatMap { $0.members.filter { $0.type == .way }.map(\.ref) })
        for i in 0..<ways.count where ways.roles[i] == .road && wanted.contains(ways.ids[i]) { roadOfWay[ways.ids[i]] = i }
        for relation in ways.restrictions.sorted(by: { $0.id < $1.id }) {
            result.statistics.relations += 1
            do {
                let (tags, paths, viaWay) = try resolve(relation, roads: roadOfWay)
                result.statistics.kept += 1
                if viaWay { result.statistics.keptViaWay += 1 }
                for (k, path) in paths.enumerated() {
                    let points = path.map { Point(x: coordinates[Int($0)].longitude, y: coordinates[Int($0)].latitude) }
                    result.features.append(
                        GeoJSONWriter.Feature(
                            id: paths.count == 1 ? "r\(relation.id)" : "r\(relation.id)-\(k + 1)", properties: tags, geometry: .lineString(points)))
                }
                result.statistics.features += paths.count
            } catch {
                result.statistics.dropped[error.reason, default: 0] += 1
                guard error.reason == "ill-formed" else { continue }
                result.issues.append(
                    InputIssue(
                        .warning, file: file, recordID: "relation/\(relation.id)",
                        message: Localized(en: "turn restriction: \(error.en); dropped", zh: "转向限制:\(error.zh),已丢弃")))
            }
        }
        return result
    }

    private func illFormed(_ en: String, _ zh: String) -> Refusal { Refusal(reason: "ill-formed", en: en, zh: zh) }

    /// The tags to write, the paths (as node indices) and whether the via is a way.
    private func resolve(_ relation: OSMRelation, roads: [Int64: Int]) throws(Refusal) -> ([(String, JSONValue)], [[UInt32]], Bool) {
        let ruleKeys = relation.tags.pairs.map(\.key).filter(TurnRestriction.isRuleKey).sorted()
        guard !ruleKeys.isEmpty else {
            if relation.tags.pairs.contains(where: { $0.key.hasPrefix("restriction") && $0.key.hasSuffix(":conditional") }) {
                throw Refusal(reason: "conditional", en: "", zh: "")
            }
            throw illFormed("no restriction tag", "没有 restriction 标签")
        }
        let values = ruleKeys.map { relation.tags[$0]! }
        if let bad = values.first(where: { TurnRestriction.rule(of: $0) == nil }) {
            throw illFormed("'\(bad)' is not a restriction (no_* or only_*)", "'\(bad)' 不是转向限制(应为 no_* 或 only_*)")
        }
        var tags: [(String, JSONValue)] = ruleKeys.map { ($0, .string(relation.tags[$0]!)) }
        if let except = relation.tags["except"] { tags.append(("except", .string(except))) }

        let from = relation.members.filter { $0.role == "from" }
        let to = relation.members.filter { $0.role == "to" }
        let via = relation.members.filter { $0.role == "via" }
        guard !from.isEmpty, from.allSatisfy({ $0.type == .way }) else { throw illFormed("it needs a from way", "缺少进入路径(from 成员必须是路径)") }
        guard !to.isEmpty, to.allSatisfy({ $0.type == .way }) else { throw illFormed("it needs a to way", "缺少驶出路径(to 成员必须是路径)") }
        guard from.count == 1 || values.allSatisfy({ $0 == "no_entry" }) else {
            throw illFormed("\(from.count) from ways (only no_entry may have several)", "有 \(from.count) 条进入路径(只有 no_entry 可以有多条)")
        }
        guard to.count == 1 || values.allSatisfy({ $0 == "no_exit" }) else {
            throw illFormed("\(to.count) to ways (only no_exit may have several)", "有 \(to.count) 条驶出路径(只有 no_exit 可以有多条)")
        }
        let viaIsNode = via.count == 1 && via[0].type == .node
        guard viaIsNode || (!via.isEmpty && via.allSatisfy({ $0.type == .way })) else {
            throw illFormed(
                via.isEmpty ? "it has no via member" : "its via must be one node or one or more ways", via.isEmpty ? "缺少经由成员" : "经由成员必须是一个节点或若干条路径")
        }
        func nodes(_ member: OSMRelation.Member) throws(Refusal) -> [UInt32] {
            guard let i = roads[member.ref] else {
                throw Refusal(reason: "outside", en: "", zh: "")
            }
            var result: [UInt32] = []
            for k in ways.refStart[i]..<ways.refStart[i + 1] {
                let index = references[k]
                guard coordinates[Int(index)] != NodeCollector.missing, isWritten(Int(index)) else { throw Refusal(reason: "outside", en: "", zh: "") }
                if result.last != index { result.append(index) }
            }
            return result
        }
        var paths: [[UInt32]] = []
        for f in from {
            let fromNodes = try nodes(f)
            for t in to {
                let toNodes = try nodes(t)
                var chain: [UInt32]
                var approach: UInt32
                if viaIsNode {
                    let v = fromNodes.first { nodeIDs[Int($0)] == via[0].ref } ?? toNodes.first { nodeIDs[Int($0)] == via[0].ref }
                    guard let v, let a = Self.neighbour(of: v, atEndOf: fromNodes) else {
                        throw illFormed("the from way \(f.ref) does not start or end at the via node \(via[0].ref)", "进入路径 \(f.ref) 的首尾都不是经由节点 \(via[0].ref)")
                    }
                    approach = a
                    chain = [v]
                } else {
                    var remaining = try via.map { m throws(Refusal) in try nodes(m) }
                    guard let (first, a) = Self.start(remaining, from: fromNodes) else {
                        throw illFormed("the from way \(f.ref) does not touch the via way(s)", "进入路径 \(f.ref) 与经由路径不相接")
                    }
                    approach = a
                    chain = remaining.remove(at: first.index)
                    if first.reversed { chain.reverse() }
                    while !remaining.isEmpty {
                        guard let next = remaining.firstIndex(where: { $0.first == chain.last || $0.last == chain.last }) else {
                            throw illFormed("the via ways do not join into one chain", "经由路径不能首尾相连成一条")
                        }
                        var piece = remaining.remove(at: next)
                        if piece.first != chain.last { piece.reverse() }
                        chain += piece.dropFirst()
                    }
                }
                guard let departure = Self.neighbour(of: chain.last!, atEndOf: toNodes) else {
                    throw illFormed(
                        "the to way \(t.ref) does not start or end at the via \(viaIsNode ? "node" : "way's end")",
                        "驶出路径 \(t.ref) 的首尾不在经由\(viaIsNode ? "节点" : "路径末端")上")
                }
                paths.append([approach] + chain + [departure])
            }
        }
        return (tags, paths, !viaIsNode)
    }

    /// The vertex next to `node` on `way` when `node` is one end of it (not both: a closed way is ambiguous).
    static func neighbour(of node: UInt32, atEndOf way: [UInt32]) -> UInt32? {
        guard way.count >= 2, way.first != way.last else { return nil }
        if way.first == node { return way[1] }
        if way.last == node { return way[way.count - 2] }
        return nil
    }

    /// The via way that starts the chain (touching an end of the from way, in member order),
    /// whether it runs backwards, and the from way's vertex before the shared node.
    static func start(_ via: [[UInt32]], from: [UInt32]) -> (first: (index: Int, reversed: Bool), approach: UInt32)? {
        for (i, piece) in via.enumerated() {
            for end in [from.last!, from.first!] {
                guard let approach = neighbour(of: end, atEndOf: from) else { continue }
                if piece.first == end { return ((i, false), approach) }
                if piece.last == end { return ((i, true), approach) }
            }
        }
        return nil
    }
}
