public import PatrolGeo

/// A water feature of `water.geojson`: a reservoir, pond or river area, or a river or stream line.
///
/// Drawn in blue on every map; the OSM tags say what it is (`natural=water`, `water=reservoir`,
/// `waterway=stream`, …).
public struct WaterFeature: Sendable, Hashable {
    /// The shape of a water feature in the working CRS.
    public enum Shape: Sendable, Hashable {
        /// A water surface.
        case area(MultiPolygon)
        /// A watercourse, one or more lines.
        case lines([[Point]])
    }

    /// 0-based index of the feature in `water.geojson`.
    public var feature: Int
    /// The feature's `id` (`w123` for OSM way 123, `r45` for a multipolygon relation), when it has one.
    public var id: String?
    /// The `name` property, when the feature has one.
    public var name: String?
    /// OSM tags as text.
    public var tags: [String: String]
    /// The geometry in the working CRS.
    public var shape: Shape

    /// Creates a water feature.
    public init(feature: Int, id: String?, name: String?, tags: [String: String], shape: Shape) {
        self.feature = feature
        self.id = id
        self.name = name
        self.tags = tags
        self.shape = shape
    }

    /// The `waterway` value of a line (`river`, `stream`, `canal`, `ditch`, `drain`), else `nil`.
    public var waterway: String? { tags["waterway"].flatMap { $0.isEmpty ? nil : $0 } }
}
