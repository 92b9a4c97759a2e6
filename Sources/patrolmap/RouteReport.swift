import PatrolData
import PatrolGeo
import PatrolReports
import PatrolRouting

/// Formats a planned route as text (JSON and GeoJSON: ``RouteDocument``).
enum RouteReport {
    static func text(_ planned: PlannedRoute, language: Language) -> String {
        let zh = language == .zh
        let route = planned.route
        var lines: [String] = []
        let settings = route.profile.name.text(language) + (zh ? "," : ", ") + route.season.name.text(language)
        lines.append(
            zh
                ? "路线:\(planned.startName) → \(planned.endName)(\(settings))"
                : "Route: \(planned.startName(in: .en)) → \(planned.endName(in: .en)) (\(settings))")
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
}
