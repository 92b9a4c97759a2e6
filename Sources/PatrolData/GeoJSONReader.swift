import PatrolGeo

/// Reads RFC 7946 GeoJSON feature collections, reporting each feature it cannot use.
public enum GeoJSONReader {
    /// The features of a file, and the issues found in the ones left out.
    public struct Result: Sendable {
        /// Features whose geometry was well formed.
        public var features: [GeoJSONFeature]
        /// One issue per skipped or doubtful feature.
        public var issues: [InputIssue]
        /// 1-based line of the collection's opening brace, for problems with the file as a whole.
        public var line: Int
    }

    /// Parses a `FeatureCollection` (or a single `Feature`).
    ///
    /// Throws when the file is not JSON or not GeoJSON at all; a malformed feature is
    /// skipped and reported.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the name to put in messages.
    ///   - geographic: when true, positions must be longitude/latitude in range.
    public static func read(_ bytes: [UInt8], file: String, geographic: Bool) throws(InputIssue) -> Result {
        let root: JSONValue
        var duplicates: [JSONDuplicateKey] = []
        do {
            root = try JSONParser.parse(bytes, duplicateKeys: &duplicates)
        } catch {
            throw syntaxIssue(error, file: file)
        }
        let featureValues: [JSONValue]
        switch root["type"]?.stringValue {
        case "FeatureCollection":
            guard let array = root["features"]?.arrayValue else {
                throw InputIssue(
                    .error, file: file, line: root.line, field: "features",
                    message: Localized(en: "a FeatureCollection needs a 'features' array", zh: "FeatureCollection 缺少 features 数组"))
            }
            featureValues = array
        case "Feature":
            featureValues = [root]
        default:
            throw InputIssue(
                .error, file: file, line: root.line ?? 1, field: "type",
                message: Localized(
                    en: "expected a GeoJSON FeatureCollection", zh: "应为 GeoJSON FeatureCollection"))
        }
        guard featureValues.count <= InputLimits.features else {
            throw InputLimits.exceeded(
                file,
                Localized(
                    en: "\(featureValues.count) features, more than the \(InputLimits.features) of one layer",
                    zh: "\(featureValues.count) 个要素,超过单个图层的上限 \(InputLimits.features)"), line: root.line)
        }
        var result = Result(features: [], issues: duplicates.map { duplicateKeyWarning($0, file: file) }, line: root.line ?? 1)
        for (index, value) in featureValues.enumerated() {
            do {
                result.features.append(try feature(value, index: index, file: file, geographic: geographic))
            } catch {
                result.issues.append(error)
            }
        }
        return result
    }

    /// The error for a file that is not valid JSON.
    static func syntaxIssue(_ error: JSONSyntaxError, file: String) -> InputIssue {
        InputIssue(
            .error, file: file, line: error.line,
            message: Localized(
                en: "not valid JSON (column \(error.column)): \(error.reason)",
                zh: "不是有效的 JSON(第 \(error.column) 列):\(error.reason)"))
    }

    /// A repeated member name is a warning: the feature is read with the first value, but
    /// QGIS, GDAL and JavaScript read the last, so the file means different things to them.
    static func duplicateKeyWarning(_ duplicate: JSONDuplicateKey, file: String) -> InputIssue {
        var feature: Int?
        var field = duplicate.path.isEmpty ? duplicate.key : "\(duplicate.pathText).\(duplicate.key)"
        if duplicate.path.count >= 2, duplicate.path[0] == .member("features"), case .element(let index) = duplicate.path[1] {
            feature = index
            field = duplicate.path.dropFirst(2).map { step in
                switch step {
                case .member(let name): name
                case .element(let index): "[\(index)]"
                }
            }.joined(separator: ".")
            field = field.isEmpty ? duplicate.key : field + "." + duplicate.key
        }
        return InputIssue(
            .warning, file: file, line: duplicate.line, feature: feature, field: field,
            message: Localized(
                en:
                    "'\(duplicate.key)' appears twice in one object (column \(duplicate.column)); the first value is used, but other tools use the last: remove one",
                zh: "'\(duplicate.key)' 在同一对象中出现两次(第 \(duplicate.column) 列);本程序使用第一个值,其他工具会使用最后一个:请删除其中一个"))
    }

    static func feature(_ value: JSONValue, index: Int, file: String, geographic: Bool) throws(InputIssue) -> GeoJSONFeature {
        let line = value.line
        func fail(_ field: String?, _ en: String, _ zh: String, id: String? = nil) -> InputIssue {
            InputIssue(.error, file: file, line: line, feature: index, recordID: id, field: field, message: Localized(en: en, zh: zh))
        }
        guard value.objectMembers != nil, value["type"]?.stringValue == "Feature" else {
            throw fail("type", "not a GeoJSON Feature object; skipped", "不是 GeoJSON Feature 对象,已跳过")
        }
        let id = value["id"]?.textValue
        let properties: [(String, JSONValue)]
        switch value["properties"] {
        case .none, .some(.null): properties = []
        case .some(.object(let members, _)): properties = members
        default:
            throw fail("properties", "'properties' must be an object or null; skipped", "properties 必须是对象或 null,已跳过", id: id)
        }
        let label = id ?? properties.first { $0.0 == "name" }?.1.textValue
        guard let geometryValue = value["geometry"], geometryValue != .null else {
            return GeoJSONFeature(index: index, line: line ?? 0, id: id, properties: properties, geometry: nil)
        }
        do {
            let geometry = try parseGeometry(geometryValue, geographic: geographic)
            return GeoJSONFeature(index: index, line: line ?? 0, id: id, properties: properties, geometry: geometry)
        } catch {
            throw fail("geometry", error.reason.en + "; skipped", error.reason.zh + ",已跳过", id: label)
        }
    }

