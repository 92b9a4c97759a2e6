public import PatrolData
import PatrolGeo

/// What an OSM import read, kept, split, clipped and dropped, and why.
public struct OSMImportReport: Sendable {
    /// The input file's name.
    public var input: String
    /// `PBF`, `XML` or `XML (gzip)`.
    public var format: String
    /// The map folder written.
    public var output: String
    /// Date of the newest element, `YYYY-MM-DD`, when the file has timestamps.
    public var date: String?
    /// Nodes, ways and relations read.
    public var nodesRead = 0, waysRead = 0, relationsRead = 0
    /// What happened to the roads.
    public var roads = RoadStatistics()
    /// Useful ways skipped in the way pass because no node of theirs lies near the given area.
    public var outsideArea = 0
    /// Ways with a `highway` tag that were not imported, by reason: `highway=VALUE` (a value
    /// no profile routes on), `area=yes` (a square, not a line), `nodes<2`.
    public var droppedHighways: [String: Int] = [:]
    /// `route=ferry` ways in the area, not imported: no profile routes on ferries yet.
    public var ferries = 0
    /// What happened to posts and landmarks.
    public var points = PointStatistics()
    /// Barrier and ford points written to `barriers.geojson`.
    public var barriers = BarrierStatistics()
    /// Turn restrictions written to `turns.geojson`, and those dropped.
    public var turns = TurnStatistics()
    /// Water areas and watercourses written to `water.geojson`, and those left out.
    public var water = WaterStatistics()
    /// How the jurisdiction was chosen.
    public var area = Localized(en: "", zh: "")
    /// Geodesic area of the jurisdiction in km².
    public var areaKm2 = 0.0
    /// Villages written.
    public var villages = 0
    /// Elements the reader skipped as unusable, and ways broken where their nodes are
    /// missing, each with the element's id or line.
    public var skipped: [InputIssue] = []
    /// Problems the user must act on (no police post, say).
    public var warnings: [Localized] = []

    /// How many unusable elements the text report lists one by one.
    static let listedSkips = 10

