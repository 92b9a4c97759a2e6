public import PatrolGeo
import PatrolData

/// Where an OSM import takes its jurisdiction from.
public enum OSMImportArea: Sendable, Hashable {
    /// The data's own extent: the file's declared bounds (roads are clipped to them) and
    /// the buffered convex hull of the roads kept.
    case dataExtent
    /// A longitude/latitude box: roads are clipped to it and it is the jurisdiction.
    case bbox(BoundingBox)
    /// A GeoJSON polygon file (longitude/latitude): roads are clipped to it and it is the
    /// jurisdiction; its `kind=village` features, if any, become the villages.
    case boundary(path: String)
}

/// A police station to add to an imported map (OSM seldom has the right one).
public struct StationOption: Sendable, Hashable {
    /// Where it is.
    public var location: LonLat
    /// Its name.
    public var name: String
    /// Its public phone number.
    public var phone: String

    /// Creates a station.
    public init(location: LonLat, name: String, phone: String = "") {
        self.location = location
        self.name = name
        self.phone = phone
    }
}

/// What to import and where to.
public struct OSMImportOptions: Sendable, Hashable {
    /// The `.osm`, `.osm.gz` or `.osm.pbf` file.
    public var input: String
    /// The map package folder to write.
    public var output: String
    /// Where the jurisdiction comes from.
    public var area: OSMImportArea
    /// `name` in `map.json`; default: the output folder's name.
    public var name: String?
    /// `title` in `map.json`; default: the name and "(OpenStreetMap)".
    public var title: String?
    /// A station to add to the posts.
    public var station: StationOption?
    /// Replace an existing, non-empty output folder.
    public var replace: Bool
    /// How far the jurisdiction reaches beyond the outermost roads, for `.dataExtent`.
    public var margin: Double

    /// Creates options with the defaults: data extent, 200 m margin, no station, no replace.
    public init(
        input: String, output: String, area: OSMImportArea = .dataExtent, name: String? = nil, title: String? = nil,
        station: StationOption? = nil, replace: Bool = false, margin: Double = 200
    ) {
        self.input = input
        self.output = output
        self.area = area
        self.name = name
        self.title = title
        self.station = station
        self.replace = replace
        self.margin = margin
    }
}
