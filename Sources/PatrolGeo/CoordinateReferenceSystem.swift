/// A coordinate reference system, named the way a map package's `map.json` names it.
///
/// Any definition PROJ accepts (`EPSG:4326`, `EPSG:4545`, a `+proj=` string, WKT) works,
/// plus `GCJ-02`, the offset datum of Chinese web maps, which PROJ does not know and
/// PatrolMap handles itself (see ``GCJ02``).
public struct CoordinateReferenceSystem: Sendable, Hashable, CustomStringConvertible {
    /// The definition as written.
    public let definition: String

    /// True for the GCJ-02 offset datum (handled outside PROJ).
    ///
    /// Worked out once here: transforms ask it on every call, and a map's readers call them per feature.
    public let isGCJ02: Bool

    /// Wraps a definition; nothing is checked until a transform is built from it.
    public init(_ definition: String) {
        self.definition = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = self.definition.uppercased().replacingOccurrences(of: "_", with: "-")
        isGCJ02 = key == "GCJ-02" || key == "GCJ02"
    }

    /// WGS 84 geographic coordinates (longitude, latitude in our API).
    public static let wgs84 = CoordinateReferenceSystem("EPSG:4326")

    /// CGCS2000 geographic coordinates, China's national datum.
    public static let cgcs2000 = CoordinateReferenceSystem("EPSG:4490")

    /// The GCJ-02 offset datum of Chinese web maps.
    public static let gcj02 = CoordinateReferenceSystem("GCJ-02")

    /// The definition handed to PROJ: `+proj` strings get `+type=crs` so PROJ treats them as a CRS.
    var projDefinition: String {
        if definition.hasPrefix("+proj"), !definition.contains("+type=crs") {
            return definition + " +type=crs"
        }
        return definition
    }

    /// The definition as written.
    public var description: String { definition }

    /// The CGCS2000 3-degree Gauss–Krüger zone whose central meridian is nearest `longitude`.
    ///
    /// Inside China's zones (central meridians 75°E…135°E) this is the EPSG code of the
    /// 4534…4554 family ("CGCS2000 / 3-degree Gauss-Kruger CM …E", false easting 500 km).
    /// Elsewhere (an imported map of the Pyrenees, say) it is the same projection written as
    /// a PROJ string with the nearest 3-degree meridian, so the plane stays accurate.
    public static func gaussKruger3Degree(nearestTo longitude: Double) -> CoordinateReferenceSystem {
        let meridian = Int((longitude / 3).rounded()) * 3
        if (75...135).contains(meridian) {
            return CoordinateReferenceSystem("EPSG:\(4534 + (meridian - 75) / 3)")
        }
        return CoordinateReferenceSystem(
            "+proj=tmerc +lat_0=0 +lon_0=\(meridian) +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
        )
    }
}
