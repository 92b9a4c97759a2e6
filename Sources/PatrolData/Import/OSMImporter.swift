import Foundation
import PatrolGeo

/// Imports an OpenStreetMap file (`.osm`, `.osm.gz`, `.osm.pbf`) into a new map package.
///
/// Two streaming passes keep memory proportional to what is kept, not to the file:
/// pass 1 reads only ways and keeps the highway ways (and police/landmark areas) with the
/// ids of their nodes; pass 2 reads only nodes and stores positions for those ids (sorted
/// id array, fixed-point coordinates) and the tagged nodes that are posts or landmarks.
/// For PBF, pass 2 reads only the blocks pass 1 saw nodes in.
public enum OSMImporter {
    /// Runs the import and writes the package; throws the first fatal problem (unreadable
    /// or malformed file, bad boundary, existing output folder without `replace`).
    ///
    /// - Complexity: O(file size) time over two passes, plus O(r log n) for r kept node
    ///   references among n distinct nodes.
    public static func run(_ options: OSMImportOptions, progress: (Localized) -> Void = { _ in }) throws(InputIssue) -> OSMImportReport {
        let inputName = URL(fileURLWithPath: options.input).lastPathComponent
        let format = try OSMFileFormat.detect(path: options.input, name: inputName)
        let staging = try MapPackageStaging(target: options.output, replace: options.replace)
        var report = OSMImportReport(input: inputName, format: format.description, output: options.output)

        // Pass 1: ways.
        progress(Localized(en: "pass 1 of 2: ways", zh: "第 1 遍(共 2 遍):路径"))
        var ways = WayCollector()
        var blocks: [PBFReader.BlockEntry]?
        switch format {
        case .pbf:
            let reader = try PBFReader(path: options.input, name: inputName)
            blocks = try reader.read(into: &ways).filter { $0.contents.contains(.nodes) }
        case .xml, .gzipXML:
            try OSMXMLReader(path: options.input, name: inputName).read(into: &ways)
        }
        let area = try ImportArea.resolve(options.area, fileBounds: ways.header.bounds)
        let needed = SortedIDs.distinctSorted(ways.refs)
        let references = ways.takeReferences(resolvedIn: needed)

        // Pass 2: nodes.
        progress(Localized(en: "pass 2 of 2: nodes", zh: "第 2 遍(共 2 遍):节点"))
        var nodes = NodeCollector(needed: needed)
        switch format {
        case .pbf:
            try PBFReader(path: options.input, name: inputName).read(into: &nodes, only: blocks)
        case .xml, .gzipXML:
            try OSMXMLReader(path: options.input, name: inputName).read(into: &nodes)
        }
        report.nodesRead = nodes.nodesRead
        report.waysRead = ways.waysRead
        report.droppedHighways = ways.dropped
        report.skipped = ways.skippedIssues + nodes.skippedIssues
        let newest = max(ways.newest, nodes.newest)
        report.date = newest > 0 ? ISOTime.date(newest) : nil

        // Roads.
        progress(Localized(en: "writing roads", zh: "写出道路"))
        let roadsFile = MapManifest.defaultLayers["roads"]!
        let writer = try GeoJSONStreamWriter(path: staging.path(roadsFile), name: roadsFile, decimals: 7)
        var builder = RoadBuilder(ways: ways, references: references, coordinates: nodes.coordinates, clipper: area.clip.map(LineClipper.init))
        builder.countUses()
        var hull = HullAccumulator()
        builder.write(to: writer, hull: &hull)
        try writer.finish()
        report.roads = builder.statistics

        // Jurisdiction and villages.
        let name = options.name ?? URL(fileURLWithPath: options.output).standardizedFileURL.lastPathComponent
        let jurisdiction = try jurisdictionArea(area, hull: hull.hull, margin: options.margin, name: name)
        let villages = area.villages.isEmpty ? [jurisdiction] : area.villages
        let jurisdictionShape: MultiPolygon
        do {
            jurisdictionShape = try jurisdiction.multiPolygon()
        } catch {
            throw InputIssue(.error, file: options.output, message: Localized(en: "the jurisdiction polygon is invalid: \(error.reason)", zh: "辖区多边形无效:\(error.reason)"))
        }
        report.area = area.description
        report.areaKm2 = jurisdiction.polygons.reduce(0) { total, rings in
            total + Geodesic.wgs84.area(exterior: rings[0].map { LonLat(lon: $0.x, lat: $0.y) }, holes: rings.dropFirst().map { $0.map { LonLat(lon: $0.x, lat: $0.y) } })
        } / 1e6
        report.villages = villages.count

        // Posts and landmarks.
        if let station = options.station, !jurisdictionShape.contains(Point(x: station.location.lon, y: station.location.lat)) {
            throw InputIssue(
                .error, file: "--station",
                message: Localized(
                    en: "the station (\(station.location.lon), \(station.location.lat)) lies outside the jurisdiction",
                    zh: "派出所位置 (\(station.location.lon), \(station.location.lat)) 在辖区之外"))
        }
        let toWorking = try workingTransform(jurisdiction)
        let candidates = nodes.points + wayCentroids(ways, references: references, coordinates: nodes.coordinates)
        let points = PointLayerBuilder.build(candidates: candidates, jurisdiction: jurisdictionShape, toWorking: toWorking, station: options.station)
        report.points = points.statistics
        if points.posts.isEmpty {
            report.warnings.append(Localized(
                en: "the data has no police post (amenity=police) inside the jurisdiction, and a map needs one to route from. posts.geojson is empty, so `patrolmap validate` will fail until you add one: rerun with --station LON,LAT --station-name NAME, or add a Point feature with \"kind\": \"station\", \"name\" and \"phone\" to posts.geojson.",
                zh: "数据中辖区内没有警务点(amenity=police),而地图需要至少一个警务点作为出发点。posts.geojson 为空,在补上之前 `patrolmap validate` 会报错:请加 --station 经度,纬度 --station-name 名称 重新导入,或在 posts.geojson 中加入一个 \"kind\": \"station\" 并带 \"name\"、\"phone\" 的 Point 要素。"))
        }

        // The other files.
        try staging.write(boundaryCollection(jurisdiction, villages: villages), to: MapManifest.defaultLayers["boundary"]!)
        try staging.write(GeoJSONWriter.featureCollection(points.posts, decimals: 7), to: MapManifest.defaultLayers["posts"]!)
        try staging.write(GeoJSONWriter.featureCollection(points.landmarks, decimals: 7), to: MapManifest.defaultLayers["landmarks"]!)
        try staging.write(HouseholdWriter.csv([], decimals: 7), to: MapManifest.defaultLayers["households"]!)
        var layers = MapManifest.defaultLayers
        layers["dem"] = nil
        let manifest = MapManifest(
            name: name, title: options.title ?? "\(name) (OpenStreetMap)", crs: CoordinateReferenceSystem.wgs84.definition,
            workingCRS: "auto", layers: layers, source: "OpenStreetMap (\(inputName))", date: report.date,
            attribution: "© OpenStreetMap contributors")
        try staging.write(manifest.json(), to: "map.json")
        try staging.commit()
        return report
    }

