import PatrolData
import PatrolRouting

/// Formats `info` output.
enum InfoReport {
    static func json(_ map: PatrolMap, _ s: MapSummary, _ g: GraphSummary) -> String {
        var members: [(String, JSONValue)] = [
            ("name", .string(map.manifest.name)),
            ("title", .string(map.manifest.title)),
            ("synthetic", .bool(map.manifest.synthetic)),
            ("crs", .string(map.inputCRS.definition)),
            ("working_crs", .string(map.workingCRS.definition)),
            ("area_km2", .number(s.areaKm2, decimals: 4)),
            ("villages", .number(Double(s.villages.count))),
            ("households", .number(Double(s.households))),
            ("residents", .number(Double(s.residents))),
            ("road_km", .object(s.roadKm.keys.sorted().map { ($0, JSONValue.number(s.roadKm[$0]!, decimals: 3)) })),
            ("road_km_total", .number(s.totalRoadKm, decimals: 3)),
            ("posts", .object(PostKind.allCases.map { ($0.rawValue, JSONValue.number(Double(s.posts[$0] ?? 0))) })),
            ("landmarks", .number(Double(s.landmarks))),
        ]
        members.append(
            (
                "graph",
                .object([
                    ("nodes", .number(Double(g.nodes))), ("edges", .number(Double(g.edges))), ("components", .number(Double(g.components))),
                    ("largest_component_nodes", .number(Double(g.largestComponentNodes))), ("forks", .number(Double(g.forks))),
                    (
                        "by_profile",
                        .object(
                            g.profiles.map { p in
                                (
                                    p.profile.rawValue,
                                    JSONValue.object([
                                        ("nodes", .number(Double(p.nodes))), ("edges", .number(Double(p.edges))), ("components", .number(Double(p.components))),
                                    ])
                                )
                            })
                    ),
                ])
            ))
        if let range = s.elevationRange {
            members.append(("elevation_m", .object([("min", .number(range.lowerBound, decimals: 1)), ("max", .number(range.upperBound, decimals: 1))])))
        }
        members.append(
            (
                "by_village",
                .array(
                    s.villages.map {
                        .object([
                            ("name", .string($0.name)), ("area_km2", .number($0.areaKm2, decimals: 4)),
                            ("households", .number(Double($0.households))), ("residents", .number(Double($0.residents))),
                        ])
                    })
            ))
        return JSONWriter.pretty(.object(members))
    }

    static func text(_ map: PatrolMap, _ s: MapSummary, _ g: GraphSummary, _ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append(Pinyin.name(map.manifest.title, in: language) + (map.manifest.synthetic ? (zh ? "(合成数据)" : " (synthetic data)") : ""))
        lines.append(
            zh
                ? "面积 \(Fmt.fixed(s.areaKm2, 2)) 平方公里(椭球面),\(s.villages.count) 个村,\(s.households) 户,\(s.residents) 人"
                : "area \(Fmt.fixed(s.areaKm2, 2)) km² (geodesic), \(EnglishCount.of(s.villages.count, "village")), \(EnglishCount.of(s.households, "household")), \(EnglishCount.of(s.residents, "resident"))"
        )
        lines.append((zh ? "坐标系 " : "CRS ") + map.inputCRS.definition + (zh ? ",工作坐标系 " : ", working CRS ") + map.workingCRS.definition)
        let postText = PostKind.allCases.compactMap { kind -> String? in
            guard let n = s.posts[kind], n > 0 else { return nil }
            return "\(kind.name(language)) \(n)"
        }.joined(separator: zh ? "," : ", ")
        lines.append((zh ? "警务点:" : "posts: ") + postText + (zh ? ";地标 \(s.landmarks) 个" : "; \(EnglishCount.of(s.landmarks, "landmark"))"))
        if let range = s.elevationRange {
            lines.append(
                zh
                    ? "高程 \(Fmt.whole(range.lowerBound))–\(Fmt.whole(range.upperBound)) 米"
                    : "elevation \(Fmt.whole(range.lowerBound))–\(Fmt.whole(range.upperBound)) m")
        }
        lines.append(
            zh
                ? "路网:\(g.nodes) 个节点,\(g.edges) 条路段,\(g.forks) 个岔路口,\(g.components) 个连通分量"
                : "road graph: \(EnglishCount.of(g.nodes, "node")), \(EnglishCount.of(g.edges, "edge")), \(EnglishCount.of(g.forks, "fork")), \(EnglishCount.of(g.components, "component"))"
        )
        lines.append("")
        var villages = TextTable(zh ? ["村", "面积(km²)", "户数", "人口"] : ["village", "km²", "households", "residents"])
        for v in s.villages {
            villages.add([Pinyin.name(v.name, in: language), Fmt.fixed(v.areaKm2, 2), String(v.households), String(v.residents)])
        }
        lines.append(villages.render())
        lines.append("")
        var roads = TextTable(zh ? ["道路等级", "公里"] : ["highway", "km"])
        for (highway, km) in s.roadKm.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
            roads.add([zh ? "\(TagNames.highway(highway).zh)(\(highway))" : highway, Fmt.fixed(km, 2)])
        }
        roads.add([zh ? "合计" : "total", Fmt.fixed(s.totalRoadKm, 2)])
        lines.append(roads.render())
        return lines.joined(separator: "\n")
    }
}
