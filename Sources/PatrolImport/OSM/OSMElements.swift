import PatrolGeo
import PatrolData

/// A position in OpenStreetMap's own precision: 1e-7 degrees as whole numbers.
///
/// Both OSM XML (seven decimals) and PBF (granularity 100 nanodegrees by default) carry
/// exactly this precision, so the same node reads to the same value from either format.
struct FixedCoordinate: Sendable, Hashable {
    /// Latitude in 1e-7 degrees.
    var lat: Int32
    /// Longitude in 1e-7 degrees.
    var lon: Int32

    /// Units per degree.
    static let unitsPerDegree = 1e7

    /// Longitude in degrees (the double nearest the exact decimal).
    var longitude: Double { Double(lon) / Self.unitsPerDegree }
    /// Latitude in degrees (the double nearest the exact decimal).
    var latitude: Double { Double(lat) / Self.unitsPerDegree }

    /// True when the position lies within ±90° latitude and ±180° longitude.
    var isValid: Bool { abs(lat) <= 900_000_000 && abs(lon) <= 1_800_000_000 }
}

/// An OSM element's tags in file order.
struct OSMTags: Sendable, Hashable {
    /// Key–value pairs.
    var pairs: [(key: String, value: String)]

    static func == (a: OSMTags, b: OSMTags) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }

    /// The value of `key`, or `nil`.
    subscript(key: String) -> String? {
        for pair in pairs where pair.key == key { return pair.value }
        return nil
    }

    /// True when there are no tags.
    var isEmpty: Bool { pairs.isEmpty }
}

/// An OSM node as the readers deliver it.
struct OSMNode: Sendable, Hashable {
    /// The node id.
    var id: Int64
    /// Its position.
    var coordinate: FixedCoordinate
    /// Its tags (most nodes have none).
    var tags: OSMTags
    /// Last edit, in seconds since 1970 (0 when the file does not say).
    var timestamp: Int64
}

/// An OSM way as the readers deliver it.
struct OSMWay: Sendable, Hashable {
    /// The way id.
    var id: Int64
    /// The node ids in order.
    var refs: [Int64]
    /// Its tags.
    var tags: OSMTags
    /// Last edit, in seconds since 1970 (0 when the file does not say).
    var timestamp: Int64
}

/// An OSM relation as the readers deliver it.
struct OSMRelation: Sendable, Hashable {
    /// What a member is.
    enum MemberType: UInt8, Sendable, Hashable {
        case node, way, relation
    }

    /// One member: its type, id and role.
    struct Member: Sendable, Hashable {
        var type: MemberType
        var ref: Int64
        var role: String
    }

    /// The relation id.
    var id: Int64
    /// The members in order.
    var members: [Member]
    /// Its tags.
    var tags: OSMTags
}

/// What a file says about itself before its elements.
struct OSMFileHeader: Sendable, Hashable {
    /// The area the extract claims to cover (`<bounds>` in XML, `HeaderBBox` in PBF):
    /// x longitude, y latitude, in degrees.
    var bounds: BoundingBox?
    /// The program that wrote the file, when it says.
    var generator: String?
}

/// Receives the elements of an OSM file as a reader streams through it.
///
/// A handler says which element types it needs so readers can skip the rest cheaply
/// (a PBF reader does not even decode node groups when `wantsNodes` is false).
protocol OSMHandler {
    /// Whether ``node(_:)`` should be called.
    var wantsNodes: Bool { get }
    /// Whether ``way(_:)`` should be called.
    var wantsWays: Bool { get }
    /// Whether ``relation(_:)`` should be called (by default not).
    var wantsRelations: Bool { get }
    /// Called once, before any element.
    mutating func header(_ header: OSMFileHeader)
    /// Called for each node, in file order.
    mutating func node(_ node: OSMNode)
    /// Called for each way, in file order.
    mutating func way(_ way: OSMWay)
    /// Called for each relation, in file order.
    mutating func relation(_ relation: OSMRelation)
    /// Called for each element the reader skipped as unusable (the reading goes on).
    mutating func skipped(_ issue: InputIssue)
}

extension OSMHandler {
    var wantsRelations: Bool { false }

    mutating func relation(_ relation: OSMRelation) {}
}
