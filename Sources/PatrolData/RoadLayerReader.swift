import PatrolGeo

/// Reads `roads.geojson`: LineString and MultiLineString features with OSM tags, one feature
/// at a time, so the layer can be streamed (``GeoJSONStream``).
struct RoadLayerReader {
    /// The usable roads so far.
    private(set) var roads: [Road] = []
    /// Every skipped feature and doubtful tag so far, in feature order.
    private(set) var issues: [InputIssue] = []
    private let file: String
    private let context: LayerContext
    private let check: LocationCheck
    private let known = Set(Road.knownHighways)

    /// A reader for `file`, whose roads are transformed through `context`.
    ///
    /// A road with a vertex farther than ``LocationCheck/roadAllowance`` outside the
    /// jurisdiction is refused: it is almost always a typo or swapped coordinates.
    init(file: String, context: LayerContext, check: LocationCheck) {
        self.file = file
        self.context = context
        self.check = check.allowing(LocationCheck.roadAllowance)
    }

    /// Adds the roads of one feature (one per line of a MultiLineString), or reports why not.
    mutating func add(_ feature: GeoJSONFeature) {
        func issue(_ severity: InputIssue.Severity, _ field: String?, _ en: String, _ zh: String) -> InputIssue {
            InputIssue(
                severity, file: file, line: feature.line, feature: feature.index, recordID: feature.label, field: field, message: Localized(en: en, zh: zh))
        }
        let lines: [[Point]]
        switch feature.geometry {
        case .lineString(let line): lines = [line]
        case .multiLineString(let parts): lines = parts
        default:
            issues.append(
                issue(
                    .error, "geometry", "a road must be a LineString or MultiLineString, found \(feature.geometry?.typeName ?? "null"); skipped",
                    "道路必须是 LineString 或 MultiLineString,实际为 \(feature.geometry?.typeName ?? "null"),已跳过"))
            return
        }
        var tags: [String: String] = [:]
        // A key given twice keeps its first value, as everywhere (GeoJSONReader warns).
        for (key, value) in feature.properties where tags[key] == nil {
            if let text = value.textValue { tags[key] = text }
        }
        guard let highway = tags["highway"], !highway.isEmpty else {
            issues.append(issue(.error, "highway", "a road needs a 'highway' tag; skipped", "道路缺少 highway 标签,已跳过"))
            return
        }
        if !known.contains(highway) {
            issues.append(
                issue(.warning, "highway", "unknown highway value '\(highway)'; no profile will route on it", "未知的 highway 值 '\(highway)',任何出行方式都不会经过它"))
        }
        if let width = tags["width"], let problem = RoadWidth.problem(width) {
            issues.append(issue(.warning, "width", problem.en + "; ignored", problem.zh + ",已忽略"))
            tags["width"] = nil
        }
        if let maxspeed = tags["maxspeed"], MaxSpeed(maxspeed) == nil {
            issues.append(
                issue(
                    .warning, "maxspeed", "maxspeed '\(maxspeed)' is not a speed, a known zone, 'none' or 'walk'; ignored",
                    "限速 maxspeed '\(maxspeed)' 不是速度、已知的限速区、none 或 walk,已忽略"))
            tags["maxspeed"] = nil
        }
        for line in lines {
            let working = context.toWorking.forward(line)
            if let problem = zip(line, working).lazy.compactMap({ check.problem(source: $0, working: $1, context: context) }).first {
                issues.append(issue(.error, "geometry", problem.en + "; skipped", problem.zh + ",已跳过"))
                continue
            }
            roads.append(Road(feature: feature.index, id: feature.id, tags: tags, geometry: working))
        }
    }
}
