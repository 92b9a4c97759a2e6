import ArgumentParser
import PatrolData
import PatrolImport

/// `patrolmap import dem FILE.hgt[.zip]... --into MAPDIR`: SRTM elevation into `dem.asc`.
struct ImportDEMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dem",
        abstract: "Resample SRTM tiles (.hgt or .hgt.zip, several are mosaicked) into the map's dem.asc.",
        discussion: """
            The grid covers the jurisdiction's bounding box plus a margin, in the map's working CRS; \
            SRTM voids are filled from their neighbours. map.json is updated to list the layer.
            """)

    @Argument(help: "SRTM tiles: N42E001.hgt files or zip archives holding them.")
    var files: [String]

    @Option(help: "The map package folder to add the elevation model to.")
    var into: String

    @Option(help: "Cell size of the grid in metres (1 to 1000).")
    var cellSize: Double = 30

    @Option(help: "How far the grid reaches beyond the jurisdiction's bounding box, in metres (0 to 100000).")
    var margin: Double = 1000

    @Option(help: "Language of human-readable text: zh or en.")
    var lang: Language = .zh

    /// The accepted cell sizes in metres.
    static let cellSizeRange = OptionRange.from(1, to: 1000, "--cell-size")
    /// The accepted margins in metres.
    static let marginRange = OptionRange.from(0, to: 100_000, "--margin")

    func validate() throws {
        try Self.cellSizeRange.check(cellSize, language: lang)
        try Self.marginRange.check(margin, language: lang)
    }

    func run() throws {
        let report: DEMImportReport
        do {
            report = try DEMImporter.run(DEMImportOptions(files: files, map: into, cellSize: cellSize, margin: margin))
        } catch {
            throw CommandFailure.input(error, language: lang)
        }
        try Output.emit(report.text(lang), to: nil, language: lang)
    }
}
