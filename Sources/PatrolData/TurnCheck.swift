import PatrolGeo

/// Checks turn restrictions against the roads: every segment of a restriction's path must be
/// a segment of a road (consecutive vertices of one road, to the centimetre, in either direction).
enum TurnCheck {
    /// The restrictions that lie on the roads, and an error for each that does not (it is dropped),
    /// naming the feature and the segment: the from segment, a via segment or the to segment.
    static func check(_ turns: [TurnRestriction], roads: [Road], file: String, lines: [Int: Int]) -> (kept: [TurnRestriction], issues: [InputIssue]) {
        guard !turns.isEmpty else { return ([], []) }
        var segments: Set<SegmentKey> = []
        for road in roads {
            for (a, b) in zip(road.geometry, road.geometry.dropFirst()) {
                segments.insert(SegmentKey(a, b))
                segments.insert(SegmentKey(b, a))
            }
        }
        var kept: [TurnRestriction] = []
        var issues: [InputIssue] = []
        for turn in turns {
            let count = turn.path.count
            guard let bad = (0..<(count - 1)).first(where: { !segments.contains(SegmentKey(turn.path[$0], turn.path[$0 + 1])) }) else {
                kept.append(turn)
                continue
            }
            let (en, zh): (String, String) =
                switch bad {
                case 0: ("the from segment (vertices 1–2)", "进入路段(第 1–2 个顶点)")
                case count - 2: ("the to segment (vertices \(count - 1)–\(count))", "驶出路段(第 \(count - 1)–\(count) 个顶点)")
                default: ("the via segment (vertices \(bad + 1)–\(bad + 2))", "经由路段(第 \(bad + 1)–\(bad + 2) 个顶点)")
                }
            issues.append(
                InputIssue(
                    .error, file: file, line: lines[turn.feature], feature: turn.feature, recordID: turn.id, field: "geometry",
                    message: Localized(
                        en: "\(en) is not a piece of any road (its two vertices must be consecutive vertices of one road); skipped",
                        zh: "\(zh)不在任何道路上(这两个顶点必须是同一条道路上相邻的顶点),已跳过")))
        }
        return (kept, issues)
    }

    /// A directed segment between two positions rounded to the centimetre (as the network joins roads).
    private struct SegmentKey: Hashable {
        var ax: Int64, ay: Int64, bx: Int64, by: Int64

        init(_ a: Point, _ b: Point) {
            ax = Int64((a.x * 100).rounded())
            ay = Int64((a.y * 100).rounded())
            bx = Int64((b.x * 100).rounded())
            by = Int64((b.y * 100).rounded())
        }
    }
}
