import PatrolGeo

/// Reads `turns.geojson`: LineString features along the roads with OSM restriction tags.
enum TurnLayerReader {
    /// The usable restrictions; every skipped feature is reported to `context` with its location.
    static func read(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> [TurnRestriction] {
        let check = check.allowing(LocationCheck.roadAllowance)
        var turns: [TurnRestriction] = []
        for feature in features {
            func issue(_ severity: InputIssue.Severity, _ field: String, _ en: String, _ zh: String) -> InputIssue {
                InputIssue(
                    severity, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field,
                    message: Localized(en: en, zh: zh))
            }
            guard case .lineString(let line) = feature.geometry else {
                let found = feature.geometry?.typeName ?? "null"
                context.report(
                    issue(
                        .error, "geometry", "a turn restriction must be a LineString (from, via, to), found \(found); skipped",
                        "转向限制必须是 LineString(进入路段、经由、驶出路段),实际为 \(found),已跳过"))
                continue
            }
            guard line.count >= 3 else {
                context.report(
                    issue(
                        .error, "geometry",
                        "a turn restriction needs at least 3 vertices (the from vertex, the via, the to vertex), found \(line.count); skipped",
                        "转向限制至少需要 3 个顶点(进入顶点、经由、驶出顶点),实际 \(line.count) 个,已跳过"))
                continue
            }
            var tags: [String: String] = [:]
            for (key, value) in feature.properties where tags[key] == nil {
                if let text = value.textValue { tags[key] = text }
            }
            let ruleKeys = tags.keys.filter(TurnRestriction.isRuleKey).sorted()
            guard !ruleKeys.isEmpty else {
                if tags.keys.contains(where: { $0.hasPrefix("restriction") }) {
                    context.report(
                        issue(
                            .warning, "restriction:conditional", "only conditional restrictions (restriction:conditional), which are not applied; skipped",
                            "只有条件限制(restriction:conditional),不予应用,已跳过"))
                } else {
                    context.report(
                        issue(
                            .error, "restriction", "a turn restriction needs a 'restriction' tag (no_left_turn, only_straight_on, …); skipped",
                            "转向限制缺少 restriction 标签(no_left_turn、only_straight_on 等),已跳过"))
                }
                continue
            }
            if let bad = ruleKeys.first(where: { TurnRestriction.rule(of: tags[$0]!) == nil }) {
                context.report(
                    issue(
                        .error, bad, "'\(tags[bad]!)' is not a restriction (it must start with no_ or only_); skipped",
                        "'\(tags[bad]!)' 不是转向限制(应以 no_ 或 only_ 开头),已跳过"))
                continue
            }
            let working = context.toWorking.forward(line)
            if let problem = zip(line, working).lazy.compactMap({ check.problem(source: $0, working: $1, context: context) }).first {
                context.report(issue(.error, "geometry", problem.en + "; skipped", problem.zh + ",已跳过"))
                continue
            }
            turns.append(TurnRestriction(feature: feature.index, id: feature.id, tags: tags, path: working))
        }
        return turns
    }
}
