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

    @Option(help: "Report format.")
    var format: TextOrJSONFormat = .text

    func validate() throws {
        if boundary != nil && bbox != nil {
            throw ValidationError(Localized(en: "give --boundary or --bbox, not both", zh: "--boundary 与 --bbox 只能选一个").text(lang))
        }
        _ = try bbox.map { try Self.box($0, language: lang) }
        _ = try station.map { try Self.position($0, option: "--station", language: lang) }
    }

    func run() throws {
        var area = OSMImportArea.dataExtent
        if let boundary { area = .boundary(path: boundary) }
        if let bbox { area = .bbox(try Self.box(bbox, language: lang)) }
        var stationOption: StationOption?
        if let station {
            let defaultName = lang == .zh ? "派出所" : "Police station"
            stationOption = StationOption(
                location: try Self.position(station, option: "--station", language: lang), name: stationName ?? defaultName, phone: stationPhone)
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

    /// `--bbox W,S,E,N`: degrees within ±180 and ±90, west of east and south of north.
    static func box(_ text: String, language: Language) throws -> BoundingBox {
        guard let v = numbers(text, count: 4), LonLat(lon: v[0], lat: v[1]).isValid, LonLat(lon: v[2], lat: v[3]).isValid, v[0] < v[2], v[1] < v[3] else {
            throw ValidationError(
                Localized(
                    en: "--bbox must be W,S,E,N in degrees (longitudes within ±180, latitudes within ±90, W < E, S < N)",
                    zh: "--bbox 应为 W,S,E,N(度;经度在 ±180 内,纬度在 ±90 内,W < E,S < N)"
                ).text(language))
        }
        return BoundingBox(minX: v[0], minY: v[1], maxX: v[2], maxY: v[3])
    }

    /// `LON,LAT` in degrees within ±180 and ±90.
    static func position(_ text: String, option: String, language: Language) throws -> LonLat {
        guard let v = numbers(text, count: 2), LonLat(lon: v[0], lat: v[1]).isValid else {
            throw ValidationError(
                Localized(en: "\(option) must be LON,LAT in degrees (within ±180 and ±90)", zh: "\(option) 应为 经度,纬度(经度在 ±180 内,纬度在 ±90 内)").text(language))
        }
        return LonLat(lon: v[0], lat: v[1])
    }

    /// `count` comma-separated finite numbers, or `nil`.
    static func numbers(_ text: String, count: Int) -> [Double]? {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == count, values.allSatisfy({ $0?.isFinite == true }) else { return nil }
        return values.map { $0! }
    }
}
