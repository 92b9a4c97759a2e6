public import PatrolData
import PatrolGeo

/// Where a map lies, as far as the words for unnamed roads go: China has county and
/// township roads (县道, 乡道); elsewhere a `secondary` is a secondary road.
public enum RoadRegion: String, Sendable, Hashable {
    /// Chinese road classes: `secondary` is a county road (县道), `tertiary` a township road (乡道).
    case china
    /// OpenStreetMap's own classes: primary, secondary, tertiary, minor roads.
    case international

    /// China's extent in degrees (west, south, east, north): coarse, enough to tell a Chinese
    /// township from a European valley.
    static let chinaExtent = (west: 73.5, south: 18.0, east: 135.1, north: 53.6)

    /// The region of `map`: China when its files are in GCJ-02 or CGCS2000 (`EPSG:4490`,
    /// the Gauss-Krüger zones `EPSG:4491`–`4554`), or when the jurisdiction's centre lies in
    /// China's extent; elsewhere international.
    public init(map: PatrolMap) {
        let crs = map.inputCRS.definition.uppercased().replacingOccurrences(of: " ", with: "")
        if map.inputCRS.isGCJ02 {
            self = .china
            return
        }
        if crs.hasPrefix("EPSG:"), let code = Int(crs.dropFirst(5)), (4490...4554).contains(code) {
            self = .china
            return
        }
        guard let centre = map.jurisdiction.boundary.bounds?.center, case let lonLat = map.coordinates.lonLat(centre), lonLat.isValid else {
            self = .china
            return
        }
        let e = Self.chinaExtent
        self = (e.west...e.east).contains(lonLat.lon) && (e.south...e.north).contains(lonLat.lat) ? .china : .international
    }
}
