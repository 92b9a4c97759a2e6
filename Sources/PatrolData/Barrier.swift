public import PatrolGeo

/// A point on a road that may stop or slow traffic: an OSM `barrier=*` node (bollard, gate,
/// stile, …) or a `ford=yes` node, with its OSM tags.
///
/// Which modes pass, and how long it takes, is the travel profiles' business; the map only
/// says where the point is and what it is.
public struct Barrier: Sendable, Hashable {
    /// 0-based index of the feature in `barriers.geojson`.
    public var feature: Int
    /// The feature's `id` (`n123` for OSM node 123), when it has one.
    public var id: String?
    /// OSM tags (`barrier`, `ford`, `access`, `motor_vehicle`, `foot`, …) as text.
    public var tags: [String: String]
    /// Position in the working CRS.
    public var location: Point
    /// Position as written in the file (input CRS).
    public var sourceCoordinate: Point

    /// Creates a barrier.
    public init(feature: Int, id: String?, tags: [String: String], location: Point, sourceCoordinate: Point) {
        self.feature = feature
        self.id = id
        self.tags = tags
        self.location = location
        self.sourceCoordinate = sourceCoordinate
    }

    /// What the point is for routing: the `barrier` value, else `ford` for a ford (`ford=yes`), else `nil`.
    public var kind: String? { Self.kind(of: tags) }

    /// What a point with `tags` is for routing: the `barrier` value, else `ford` for `ford=yes`, else `nil`.
    public static func kind(of tags: [String: String]) -> String? {
        if let barrier = tags["barrier"], !barrier.isEmpty { return barrier }
        return Road.isYes(tags["ford"]) ? "ford" : nil
    }
}