    private struct GeometryProblem: Error {
        var reason: Localized
        init(_ en: String, _ zh: String) { reason = Localized(en: en, zh: zh) }
    }

    private static func parseGeometry(_ value: JSONValue, geographic: Bool) throws(GeometryProblem) -> GeoJSONGeometry {
        guard let type = value["type"]?.stringValue else {
            throw GeometryProblem("geometry has no 'type'", "几何缺少 type")
        }
        guard let coordinates = value["coordinates"] else {
            throw GeometryProblem("\(type) has no 'coordinates'", "\(type) 缺少 coordinates")
        }
        switch type {
        case "Point":
            return .point(try position(coordinates, geographic: geographic))
        case "LineString":
            return .lineString(try line(coordinates, geographic: geographic))
        case "MultiLineString":
            guard let parts = coordinates.arrayValue, !parts.isEmpty else {
                throw GeometryProblem("MultiLineString needs an array of lines", "MultiLineString 需要线数组")
            }
            var lines: [[Point]] = []
            for part in parts { lines.append(try line(part, geographic: geographic)) }
            return .multiLineString(lines)
        case "Polygon":
            return .polygon(try rings(coordinates, geographic: geographic))
        case "MultiPolygon":
            guard let parts = coordinates.arrayValue, !parts.isEmpty else {
                throw GeometryProblem("MultiPolygon needs an array of polygons", "MultiPolygon 需要多边形数组")
            }
            var polygons: [[[Point]]] = []
            for part in parts { polygons.append(try rings(part, geographic: geographic)) }
            return .multiPolygon(polygons)
        default:
            throw GeometryProblem("unsupported geometry type '\(type)'", "不支持的几何类型 '\(type)'")
        }
    }

    private static func position(_ value: JSONValue, geographic: Bool) throws(GeometryProblem) -> Point {
        guard let numbers = value.arrayValue, numbers.count >= 2 else {
            throw GeometryProblem("a position must be an array of at least two numbers", "坐标必须是至少两个数字的数组")
        }
        guard let x = numbers[0].numberValue, let y = numbers[1].numberValue else {
            throw GeometryProblem("a coordinate is not a number", "坐标值不是数字")
        }
        guard x.isFinite, y.isFinite else {
            throw GeometryProblem("a coordinate is not finite", "坐标值不是有限数")
        }
        let limit = InputLimits.projectedCoordinate
        guard geographic || (abs(x) <= limit && abs(y) <= limit) else {
            throw GeometryProblem(
                "position [\(x), \(y)] is beyond the input limit of ±\(JSONWriter.format(limit)) m for projected coordinates",
                "坐标 [\(x), \(y)] 超出投影坐标的输入上限 ±\(JSONWriter.format(limit)) 米")
        }
        if geographic {
            guard abs(x) <= 180, abs(y) <= 90 else {
                let swapped = abs(y) <= 180 && abs(x) <= 90
                throw GeometryProblem(
                    "position [\(x), \(y)] is out of range (longitude ±180, latitude ±90)"
                        + (swapped ? "; GeoJSON puts longitude first: are the two swapped?" : ""),
                    "坐标 [\(x), \(y)] 超出范围(经度 ±180,纬度 ±90)" + (swapped ? ";GeoJSON 经度在前:是否颠倒了?" : ""))
            }
        }
        return Point(x: x, y: y)
    }

    private static func line(_ value: JSONValue, geographic: Bool) throws(GeometryProblem) -> [Point] {
        guard let array = value.arrayValue else {
            throw GeometryProblem("a line must be an array of positions", "线必须是坐标数组")
        }
        try checkVertexCount(array.count)
        var points: [Point] = []
        points.reserveCapacity(array.count)
        for element in array { points.append(try position(element, geographic: geographic)) }
        guard points.count >= 2 else {
            throw GeometryProblem("a line needs at least two positions, found \(points.count)", "线至少需要两个坐标,实际 \(points.count) 个")
        }
        return points
    }

    private static func checkVertexCount(_ count: Int) throws(GeometryProblem) {
        guard count <= InputLimits.verticesPerLine else {
            throw GeometryProblem(
                "\(count) positions in one line or ring, more than the input limit of \(InputLimits.verticesPerLine)",
                "一条线或一个环有 \(count) 个坐标,超过输入上限 \(InputLimits.verticesPerLine)")
        }
    }

    private static func rings(_ value: JSONValue, geographic: Bool) throws(GeometryProblem) -> [[Point]] {
        guard let array = value.arrayValue, !array.isEmpty else {
            throw GeometryProblem("a polygon must be an array of rings", "多边形必须是环的数组")
        }
        var rings: [[Point]] = []
        for (i, element) in array.enumerated() {
            guard let positions = element.arrayValue else {
                throw GeometryProblem("ring \(i) is not an array of positions", "第 \(i) 个环不是坐标数组")
            }
            try checkVertexCount(positions.count)
            var ring: [Point] = []
            for p in positions { ring.append(try position(p, geographic: geographic)) }
            guard ring.count >= 4 else {
                throw GeometryProblem("ring \(i) has \(ring.count) positions; a closed ring needs at least 4", "第 \(i) 个环只有 \(ring.count) 个坐标,闭合环至少需要 4 个")
            }
            guard ring.first == ring.last else {
                throw GeometryProblem("ring \(i) is not closed (first and last positions differ)", "第 \(i) 个环未闭合(首尾坐标不同)")
            }
            rings.append(ring)
        }
        return rings
    }
}
