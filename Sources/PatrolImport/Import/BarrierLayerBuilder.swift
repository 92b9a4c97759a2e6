import PatrolData
import PatrolGeo

/// A `barrier=*` or `ford=yes` node on a kept road, as the node pass found it.
struct BarrierCandidate: Sendable {
    /// OSM node id.
    var id: Int64
    /// Index of the node among the needed ids (its position in the coordinate array).
    var node: Int
    /// Kept tags (``OSMImportRules/barrierKeys``).
    var tags: OSMTags
    /// Longitude in degrees.
    var lon: Double
    /// Latitude in degrees.
    var lat: Double
}

/// Counts of the barrier points an import wrote.
public struct BarrierStatistics: Sendable, Hashable {
    /// Points written to `barriers.geojson`, by kind (`bollard`, `gate`, …, `ford`).
    public var byKind: [String: Int] = [:]
    /// Barrier nodes on roads the clip boundary dropped.
    public var outside = 0

    /// Points written.
    public var total: Int { byKind.values.reduce(0, +) }
}

/// Makes `barriers.geojson`: one Point per barrier or ford node on a written road, with its
/// OSM tags and `n<id>` as the feature id, in node-id order.
enum BarrierLayerBuilder {
    /// The features for the candidates on written roads (`isWritten` by node index), and what was counted.
    static func build(_ candidates: [BarrierCandidate], isWritten: (Int) -> Bool) -> (features: [GeoJSONWriter.Feature], statistics: BarrierStatistics) {
        var statistics = BarrierStatistics()
        var features: [GeoJSONWriter.Feature] = []
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            guard isWritten(candidate.node) else {
                statistics.outside += 1
                continue
            }
            var properties: [(String, JSONValue)] = []
            var tags: [String: String] = [:]
            for key in OSMImportRules.barrierKeys {
                if let value = candidate.tags[key] {
                    properties.append((key, .string(value)))
                    tags[key] = value
                }
            }
            statistics.byKind[Barrier.kind(of: tags) ?? "", default: 0] += 1
            features.append(
                GeoJSONWriter.Feature(id: "n\(candidate.id)", properties: properties, geometry: .point(Point(x: candidate.lon, y: candidate.lat))))
        }
        return (features, statistics)
    }
}
