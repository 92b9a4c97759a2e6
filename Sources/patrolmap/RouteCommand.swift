import ArgumentParser
import PatrolData
import PatrolReports
import PatrolRouting

/// `patrolmap route MAP --from P --to P`: the fastest route with turn-by-turn directions.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Fastest route with turn-by-turn directions that call out every fork, and an ETA.")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var routing: RoutingOptions
    @OptionGroup var ends: RouteEndOptions

    @Option(help: "Output format (geojson: the route line and a point per step).")
    var format: RouteFormat = .text

    @Option(help: "Also print a route card (SVG, A4) to this file.")
    var svg: String?

    func validate() throws {
        try ends.requireDestination(for: "route", language: common.lang)
    }

    func run() throws {
        let language = common.lang
        let map = try MapLoading.load(common)
        let (start, end) = try ends.places(in: map, language: language)
        let router = Router(map: map, profile: routing.profile, season: routing.season)
        let planned = try RoutePlanning.plan(router: router, map: map, from: start, to: end, language: language)
        let text: String
        switch format {
        case .json: text = JSONWriter.pretty(RouteDocument.json(planned, map: map))
        case .geojson: text = RouteDocument.geojson(planned, map: map)
        case .text: text = RouteReport.text(planned, language: language)
        }
        try Output.emit(text, to: outputFile.output, language: language)
        if let svg { try MapDrawing.routeCard(planned, map: map, to: svg, language: language) }
    }
}