    /// The given jurisdiction, or the roads' hull grown by `margin` metres (and kept
    /// within the clip box when the file declares one).
    private static func jurisdictionArea(_ area: ImportArea, hull: [Point], margin: Double, name: String) throws(InputIssue) -> NamedArea {
        if var given = area.jurisdiction {
            if given.name.isEmpty { given.name = name }
            return given
        }
        guard hull.count >= 3 else {
            throw InputIssue(
                .error, file: "roads",
                message: Localized(
                    en: "too few roads to outline a jurisdiction (no highway ways in the area?); pass --bbox or --boundary",
                    zh: "道路太少,无法确定辖区范围(该范围内没有 highway 路径?);请用 --bbox 或 --boundary 指定"))
        }
        let ring = NamedArea(name: name, polygons: [[hull + [hull[0]]]])
        let transform = try workingTransform(ring)
        var grown = ConvexHull.buffered(transform.forward(hull), by: margin)
        grown = transform.inverse(grown)
        if let box = area.clip?.bounds {
            grown = ConvexHull.clip(grown, to: box)
        }
        return NamedArea(name: name, polygons: [[grown + [grown[0]]]])
    }

    /// The transform to the working CRS `auto` would choose for this jurisdiction.
    private static func workingTransform(_ area: NamedArea) throws(InputIssue) -> CoordinateTransform {
        let points = area.polygons.flatMap { $0.flatMap { $0 } }
        let centre = BoundingBox(covering: points)?.center ?? Point(x: 0, y: 0)
        do {
            return try CoordinateTransform(from: .wgs84, to: .gaussKruger3Degree(nearestTo: centre.x))
        } catch {
            throw InputIssue(.error, file: "map.json", message: Localized(en: error.description, zh: "坐标转换失败:\(error.description)"))
        }
    }

    /// Posts and landmarks mapped as areas, placed at their centroids.
    private static func wayCentroids(_ ways: WayCollector, references: [UInt32], coordinates: [FixedCoordinate]) -> [PointCandidate] {
        var result: [PointCandidate] = []
        for i in 0..<ways.count where ways.roles[i] != .road {
            let positions = (ways.refStart[i]..<ways.refStart[i + 1]).compactMap { k -> Point? in
                let c = coordinates[Int(references[k])]
                return c == NodeCollector.missing ? nil : Point(x: c.longitude, y: c.latitude)
            }
            guard let centre = PointLayerBuilder.centroid(positions) else { continue }
            let tags = ways.tags(of: i)
            result.append(PointCandidate(source: "way/\(ways.ids[i])", id: ways.ids[i], isWay: true, role: ways.roles[i], tags: tags, lon: centre.x, lat: centre.y))
        }
        return result
    }

    private static func boundaryCollection(_ jurisdiction: NamedArea, villages: [NamedArea]) -> String {
        func feature(_ area: NamedArea, kind: String) -> GeoJSONWriter.Feature {
            let geometry: GeoJSONGeometry = area.polygons.count == 1 ? .polygon(area.polygons[0]) : .multiPolygon(area.polygons)
            return GeoJSONWriter.Feature(properties: [("kind", .string(kind)), ("name", .string(area.name))], geometry: geometry)
        }
        return GeoJSONWriter.featureCollection([feature(jurisdiction, kind: "jurisdiction")] + villages.map { feature($0, kind: "village") }, decimals: 7)
    }
}

/// The three encodings of OSM data, recognised from the first bytes of the file.
enum OSMFileFormat: CustomStringConvertible {
    case pbf, xml, gzipXML

    var description: String {
        switch self {
        case .pbf: "PBF"
        case .xml: "XML"
        case .gzipXML: "XML (gzip)"
        }
    }

    /// gzip magic → gzipped XML; `<` (after a byte-order mark or whitespace) → XML; else PBF.
    static func detect(path: String, name: String) throws(InputIssue) -> OSMFileFormat {
        let head = try FileReader(path: path, name: name).read(upTo: 64)
        guard !head.isEmpty else {
            throw InputIssue(.error, file: name, message: Localized(en: "the file is empty", zh: "文件为空"))
        }
        if head.starts(with: [0x1F, 0x8B]) { return .gzipXML }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).first == UInt8(ascii: "<") { return .xml }
        return .pbf
    }
}
