import PatrolGeo
import PatrolData

/// Where a lane end meets an existing road.
public struct LaneJoin: Sendable, Hashable {
    /// The road's feature id, or its name, or `feature N`.
    public var road: String
    /// Distance from the track's end to the road, in metres.
    public var distance: Double
    /// True when the road was split in two at the joining point.
    public var split: Bool
}

/// The road features of a map package, editable: find the nearest road to a point, split a
/// road there so a new lane can share the vertex, append lanes, and write the file back.
///
/// Geometry is kept in the file's CRS (what is written back) and mirrored in the working CRS
/// (where distances are measured); the mirror is projected once and updated with each edit,
/// so the many distance queries of an import do not reproject the whole network.
struct RoadNetworkEditor {
    /// The features, in file order, with edits applied.
    private(set) var features: [GeoJSONFeature]
    private let toWorking: CoordinateTransform
    private var usedIDs: Set<String>
    /// Per feature, its parts in the working CRS with their bounding boxes.
    private var working: [[WorkingPart]]

    /// One part of a road in the working CRS.
    private struct WorkingPart {
        var line: [Point]
        var box: BoundingBox?
    }

    /// A candidate point on a road: feature, part of a multi-line, segment and position.
    struct Snap {
        var feature: Int
        var part: Int
        var segment: Int
        var fraction: Double
        var working: Point
        var distance: Double
    }

    init(features: [GeoJSONFeature], toWorking: CoordinateTransform) {
        self.features = features
        self.toWorking = toWorking
        usedIDs = Set(features.compactMap(\.id))
        working = features.map { Self.workingParts($0.geometry, toWorking) }
    }

    /// The parts of `geometry` projected to the working CRS.
    private static func workingParts(_ geometry: GeoJSONGeometry?, _ toWorking: CoordinateTransform) -> [WorkingPart] {
        parts(geometry).map { part in
            let line = toWorking.forward(part)
            return WorkingPart(line: line, box: BoundingBox(covering: line))
        }
    }

    /// The parts of a feature's geometry (one for a LineString).
    private static func parts(_ geometry: GeoJSONGeometry?) -> [[Point]] {
        switch geometry {
        case .lineString(let line): [line]
        case .multiLineString(let lines): lines
        default: []
        }
    }

    /// The nearest point on any road that is not a bridge or tunnel, within `tolerance` metres.
    ///
    /// - Complexity: O(total road vertices)
    func nearest(to p: Point, within tolerance: Double) -> Snap? {
        var best: Snap?
        for (f, feature) in features.enumerated() {
            if Road.isYes(feature.text("bridge")) || Road.isYes(feature.text("tunnel")) { continue }
            for (k, part) in working[f].enumerated() {
                guard let box = part.box, box.expanded(by: tolerance).contains(p) else { continue }
                guard let c = Polyline.closestPoint(to: p, on: part.line), c.distance <= tolerance else { continue }
                if best == nil || c.distance < best!.distance {
                    best = Snap(feature: f, part: k, segment: c.segment, fraction: c.fraction, working: c.point, distance: c.distance)
                }
            }
        }
        return best
    }

    /// Distance from `p` to the nearest road of any kind, or `nil` beyond `limit`.
    func distanceToRoads(_ p: Point, limit: Double) -> Double? {
        var best: Double?
        for parts in working {
            for part in parts {
                guard let box = part.box, box.expanded(by: limit).contains(p),
                    let c = Polyline.closestPoint(to: p, on: part.line), c.distance <= limit
                else { continue }
                best = min(best ?? .infinity, c.distance)
            }
        }
        return best
    }

    /// Makes the snap point a vertex of its road, splitting the road there unless it is an
    /// end; returns the vertex in the file's CRS and whether a split happened.
    ///
    /// A snap within `vertexTolerance` metres of an existing vertex uses that vertex.
    mutating func attach(_ snap: Snap, vertexTolerance: Double = 0.5) -> (source: Point, split: Bool) {
        let feature = features[snap.feature]
        var parts = Self.parts(feature.geometry)
        var line = parts[snap.part]
        let working = self.working[snap.feature][snap.part].line
        var vertex: Int
        if working[snap.segment].distance(to: snap.working) <= vertexTolerance {
            vertex = snap.segment
        } else if working[snap.segment + 1].distance(to: snap.working) <= vertexTolerance {
            vertex = snap.segment + 1
        } else {
            let source = toWorking.inverse([snap.working])[0]
            line.insert(source, at: snap.segment + 1)
            vertex = snap.segment + 1
        }
        let source = line[vertex]
        guard vertex > 0, vertex < line.count - 1 else { return (source, false) }
        let first = Array(line[...vertex])
        let second = Array(line[vertex...])
        if case .multiLineString = feature.geometry {
            parts.replaceSubrange(snap.part...snap.part, with: [first, second])
            features[snap.feature].geometry = .multiLineString(parts)
            self.working[snap.feature] = Self.workingParts(features[snap.feature].geometry, toWorking)
        } else {
            features[snap.feature].geometry = .lineString(first)
            var copy = feature
            copy.geometry = .lineString(second)
            if let id = feature.id { copy.id = uniqueID(id) }
            features.insert(copy, at: snap.feature + 1)
            self.working[snap.feature] = Self.workingParts(features[snap.feature].geometry, toWorking)
            self.working.insert(Self.workingParts(copy.geometry, toWorking), at: snap.feature + 1)
        }
        return (source, true)
    }

    /// Appends a new road feature.
    mutating func append(id: String, properties: [(String, JSONValue)], line: [Point]) -> String {
        let unique = uniqueID(id)
        features.append(GeoJSONFeature(index: features.count, line: 0, id: unique, properties: properties, geometry: .lineString(line)))
        working.append(Self.workingParts(.lineString(line), toWorking))
        return unique
    }

    /// A readable name for feature `index`: its id, else its name, else its position.
    func label(_ index: Int) -> String {
        features[index].id ?? features[index].text("name") ?? "feature \(index)"
    }

    /// `base`, or `base.2`, `base.3`, … when taken; the result is reserved.
    private mutating func uniqueID(_ base: String) -> String {
        var candidate = base
        var n = 2
        while usedIDs.contains(candidate) {
            candidate = "\(base).\(n)"
            n += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }

    /// The features as a GeoJSON file.
    func collection(decimals: Int) -> String {
        GeoJSONWriter.featureCollection(
            features.map { GeoJSONWriter.Feature(id: $0.id, properties: $0.properties, geometry: $0.geometry) }, decimals: decimals)
    }
}
