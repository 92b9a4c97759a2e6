import Foundation
import PatrolGeo
import PatrolData

/// A polygon read from a boundary file, in longitude/latitude.
struct NamedArea {
    /// Its name (may be empty).
    var name: String
    /// Polygons, each as rings (exterior first), closed.
    var polygons: [[[Point]]]

    /// The area as a multipolygon for containment tests and clipping.
    func multiPolygon() throws(GeometryError) -> MultiPolygon {
        var parts: [Polygon] = []
        for rings in polygons {
            parts.append(try Polygon(exterior: rings[0], holes: Array(rings.dropFirst())))
        }
        return MultiPolygon(parts)
    }
}

/// The clip area and jurisdiction an OSM import uses, resolved from ``OSMImportArea``.
struct ImportArea {
    /// Roads are cut to this (longitude/latitude), when set.
    var clip: MultiPolygon?
    /// The jurisdiction when it is given, not derived from the roads.
    var jurisdiction: NamedArea?
    /// Villages given with the boundary.
    var villages: [NamedArea]
    /// How the area was chosen, for the report.
    var description: Localized
    /// What the jurisdiction is, for `map.json`: a given boundary, an OSM administrative
    /// boundary, a box, or (when none is given) the roads' hull.
    var source: JurisdictionSource

    /// Resolves `area` for a file whose header declares `fileBounds`.
    static func resolve(_ area: OSMImportArea, fileBounds: BoundingBox?) throws(InputIssue) -> ImportArea {
        switch area {
        case .dataExtent:
            guard let box = fileBounds else {
                return ImportArea(
                    clip: nil, jurisdiction: nil, villages: [],
                    description: Localized(
                        en: "the data's extent (the file declares no bounds): the roads' convex hull",
                        zh: "数据范围(文件未声明边界):道路的凸包"), source: .dataHull)
            }
            return ImportArea(
                clip: try rectangle(box, file: "bounds"), jurisdiction: nil, villages: [],
                description: Localized(
                    en: "the data's extent: the file's bounds \(describe(box)), the roads' convex hull within them",
                    zh: "数据范围:文件声明的边界 \(describe(box)),取其中道路的凸包"), source: .dataHull)
        case .bbox(let box):
            guard box.minX < box.maxX, box.minY < box.maxY, box.minX >= -180, box.maxX <= 180, box.minY >= -90, box.maxY <= 90 else {
                throw InputIssue(
                    .error, file: "--bbox",
                    message: Localized(en: "the box must be W,S,E,N in degrees with W < E and S < N", zh: "范围应为 W,S,E,N(度),且 W < E、S < N"))
            }
            return ImportArea(
                clip: try rectangle(box, file: "--bbox"), jurisdiction: NamedArea(name: "", polygons: [[ring(box)]]), villages: [],
                description: Localized(en: "the box \(describe(box))", zh: "范围 \(describe(box))"), source: .bbox)
        case .boundary(let path):
            let file = URL(fileURLWithPath: path).lastPathComponent
            let read = try GeoJSONReader.read(FileIO.readBytes(path, name: file), file: file, geographic: true)
            if let first = read.issues.first { throw first }
            var jurisdiction: NamedArea?
            var source = JurisdictionSource.boundaryFile
            var villages: [NamedArea] = []
            for feature in read.features {
                guard let geometry = feature.geometry, let polygons = BoundaryLayer.rings(geometry) else { continue }
                let area = NamedArea(name: feature.text("name") ?? "", polygons: polygons)
                let kind = feature.text("kind")
                if kind == "village", !area.name.isEmpty {
                    villages.append(area)
                } else if jurisdiction == nil, kind == nil || kind == "jurisdiction" {
                    jurisdiction = area
                    // An outline exported from OpenStreetMap keeps its tags: a township, not a police jurisdiction.
                    if feature.text("boundary") == "administrative" || feature.text("admin_level") != nil { source = .osmAdmin }
                }
            }
            guard let jurisdiction else {
                throw InputIssue(
                    .error, file: file,
                    message: Localized(en: "no Polygon or MultiPolygon feature to use as the jurisdiction", zh: "没有可作为辖区的 Polygon 或 MultiPolygon 要素"))
            }
            let clip: MultiPolygon
            do {
                clip = try jurisdiction.multiPolygon()
            } catch {
                throw InputIssue(
                    .error, file: file, message: Localized(en: "the jurisdiction polygon is invalid: \(error.reason)", zh: "辖区多边形无效:\(error.reason)"))
            }
            return ImportArea(
                clip: clip, jurisdiction: jurisdiction, villages: villages,
                description: Localized(en: "the boundary in \(file)", zh: "边界文件 \(file)"), source: source)
        }
    }

    /// The box as a closed ring, anticlockwise from the south-west corner.
    private static func ring(_ box: BoundingBox) -> [Point] {
        [
            Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY),
            Point(x: box.minX, y: box.minY),
        ]
    }

    private static func rectangle(_ box: BoundingBox, file: String) throws(InputIssue) -> MultiPolygon {
        do {
            return MultiPolygon([try Polygon(exterior: ring(box))])
        } catch {
            throw InputIssue(.error, file: file, message: Localized(en: error.reason, zh: error.reason))
        }
    }

    static func describe(_ box: BoundingBox) -> String {
        func f(_ v: Double) -> String { String((v * 10_000).rounded() / 10_000) }
        return "\(f(box.minX)),\(f(box.minY)) – \(f(box.maxX)),\(f(box.maxY))"
    }
}
