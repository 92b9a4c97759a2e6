import ArgumentParser
import PatrolData
import PatrolImport
import PatrolGeo

/// `patrolmap import osm FILE -o MAPDIR`: roads, posts and landmarks from OpenStreetMap.
struct ImportOSMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osm",
        abstract: "Make a map package from an OpenStreetMap file (.osm, .osm.gz or .osm.pbf).",
        discussion: """
            Keeps highway ways with their tags (split where they share nodes), named place/amenity/tourism \
            elements as landmarks and amenity=police as posts. The jurisdiction is --boundary, --bbox, or the \
            data's extent. households.csv is written empty: OSM has no household data.
            """)

    @Argument(help: "The OpenStreetMap file.")
    var file: String

    @Option(name: .shortAndLong, help: "The map package folder to create.")
    var output: String

    @Option(help: "A GeoJSON polygon (longitude/latitude) to use as the jurisdiction; roads are clipped to it.")
    var boundary: String?

    @Option(help: "A box W,S,E,N in degrees to use as the jurisdiction; roads are clipped to it.")
    var bbox: String?

    @Option(help: "The map's name in map.json (default: the output folder's name).")
    var name: String?

    @Option(help: "The map's title (default: NAME (OpenStreetMap)).")
    var title: String?

    @Option(help: "Add a police station at LON,LAT (OSM rarely has the right one).")
    var station: String?

    @Option(help: "Name of the station added with --station.")
    var stationName: String?

    @Option(help: "Public phone number of the station added with --station.")
    var stationPhone: String = ""

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    @Option(help: "Language of human-readable text: zh or en.")
    var lang: Language = .zh

    @Option(help: "Report format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        _ = try format.require(oneOf: [.text, .json], language: lang)
        var area = OSMImportArea.dataExtent
        if boundary != nil && bbox != nil {
            throw CommandFailure.usage(Localized(en: "give --boundary or --bbox, not both", zh: "--boundary 与 --bbox 只能选一个"), language: lang)
        }
        if let boundary { area = .boundary(path: boundary) }
        if let bbox {
            guard let v = Self.numbers(bbox, count: 4) else {
                throw CommandFailure.usage(Localized(en: "--bbox must be W,S,E,N in degrees", zh: "--bbox 应为 W,S,E,N(度)"), language: lang)
            }
            area = .bbox(BoundingBox(minX: v[0], minY: v[1], maxX: v[2], maxY: v[3]))
        }
        var stationOption: StationOption?
        if let station {
            guard let v = Self.numbers(station, count: 2) else {
                throw CommandFailure.usage(Localized(en: "--station must be LON,LAT in degrees", zh: "--station 应为 经度,纬度"), language: lang)
            }
            let defaultName = lang == .zh ? "派出所" : "Police station"
            stationOption = StationOption(location: LonLat(lon: v[0], lat: v[1]), name: stationName ?? defaultName, phone: stationPhone)
        }
        let options = OSMImportOptions(
            input: file, output: output, area: area, name: name, title: title, station: stationOption, replace: force)
        let report: OSMImportReport
        do {
            report = try OSMImporter.run(options) { Output.note($0.text(lang)) }
        } catch {
            throw CommandFailure.input(error, language: lang)
        }
        let text = format == .json ? ImportReportJSON.osm(report) : report.text(lang)
        try Output.emit(text, to: nil, language: lang)
    }

    /// `count` comma-separated finite numbers, or `nil`.
    static func numbers(_ text: String, count: Int) -> [Double]? {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == count, values.allSatisfy({ $0?.isFinite == true }) else { return nil }
        return values.map { $0! }
    }
}
