import Foundation
import PatrolGeo

/// Reads `posts.geojson` and `landmarks.geojson`: named Point features.
enum PointLayerReader {
    /// A point feature that passed the common checks.
    private struct NamedPoint {
        var feature: GeoJSONFeature
        var name: String
        var source: Point
        var working: Point
    }

    private static func namedPoints(_ features: [GeoJSONFeature], file: String, what: Localized, context: LayerContext, check: LocationCheck) -> [NamedPoint] {
        var result: [NamedPoint] = []
        var names: Set<String> = []
        let sources: [Point] = features.map { if case .point(let p) = $0.geometry { p } else { Point(x: .nan, y: .nan) } }
        let working = context.toWorking.forward(sources)
        for (i, feature) in features.enumerated() {
            func issue(_ field: String?, _ en: String, _ zh: String) -> InputIssue {
                InputIssue(
                    .error, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field, message: Localized(en: en, zh: zh))
            }
            guard case .point(let source) = feature.geometry else {
                context.report(
                    issue(
                        "geometry", "a \(what.en) must be a Point, found \(feature.geometry?.typeName ?? "null"); skipped",
                        "\(what.zh)必须是 Point,实际为 \(feature.geometry?.typeName ?? "null"),已跳过"))
                continue
            }
            let name = feature.text("name")?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !name.isEmpty else {
                context.report(issue("name", "a \(what.en) needs a name; skipped", "\(what.zh)缺少名称,已跳过"))
                continue
            }
            guard names.insert(name).inserted else {
                context.report(issue("name", "the name '\(name)' is used twice; the second is skipped", "名称 '\(name)' 重复,第二个已跳过"))
                continue
            }
            if let problem = check.problem(source: source, working: working[i], context: context) {
                context.report(issue("geometry", problem.en + "; skipped", problem.zh + ",已跳过"))
                continue
            }
            result.append(NamedPoint(feature: feature, name: name, source: source, working: working[i]))
        }
        return result
    }

    static func posts(_ read: GeoJSONReader.Result, file: String, context: LayerContext, check: LocationCheck) -> [Post] {
        var posts: [Post] = []
        for point in namedPoints(read.features, file: file, what: Localized(en: "post", zh: "警务点"), context: context, check: check) {
            let feature = point.feature
            let rawKind = feature.text("kind") ?? ""
            guard let kind = PostKind(rawValue: rawKind) else {
                context.report(
                    InputIssue(
                        .error, file: file, line: feature.line, feature: feature.index, recordID: point.name, field: "kind",
                        message: Localized(
                            en: "kind must be station, police_room or registration_room, found '\(rawKind)'; skipped",
                            zh: "kind 应为 station、police_room 或 registration_room,实际为 '\(rawKind)',已跳过")))
                continue
            }
            let phone = feature.text("phone") ?? ""
            if phone.isEmpty {
                context.report(
                    InputIssue(
                        .warning, file: file, line: feature.line, feature: feature.index, recordID: point.name, field: "phone",
                        message: Localized(en: "the post has no phone number; wall maps will show none", zh: "该警务点没有电话,墙图上将不显示电话")))
            }
            var station = feature.text("station")?.trimmingCharacters(in: .whitespaces)
            if station?.isEmpty == true { station = nil }
            if kind == .station, let named = station, named != point.name {
                context.report(
                    InputIssue(
                        .warning, file: file, line: feature.line, feature: feature.index, recordID: point.name, field: "station",
                        message: Localized(
                            en: "a station belongs to itself; its 'station' value '\(named)' is ignored", zh: "派出所属于其自身,其 station 值 '\(named)' 被忽略")))
                station = nil
            }
            posts.append(Post(name: point.name, kind: kind, phone: phone, location: point.working, sourceCoordinate: point.source, station: station))
        }
        if !posts.contains(where: { $0.kind == .station }) && !posts.isEmpty {
            context.report(
                InputIssue(
                    .warning, file: file, line: read.line, message: Localized(en: "no post has kind 'station'", zh: "没有 kind 为 station 的派出所")))
        }
        if posts.isEmpty {
            context.report(
                InputIssue(
                    .error, file: file, line: read.line,
                    message: Localized(
                        en:
                            "the map has no usable post (\(EnglishCount.of(read.features.count + read.issues.count, "feature")) in the file); routing from posts is impossible",
                        zh: "地图没有可用的警务点(文件中有 \(read.features.count + read.issues.count) 个要素),无法从警务点出发规划路线")))
        }
        return posts
    }

    static func landmarks(_ features: [GeoJSONFeature], file: String, context: LayerContext, check: LocationCheck) -> [Landmark] {
        namedPoints(features, file: file, what: Localized(en: "landmark", zh: "地标"), context: context, check: check).map {
            Landmark(name: $0.name, kind: $0.feature.text("kind") ?? "", location: $0.working, sourceCoordinate: $0.source)
        }
    }
}
