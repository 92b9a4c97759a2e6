public import PatrolGeo

/// An administrative village (行政村) and its polygon.
public struct Village: Sendable, Hashable {
    /// The village's name, as households refer to it.
    public var name: String
    /// The polygon in the working CRS.
    public var boundary: MultiPolygon
    /// Geodesic area in m².
    public var geodesicArea: Double
    /// The police station whose jurisdiction the village is in, as `boundary.geojson`'s
    /// `station` names it; `nil` when the file does not say (a one-station map).
    public var station: String?

    /// Creates a village.
    public init(name: String, boundary: MultiPolygon, geodesicArea: Double, station: String? = nil) {
        self.name = name
        self.boundary = boundary
        self.geodesicArea = geodesicArea
        self.station = station
    }
}

/// The station's whole jurisdiction (辖区).
public struct Jurisdiction: Sendable, Hashable {
    /// Name of the jurisdiction, usually the township's.
    public var name: String
    /// The polygon in the working CRS.
    public var boundary: MultiPolygon
    /// Geodesic area in m² (PROJ's geodesic library on the input coordinates).
    public var geodesicArea: Double

    /// Creates a jurisdiction.
    public init(name: String, boundary: MultiPolygon, geodesicArea: Double) {
        self.name = name
        self.boundary = boundary
        self.geodesicArea = geodesicArea
    }
}