    /// The report as lines of text in `language`.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let dated = date.map { zh ? ",数据日期 \($0)" : ", data of \($0)" } ?? ""
        lines.append(zh ? "已将 \(input)(\(format)\(dated))导入 \(output)" : "Imported \(input) (\(format)\(dated)) into \(output)")
        lines.append(
            zh
                ? "读取:\(nodesRead) 个节点,\(waysRead) 条路径,\(relationsRead) 个关系(只用转向限制和水域多边形,其余已跳过)"
                : "read: \(EnglishCount.of(nodesRead, "node")), \(EnglishCount.of(waysRead, "way")), \(EnglishCount.of(relationsRead, "relation")) (only turn restrictions and water multipolygons used; the rest skipped)"
        )
        lines.append((zh ? "辖区:" : "jurisdiction: ") + area.text(language) + (zh ? ",面积 \(Self.fixed(areaKm2, 2)) 平方公里" : ", \(Self.fixed(areaKm2, 2)) km²"))
        lines.append(
            zh
                ? "道路:保留 \(roads.ways) 条 highway 路径 → 写出 \(roads.features) 条道路(在与其他道路共用的节点处拆分,多出 \(roads.splits) 段)"
                : "roads: \(EnglishCount.of(roads.ways, "highway way")) kept → \(EnglishCount.of(roads.features, "road feature")) (split at nodes shared with other roads: \(EnglishCount.of(roads.splits, "extra piece")))"
        )
        if outsideArea > 0 {
            lines.append(
                zh
                    ? "  \(outsideArea) 条路径(道路、警务点或地标)离指定范围太远,读取时已跳过"
                    : "  \(EnglishCount.of(outsideArea, "way")) (roads, posts or landmarks) far from the given area skipped while reading")
        }
        if roads.clipped > 0 || roads.outside > 0 {
            lines.append(
                zh
                    ? "  裁剪:\(roads.clipped) 条在边界处截断,\(roads.outside) 条完全在辖区外(已丢弃)"
                    : "  clipped: \(EnglishCount.of(roads.clipped, "way")) cut at the boundary, \(roads.outside) entirely outside (dropped)")
        }
        let network = roads.connectivity
        if network.islands > 0 {
            let total = network.mainMetres + network.islandMetres
            let share = Self.fixed(100 * network.mainMetres / total, 1)
            let km = Self.fixed(network.islandMetres / 1000, 1)
            lines.append(
                zh
                    ? "  连通:\(share)% 的道路长度连成一个路网;另有 \(network.islands) 片孤立道路(共 \(km) 公里,其中 \(network.islandsCut) 片被边界截断)已保留,其附近的地点经最近的连通道路到达"
                    : "  connected: \(share) % of the road length is one network; \(EnglishCount.of(network.islands, "island")) of roads apart from it (\(km) km, \(network.islandsCut) cut by the boundary) kept, places near them reached by the nearest connected road"
            )
        }
        if !droppedHighways.isEmpty {
            let list = droppedHighways.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\(OSMImportRules.explain($0.key).text(language)) \($0.value)" }.joined(separator: zh ? "," : ", ")
            lines.append((zh ? "  未导入(无法通行或不是线路):" : "  dropped (not routable lines): ") + list)
        }
        if ferries > 0 {
            lines.append(
                zh
                    ? "  渡轮:\(ferries) 条 route=ferry 航线未导入(路线不会经过渡轮)"
                    : "  ferries: \(EnglishCount.of(ferries, "route=ferry way")) not imported (routes never take a ferry)")
        }
        var tagNotes: [String] = []
        if roads.reversedOneways > 0 {
            tagNotes.append(zh ? "\(roads.reversedOneways) 条 oneway=-1 已反向为 oneway=yes" : "\(roads.reversedOneways) oneway=-1 reversed to oneway=yes")
        }
        if roads.roundaboutOneways > 0 {
            tagNotes.append(zh ? "\(roads.roundaboutOneways) 条环岛补上 oneway=yes" : "\(EnglishCount.of(roads.roundaboutOneways, "roundabout")) given oneway=yes")
        }
        if roads.widthsDropped > 0 {
            tagNotes.append(zh ? "\(roads.widthsDropped) 个非米制 width 已丢弃" : "\(EnglishCount.of(roads.widthsDropped, "width value")) not in metres dropped")
        }
        if roads.maxspeedsRead > 0 || !roads.maxspeedsDropped.isEmpty {
            let dropped = roads.maxspeedsDropped.values.reduce(0, +)
            var note = zh ? "maxspeed 读取 \(roads.maxspeedsRead) 条" : "maxspeed read on \(EnglishCount.of(roads.maxspeedsRead, "way"))"
            if dropped > 0 {
                let values = roads.maxspeedsDropped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map { "'\($0.key)' \($0.value)" }
                    .joined(separator: ", ")
                note += zh ? ",\(dropped) 条无法识别已丢弃(\(values))" : ", \(dropped) unreadable dropped (\(values))"
            }
            tagNotes.append(note)
        }
        if !tagNotes.isEmpty { lines.append((zh ? "  标签:" : "  tags: ") + tagNotes.joined(separator: zh ? ";" : "; ")) }
        if roads.missingReferences > 0 {
            lines.append(
                zh
                    ? "  缺失节点:\(roads.waysWithMissingNodes) 条路径引用了文件中没有的 \(roads.missingReferences) 个节点,已在缺口处断开"
                    : "  missing nodes: \(EnglishCount.of(roads.waysWithMissingNodes, "way")) reference \(EnglishCount.of(roads.missingReferences, "node")) absent from the file; broken at the gaps"
            )
        }
        if roads.degenerate > 0 {
            lines.append(zh ? "  \(roads.degenerate) 段长度为零,已丢弃" : "  \(EnglishCount.of(roads.degenerate, "zero-length piece")) dropped")
        }
        var postLine =
            zh
            ? "警务点:\(points.posts) 个(amenity=police 节点 \(points.policeNodes) 个,区域 \(points.policeAreas) 个,其中 \(points.policeAreasMerged) 个区域与节点重合已合并)"
            : "posts: \(points.posts) (amenity=police: \(EnglishCount.of(points.policeNodes, "node")), \(EnglishCount.of(points.policeAreas, "area")), \(EnglishCount.of(points.policeAreasMerged, "area")) merged with a node in the same place)"
        if points.stationAdded { postLine += zh ? ",含 --station 指定的派出所" : ", including the station given with --station" }
        lines.append(postLine)
        lines.append(
            zh
                ? "地标:\(points.landmarks) 个(有名称的 place/amenity/tourism 共 \(points.landmarkCandidates) 个;重名丢弃 \(points.repeatedNames) 个)"
                : "landmarks: \(points.landmarks) (of \(points.landmarkCandidates) named place/amenity/tourism elements; \(points.repeatedNames) dropped for a repeated name)"
        )
        if points.outside > 0 {
            lines.append(zh ? "  \(points.outside) 个警务点或地标位于辖区外,已丢弃" : "  \(points.outside) posts or landmarks outside the jurisdiction dropped")
        }
        if barriers.total > 0 {
            let kinds = barriers.byKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append(
                zh
                    ? "障碍点:道路上 \(barriers.total) 个,写入 barriers.geojson(\(kinds))"
                    : "barriers: \(EnglishCount.of(barriers.total, "point")) on roads written to barriers.geojson (\(kinds))")
        }
        if turns.relations > 0 {
            let dropped = turns.dropped.sorted { $0.key < $1.key }.map { key, count in
                switch key {
                case "conditional": zh ? "有条件的(restriction:conditional)\(count) 个" : "\(count) conditional (restriction:conditional)"
                case "ill-formed": zh ? "格式不对 \(count) 个(见下)" : "\(count) ill-formed (listed below)"
                default: zh ? "成员道路未导入或在范围外 \(count) 个" : "\(count) with a member road not imported or outside the area"
                }
            }
            let droppedText = dropped.isEmpty ? "" : (zh ? ";丢弃:" : "; dropped: ") + dropped.joined(separator: zh ? "," : ", ")
            lines.append(
                zh
                    ? "转向限制:\(turns.relations) 个 type=restriction 关系,保留 \(turns.kept) 个写入 turns.geojson(经由节点 \(turns.kept - turns.keptViaWay) 个,经由路径 \(turns.keptViaWay) 个)\(droppedText)"
                    : "turn restrictions: \(EnglishCount.of(turns.relations, "type=restriction relation")), \(turns.kept) kept in turns.geojson (\(turns.kept - turns.keptViaWay) via a node, \(turns.keptViaWay) via a way)\(droppedText)"
            )
        }
        if water.areas + water.lines + water.skipped > 0 {
            let assembled =
                water.multipolygons > 0
                ? (zh ? "(其中 \(water.multipolygons) 个由多边形关系拼成)" : " (\(water.multipolygons) assembled from multipolygon relations)") : ""
            let left = water.skipped > 0 ? (zh ? ";\(water.skipped) 个无法使用(见下)" : "; \(water.skipped) unusable (listed below)") : ""
            lines.append(
                zh
                    ? "水系:水域 \(water.areas) 个\(assembled)、水道 \(water.lines) 条写入 water.geojson\(left)"
                    : "water: \(EnglishCount.of(water.areas, "area"))\(assembled) and \(EnglishCount.of(water.lines, "watercourse")) written to water.geojson\(left)"
            )
        }
        lines.append(
            zh
                ? "村:\(villages) 个(OSM 的行政边界未导入;无村界时以整个辖区作为一个村)"
                : "villages: \(villages) (OSM admin boundaries are not imported; without village polygons the whole jurisdiction is one village)")
        lines.append(
            zh
                ? "住户:households.csv 已写出,但为空(只有表头)——OSM 没有住户数据,请从派出所台账导入"
                : "households: households.csv written EMPTY (header only) — OSM has no household data; fill it from the station's ledger")
        if !skipped.isEmpty {
            lines.append(zh ? "无法使用的元素:\(skipped.count) 个" : "unusable elements: \(skipped.count)")
            for issue in skipped.prefix(Self.listedSkips) { lines.append("  " + issue.formatted(language)) }
            if skipped.count > Self.listedSkips {
                lines.append(zh ? "  ……另有 \(skipped.count - Self.listedSkips) 个" : "  … and \(skipped.count - Self.listedSkips) more")
            }
        }
        lines.append(zh ? "版权:© OpenStreetMap contributors(ODbL)" : "attribution: © OpenStreetMap contributors (ODbL)")
        for warning in warnings {
            lines.append("")
            lines.append((zh ? "!! 警告:" : "!! WARNING: ") + warning.text(language))
        }
        return lines.joined(separator: "\n")
    }

    private static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        } else {
            text += "." + String(repeating: "0", count: decimals)
        }
        return text
    }
}
