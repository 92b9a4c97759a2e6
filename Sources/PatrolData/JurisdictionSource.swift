/// Where a map's outer boundary comes from: `jurisdiction_source` in `map.json`.
///
/// A station's own map outlines its police jurisdiction (辖区). An OpenStreetMap import has
/// none to read: its outline is the boundary file it was given, a box, or the hull of the
/// roads, and a map must not call the hull of some data a police jurisdiction.
public enum JurisdictionSource: String, Sendable, Hashable, CaseIterable {
    /// The station's jurisdiction, as a hand-made map draws it (the default).
    case station
    /// The outline given to `import osm --boundary FILE`: the jurisdiction the user chose.
    case boundaryFile = "boundary-file"
    /// An administrative boundary from OpenStreetMap (`boundary=administrative`), given to
    /// `import osm --boundary FILE`: a township or county, not a police jurisdiction.
    case osmAdmin = "osm-admin"
    /// The box given to `import osm --bbox`.
    case bbox
    /// The buffered convex hull of the imported roads (`import osm` without `--bbox` or `--boundary`).
    case dataHull = "data-hull"

    /// True when the outline is a police jurisdiction: drawn by the station, or given as one.
    public var isPoliceJurisdiction: Bool { self == .station || self == .boundaryFile }

    /// What maps and reports call the area inside the outline: `辖区` / `jurisdiction`,
    /// `行政区` / `administrative area`, or `数据范围` / `area of the imported data`.
    public var areaName: Localized {
        switch self {
        case .station, .boundaryFile: Localized(en: "jurisdiction", zh: "辖区")
        case .osmAdmin: Localized(en: "administrative area", zh: "行政区")
        case .bbox, .dataHull: Localized(en: "area of the imported data", zh: "数据范围")
        }
    }

    /// The outline's line in a map legend: `派出所辖区界` / `Jurisdiction boundary`, or what the outline really is.
    public var boundaryLegend: Localized {
        switch self {
        case .station, .boundaryFile: Localized(en: "Jurisdiction boundary", zh: "派出所辖区界")
        case .osmAdmin: Localized(en: "Administrative boundary (OpenStreetMap)", zh: "行政区界(OpenStreetMap)")
        case .bbox: Localized(en: "Edge of the area of the imported data (the box imported)", zh: "数据范围界(导入的矩形范围)")
        case .dataHull: Localized(en: "Edge of the area of the imported data (around its roads)", zh: "数据范围界(导入道路的外包范围)")
        }
    }
}
