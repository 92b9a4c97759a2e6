import ArgumentParser
import PatrolData
import PatrolRouting

/// `patrolmap route MAP --from P --to P`: the fastest route with turn-by-turn directions.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Fastest route with turn-by-turn directions that call out every fork, and an ETA.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var routing: RoutingOptions

    @Option(help: "Start: household id, house label, post or landmark name, head's name, lon,lat or @x,y (default: the station).")
    var from: String?

    @Option(help: "Destination, in the same forms as --from.")
    var to: String

    @Option(help: "Output format: text, json or geojson.")
    var format: OutputFormat = .text

    @Option(help: "Also print a route card (SVG, A4) to this file.")
    var svg: String?

    func run() throws {
        let language = common.lang
        _ = try format.require(oneOf: [.text, .json, .geojson], language: language)
        let map = try MapLoading.load(common)
        let search = PlaceSearch(map: map)
        let start = try from.map { try PlaceResolution.resolve($0, in: search, language: language) }
            ?? PlaceResolution.defaultStart(map, language: language)
        let end = try PlaceResolution.resolve(to, in: search, language: language)
        let router = Router(map: map, profile: routing.profile, season: routing.season)
        let planned = try RoutePlanning.plan(router: router, map: map, from: start, to: end, language: language)
        switch format {
        case .json: try Output.emit(JSONWriter.pretty(RouteReport.json(planned, map: map)), to: common.output, language: language)
        case .geojson: try Output.emit(RouteReport.geojson(planned, map: map), to: common.output, language: language)
        default: try Output.emit(RouteReport.text(planned, language: language), to: common.output, language: language)
        }
        if let svg { try MapDrawing.routeCard(planned, map: map, to: svg, language: language) }
    }
}

/// A route with its directions and the names of its ends.
struct PlannedRoute {
    var route: Route
    var steps: [RouteStep]
    var startName: String
    var endName: String
}

/// Finds a route and writes its directions, turning routing errors into exit codes.
enum RoutePlanning {
    static func plan(router: Router, map: PatrolMap, from start: Place, to end: Place, language: Language) throws -> PlannedRoute {
        let route: Route
        do {
            route = try router.route(from: start.location, to: end.location, startName: start.publicName, endName: end.publicName)
        } catch {
            throw CommandFailure.impossible(error.message, language: language)
        }
        let steps = Directions(graph: router.graph, landmarks: map.landmarks, region: RoadRegion(map: map)).steps(for: route, startName: start.publicName, endName: end.publicName)
        return PlannedRoute(route: route, steps: steps, startName: start.publicName, endName: end.publicName)
    }
}
