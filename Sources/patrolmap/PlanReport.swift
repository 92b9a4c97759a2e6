import PatrolAnalysis
import PatrolData
import PatrolReports
import PatrolGeo
import PatrolRouting

/// Formats a plan: new sites with what they gain, before/after per threshold, the bound.
enum PlanReport {
    static func json(_ r: PlanResult, map: PatrolMap) -> JSONValue {
        let added: [JSONValue] = r.added.map { post in
            let ll = map.coordinates.lonLat(post.site.location)
            var members: [(String, JSONValue)] = [
                ("lon", .number(ll.lon, decimals: LonLatOutput.decimals)), ("lat", .number(ll.lat, decimals: LonLatOutput.decimals)),
                ("x", .number(post.site.location.x)), ("y", .number(post.site.location.y)),
                ("gain", .number(post.gain, decimals: 3)), ("candidate", .string(post.site.name)), ("origin", .string(post.site.origin.rawValue)),
                ("village", post.village.map(JSONValue.string) ?? .null), ("road", post.road.map { .string($0.zh) } ?? .null),
            ]
            if let landmark = post.landmark {
                members.append(("landmark", .object([("name", .string(landmark.name)), ("distance_m", .number(landmark.distance, decimals: 0))])))
            }
            return .object(members)
        }
        return .object([
            ("objective", .string(r.settings.objective.rawValue)), ("minutes", .number(r.settings.minutes)),
            ("profile", .string(r.settings.profile.rawValue)), ("season", .string(r.settings.season.rawValue)),
            ("demand", .string(r.settings.weighting.base.rawValue)), ("candidates", .number(Double(r.candidates))),
            ("candidate_spacing_m", r.usedDefaultSites ? .number(r.settings.candidateSpacing) : .null),
            ("relocate", .bool(r.settings.relocate)),
            ("added", .array(added)),
            ("before", .number(r.before, decimals: 3)), ("after", .number(r.after, decimals: 3)), ("bound", .number(r.bound, decimals: 3)),
            ("gap", .number(r.gap, decimals: 5)),
            ("thresholds_before", .array(r.coverageBefore.thresholds.map(CoverageDocument.thresholdJSON))),
            ("thresholds_after", .array(r.coverageAfter.thresholds.map(CoverageDocument.thresholdJSON))),
            ("uncovered_after", .array(r.coverageAfter.uncovered.map { .string(map.households[$0.household].id) })),
        ])
    }

    static func objectiveText(_ r: PlanResult, _ value: Double, _ language: Language) -> String {
        let zh = language == .zh
        switch r.settings.objective {
        case .coverage:
            let unit = r.settings.weighting.base == .residents ? (zh ? "人" : "residents") : (zh ? "户" : "households")
            return "\(Fmt.fixed(value, 0)) \(unit)"
        case .mean, .max:
            return Fmt.clock(value)
        }
    }

