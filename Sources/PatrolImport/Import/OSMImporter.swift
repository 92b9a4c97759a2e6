import Foundation
import PatrolGeo
public import PatrolData

/// Imports an OpenStreetMap file (`.osm`, `.osm.gz`, `.osm.pbf`) into a new map package.
///
/// Streaming passes keep memory proportional to what is kept, not to the file:
/// a way pass keeps the highway ways (and police/landmark areas) with the ids of their
/// nodes; a node pass then stores positions for those ids only (sorted id array, fixed-point
/// coordinates) and the tagged nodes that are posts or landmarks. With a given area
/// (`--bbox`, `--boundary`) a first node pass collects the ids of the nodes near it and the
/// way pass keeps only the ways touching them, so memory follows the area, not the file.
/// For PBF, later passes read only the blocks that hold what they need.
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

        var file = OSMPassReader(path: options.input, name: inputName, format: format)
        // A given area is known before reading: a first pass finds the nodes near it, and the
        // way pass keeps only the ways touching them (the box grows by 0.05°, about 5 km, so a
        // long segment crossing the area with no node inside it still counts).
        let givenArea = options.area == .dataExtent ? nil : try ImportArea.resolve(options.area, fileBounds: nil)
        var region: [Int64]?
        let passes = givenArea == nil ? 2 : 3
        if let box = givenArea?.clip?.bounds {
            progress(Localized(en: "pass 1 of 3: nodes in the area", zh: "第 1 遍(共 3 遍):范围内的节点"))
            var inside = RegionNodeCollector(box: box.expanded(by: 0.05))
            try file.read(into: &inside)
            if inside.full { throw tooMuch(inputName, "nodes in the area", "范围内的节点", InputLimits.osmNodeReferences) }
            region = inside.ids
        }

        progress(Localized(en: "pass \(passes - 1) of \(passes): ways", zh: "第 \(passes - 1) 遍(共 \(passes) 遍):路径"))
        var ways = WayCollector(region: region)
        try file.read(into: &ways)
        if ways.full { throw tooMuch(inputName, "node references in the roads kept", "所保留道路的节点引用", InputLimits.osmNodeReferences) }
        let area: ImportArea
        if let givenArea {
            area = givenArea
        } else {
            area = try ImportArea.resolve(options.area, fileBounds: ways.header.bounds)
        }
        // A multipolygon comes after its ways in a file, so its member ways take a pass of their own.
        var members = MemberWayCollector(
            wanted: ways.waterAreas.flatMap { $0.members.filter { $0.type == .way }.map(\.ref) }, budget: InputLimits.osmNodeReferences - ways.refs.count)
        if !members.wanted.isEmpty {
            progress(
                Localized(
                    en: "extra pass: the ways of \(EnglishCount.of(ways.waterAreas.count, "water multipolygon"))",
                    zh: "附加一遍:\(ways.waterAreas.count) 个水域多边形关系的成员路径"))
            try file.read(into: &members)
            if members.full { throw tooMuch(inputName, "node references in the roads and water kept", "所保留道路与水系的节点引用", InputLimits.osmNodeReferences) }
        }
        let needed = SortedIDs.distinctSorted(ways.refs + members.refs)
        let references = ways.takeReferences(resolvedIn: needed)
        let memberWays = members.takeWays(resolvedIn: needed)

        progress(Localized(en: "pass \(passes) of \(passes): nodes", zh: "第 \(passes) 遍(共 \(passes) 遍):节点"))
        var nodes = NodeCollector(needed: needed, box: givenArea?.clip?.bounds?.expanded(by: 0.05))
        try file.read(into: &nodes)
        if nodes.full { throw tooMuch(inputName, "posts and landmarks", "警务点与地标", InputLimits.osmPoints) }
        report.nodesRead = nodes.nodesRead
        report.waysRead = ways.waysRead
        report.outsideArea = ways.outsideRegion
        report.droppedHighways = ways.dropped
        report.ferries = ways.ferries
        report.skipped = ways.skippedIssues.issues(file: inputName) + nodes.skippedIssues.issues(file: inputName)
        let newest = max(ways.newest, nodes.newest)
        report.date = newest > 0 ? ISOTime.date(newest) : nil

        // Roads.
        progress(Localized(en: "writing roads", zh: "写出道路"))
        let roadsFile = MapManifest.defaultLayers["roads"]!
        let writer = try GeoJSONStreamWriter(path: staging.path(roadsFile), name: roadsFile)
        var builder = RoadBuilder(
            ways: ways, references: references, nodeIDs: needed, coordinates: nodes.coordinates, clipper: area.clip.map(LineClipper.init),
            file: inputName)
        builder.countUses()
        var hull = HullAccumulator()
        builder.write(to: writer, hull: &hull)
        try writer.finish()
        report.roads = builder.statistics
        report.skipped += builder.issues
        let barriers = BarrierLayerBuilder.build(nodes.barriers, isWritten: builder.isWritten(node:))
        report.barriers = barriers.statistics
        let turns = TurnLayerBuilder(
            ways: ways, references: references, nodeIDs: needed, coordinates: nodes.coordinates, isWritten: builder.isWritten(node:), file: inputName
        ).build()
        report.turns = turns.statistics
        report.skipped += turns.issues
        report.relationsRead = ways.relationsRead

        // Jurisdiction and villages.
        let name = options.name ?? URL(fileURLWithPath: options.output).standardizedFileURL.lastPathComponent
        let jurisdiction = try jurisdictionArea(area, hull: hull.hull, margin: options.margin, name: name, file: inputName, skipped: report.skipped)
        let villages = area.villages.isEmpty ? [jurisdiction] : area.villages
        let jurisdictionShape: MultiPolygon
        do {
            jurisdictionShape = try jurisdiction.multiPolygon()
        } catch {
            throw InputIssue(
                .error, file: options.output, message: Localized(en: "the jurisdiction polygon is invalid: \(error.reason)", zh: "辖区多边形无效:\(error.reason)"))
        }
        report.area = area.description
        report.areaKm2 =
            jurisdiction.polygons.reduce(0) { total, rings in
                total
                    + Geodesic.wgs84.area(
                        exterior: rings[0].map { LonLat(lon: $0.x, lat: $0.y) }, holes: rings.dropFirst().map { $0.map { LonLat(lon: $0.x, lat: $0.y) } })
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
            report.warnings.append(
                Localized(
                    en:
                        "the data has no police post (amenity=police) inside the jurisdiction, and a map needs one to route from. posts.geojson is empty, so `patrolmap validate` will fail until you add one: rerun with --station LON,LAT --station-name NAME, or add a Point feature with \"kind\": \"station\", \"name\" and \"phone\" to posts.geojson.",
                    zh:
                        "数据中辖区内没有警务点(amenity=police),而地图需要至少一个警务点作为出发点。posts.geojson 为空,在补上之前 `patrolmap validate` 会报错:请加 --station 经度,纬度 --station-name 名称 重新导入,或在 posts.geojson 中加入一个 \"kind\": \"station\" 并带 \"name\"、\"phone\" 的 Point 要素。"
                ))
        }

        // Water.
        let water = WaterLayerBuilder(
            ways: ways, references: references, memberWays: memberWays, coordinates: nodes.coordinates,
            bounds: BoundingBox(covering: jurisdiction.polygons.flatMap { $0[0] })!, file: inputName
        ).build()
        report.water = water.statistics
        report.skipped += water.issues

        // The other files.
        try staging.write(boundaryCollection(jurisdiction, villages: villages), to: MapManifest.defaultLayers["boundary"]!)
        try staging.write(GeoJSONWriter.featureCollection(points.posts, decimals: 7), to: MapManifest.defaultLayers["posts"]!)
        try staging.write(GeoJSONWriter.featureCollection(points.landmarks, decimals: 7), to: MapManifest.defaultLayers["landmarks"]!)
        try staging.write(HouseholdWriter.csv([], decimals: 7), to: MapManifest.defaultLayers["households"]!)
        let barriersFile = MapManifest.unlistedDefaults["barriers"]!
        try staging.write(GeoJSONWriter.featureCollection(barriers.features, decimals: 7), to: barriersFile)
        var layers = MapManifest.defaultLayers
        layers["dem"] = nil
        layers["barriers"] = barriersFile
        if !turns.features.isEmpty {
            let turnsFile = MapManifest.unlistedDefaults["turns"]!
            try staging.write(GeoJSONWriter.featureCollection(turns.features, decimals: 7), to: turnsFile)
            layers["turns"] = turnsFile
        }
        if !water.features.isEmpty {
            let waterFile = MapManifest.unlistedDefaults["water"]!
            try staging.write(GeoJSONWriter.featureCollection(water.features, decimals: 7), to: waterFile)
            layers["water"] = waterFile
        }
        let manifest = MapManifest(
            name: name, title: options.title ?? "\(name) (OpenStreetMap)", crs: CoordinateReferenceSystem.wgs84.definition,
            workingCRS: "auto", layers: layers, source: "OpenStreetMap (\(inputName))", date: report.date,
            attribution: "© OpenStreetMap contributors", jurisdictionSource: area.source)
        try staging.write(manifest.json(), to: "map.json")
        try staging.commit()
        return report
    }

    /// The issue for an import that keeps more than `limit` of something.
    private static func tooMuch(_ file: String, _ en: String, _ zh: String, _ limit: Int) -> InputIssue {
        InputLimits.exceeded(
            file, Localized(en: "more than \(limit) \(en)", zh: "\(zh)超过 \(limit) 个"),
            raise: Localized(en: "import a smaller area with --bbox or --boundary", zh: "请用 --bbox 或 --boundary 导入更小的范围"))
    }

    /// The given jurisdiction, or the roads' hull grown by `margin` metres (and kept
    /// within the clip box when the file declares one).
    ///
    /// Without enough roads the error names the first element the readers `skipped` (a node
    /// out of range, a way whose nodes are missing): it is usually why there are no roads.
    private static func jurisdictionArea(
        _ area: ImportArea, hull: [Point], margin: Double, name: String, file: String, skipped: [InputIssue]
    ) throws(InputIssue) -> NamedArea {
        if var given = area.jurisdiction {
            if given.name.isEmpty { given.name = name }
            return given
        }
        guard hull.count >= 3 else {
            let problem = Localized(
                en: "too few roads to outline a jurisdiction", zh: "道路太少,无法确定辖区范围")
            guard let first = skipped.first(where: { $0.severity == .error }) ?? skipped.first else {
                throw InputIssue(
                    .error, file: file,
                    message: Localized(
                        en: problem.en + " (no highway ways in the area?); pass --bbox or --boundary",
                        zh: problem.zh + "(该范围内没有 highway 路径?);请用 --bbox 或 --boundary 指定"))
            }
            var issue = first
            issue.severity = .error
            issue.message = Localized(
                en: "\(problem.en): \(EnglishCount.of(skipped.count, "element")) \(skipped.count == 1 ? "was" : "were") unusable; here: \(first.message.en)",
                zh: "\(problem.zh):\(skipped.count) 个元素无法使用;此处:\(first.message.zh)")
            throw issue
        }
        // Grown in degrees, with the margin converted at the hull's highest latitude (so it is
        // at least `margin` metres everywhere), then densified to edges of at most 0.01° (fewer
        // on a country-sized extent: at most about 2000 vertices in all).
        let maxLatitude = hull.map { abs($0.y) }.max()!
        let metresPerDegree = 111_320.0
        let ry = margin / metresPerDegree
        let rx = margin / (metresPerDegree * max(cos(maxLatitude * Double.pi / 180), 0.01))
        var grown = ConvexHull.buffered(hull, rx: rx, ry: ry)
        if let box = area.clip?.bounds {
            grown = ConvexHull.clip(grown, to: box)
        }
        let perimeter = zip(grown, grown.dropFirst() + [grown[0]]).reduce(0) { $0 + $1.0.distance(to: $1.1) }
        grown = ConvexHull.densified(grown, step: max(0.01, perimeter / 2000)).map { Point(x: ($0.x * 1e7).rounded() / 1e7, y: ($0.y * 1e7).rounded() / 1e7) }
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
        for i in 0..<ways.count where ways.roles[i] == .post || ways.roles[i] == .landmark {
            let positions = (ways.refStart[i]..<ways.refStart[i + 1]).compactMap { k -> Point? in
                let c = coordinates[Int(references[k])]
                return c == NodeCollector.missing ? nil : Point(x: c.longitude, y: c.latitude)
            }
            guard let centre = PointLayerBuilder.centroid(positions) else { continue }
            let tags = ways.tags(of: i)
            result.append(
                PointCandidate(source: "way/\(ways.ids[i])", id: ways.ids[i], isWay: true, role: ways.roles[i], tags: tags, lon: centre.x, lat: centre.y))
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
