import Foundation
import PatrolGeo
public import PatrolData

/// What to import: a GPS track as new lanes of a map.
public struct GPXImportOptions: Sendable, Hashable {
    /// The `.gpx` file.
    public var file: String
    /// The map package folder.
    public var map: String
    /// `highway` value of the new lanes.
    public var highway: String
    /// `name` of the new lanes, if any.
    public var name: String?
    /// How far (m) a lane end may be from a road to be joined to it.
    public var snapTolerance: Double
    /// Noise filter and simplification thresholds.
    public var cleaning: TrackCleaning

    /// Options with `highway=path` (walkable until someone checks it is drivable) and a
    /// 20 m snapping tolerance.
    public init(file: String, map: String, highway: String = "path", name: String? = nil, snapTolerance: Double = 20, cleaning: TrackCleaning = TrackCleaning())
    {
        self.file = file
        self.map = map
        self.highway = highway
        self.name = name
        self.snapTolerance = snapTolerance
        self.cleaning = cleaning
    }
}

/// What happened to one track segment.
public struct LaneReport: Sendable, Hashable {
    /// The new road's feature id, or `nil` when the segment was dropped.
    public var id: String?
    /// What the noise filter did.
    public var cleaning: CleaningResult
    /// Length of the lane written, in metres.
    public var length: Double
    /// How the start joined the network, or `nil` when no road was near enough.
    public var start: LaneJoin?
    /// How the end joined the network.
    public var end: LaneJoin?
    /// Metres of the lane that run within the snapping tolerance of existing roads (they may
    /// duplicate a mapped road).
    public var alongRoads: Double
    /// Why the segment was dropped, when it was.
    public var droppedBecause: Localized?
}

/// What a GPX import did.
public struct GPXImportReport: Sendable {
    /// The GPX file's name.
    public var file: String
    /// The roads file rewritten.
    public var roadsFile: String
    /// One report per track segment.
    public var lanes: [LaneReport]
    /// Points the reader skipped.
    public var issues: [InputIssue]
    /// The snapping tolerance used.
    public var snapTolerance: Double

    /// The report as text in `language`.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let written = lanes.filter { $0.id != nil }.count
        lines.append(
            zh
                ? "\(file):\(lanes.count) 段轨迹,写入 \(written) 条新道路到 \(roadsFile)"
                : "\(file): \(EnglishCount.of(lanes.count, "track segment")), \(EnglishCount.of(written, "new road")) written to \(roadsFile)")
        for (i, lane) in lanes.enumerated() {
            let c = lane.cleaning
            let head = zh ? "第 \(i + 1) 段" : "segment \(i + 1)"
            lines.append(
                zh
                    ? "\(head):读入 \(c.input) 点;丢弃速度跳点 \(c.speedSpikes)、折返跳点 \(c.shapeSpikes)、静止抖动 \(c.jitter) 点(停留 \(c.stops) 处)、简化去掉 \(c.simplified) 点;保留 \(c.line.count) 个顶点"
                    : "\(head): \(EnglishCount.of(c.input, "point")) read; dropped \(EnglishCount.of(c.speedSpikes, "speed spike")), \(EnglishCount.of(c.shapeSpikes, "out-and-back spike")), "
                        + "\(EnglishCount.of(c.jitter, "jitter point")) (\(EnglishCount.of(c.stops, "stop"))), \(c.simplified) by simplification; \(EnglishCount.of(c.line.count, "vertex", plural: "vertices")) kept"
            )
            if let reason = lane.droppedBecause {
                lines.append((zh ? "  未写入:" : "  not written: ") + reason.text(language))
                continue
            }
            lines.append(zh ? "  新道路 \(lane.id!),长 \(Int(lane.length.rounded())) 米" : "  new road \(lane.id!), \(Int(lane.length.rounded())) m long")
            for (end, join) in [(zh ? "起点" : "start", lane.start), (zh ? "终点" : "end", lane.end)] {
                if let join {
                    let how = join.split ? (zh ? "已在该点拆分原道路" : "split the road there") : (zh ? "接在原有顶点上" : "at an existing vertex")
                    lines.append(
                        zh
                            ? "  \(end)接入道路 \(join.road)(相距 \(Self.metres(join.distance)) 米,\(how))"
                            : "  \(end) joined to road \(join.road) (\(Self.metres(join.distance)) m away; \(how))")
                } else {
                    lines.append(
                        zh
                            ? "  \(end)在 \(Self.metres(snapTolerance)) 米内没有道路,未接入(死胡同)"
                            : "  \(end): no road within \(Self.metres(snapTolerance)) m; left unjoined (a dead end)")
                }
            }
            if lane.alongRoads > 0 {
                let share = lane.length > 0 ? Int((lane.alongRoads / lane.length * 100).rounded()) : 0
                lines.append(
                    zh
                        ? "  注意:其中 \(Int(lane.alongRoads.rounded())) 米(\(share)%)距已有道路不到 \(Self.metres(snapTolerance)) 米,可能与已测绘道路重复"
                        : "  note: \(Int(lane.alongRoads.rounded())) m (\(share)%) run within \(Self.metres(snapTolerance)) m of existing roads and may duplicate a mapped road"
                )
            }
        }
        if !issues.isEmpty {
            lines.append(
                zh ? "跳过的点:\(issues.count) 个,例如 \(issues[0].formatted(language))" : "skipped points: \(issues.count), e.g. \(issues[0].formatted(language))")
        }
        return lines.joined(separator: "\n")
    }

    private static func metres(_ value: Double) -> String {
        JSONWriter.format((value * 10).rounded() / 10)
    }
}

