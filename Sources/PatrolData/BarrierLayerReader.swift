import PatrolGeo

/// Reads `barriers.geojson`: Point features with a `barrier` tag or `ford=yes`.
enum BarrierLayerReader {
    /// The usable barriers; every skipped feature is reported to `context` with its location.
    static func read(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> [Barrier] {
        let check = check.allowing(LocationCheck.roadAllowance)
        let sources: [Point] = features.map { if case .point(let p) = $0.geometry { p } else { Point(x: .nan, y: .nan) } }
        let working = context.toWorking.forward(sources)
        var barriers: [Barrier] = []
        for (i, feature) in features.enumerated() {
            func issue(_ field: String, _ en: String, _ zh: String) -> InputIssue {
                InputIssue(
                    .error, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field, message: Localized(en: en, zh: zh))
            }
            guard case .point(let source) = feature.geometry else {
                let found = feature.geometry?.typeName ?? "null"
                context.report(issue("geometry", "a barrier must be a Point, found \(found); skipped", "障碍点必须是 Point,实际为 \(found),已跳过"))
                continue
            }
            var tags: [String: String] = [:]
            for (key, value) in feature.properties {
                if let text = value.textValue { tags[key] = text }
            }
            let barrier = Barrier(feature: feature.index, id: feature.id, tags: tags, location: working[i], sourceCoordinate: source)
            guard barrier.kind != nil else {
                context.report(issue("barrier", "a barrier needs a 'barrier' tag or ford=yes; skipped", "障碍点缺少 barrier 标签或 ford=yes,已跳过"))
                continue
            }
            if let problem = check.problem(source: source, working: working[i], context: context) {
                context.report(issue("geometry", problem.en + "; skipped", problem.zh + ",已跳过"))
                continue
            }
            barriers.append(barrier)
        }
        return barriers
    }
}
