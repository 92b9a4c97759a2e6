import PatrolData
import PatrolReports
import PatrolRouting

extension RoutePlanning {
    /// ``RoutePlanning/plan(router:map:from:to:)`` with its failure as exit code 1.
    static func plan(router: Router, map: PatrolMap, from start: Place, to end: Place, language: Language) throws -> PlannedRoute {
        do {
            return try plan(router: router, map: map, from: start, to: end)
        } catch {
            throw CommandFailure.impossible(error.message, language: language)
        }
    }
}