/// Turns GPS tracks into roads of a map: cleans each track segment, simplifies it, joins
/// its ends to the nearest roads within the tolerance (splitting a road where the lane meets
/// it mid-way, so the two share a vertex and the lane is routable at once), and rewrites the
/// roads file only when the map still validates with the new lanes (``MapPackageEdit``).
public enum GPXImporter {
    /// Lanes shorter than this (m) after cleaning are not written.
    public static let minimumLength = 10.0

    /// Runs the import.
    ///
    /// - Complexity: O(track points + lane vertices × road vertices).
    public static func run(_ options: GPXImportOptions) throws(InputIssue) -> GPXImportReport {
        let gpxName = URL(fileURLWithPath: options.file).lastPathComponent
        let gpx = try GPXReader.read(path: options.file, name: gpxName)
        guard !gpx.segments.isEmpty else {
            throw InputIssue(.error, file: gpxName, message: Localized(en: "the file has no track or route points", zh: "文件中没有轨迹点或路线点"))
        }
        let map = try MapLoader.load(options.map)
        let roadsFile = map.manifest.file(for: "roads")!
        let roadsPath = URL(fileURLWithPath: options.map).appendingPathComponent(roadsFile).path
        let read = try GeoJSONReader.read(FileIO.readBytes(roadsPath, name: roadsFile), file: roadsFile, geographic: map.inputIsGeographic)
        if let first = read.issues.first {
            throw InputIssue(
                .error, file: roadsFile,
                message: Localized(
                    en:
                        "\(EnglishCount.of(read.issues.count, "road feature")) \(read.issues.count == 1 ? "is" : "are") malformed (first: \(first.formatted(.en))); fix them before adding lanes, so rewriting the file loses nothing",
                    zh: "\(read.issues.count) 条道路要素格式错误(第一条:\(first.formatted(.zh)));请先修正,以免重写文件时丢失"))
        }
        let toWorking: CoordinateTransform
        let fromWGS84: CoordinateTransform
        do {
            toWorking = try map.inputTransform()
            fromWGS84 = try map.wgs84Transform()
        } catch {
            throw InputIssue(.error, file: "map.json", message: Localized(en: error.description, zh: "坐标转换失败:\(error.description)"))
        }
        var editor = RoadNetworkEditor(features: read.features, toWorking: toWorking)
        let stem = URL(fileURLWithPath: options.file).deletingPathExtension().lastPathComponent
        var lanes: [LaneReport] = []
        for (number, segment) in gpx.segments.enumerated() {
            let working = fromWGS84.forward(segment.map { Point(x: $0.lon, y: $0.lat) })
            let track = zip(working, segment).map { TrackPoint(point: $0, time: $1.time) }
            let cleaned = TrackCleaner.clean(track, settings: options.cleaning)
            var lane = LaneReport(id: nil, cleaning: cleaned, length: 0, start: nil, end: nil, alongRoads: 0, droppedBecause: nil)
            var line = cleaned.line
            guard line.count >= 2, Polyline.length(line) >= minimumLength else {
                lane.droppedBecause = Localized(
                    en: "shorter than \(Int(minimumLength)) m after cleaning (a stop, not a lane)",
                    zh: "清理后不足 \(Int(minimumLength)) 米(是停留点,不是道路)")
                lanes.append(lane)
                continue
            }
            lane.alongRoads = alongRoads(line, editor: editor, tolerance: options.snapTolerance)
            var sourceEnds: (start: Point?, end: Point?) = (nil, nil)
            if let snap = editor.nearest(to: line[0], within: options.snapTolerance) {
                let label = editor.label(snap.feature)
                let (source, split) = editor.attach(snap)
                lane.start = LaneJoin(road: label, distance: snap.distance, split: split)
                sourceEnds.start = source
                line = moveStart(line, to: snap.working)
            }
            if let snap = editor.nearest(to: line[line.count - 1], within: options.snapTolerance) {
                let label = editor.label(snap.feature)
                let (source, split) = editor.attach(snap)
                lane.end = LaneJoin(road: label, distance: snap.distance, split: split)
                sourceEnds.end = source
                line = moveStart(line.reversed(), to: snap.working).reversed()
            }
            lane.length = Polyline.length(line)
            var source = toWorking.inverse(line)
            if let start = sourceEnds.start { source[0] = start }
            if let end = sourceEnds.end { source[source.count - 1] = end }
            var properties: [(String, JSONValue)] = [("highway", .string(options.highway))]
            if let name = options.name { properties.append(("name", .string(name))) }
            properties.append(("source", .string("GPS track \(gpxName)")))
            lane.id = editor.append(id: "gpx-\(stem)-\(number + 1)", properties: properties, line: source)
            lanes.append(lane)
        }
        if lanes.contains(where: { $0.id != nil }) {
            let edit = try MapPackageEdit(map: options.map)
            try edit.write(editor.collection(decimals: map.inputIsGeographic ? 7 : 2), to: roadsFile)
            try edit.check(against: map)
            try edit.commit()
        }
        return GPXImportReport(file: gpxName, roadsFile: roadsFile, lanes: lanes, issues: gpx.issues, snapTolerance: options.snapTolerance)
    }

    /// The line with its first vertex moved onto `target` (at most the snapping tolerance).
    private static func moveStart(_ line: [Point], to target: Point) -> [Point] {
        var result = line
        result[0] = target
        return result
    }

    /// Metres of the line whose segment midpoints lie within `tolerance` of a road.
    private static func alongRoads(_ line: [Point], editor: RoadNetworkEditor, tolerance: Double) -> Double {
        var total = 0.0
        for i in 0..<(line.count - 1) {
            let mid = (line[i] + line[i + 1]) * 0.5
            if editor.distanceToRoads(mid, limit: tolerance) != nil { total += line[i].distance(to: line[i + 1]) }
        }
        return total
    }
}
