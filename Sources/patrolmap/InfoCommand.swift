import ArgumentParser
import PatrolData
import PatrolRouting

/// `patrolmap info MAP`: area, villages, households, residents, roads.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Area (geodesic km²), villages, households, residents, road km by class.")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption

    @Option(help: "Output format.")
    var format: TextOrJSONFormat = .text

    func run() throws {
        let language = common.lang
        let map = try MapLoading.load(common)
        let summary = MapSummary(map)
        let graph = GraphSummary(map: map)
        let text = format == .json ? InfoReport.json(map, summary, graph) : InfoReport.text(map, summary, graph, language)
        try Output.emit(text, to: outputFile.output, language: language)
    }
}
