import ArgumentParser
import PatrolData
import PatrolImport

/// `patrolmap import gpx FILE.gpx --into MAPDIR`: lanes walked with a GPS, joined to the roads.
struct ImportGPXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gpx",
        abstract: "Add the tracks of a GPX file to the map's roads, cleaned and joined to the roads they meet.",
        discussion: """
            Each track segment becomes one road: GPS spikes, jitter and stops are removed, the line is \
            simplified, and each end within --snap metres of a road is joined to it (the road is split there \
            so both share a vertex). roads.geojson is rewritten atomically.
            """)

    @Argument(help: "The GPX file.")
    var file: String

    @Option(help: "The map package folder to add the lanes to.")
    var into: String

    @Option(help: "highway value of the new lanes (path, track, unclassified, ...).")
    var highway: String = "path"

    @Option(help: "Name of the new lanes.")
    var name: String?

    @Option(help: "Join a lane end to a road within this many metres (0 to 1000).")
    var snap: Double = 20

    @Option(help: "Douglas–Peucker tolerance in metres (0 to 1000).")
    var simplify: Double = 4

    @Option(help: "Language of human-readable text: zh or en.")
    var lang: Language = .zh

    /// The accepted snapping distances in metres.
    static let snapRange = OptionRange.from(0, to: 1000, "--snap")
    /// The accepted simplification tolerances in metres.
    static let simplifyRange = OptionRange.from(0, to: 1000, "--simplify")

    func validate() throws {
        guard Road.knownHighways.contains(highway) else {
            let list = Road.knownHighways.joined(separator: ", ")
            throw ValidationError(Localized(en: "--highway must be one of: \(list)", zh: "--highway 须为以下之一:\(list)").text(lang))
        }
        try Self.snapRange.check(snap, language: lang)
        try Self.simplifyRange.check(simplify, language: lang)
    }

    func run() throws {
        var cleaning = TrackCleaning()
        cleaning.simplifyTolerance = simplify
        let options = GPXImportOptions(file: file, map: into, highway: highway, name: name, snapTolerance: snap, cleaning: cleaning)
        let report: GPXImportReport
        do {
            report = try GPXImporter.run(options)
        } catch {
            throw CommandFailure.input(error, language: lang)
        }
        try Output.emit(report.text(lang), to: nil, language: lang)
    }
}
