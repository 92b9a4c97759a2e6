import PatrolGeo

/// Reads `water.geojson`: Polygon and MultiPolygon water areas, LineString and
/// MultiLineString watercourses.
enum WaterLayerReader {
    /// The usable features; every skipped feature or ring is reported to `context` with its location.
    ///
    /// A feature must have a vertex within ``LocationCheck/roadAllowance`` of the jurisdiction
    /// (a river may run on far beyond it, but one wholly elsewhere has wrong coordinates).
    static func read(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> [WaterFeature] {
        let near = check.allowing(LocationCheck.roadAllowance)
        var water: [WaterFeature] = []
        for feature in features {
            func issue(_ field: String, _ en: String, _ zh: String) -> InputIssue {
                InputIssue(
                    .error, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field, message: Localized(en: en, zh: zh))
            }
            var tags: [String: String] = [:]
            for (key, value) in feature.properties {
                if let text = value.textValue { tags[key] = text }
            }
            let name = feature.text("name").flatMap { $0.isEmpty ? nil : $0 }
            let shape: WaterFeature.Shape
            let sourcePoints: [Point]
            switch feature.geometry {
            case .polygon, .multiPolygon:
                guard let area = self.area(feature, report: { context.report(issue("geometry", $0.en, $0.zh)) }, context: context) else { continue }
                shape = .area(area)
                sourcePoints = feature.geometry!.allPoints
            case .lineString(let line):
                shape = .lines([context.toWorking.forward(line)])
                sourcePoints = line
            case .multiLineString(let lines):
                shape = .lines(lines.map { context.toWorking.forward($0) })
                sourcePoints = lines.flatMap { $0 }
            case .point, nil:
                let found = feature.geometry?.typeName ?? "null"
                context.report(
                    issue(
                        "geometry", "water must be a Polygon, MultiPolygon, LineString or MultiLineString, found \(found); skipped",
                        "水系要素必须是 Polygon、MultiPolygon、LineString 或 MultiLineString,实际为 \(found),已跳过"))
                continue
            }
            if case .lines(let lines) = shape {
                guard lines.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
                    context.report(
                        issue("geometry", "coordinates cannot be transformed to \(context.workingCRS); skipped", "坐标无法转换到 \(context.workingCRS),已跳过"))
                    continue
                }
            }
            let working = context.toWorking.forward(sourcePoints)
            if !working.contains(where: { near.bounds.contains($0) }), let first = sourcePoints.first,
                let problem = near.problem(source: first, working: working[0], context: context)
            {
                context.report(issue("geometry", problem.en + "; skipped", problem.zh + ",已跳过"))
                continue
            }
            water.append(WaterFeature(feature: feature.index, id: feature.id, name: name, tags: tags, shape: shape))
        }
        return water
    }

    /// The polygons of an area feature in the working CRS, or `nil` (reported) when none is usable.
    private static func area(_ feature: GeoJSONFeature, report: (Localized) -> Void, context: LayerContext) -> MultiPolygon? {
        guard let geometry = feature.geometry, let polygons = BoundaryLayer.rings(geometry) else { return nil }
        var parts: [Polygon] = []
        for (part, sourceRings) in polygons.enumerated() {
            let transformed = sourceRings.map { context.toWorking.forward($0) }
            guard transformed.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
                report(Localized(en: "coordinates cannot be transformed to \(context.workingCRS); skipped", zh: "坐标无法转换到 \(context.workingCRS),已跳过"))
                return nil
            }
            // A crossing ring is kept as drawn and a stray hole ignored (both reported); a part without area is skipped.
            guard
                let kept = PolygonCheck.usableRings(
                    source: sourceRings, working: transformed, part: polygons.count > 1 ? part : nil, context: context, report: { report($1) })
            else { continue }
            let working = kept.map { transformed[$0] }
            do {
                parts.append(try Polygon(exterior: working[0], holes: Array(working.dropFirst())))
            } catch {
                report(Localized(en: "\(error.reason); skipped", zh: "多边形无效:\(error.reason),已跳过"))
            }
        }
        return parts.isEmpty ? nil : MultiPolygon(parts)
    }
}
