public import PatrolGeo

/// The geometry of one GeoJSON feature, in the coordinates of the file (x = longitude or easting).
public enum GeoJSONGeometry: Sendable, Hashable {
    /// One position.
    case point(Point)
    /// A line of at least two positions.
    case lineString([Point])
    /// Several lines.
    case multiLineString([[Point]])
    /// Rings: the exterior first, then holes.
    case polygon([[Point]])
    /// Polygons, each given as its rings.
    case multiPolygon([[[Point]]])

    /// The GeoJSON `type` name.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        }
    }

    /// Every position, in order.
    public var allPoints: [Point] {
        switch self {
        case .point(let p): [p]
        case .lineString(let line): line
        case .multiLineString(let lines): lines.flatMap { $0 }
        case .polygon(let rings): rings.flatMap { $0 }
        case .multiPolygon(let polygons): polygons.flatMap { $0.flatMap { $0 } }
        }
    }

    /// The same geometry with every position mapped through `transform`.
    public func mapPoints(_ transform: ([Point]) -> [Point]) -> GeoJSONGeometry {
        switch self {
        case .point(let p): .point(transform([p])[0])
        case .lineString(let line): .lineString(transform(line))
        case .multiLineString(let lines): .multiLineString(lines.map(transform))
        case .polygon(let rings): .polygon(rings.map(transform))
        case .multiPolygon(let polygons): .multiPolygon(polygons.map { $0.map(transform) })
        }
    }
}

/// One feature read from a GeoJSON file, with where it was found.
public struct GeoJSONFeature: Sendable, Hashable {
    /// 0-based index in the `features` array.
    public var index: Int
    /// 1-based line of the feature's opening brace.
    public var line: Int
    /// The feature's `id` member, as text.
    public var id: String?
    /// The `properties` object's members, in file order.
    public var properties: [(String, JSONValue)]
    /// The geometry, or `nil` for a feature with `"geometry": null`.
    public var geometry: GeoJSONGeometry?

    /// Creates a feature.
    public init(index: Int, line: Int, id: String?, properties: [(String, JSONValue)], geometry: GeoJSONGeometry?) {
        self.index = index
        self.line = line
        self.id = id
        self.properties = properties
        self.geometry = geometry
    }

    /// Features are equal when index, line, id, geometry and properties (in order) are.
    public static func == (a: GeoJSONFeature, b: GeoJSONFeature) -> Bool {
        a.index == b.index && a.line == b.line && a.id == b.id && a.geometry == b.geometry
            && JSONValue.object(a.properties) == JSONValue.object(b.properties)
    }

    /// Hashes index, id and geometry (equal features agree on them).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(id)
        hasher.combine(geometry)
    }

    /// A property as text (numbers and booleans converted), or `nil` when absent or null.
    public func text(_ key: String) -> String? {
        properties.first { $0.0 == key }?.1.textValue
    }

    /// A property's raw value.
    public func property(_ key: String) -> JSONValue? {
        properties.first { $0.0 == key }?.1
    }

    /// A readable name for messages: the `id`, else the `name` property.
    public var label: String? { id ?? text("name") }
}
