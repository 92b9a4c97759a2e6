import PatrolGeo

/// Writes GeoJSON FeatureCollections deterministically, one feature per line, so files
/// diff well and every feature has its own line number for error messages.
public enum GeoJSONWriter {
    /// One feature to write.
    public struct Feature: Sendable {
        /// The feature's `id`, when it has one.
        public var id: String?
        /// Properties in the order to write them.
        public var properties: [(String, JSONValue)]
        /// The geometry, or `nil` for `"geometry": null`.
        public var geometry: GeoJSONGeometry?

        /// Creates a feature.
        public init(id: String? = nil, properties: [(String, JSONValue)], geometry: GeoJSONGeometry?) {
            self.id = id
            self.properties = properties
            self.geometry = geometry
        }
    }

    /// A whole FeatureCollection with coordinates rounded to `decimals` places
    /// (7 for degrees ≈ 1 cm, 2 for metres).
    public static func featureCollection(_ features: [Feature], decimals: Int) -> String {
        var out = "{\"type\":\"FeatureCollection\",\"features\":[\n"
        for (i, feature) in features.enumerated() {
            out += JSONWriter.compact(json(feature, decimals: decimals))
            out += i + 1 < features.count ? ",\n" : "\n"
        }
        return out + "]}\n"
    }

    /// One feature as a JSON value.
    public static func json(_ feature: Feature, decimals: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("Feature"))]
        if let id = feature.id { members.append(("id", .string(id))) }
        members.append(("properties", .object(feature.properties)))
        members.append(("geometry", feature.geometry.map { geometry($0, decimals: decimals) } ?? .null))
        return .object(members)
    }

    /// A geometry as a JSON value.
    public static func geometry(_ geometry: GeoJSONGeometry, decimals: Int) -> JSONValue {
        func position(_ p: Point) -> JSONValue { .array([.number(p.x, decimals: decimals), .number(p.y, decimals: decimals)]) }
        func line(_ points: [Point]) -> JSONValue { .array(points.map(position)) }
        let coordinates: JSONValue
        switch geometry {
        case .point(let p): coordinates = position(p)
        case .lineString(let points): coordinates = line(points)
        case .multiLineString(let lines): coordinates = .array(lines.map(line))
        case .polygon(let rings): coordinates = .array(rings.map(line))
        case .multiPolygon(let polygons): coordinates = .array(polygons.map { .array($0.map(line)) })
        }
        return .object([("type", .string(geometry.typeName)), ("coordinates", coordinates)])
    }
}
