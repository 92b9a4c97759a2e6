public import PatrolData
import PatrolGeo

/// One point of a GPS track as the file gives it.
public struct GPXPoint: Sendable, Hashable {
    /// Longitude in degrees (WGS 84).
    public var lon: Double
    /// Latitude in degrees (WGS 84).
    public var lat: Double
    /// Elevation in metres, when recorded.
    public var elevation: Double?
    /// Time in seconds since 1970, when recorded.
    public var time: Double?
    /// 1-based line of the point in the file.
    public var line: Int

    /// Creates a point.
    public init(lon: Double, lat: Double, elevation: Double? = nil, time: Double? = nil, line: Int = 0) {
        self.lon = lon
        self.lat = lat
        self.elevation = elevation
        self.time = time
        self.line = line
    }
}

/// The tracks of a GPX file.
public struct GPXFile: Sendable {
    /// Track segments (`trkseg`) and routes (`rte`), in file order; each is one continuous line.
    public var segments: [[GPXPoint]]
    /// Points that could not be used, with where and why.
    public var issues: [InputIssue]
}

/// Reads the tracks and routes of GPX 1.0/1.1 files.
///
/// Tracks (`trk`/`trkseg`/`trkpt`, with `ele` and `time`) and routes (`rte`/`rtept`) are read
/// with the streaming `XMLTokenizer`; waypoints are ignored.
public enum GPXReader {
    /// Reads the file at `path`; `name` is used in messages.
    ///
    /// - Throws: an issue with the line for malformed XML or a file that is not GPX.
    public static func read(path: String, name: String) throws(InputIssue) -> GPXFile {
        var tokenizer = XMLTokenizer(try ChunkSources.open(path: path, name: name))
        guard case .start(let root)? = try tokenizer.next() else {
            throw InputIssue(.error, file: name, line: 1, message: Localized(en: "not a GPX file: no root element", zh: "不是 GPX 文件:没有根元素"))
        }
        guard localName(root.name) == "gpx" else {
            throw InputIssue(
                .error, file: name, line: root.line,
                message: Localized(en: "not a GPX file: the root element is <\(root.name)>, not <gpx>", zh: "不是 GPX 文件:根元素是 <\(root.name)>,不是 <gpx>"))
        }
        var file = GPXFile(segments: [], issues: [])
        var stack: [String] = [localName(root.name)]
        var segment: [GPXPoint] = []
        var point: GPXPoint?
        var pointValid = true
        var clock = TrackClock()
        var text = ""
        var pointCount = 0
        var issues = BoundedIssues()
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag):
                let element = localName(tag.name)
                let parent = stack.last ?? ""
                stack.append(element)
                text = ""
                if (element == "trkpt" && parent == "trkseg") || (element == "rtept" && parent == "rte") {
                    let lat = tag.attribute("lat").flatMap(Double.init)
                    let lon = tag.attribute("lon").flatMap(Double.init)
                    if let lat, let lon, abs(lat) <= 90, abs(lon) <= 180 {
                        point = GPXPoint(lon: lon, lat: lat, line: tag.line)
                        pointValid = true
                    } else {
                        issues.append(
                            InputIssue(
                                .error, file: name, line: tag.line, field: "lat,lon",
                                message: Localized(en: "a point without a valid lat/lon; skipped", zh: "点缺少有效的经纬度,已跳过")))
                        point = GPXPoint(lon: 0, lat: 0, line: tag.line)
                        pointValid = false
                    }
                }
                if element == "trkseg" || element == "rte" {
                    segment = []
                    clock = TrackClock()
                }
            case .text(let value, let line):
                guard text.utf8.count + value.utf8.count <= InputLimits.xmlTextBytes else {
                    throw InputLimits.exceeded(
                        name,
                        Localized(
                            en: "the text of one element is longer than \(InputLimits.describe(bytes: InputLimits.xmlTextBytes))",
                            zh: "单个元素的文字超过 \(InputLimits.describe(bytes: InputLimits.xmlTextBytes))"), line: line)
                }
                text += value
            case .end(let tagName, let line):
                let element = localName(tagName)
                stack.removeLast()
                let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                text = ""
                switch element {
                case "ele" where point != nil:
                    if let e = Double(value) { point?.elevation = e }
                case "time" where point != nil:
                    if let t = ISOTime.seconds(value) {
                        point?.time = t
                    } else {
                        issues.append(
                            InputIssue(
                                .warning, file: name, line: line, field: "time",
                                message: Localized(
                                    en: "'\(value)' is not an ISO 8601 time; the point is kept without it", zh: "'\(value)' 不是 ISO 8601 时间;该点保留但不带时间")))
                    }
                case "trkpt", "rtept":
                    if var p = point, pointValid {
                        pointCount += 1
                        guard pointCount <= InputLimits.gpxPoints else {
                            throw InputLimits.exceeded(
                                name, Localized(en: "more than \(InputLimits.gpxPoints) track points", zh: "轨迹点超过 \(InputLimits.gpxPoints) 个"), line: line)
                        }
                        if let problem = clock.problem(with: p) {
                            issues.append(InputIssue(.warning, file: name, line: p.line, field: "time", message: problem))
                            p.time = nil
                        }
                        segment.append(p)
                    }
                    point = nil
                case "trkseg", "rte":
                    if !segment.isEmpty { file.segments.append(segment) }
                    segment = []
                default:
                    break
                }
            }
        }
        file.issues = issues.issues(file: name)
        return file
    }

    /// The element name without its namespace prefix.
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
