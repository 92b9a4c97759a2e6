import PatrolGeo

/// How the written roads hang together, for the import report: pieces joined where they share
/// a node (whatever their access), the largest network by length, and the islands beside it.
///
/// An island is kept: it may be a hamlet whose link to the rest lies outside the area, and
/// routing reaches places near it through the nearest connected road (and says so). The
/// report counts the islands, and those the boundary cut, so a station can see whether its
/// area should reach a little further.
public struct RoadIslandStatistics: Sendable, Hashable {
    /// Road length in the largest network, metres.
    public var mainMetres = 0.0
    /// Networks apart from the largest.
    public var islands = 0
    /// Road length on those islands, metres.
    public var islandMetres = 0.0
    /// Of ``islands``, those with a road cut by the area's boundary.
    public var islandsCut = 0
}

/// Collects the written road pieces (``RoadBuilder``) and measures their connectivity.
///
/// Memory: 8 bytes per node, plus 17 bytes per written piece.
struct RoadIslands {
    private var finder: UnionFind
    private var pieceNode: [Int32] = []
    private var pieceMetres: [Double] = []
    private var pieceCut: [Bool] = []

    /// A collector over `nodeCount` import nodes.
    init(nodeCount: Int) {
        finder = UnionFind(count: nodeCount)
    }

    /// Adds a written piece; `cut` when the boundary cut its way.
    mutating func add(_ piece: [RoadVertex], cut: Bool) {
        let nodes = piece.map(\.node).filter { $0 >= 0 }
        guard let first = nodes.first else { return }
        for node in nodes.dropFirst() { finder.union(Int(first), Int(node)) }
        pieceNode.append(first)
        pieceCut.append(cut)
        var metres = 0.0
        for (a, b) in zip(piece, piece.dropFirst()) {
            metres += Geodesic.wgs84.distance(LonLat(lon: a.lon, lat: a.lat), LonLat(lon: b.lon, lat: b.lat))
        }
        pieceMetres.append(metres)
    }

    /// The statistics over every piece added.
    mutating func statistics() -> RoadIslandStatistics {
        var metres: [Int: Double] = [:]
        var cut: [Int: Bool] = [:]
        for (k, node) in pieceNode.enumerated() {
            let root = finder.find(Int(node))
            metres[root, default: 0] += pieceMetres[k]
            cut[root] = (cut[root] ?? false) || pieceCut[k]
        }
        guard let main = metres.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return RoadIslandStatistics() }
        var result = RoadIslandStatistics(mainMetres: metres[main]!)
        // In root order, so the sum is the same bits on every run.
        for (root, length) in metres.sorted(by: { $0.key < $1.key }) where root != main {
            result.islands += 1
            result.islandMetres += length
            if cut[root]! { result.islandsCut += 1 }
        }
        return result
    }
}
