public import PatrolData
public import PatrolGeo

/// Positions in JSON and GeoJSON output: WGS 84 longitude/latitude in degrees (RFC 7946),
/// whatever CRS the map's files use.
public enum LonLatOutput {
    /// Decimals of a degree written: 7 is about a centimetre.
    public static let decimals = 7

    /// GeoJSON positions (x longitude, y latitude) of working-CRS points.
    public static func positions(_ points: [Point], of map: PatrolMap) -> [Point] {
        map.coordinates.lonLat(points).map { Point(x: $0.lon, y: $0.lat) }
    }

    /// `[lon, lat]` arrays of working-CRS points.
    public static func json(_ points: [Point], of map: PatrolMap) -> [JSONValue] {
        map.coordinates.lonLat(points).map { .array([.number($0.lon, decimals: decimals), .number($0.lat, decimals: decimals)]) }
    }
}
