public import PatrolGeo

/// One road line with its OpenStreetMap tags, in the working CRS.
///
/// A `MultiLineString` feature becomes one `Road` per part, sharing the feature index.
public struct Road: Sendable, Hashable {
    /// 0-based index of the feature in the roads file.
    public var feature: Int
    /// The feature's `id`, when it has one.
    public var id: String?
    /// OSM tags (`highway`, `surface`, `width`, `oneway`, `bridge`, `layer`, …) as text.
    public var tags: [String: String]
    /// Vertices in the working CRS.
    public var geometry: [Point]

    /// Creates a road.
    public init(feature: Int, id: String?, tags: [String: String], geometry: [Point]) {
        self.feature = feature
        self.id = id
        self.tags = tags
        self.geometry = geometry
    }

    /// The `highway` class.
    public var highway: String { tags["highway"] ?? "" }
    /// The road's name, if it has one.
    public var name: String? { tags["name"].flatMap { $0.isEmpty ? nil : $0 } }
    /// Planar length in metres.
    public var length: Double { Polyline.length(geometry) }
    /// True for bridges and tunnels, which do not join roads they cross (OSM semantics).
    public var isBridgeOrTunnel: Bool {
        Self.isYes(tags["bridge"]) || Self.isYes(tags["tunnel"])
    }

    /// OSM's truthy values: anything but `no`, `false`, `0` or absent.
    package static func isYes(_ value: String?) -> Bool {
        guard let value, !value.isEmpty else { return false }
        return !["no", "false", "0"].contains(value.lowercased())
    }

    /// The `highway` values PatrolMap knows how to route on.
    public static let knownHighways: [String] = [
        "motorway", "trunk", "primary", "secondary", "tertiary",
        "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link",
        "unclassified", "residential", "living_street", "service", "road",
        "track", "path", "footway", "bridleway", "cycleway", "steps", "pedestrian",
    ]
}
