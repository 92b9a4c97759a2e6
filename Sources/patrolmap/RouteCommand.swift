import ArgumentParser
import PatrolData
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
        case .json: text = JSONWriter.pretty(RouteReport.json(planned, map: map))
        case .geojson: text = RouteReport.geojson(planned, map: map)
        case .text: text = RouteReport.text(planned, language: language)
        }
        try Output.emit(text, to: outputFile.output, language: language)
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
        for place in [start, end] { try requireOnNetwork(place, router: router, map: map, language: language) }
        let route: Route
        do {
            route = try router.route(from: start.location, to: end.location, startName: start.publicName, endName: end.publicName)
        } catch {
            throw CommandFailure.impossible(error.message, language: language)
        }
        let steps = Directions(graph: router.graph, landmarks: map.landmarks, region: RoadRegion(map: map)).steps(
            for: route, startName: start.publicName, endName: end.publicName)
        return PlannedRoute(route: route, steps: steps, startName: start.publicName, endName: end.publicName)
    }

    /// Refuses a place no road of the profile comes near, saying how far it is from the
    /// map's roads on the ground.
    static func requireOnNetwork(_ place: Place, router: Router, map: PatrolMap, language: Language) throws {
        if let problem = router.offNetwork(place.location, name: place.publicName, measure: map.groundDistance) {
            throw CommandFailure.impossible(problem.message, language: language)
        }
    }
}
