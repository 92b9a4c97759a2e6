import PatrolAnalysis
import PatrolData
import PatrolGeo
import PatrolRouting

/// Formats coverage results: a report a chief can paste and CSV per household (JSON and
/// GeoJSON: ``CoverageDocument``).
enum CoverageReport {
    static func csv(_ r: CoverageResult, map: PatrolMap) -> String {
        let rows = r.households.map { h -> [String] in
            let household = map.households[h.household]
            return [
                household.id, household.village, h.post.map { r.posts[$0].name } ?? "",
                h.seconds.map { Fmt.fixed($0, 1) } ?? "", h.walk.map { Fmt.fixed($0, 1) } ?? "",
            ]
        }
        return CSVWriter.table(header: ["id", "village", "nearest_post", "seconds", "walk_m"], rows: rows)
    }

    static func text(_ study: CoverageStudy, map: PatrolMap, language: Language) -> String {
        let r = study.result
        let zh = language == .zh
        var lines: [String] = []
        let profile = r.settings.profile.name.text(language)
        let season = r.settings.season.name.text(language)
        lines.append(
            zh
                ? "覆盖分析:\(map.manifest.title)(\(profile),\(season),栅格 \(Int(r.settings.cellSize)) 米)"
                : "Coverage: \(Pinyin.name(map.manifest.title, in: .en)) (\(profile), \(season), \(Int(r.settings.cellSize)) m cells)")
        lines.append((zh ? "警务点:" : "posts: ") + r.posts.map { Pinyin.name($0.name, in: language) }.joined(separator: zh ? "、" : ", "))
        let area = map.manifest.jurisdictionSource.areaName
        lines.append(
            zh
                ? "\(area.zh) \(Fmt.fixed(map.jurisdiction.geodesicArea / 1e6, 2)) 平方公里,\(map.households.count) 户,\(map.residents) 人"
                : "\(area.en) \(Fmt.fixed(map.jurisdiction.geodesicArea / 1e6, 2)) km², \(EnglishCount.of(map.households.count, "household")), \(EnglishCount.of(map.residents, "resident"))"
        )
        lines.append("")
        var table = TextTable(
            zh ? ["时限", "住户", "比例", "人口", "比例", "面积 km²", "比例"] : ["within", "households", "share", "residents", "share", "area km²", "share"])
        for t in r.thresholds {
            table.add([
                minutesLabel(t.minutes, language), String(t.households), Fmt.percent(t.householdsShare), String(t.residents), Fmt.percent(t.residentsShare),
                Fmt.fixed(t.areaKm2, 2), Fmt.percent(t.areaShare),
            ])
        }
        lines.append(table.render())
        if let baseline = study.baseline {
            lines.append("")
            lines.append(zh ? "方案对比(住户 / 面积):" : "Scenario vs current (households / area):")
            var compare = TextTable(
                zh ? ["时限", "现状住户", "方案住户", "变化", "现状面积", "方案面积", "变化"] : ["within", "now", "scenario", "change", "now km²", "scenario km²", "change"])
            for (before, after) in zip(baseline.thresholds, r.thresholds) {
                compare.add([
                    minutesLabel(after.minutes, language), String(before.households), String(after.households), signed(after.households - before.households),
                    Fmt.fixed(before.areaKm2, 2), Fmt.fixed(after.areaKm2, 2), signedFixed(after.areaKm2 - before.areaKm2),
                ])
            }
            lines.append(compare.render())
        }
        lines.append("")
        lines.append(zh ? "各村(住户覆盖比例 / 面积覆盖比例):" : "By village (share of households / of area reached):")
        var villages = TextTable([zh ? "村" : "village", zh ? "户数" : "households"] + r.settings.minutes.map { minutesLabel($0, language) })
        for v in r.villages {
            villages.add(
                [Pinyin.name(v.name, in: language), String(v.households)]
                    + v.thresholds.map { "\(Fmt.percent($0.householdsShare)) / \(Fmt.percent($0.areaShare))" })
        }
        lines.append(villages.render())
        let limit = minutesLabel(r.settings.minutes.last ?? 0, language)
        lines.append("")
        let blindArea = r.blindSpots.reduce(0) { $0 + $1.areaKm2 }
        let blindHouseholds = r.blindSpots.reduce(0) { $0 + $1.households.count }
        lines.append(
            zh
                ? "盲区(超过 \(limit)):\(r.blindSpots.count) 处,共 \(Fmt.fixed(blindArea, 2)) 平方公里,区内 \(blindHouseholds) 户"
                : "Blind spots (beyond \(limit)): \(r.blindSpots.count), \(Fmt.fixed(blindArea, 2)) km² in all, \(EnglishCount.of(blindHouseholds, "household")) in them"
        )
        for (i, spot) in r.blindSpots.prefix(10).enumerated() {
            let place = spot.village.map { Pinyin.name($0, in: language) } ?? (zh ? "\(area.zh)边缘" : "edge of the \(area.en)")
            lines.append(
                zh
                    ? "  \(i + 1). \(place):\(Fmt.fixed(spot.areaKm2, 2)) 平方公里,\(spot.households.count) 户"
                    : "  \(i + 1). \(place): \(Fmt.fixed(spot.areaKm2, 2)) km², \(EnglishCount.of(spot.households.count, "household"))")
        }
        if r.blindSpots.count > 10 { lines.append(zh ? "  …另有 \(r.blindSpots.count - 10) 处较小盲区" : "  … and \(r.blindSpots.count - 10) smaller ones") }
        lines.append("")
        lines.append(
            zh
                ? "\(limit)内未覆盖的住户:\(r.uncovered.count) 户(按到达时间排列,最易改善的在前)"
                : "Households not reached within \(limit): \(r.uncovered.count) (fastest first: the easiest to fix)")
        for h in r.uncovered.prefix(20) {
            let household = map.households[h.household]
            let time = h.seconds.map { Fmt.clock($0, roundingUp: true) } ?? (zh ? "不可达" : "unreachable")
            let post = h.post.map { Pinyin.name(r.posts[$0].name, in: language) } ?? ""
            lines.append("  \(household.id)  \(Pinyin.name(household.houseLabel, in: language))  \(time)  \(post)")
        }
        if r.uncovered.count > 20 {
            lines.append(zh ? "  …共 \(r.uncovered.count) 户,完整名单见 --format csv" : "  … \(r.uncovered.count) in all; --format csv lists every household")
        }
        return lines.joined(separator: "\n")
    }

    static func minutesLabel(_ minutes: Double, _ language: Language) -> String {
        let m = minutes == minutes.rounded() ? String(Int(minutes)) : Fmt.fixed(minutes, 1)
        return language == .zh ? "\(m) 分钟" : "\(m) min"
    }

    private static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }
    private static func signedFixed(_ x: Double) -> String { (x > 0 ? "+" : "") + Fmt.fixed(x, 2) }
}
