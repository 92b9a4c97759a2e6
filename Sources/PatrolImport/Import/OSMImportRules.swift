import PatrolData
import PatrolGeo

/// Which OSM elements become which map layers, and which tags travel with them.
enum OSMImportRules {
    /// What the import makes of a way.
    enum WayRole: UInt8, Sendable {
        /// A road line.
        case road
        /// A police post at the way's centroid.
        case post
        /// A landmark at the way's centroid.
        case landmark
        /// A water area or watercourse (``OSMWaterRules``).
        case water
    }

    /// Road tags copied to `roads.geojson`, in the order they are written: the DESIGN's
    /// vocabulary plus the access and classification tags routing profiles may read.
    static let roadKeys = [
        "highway", "name", "ref", "surface", "tracktype", "smoothness", "width", "oneway", "junction",
        "bridge", "tunnel", "layer", "ford", "access", "motor_vehicle", "motorcar", "motorcycle", "vehicle", "foot",
        "maxspeed", "sac_scale",
    ]

    /// Tags copied to `barriers.geojson` from a `barrier=*` or `ford=yes` node on a road.
    static let barrierKeys = [
        "barrier", "ford", "access", "motor_vehicle", "motorcar", "motorcycle", "vehicle", "foot", "maxheight", "maxwidth", "name",
    ]

    /// True for a node the routing profiles treat as a barrier point: a `barrier` tag, or `ford` other than `no`.
    static func isBarrier(_ tags: OSMTags) -> Bool {
        Barrier.kind(of: ["barrier": tags["barrier"] ?? "", "ford": tags["ford"] ?? ""]) != nil
    }

    /// Tags whose value, with a `name`, makes a landmark.
    static let landmarkKeys = ["place", "amenity", "tourism"]

    /// Tags kept for posts and landmarks.
    static let pointKeys = ["name", "phone", "contact:phone", "amenity", "tourism", "place"]

    /// Why a way with a `highway` tag was not kept as a road (`highway=proposed`, `area=yes`,
    /// `construction=*`, `nodes<2`), or `nil` when it is one.
    ///
    /// A road with a `construction` tag other than `no`, `minor` or `widening` is being built
    /// or rebuilt: OSRM's car profile, GraphHopper and Valhalla all leave it out, and so do we.
    static func roadRefusal(_ tags: OSMTags, nodeCount: Int) -> String? {
        guard let highway = tags["highway"] else { return "highway=" }
        guard knownHighways.contains(highway) else { return "highway=\(highway)" }
        if tags["area"] == "yes" { return "area=yes" }
        if let construction = tags["construction"], !openConstruction.contains(construction) { return "construction=\(construction)" }
        if nodeCount < 2 { return "nodes<2" }
        return nil
    }

    /// A refusal reason from ``roadRefusal(_:nodeCount:)`` explained for people.
    static func explain(_ reason: String) -> Localized {
        switch reason {
        case "area=yes": Localized(en: "area=yes (a square, not a line)", zh: "area=yes(广场等面状区域,不是线)")
        case "nodes<2": Localized(en: "fewer than two nodes", zh: "少于两个节点")
        case let tag where tag.hasPrefix("construction="):
            Localized(en: "\(tag) (under construction)", zh: "\(tag)(施工中)")
        default: Localized(en: reason, zh: reason)
        }
    }

    private static let knownHighways = Set(Road.knownHighways)

    /// `construction` values that leave the road open.
    private static let openConstruction: Set<String> = ["no", "minor", "widening"]

    /// The role of a way, or `nil` when the import does not use it.
    static func role(ofWay tags: OSMTags) -> WayRole? {
        if tags["highway"] != nil { return .road }
        if let role = pointRole(tags) { return role }
        return OSMWaterRules.kind(ofWay: tags) == nil ? nil : .water
    }

    /// Whether a node or area is a post, a landmark, or neither.
    static func pointRole(_ tags: OSMTags) -> WayRole? {
        if tags["amenity"] == "police" { return .post }
        guard let name = tags["name"], !name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return landmarkKeys.contains { tags[$0] != nil } ? .landmark : nil
    }

    /// The landmark `kind`: the value of the first of `place`, `amenity`, `tourism` present.
    static func landmarkKind(_ tags: OSMTags) -> String {
        for key in landmarkKeys { if let value = tags[key] { return value } }
        return ""
    }

    /// The post kind for an `amenity=police` element: a name that says station or
    /// registration room decides, else a police room.
    static func postKind(name: String) -> PostKind {
        let lower = name.lowercased()
        if name.contains("派出所") || lower.contains("police station") || lower.contains("comisaría") { return .station }
        if name.contains("户籍") { return .registrationRoom }
        return .policeRoom
    }

    /// A `width` value as metres (`3.5`, `3,5`, `3.5 m`), or `nil` when it is not one.
    static func metres(_ width: String) -> Double? {
        var text = width.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if text.hasSuffix("m") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let value = Double(text), value.isFinite, value > 0, value < 100 else { return nil }
        return value
    }
}
