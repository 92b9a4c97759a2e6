import Foundation
package import PatrolGeo

/// Reads `boundary.geojson`: one `kind=jurisdiction` polygon and the `kind=village` polygons.
package enum BoundaryLayer {
    struct Result {
        var jurisdiction: Jurisdiction
        var villages: [Village]
    }

    /// Finds the jurisdiction feature before any transform exists (to pick the working CRS).
    ///
    /// When there is none but the reader skipped features, the error points at the first
    /// skipped one: a jurisdiction whose geometry was refused is the likely cause.
    static func jurisdictionFeature(_ read: GeoJSONReader.Result, file: String) throws(InputIssue) -> GeoJSONFeature {
        let candidates = read.features.filter { $0.text("kind") == "jurisdiction" }
        guard let first = candidates.first else {
            let missing = Localized(
                en: "no usable jurisdiction polygon: one feature needs \"kind\": \"jurisdiction\" and a Polygon or MultiPolygon",
                zh: "没有可用的辖区多边形:需要一个 \"kind\": \"jurisdiction\" 且为 Polygon 或 MultiPolygon 的要素")
            if var skipped = read.issues.first(where: { $0.severity == .error }) {
                skipped.message = Localized(
                    en: "\(missing.en) (\(EnglishCount.of(read.issues.count, "feature")) skipped; this one: \(skipped.message.en))",
                    zh: "\(missing.zh)(跳过了 \(read.issues.count) 个要素;此处:\(skipped.message.zh))")
                throw skipped
            }
            throw InputIssue(.error, file: file, line: read.line, message: missing)
        }
        guard let geometry = first.geometry, rings(geometry) != nil else {
            throw InputIssue(
                .error, file: file, line: first.line, feature: first.index, recordID: first.label, field: "geometry",
                message: Localized(en: "the jurisdiction must be a Polygon or MultiPolygon", zh: "辖区必须是 Polygon 或 MultiPolygon"))
        }
        return first
    }

    static func read(_ read: GeoJSONReader.Result, file: String, context: LayerContext) throws(InputIssue) -> Result {
        let features = read.features
        let jurisdictionFeature = try jurisdictionFeature(read, file: file)
        var jurisdiction: Jurisdiction?
        var villages: [VillageOverlaps.Entry] = []
        var villageNames: Set<String> = []
        for feature in features {
            func issue(_ severity: InputIssue.Severity, _ field: String?, _ en: String, _ zh: String) -> InputIssue {
                InputIssue(
                    severity, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field, message: Localized(en: en, zh: zh))
            }
            let kind = feature.text("kind")
            guard kind == "jurisdiction" || kind == "village" else {
                context.report(
                    issue(
                        .error, "kind", "kind must be 'jurisdiction' or 'village', found '\(kind ?? "")'; skipped",
                        "kind 应为 jurisdiction 或 village,实际为 '\(kind ?? "")',已跳过"))
                continue
            }
            guard let geometry = feature.geometry, let polygons = rings(geometry) else {
                context.report(
                    issue(
                        .error, "geometry", "a \(kind!) must be a Polygon or MultiPolygon, found \(feature.geometry?.typeName ?? "null"); skipped",
                        "\(kind!) 必须是 Polygon 或 MultiPolygon,实际为 \(feature.geometry?.typeName ?? "null"),已跳过"))
                continue
            }
            let name = feature.text("name")?.trimmingCharacters(in: .whitespaces) ?? ""
            var parts: [Polygon] = []
            var area = 0.0
            var failed = false
            for (part, sourceRings) in polygons.enumerated() {
                let transformed = sourceRings.map { context.toWorking.forward($0) }
                guard transformed.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
                    context.report(
                        issue(.error, "geometry", "coordinates cannot be transformed to \(context.workingCRS); skipped", "坐标无法转换到 \(context.workingCRS),已跳过"))
                    failed = true
                    break
                }
                guard
                    let kept = PolygonCheck.usableRings(
                        source: sourceRings, working: transformed, part: polygons.count > 1 ? part : nil, context: context,
                        report: { context.report(issue($0, "geometry", $1.en, $1.zh)) })
                else {
                    failed = true
                    break
                }
                let working = kept.map { transformed[$0] }
                do {
                    parts.append(try Polygon(exterior: working[0], holes: Array(working.dropFirst())))
                } catch {
                    context.report(issue(.error, "geometry", "\(error.reason); skipped", "多边形无效:\(error.reason),已跳过"))
                    failed = true
                    break
                }
                area += context.geodesicArea(rings: kept.map { sourceRings[$0] })
            }
            if failed { continue }
            if kind == "jurisdiction" {
                if feature.index != jurisdictionFeature.index {
                    context.report(issue(.error, "kind", "a second jurisdiction polygon; only the first is used", "第二个辖区多边形;只使用第一个"))
                    continue
                }
                jurisdiction = Jurisdiction(name: name, boundary: MultiPolygon(parts), geodesicArea: area)
            } else {
                guard !name.isEmpty else {
                    context.report(issue(.error, "name", "a village needs a name; skipped", "村缺少名称,已跳过"))
                    continue
                }
                guard villageNames.insert(name).inserted else {
                    context.report(issue(.error, "name", "village '\(name)' appears twice; the second is skipped", "村 '\(name)' 重复,第二个已跳过"))
                    continue
                }
                let station = feature.text("station")?.trimmingCharacters(in: .whitespaces)
                let village = Village(name: name, boundary: MultiPolygon(parts), geodesicArea: area, station: station?.isEmpty == false ? station : nil)
                villages.append(VillageOverlaps.Entry(village: village, feature: feature))
            }
        }
        guard let jurisdiction else {
            let reason = context.issues.last { $0.file == file && $0.feature == jurisdictionFeature.index && $0.severity == .error }
            throw InputIssue(
                .error, file: file, line: jurisdictionFeature.line, feature: jurisdictionFeature.index, recordID: jurisdictionFeature.label,
                field: reason?.field,
                message: reason.map { Localized(en: "the jurisdiction polygon is unusable: \($0.message.en)", zh: "辖区多边形不可用:\($0.message.zh)") }
                    ?? Localized(en: "the jurisdiction polygon is unusable", zh: "辖区多边形不可用"))
        }
        VillageOverlaps.check(villages, jurisdiction: jurisdiction, file: file, context: context)
        return Result(jurisdiction: jurisdiction, villages: villages.map(\.village))
    }

    /// A polygonal geometry as a list of polygons (each a list of rings); `nil` otherwise.
    package static func rings(_ geometry: GeoJSONGeometry) -> [[[Point]]]? {
        switch geometry {
        case .polygon(let rings): [rings]
        case .multiPolygon(let polygons): polygons
        default: nil
        }
    }
}
