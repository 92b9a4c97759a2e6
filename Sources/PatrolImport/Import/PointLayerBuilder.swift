import PatrolGeo
import PatrolData

/// Counts of what happened to the posts and landmarks of an import.
public struct PointStatistics: Sendable, Hashable {
    /// `amenity=police` nodes found.
    public var policeNodes = 0
    /// `amenity=police` areas found (placed at their centroid).
    public var policeAreas = 0
    /// Police areas dropped because a police node lies within `PointLayerBuilder.samePlace` of them.
    public var policeAreasMerged = 0
    /// Posts written.
    public var posts = 0
    /// True when `--station` added the station.
    public var stationAdded = false
    /// Named place/amenity/tourism elements found.
    public var landmarkCandidates = 0
    /// Landmarks written.
    public var landmarks = 0
    /// Posts and landmarks dropped for lying outside the jurisdiction.
    public var outside = 0
    /// Landmarks dropped because an earlier one has the same name (names must be unique).
    public var repeatedNames = 0
}

/// Builds `posts.geojson` and `landmarks.geojson` from the OSM points and area centroids.
struct PointLayerBuilder {
    /// A police node and a police area closer than this (metres) are one post.
    static let samePlace = 100.0

    /// Posts and landmarks, sorted by OSM type and id; the statistics.
    static func build(
        candidates: [PointCandidate], jurisdiction: MultiPolygon, toWorking: CoordinateTransform, station: StationOption?
    ) -> (posts: [GeoJSONWriter.Feature], landmarks: [GeoJSONWriter.Feature], statistics: PointStatistics) {
        var statistics = PointStatistics()
        let sorted = candidates.sorted { ($0.isWay ? 1 : 0, $0.id) < ($1.isWay ? 1 : 0, $1.id) }
        var inside: [PointCandidate] = []
        for candidate in sorted {
            if candidate.role == .post {
                if candidate.isWay { statistics.policeAreas += 1 } else { statistics.policeNodes += 1 }
            } else {
                statistics.landmarkCandidates += 1
            }
            if jurisdiction.contains(Point(x: candidate.lon, y: candidate.lat)) {
                inside.append(candidate)
            } else {
                statistics.outside += 1
            }
        }
        let working = toWorking.forward(inside.map { Point(x: $0.lon, y: $0.lat) })
        let policeNodes = inside.indices.filter { inside[$0].role == .post && !inside[$0].isWay }

        var posts: [GeoJSONWriter.Feature] = []
        var postNames: Set<String> = []
        if let station {
            posts.append(
                pointFeature(
                    name: station.name, kind: PostKind.station.rawValue, phone: station.phone, source: "--station", lon: station.location.lon,
                    lat: station.location.lat))
            postNames.insert(station.name)
            statistics.stationAdded = true
        }
        var landmarks: [GeoJSONWriter.Feature] = []
        var landmarkNames: Set<String> = []
        for (i, candidate) in inside.enumerated() {
            let name = candidate.tags["name"]?.trimmingCharacters(in: .whitespaces) ?? ""
            switch candidate.role {
            case .post:
                if candidate.isWay, policeNodes.contains(where: { working[$0].distance(to: working[i]) <= samePlace }) {
                    statistics.policeAreasMerged += 1
                    continue
                }
                var postName = name.isEmpty ? "Police (OSM \(candidate.source))" : name
                if postNames.contains(postName) { postName += " (OSM \(candidate.source))" }
                postNames.insert(postName)
                let phone = candidate.tags["phone"] ?? candidate.tags["contact:phone"] ?? ""
                posts.append(
                    pointFeature(
                        name: postName, kind: OSMImportRules.postKind(name: name).rawValue, phone: phone, source: candidate.source,
                        lon: candidate.lon, lat: candidate.lat))
            case .landmark:
                guard landmarkNames.insert(name).inserted else {
                    statistics.repeatedNames += 1
                    continue
                }
                landmarks.append(
                    pointFeature(
                        name: name, kind: OSMImportRules.landmarkKind(candidate.tags), phone: nil, source: candidate.source,
                        lon: candidate.lon, lat: candidate.lat))
            case .road, .water:
                continue
            }
        }
        statistics.posts = posts.count
        statistics.landmarks = landmarks.count
        return (posts, landmarks, statistics)
    }

    private static func pointFeature(name: String, kind: String, phone: String?, source: String, lon: Double, lat: Double) -> GeoJSONWriter.Feature {
        var properties: [(String, JSONValue)] = [("kind", .string(kind)), ("name", .string(name))]
        if let phone { properties.append(("phone", .string(phone))) }
        properties.append(("osm", .string(source)))
        return GeoJSONWriter.Feature(properties: properties, geometry: .point(Point(x: lon, y: lat)))
    }

    /// The centroid of a way's positions.
    ///
    /// The area centroid of a closed ring, else the mean of the vertices; computed in degrees,
    /// which is accurate for building-sized areas.
    static func centroid(_ points: [Point]) -> Point? {
        guard let first = points.first else { return nil }
        if points.count >= 4, points.first == points.last {
            var area = 0.0
            var cx = 0.0
            var cy = 0.0
            for i in 0..<(points.count - 1) {
                let a = points[i] - first
                let b = points[i + 1] - first
                let cross = a.x * b.y - b.x * a.y
                area += cross
                cx += (a.x + b.x) * cross
                cy += (a.y + b.y) * cross
            }
            if area != 0 {
                return Point(x: first.x + cx / (3 * area), y: first.y + cy / (3 * area))
            }
        }
        let n = Double(points.count)
        return Point(x: points.reduce(0) { $0 + $1.x } / n, y: points.reduce(0) { $0 + $1.y } / n)
    }
}
