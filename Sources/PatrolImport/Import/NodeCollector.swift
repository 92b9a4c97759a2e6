import PatrolGeo
import PatrolData

/// A police post or landmark found in the OSM data, before clipping and naming checks.
struct PointCandidate: Sendable {
    /// `node/123` or `way/456`, for messages and tie-breaking.
    var source: String
    /// OSM id (ways sort after nodes with the same id through `isWay`).
    var id: Int64
    /// True for a way's centroid.
    var isWay: Bool
    /// Post or landmark.
    var role: OSMImportRules.WayRole
    /// Kept tags.
    var tags: OSMTags
    /// Longitude in degrees.
    var lon: Double
    /// Latitude in degrees.
    var lat: Double
}

/// Pass 2 of an OSM import: the positions of the nodes the kept ways need, and the nodes
/// that are posts or landmarks themselves.
///
/// Positions are stored as fixed-point pairs parallel to the sorted id array (8 bytes a
/// node); the lookup walks forward through the ids when the file is sorted by id, as
/// extracts are, and falls back to binary search otherwise.
struct NodeCollector: OSMHandler {
    var wantsNodes: Bool { true }
    var wantsWays: Bool { false }

    /// The node ids wanted, ascending.
    let needed: [Int64]
    /// Position of `needed[i]`; `missing` until found.
    private(set) var coordinates: [FixedCoordinate]
    /// How many needed nodes were found.
    private(set) var found = 0
    /// Nodes that are posts or landmarks.
    private(set) var points: [PointCandidate] = []
    /// Needed nodes (on kept ways) that are barriers or fords.
    private(set) var barriers: [BarrierCandidate] = []
    /// Newest edit time among all nodes.
    private(set) var newest: Int64 = 0
    /// Nodes read in total.
    private(set) var nodesRead = 0
    /// True when ``InputLimits/osmPoints`` posts and landmarks were collected and later ones
    /// were not; the import is then refused.
    private(set) var full = false
    /// Elements the reader skipped.
    private(set) var skippedIssues = BoundedIssues()
    private var cursor = 0
    private var lastID = Int64.min

    /// The placeholder for a needed node the file lacks.
    static let missing = FixedCoordinate(lat: .min, lon: .min)

    /// Posts and landmarks are collected only inside this box (longitude/latitude), when set.
    let box: BoundingBox?

    /// A collector for the ascending ids `needed`, and for posts and landmarks inside `box`.
    init(needed: [Int64], box: BoundingBox? = nil) {
        self.needed = needed
        self.box = box
        coordinates = Array(repeating: Self.missing, count: needed.count)
    }

    mutating func header(_ header: OSMFileHeader) {}

    mutating func node(_ node: OSMNode) {
        nodesRead += 1
        newest = max(newest, node.timestamp)
        if let index = position(of: node.id), coordinates[index] == Self.missing {
            coordinates[index] = node.coordinate
            found += 1
            if !node.tags.isEmpty, OSMImportRules.isBarrier(node.tags) {
                var kept: [(key: String, value: String)] = []
                for key in OSMImportRules.barrierKeys { if let value = node.tags[key] { kept.append((key, value)) } }
                barriers.append(
                    BarrierCandidate(id: node.id, node: index, tags: OSMTags(pairs: kept), lon: node.coordinate.longitude, lat: node.coordinate.latitude))
            }
        }
        if !node.tags.isEmpty, let role = OSMImportRules.pointRole(node.tags),
            box?.contains(Point(x: node.coordinate.longitude, y: node.coordinate.latitude)) ?? true
        {
            guard points.count < InputLimits.osmPoints else {
                full = true
                return
            }
            var kept: [(key: String, value: String)] = []
            for key in OSMImportRules.pointKeys { if let value = node.tags[key] { kept.append((key, value)) } }
            points.append(
                PointCandidate(
                    source: "node/\(node.id)", id: node.id, isWay: false, role: role, tags: OSMTags(pairs: kept),
                    lon: node.coordinate.longitude, lat: node.coordinate.latitude))
        }
    }

    mutating func way(_ way: OSMWay) {}

    mutating func skipped(_ issue: InputIssue) {
        skippedIssues.append(issue)
    }

    /// Index of `id` in `needed`, or `nil`.
    ///
    /// - Complexity: amortised O(1) for ids arriving in ascending order, else O(log n).
    private mutating func position(of id: Int64) -> Int? {
        defer { lastID = id }
        let count = needed.count
        guard id > lastID else {
            // Out of order: binary search, and restart the forward walk from there.
            var low = 0
            var high = count
            while low < high {
                let mid = (low + high) >> 1
                if needed[mid] < id { low = mid + 1 } else { high = mid }
            }
            cursor = low
            return low < count && needed[low] == id ? low : nil
        }
        // Gallop forward from the cursor, then binary search the bracket.
        var step = 1
        var low = cursor
        var high = cursor
        while high < count, needed[high] < id {
            low = high + 1
            high += step
            step *= 2
        }
        high = min(high, count)
        while low < high {
            let mid = (low + high) >> 1
            if needed[mid] < id { low = mid + 1 } else { high = mid }
        }
        cursor = low
        return low < count && needed[low] == id ? low : nil
    }
}