    static func text(_ r: PlanResult, map: PatrolMap, language: Language) -> String {
        let zh = language == .zh
        let objectiveName: String
        switch (r.settings.objective, zh) {
        case (.coverage, true): objectiveName = "\(CoverageReport.minutesLabel(r.settings.minutes, language))内覆盖的需求最多"
        case (.coverage, false): objectiveName = "most demand within \(CoverageReport.minutesLabel(r.settings.minutes, language))"
        case (.mean, true): objectiveName = "平均到达时间最短"
        case (.mean, false): objectiveName = "least mean travel time"
        case (.max, true): objectiveName = "最远住户的到达时间最短"
        case (.max, false): objectiveName = "least worst travel time"
        }
        // The spacing is named when it is not the township default (a large map widens it).
        let widened = r.usedDefaultSites && r.settings.candidateSpacing != PlanSettings.townshipSpacing
        let spacingText = Fmt.fixed(r.settings.candidateSpacing, 0)
        let spacing = widened ? (zh ? ",沿路每 \(spacingText) 米一个" : ", one per \(spacingText) m of road") : ""
        var lines: [String] = []
        lines.append(
            zh
                ? "选址规划:新增 \(r.added.count) 个警务点,目标:\(objectiveName)(\(r.settings.profile.name.text(language)),\(r.candidates) 个候选点\(spacing))"
                : "Plan: \(EnglishCount.of(r.added.count, "new post")), objective: \(objectiveName) (\(r.settings.profile.name.text(language)), \(EnglishCount.of(r.candidates, "candidate"))\(spacing))"
        )
        lines.append("")
        for (i, post) in r.added.enumerated() {
            let ll = map.coordinates.lonLat(post.site.location)
            let place = [post.village.map { Pinyin.name($0, in: language) }, post.road.map { $0.text(language) }].compactMap { $0 }.joined(
                separator: zh ? "," : ", ")
            let landmark =
                post.landmark.map {
                    zh ? ",近\($0.name)(\(Fmt.whole($0.distance)) 米)" : ", near \(Pinyin.name($0.name, in: .en)) (\(Fmt.whole($0.distance)) m)"
                } ?? ""
            let gain: String
            switch r.settings.objective {
            case .coverage: gain = zh ? "新增覆盖 \(objectiveText(r, post.gain, language))" : "adds \(objectiveText(r, post.gain, language))"
            case .mean: gain = zh ? "平均时间缩短 \(Fmt.fixed(post.gain, 0)) 秒" : "cuts the mean by \(Fmt.fixed(post.gain, 0)) s"
            case .max: gain = zh ? "最长时间缩短 \(Fmt.fixed(post.gain, 0)) 秒" : "cuts the worst time by \(Fmt.fixed(post.gain, 0)) s"
            }
            lines.append("  \(i + 1). \(Fmt.fixed(ll.lon, 6)),\(Fmt.fixed(ll.lat, 6))  \(place)\(landmark)\(zh ? ";" : "; ")\(gain)")
            let site = zh ? post.site.name : Pinyin.romanizingNames(in: post.site.name)
            lines.append("     @\(Fmt.fixed(post.site.location.x, 2)),\(Fmt.fixed(post.site.location.y, 2))  (\(site))")
        }
        lines.append("")
        let gapText = Fmt.percent(r.gap)
        lines.append(
            zh
                ? "目标值:现状 \(objectiveText(r, r.before, language)) → 规划后 \(objectiveText(r, r.after, language));最优值的界 \(objectiveText(r, r.bound, language)),与最优的差距至多 \(gapText)"
                : "objective: now \(objectiveText(r, r.before, language)) → after \(objectiveText(r, r.after, language)); bound on the optimum \(objectiveText(r, r.bound, language)), at most \(gapText) from optimal"
        )
        lines.append("")
        var table = TextTable(
            zh
                ? ["时限", "现状住户", "规划后", "变化", "现状人口", "规划后", "现状面积 km²", "规划后"]
                : ["within", "households now", "after", "change", "residents now", "after", "km² now", "after"])
        for (before, after) in zip(r.coverageBefore.thresholds, r.coverageAfter.thresholds) {
            table.add([
                CoverageReport.minutesLabel(after.minutes, language), String(before.households), String(after.households),
                (after.households >= before.households ? "+" : "") + String(after.households - before.households),
                String(before.residents), String(after.residents), Fmt.fixed(before.areaKm2, 2), Fmt.fixed(after.areaKm2, 2),
            ])
        }
        lines.append(table.render())
        let uncovered = r.coverageAfter.uncovered
        lines.append("")
        lines.append(
            zh
                ? "规划后 \(CoverageReport.minutesLabel(r.coverageAfter.settings.minutes.last ?? 0, language))内仍未覆盖:\(uncovered.count) 户"
                : "still not reached within \(CoverageReport.minutesLabel(r.coverageAfter.settings.minutes.last ?? 0, language)): \(EnglishCount.of(uncovered.count, "household"))"
        )
        for h in uncovered.prefix(10) {
            let household = map.households[h.household]
            lines.append("  \(household.id)  \(household.houseLabel)  \(h.seconds.map { Fmt.clock($0, roundingUp: true) } ?? (zh ? "不可达" : "unreachable"))")
        }
        if uncovered.count > 10 { lines.append("  …") }
        return lines.joined(separator: "\n")
    }
}
