import PatrolData

/// Which OSM ways and relations become `water.geojson`, and which of their tags travel with them.
///
/// Areas: `natural=water`, `waterway=riverbank` (the older tagging of a river's area) and
/// `landuse=reservoir|basin`, as closed ways or `type=multipolygon` relations. Lines: the
/// `waterway` classes a map draws (`river`, `stream`, `canal`, `drain`, `ditch`), except where
/// they run underground (`tunnel=culvert|yes`): a culvert under a road is not open water.
enum OSMWaterRules {
    /// What a water element becomes.
    enum Kind: Sendable, Equatable {
        /// A lake, reservoir or river area.
        case area
        /// A watercourse line.
        case line
    }

    /// Tags copied to `water.geojson`, in the order they are written.
    static let keys = ["natural", "water", "waterway", "landuse", "name", "intermittent", "seasonal"]

    /// The `waterway` values kept as lines.
    static let lineClasses: Set<String> = ["river", "stream", "canal", "drain", "ditch"]

    /// What `tags` on a way make of it, or `nil` when it is not water the map draws.
    static func kind(ofWay tags: OSMTags) -> Kind? {
        if isArea(tags) { return .area }
        if let waterway = tags["waterway"], lineClasses.contains(waterway) {
            if let tunnel = tags["tunnel"], tunnel != "no" { return nil }
            return .line
        }
        return nil
    }

    /// True for a relation whose polygons are water: `type=multipolygon` with area water tags.
    static func isWaterMultipolygon(_ tags: OSMTags) -> Bool {
        tags["type"] == "multipolygon" && isArea(tags)
    }

    private static func isArea(_ tags: OSMTags) -> Bool {
        tags["natural"] == "water" || tags["waterway"] == "riverbank" || tags["landuse"] == "reservoir" || tags["landuse"] == "basin"
    }
}
