public import PatrolData
import PatrolGeo
import PatrolRouting

/// The `route --format json` and `--format geojson` documents of a planned route.
public enum RouteDocument {
    /// The route as JSON: ends (`from`, `to`, and in Hanyu Pinyin `from_en`, `to_en`), profile,
    /// season, figures, notes (in English), every step with its forks, and the geometry in longitude/latitude.
    public static func json(_ planned: PlannedRoute, map: PatrolMap) -> JSONValue {
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
            ("from_en", .string(planned.startName(in: .en))),
            ("to", .string(planned.endName)),
            ("to_en", .string(planned.endName(in: .en))),
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

    /// The route as a GeoJSON feature collection: the line, then a point per step.
    public static func geojson(_ planned: PlannedRoute, map: PatrolMap) -> String {
        let route = planned.route
        var features = [
            GeoJSONWriter.Feature(
                properties: [
                    ("kind", .string("route")), ("from", .string(planned.startName)), ("from_en", .string(planned.startName(in: .en))),
                    ("to", .string(planned.endName)), ("to_en", .string(planned.endName(in: .en))),
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
