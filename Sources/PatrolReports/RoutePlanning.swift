public import PatrolData
public import PatrolRouting

/// Finds a route and writes its directions.
public enum RoutePlanning {
    /// The fastest route from `start` to `end` with its directions.
    ///
    /// The English of the route's notes and of a failure names places in Hanyu Pinyin.
    ///
    /// - Throws: ``ReportFailure`` when either end is off the profile's network or no route exists.
    public static func plan(router: Router, map: PatrolMap, from start: Place, to end: Place) throws(ReportFailure) -> PlannedRoute {
        for place in [start, end] { try requireOnNetwork(place, router: router, map: map) }
        var route: Route
        do {
            route = try router.route(from: start.location, to: end.location, startName: start.publicName, endName: end.publicName)
        } catch {
            throw ReportFailure(error.message.romanizingNames)
        }
        route.notes = route.notes.map(\.romanizingNames)
        let steps = Directions(graph: router.graph, landmarks: map.landmarks, region: RoadRegion(map: map)).steps(
            for: route, startName: start.publicName, endName: end.publicName)
        return PlannedRoute(route: route, steps: steps, startName: start.publicName, endName: end.publicName)
    }

    /// Refuses a place no road of the profile comes near, saying how far it is from the
    /// map's roads on the ground.
    public static func requireOnNetwork(_ place: Place, router: Router, map: PatrolMap) throws(ReportFailure) {
        if let problem = router.offNetwork(place.location, name: place.publicName, measure: map.groundDistance) {
            throw ReportFailure(problem.message.romanizingNames)
        }
    }
}
