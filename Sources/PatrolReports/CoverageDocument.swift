public import PatrolAnalysis
public import PatrolData
import PatrolGeo

/// The `coverage --format json` and `--format geojson` documents.
public enum CoverageDocument {
    /// The figures of one threshold.
    public static func thresholdJSON(_ t: ThresholdFigures) -> JSONValue {
        .object([
            ("minutes", .number(t.minutes)), ("households", .number(Double(t.households))),
            ("households_share", .number(t.householdsShare, decimals: 4)), ("residents", .number(Double(t.residents))),
            ("residents_share", .number(t.residentsShare, decimals: 4)), ("area_km2", .number(t.areaKm2, decimals: 3)),
            ("area_share", .number(t.areaShare, decimals: 4)),
        ])
    }

    /// Every figure of a coverage study: settings, posts, thresholds, villages, the households
    /// not reached (ids only), blind spots, and the baseline when the study tried a scenario.
    public static func json(_ study: CoverageStudy, map: PatrolMap) -> JSONValue {
        let r = study.result
        var members: [(String, JSONValue)] = [
            ("profile", .string(r.settings.profile.rawValue)), ("season", .string(r.settings.season.rawValue)),
            ("cell_m", .number(r.settings.cellSize)),
            ("posts", .array(r.posts.map { .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue))]) })),
            ("households", .number(Double(map.households.count))), ("residents", .number(Double(map.residents))),
            ("area_km2", .number(map.jurisdiction.geodesicArea / 1e6, decimals: 3)),
            ("thresholds", .array(r.thresholds.map(thresholdJSON))),
            (
                "villages",
                .array(
                    r.villages.map { v in
                        .object([
                            ("name", .string(v.name)), ("households", .number(Double(v.households))), ("residents", .number(Double(v.residents))),
                            ("area_km2", .number(v.areaKm2, decimals: 3)), ("thresholds", .array(v.thresholds.map(thresholdJSON))),
                        ])
                    })
            ),
            ("uncovered", .array(r.uncovered.map { .string(map.households[$0.household].id) })),
            ("uncovered_seconds", .array(r.uncovered.map { $0.seconds.map { .number($0, decimals: 1) } ?? .null })),
            (
                "blind_spots",
                .array(
                    r.blindSpots.map { spot in
                        .object([
                            ("area_km2", .number(spot.areaKm2, decimals: 3)), ("households", .number(Double(spot.households.count))),
                            ("village", spot.village.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
        ]
        if let baseline = study.baseline {
            members.append(
                (
                    "baseline",
                    .object([
                        ("posts", .array(baseline.posts.map { .string($0.name) })),
                        ("thresholds", .array(baseline.thresholds.map(thresholdJSON))),
                        ("uncovered", .array(baseline.uncovered.map { .string(map.households[$0.household].id) })),
                    ])
                ))
        }
        return .object(members)
    }

    /// Isochrones, blind spots and posts as a GeoJSON feature collection.
    public static func geojson(_ r: CoverageResult, map: PatrolMap) -> String {
        func multipolygon(_ polygons: [Polygon]) -> GeoJSONGeometry {
            .multiPolygon(polygons.map { polygon in ([polygon.exterior] + polygon.holes).map { LonLatOutput.positions($0, of: map) } })
        }
        var features: [GeoJSONWriter.Feature] = []
        for iso in r.isochrones.reversed() {
            features.append(
                GeoJSONWriter.Feature(
                    properties: [("kind", .string("isochrone")), ("minutes", .number(iso.minutes)), ("area_km2", .number(iso.areaKm2, decimals: 3))],
                    geometry: multipolygon(iso.polygons)))
        }
        for (i, spot) in r.blindSpots.enumerated() {
            features.append(
                GeoJSONWriter.Feature(
                    properties: [
                        ("kind", .string("blind_spot")), ("rank", .number(Double(i + 1))), ("area_km2", .number(spot.areaKm2, decimals: 3)),
                        ("households", .number(Double(spot.households.count))), ("village", spot.village.map(JSONValue.string) ?? .null),
                    ],
                    geometry: multipolygon(spot.polygons)))
        }
        for post in r.posts {
            features.append(
                GeoJSONWriter.Feature(
                    properties: [("kind", .string("post")), ("name", .string(post.name)), ("post_kind", .string(post.kind.rawValue))],
                    geometry: .point(LonLatOutput.positions([post.location], of: map)[0])))
        }
        return GeoJSONWriter.featureCollection(features, decimals: LonLatOutput.decimals)
    }
}
