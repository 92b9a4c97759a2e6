import PatrolData
import PatrolGeo
import PatrolRouting

/// Formats a planned route as text, JSON or GeoJSON.
enum RouteReport {
    static func text(_ planned: PlannedRoute, language: Language) -> String {
        let zh = language == .zh
        let route = planned.route
        var lines: [String] = []
        let settings = route.profile.name.text(language) + (zh ? "," : ", ") + route.season.name.text(language)
        lines.append(
            zh
                ? "路线:\(planned.startName) → \(planned.endName)(\(settings))"
                : "Route: \(planned.startName) → \(planned.endName) (\(settings))")
        var summary =
            zh
            ? "全程 \(Fmt.distance(route.distance, language)),预计 \(Fmt.duration(route.duration, language))(\(Fmt.clock(route.duration)))"
            : "\(Fmt.distance(route.distance, language)), ETA \(Fmt.duration(route.duration, language)) (\(Fmt.clock(route.duration)))"
        if route.walkDistance > 0.5 {
            summary += zh ? ",其中步行 \(Fmt.distance(route.walkDistance, language))" : ", of which \(Fmt.distance(route.walkDistance, language)) on foot"
        }
        lines.append(summary)
        for note in route.notes { lines.append((zh ? "注意:" : "note: ") + note.text(language)) }
        lines.append("")
        var table = TextTable(zh ? ["#", "时间", "此后", "指示"] : ["#", "time", "then", "instruction"], alignments: [.right, .right, .right, .left])
        for (i, step) in planned.steps.enumerated() {
            let distance = step.kind == .arrive ? "" : Fmt.distance(step.distance, language)
            table.add([String(i + 1), Fmt.clock(step.elapsed), distance, step.instruction.text(language)])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }

    static func json(_ planned: PlannedRoute, map: PatrolMap) -> JSONValue {
        let route = planned.route
        let stepLocations = LonLatOutput.json(planned.steps.map(\.location), of: map)
        // Every fork's location in one conversion, handed out in step order.
        var forkLocations = LonLatOutput.json(planned.steps.flatMap { $0.forks.map(\.location) }, of: map)[...]
        let steps: [JSONValue] = planned.steps.enumerated().map { i, step in
            var members: [(String, JSONValue)] = [
                ("instruction", .string(step.instruction.zh)),
                ("instruction_en", .string(step.instruction.en)),
                ("kind", .string(step.kind.rawValue)),
                ("mode", .string(step.mode.rawValue)),
                ("distance_m", .number(step.distance, decimals: 1)),
                ("duration_s", .number(step.duration, decimals: 1)),
                ("elapsed_s", .number(step.elapsed, decimals: 1)),
                ("location", stepLocations[i]),
            ]
            if step.branches > 0 { members.append(("branches", .number(Double(step.branches)))) }
            if let angle = step.turnAngle { members.append(("turn_deg", .number(angle, decimals: 0))) }
            let forks = step.forks.map { ForkJSON.fork($0, location: forkLocations.popFirst()!, region: step.region) }
            members.append(("forks", .array(forks)))
            return .object(members)
        }
        return .object([
            ("from", .string(planned.startName)),
            ("to", .string(planned.endName)),
            ("profile", .string(route.profile.rawValue)),
            ("season", .string(route.season.rawValue)),
            ("distance_m", .number(route.distance, decimals: 1)),
            ("duration_s", .number(route.duration, decimals: 3)),
            ("walk_m", .number(route.walkDistance, decimals: 1)),
            ("final_walk_m", .number(route.finalWalkDistance, decimals: 1)),
            ("notes", .array(route.notes.map { .string($0.en) })),
            ("steps", .array(steps)),
            ("geometry", .object([("type", .string("LineString")), ("coordinates", .array(LonLatOutput.json(route.geometry, of: map)))])),
        ])
    }

    static func geojson(_ planned: PlannedRoute, map: PatrolMap) -> String {
        let route = planned.route
        var features = [
            GeoJSONWriter.Feature(
                properties: [
                    ("kind", .string("route")), ("from", .string(planned.startName)), ("to", .string(planned.endName)),
                    ("profile", .string(route.profile.rawValue)), ("season", .string(route.season.rawValue)),
                    ("distance_m", .number(route.distance, decimals: 1)), ("duration_s", .number(route.duration, decimals: 3)),
                    ("walk_m", .number(route.walkDistance, decimals: 1)),
                ],
                geometry: .lineString(LonLatOutput.positions(route.geometry, of: map)))
        ]
        let stepPoints = LonLatOutput.positions(planned.steps.map(\.location), of: map)
        for (i, step) in planned.steps.enumerated() {
            features.append(
                GeoJSONWriter.Feature(
                    properties: [
                        ("kind", .string("step")), ("index", .number(Double(i + 1))), ("step", .string(step.kind.rawValue)),
                        ("instruction", .string(step.instruction.zh)), ("instruction_en", .string(step.instruction.en)),
                        ("elapsed_s", .number(step.elapsed, decimals: 1)),
                    ],
                    geometry: .point(stepPoints[i])))
        }
        return GeoJSONWriter.featureCollection(features, decimals: LonLatOutput.decimals)
    }
}
