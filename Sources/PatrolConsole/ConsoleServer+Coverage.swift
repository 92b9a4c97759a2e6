import Hummingbird
import PatrolAnalysis
import PatrolData
import PatrolGeo
import PatrolReports
import PatrolRouting

/// `GET /api/coverage` (the CLI's coverage JSON) and `GET /api/isochrones` (its GeoJSON).
extension ConsoleServer {
    func addCoverageRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.get("/api/coverage") { request, _ -> Response in
            let study = try await coverageStudy(request)
            return JSONResponse.make(CoverageDocument.json(study, map: service.map))
        }
        router.get("/api/isochrones") { request, _ -> Response in
            let study = try await coverageStudy(request)
            return JSONResponse.file(CoverageDocument.geojson(study.result, map: service.map), type: "application/geo+json")
        }
    }

    /// The coverage study a request asks for, computed once per distinct question.
    func coverageStudy(_ request: Request) async throws -> CoverageStudy {
        let query = try QueryReader(request)
        let settings = CoverageSettings(
            minutes: try query.minutes(default: CoverageSettings.defaultMinutes), profile: try query.profile(), season: try query.season(),
            cellSize: Double(try query.integer("cell", in: cellRange, default: 50)))
        let personal = user(of: request) != nil
        let addedNames = query.all("with")
        let removed = query.all("without")
        guard addedNames.count + removed.count <= 20 else { throw APIError.badParameter("with", "at most 20 posts added and closed in all") }
        let added = try addedNames.map { name throws(APIError) in try place(name, parameter: "with", personal: personal) }
        let map = service.map
        var scenario: [Post]?
        if !added.isEmpty || !removed.isEmpty {
            do throws(PostScenarioError) {
                scenario = try PostScenario(base: map.posts, closed: removed, added: added).posts(map: map, language: .en)
            } catch {
                switch error {
                case .unknownPost: throw APIError(.notFound, code: "unknown_post", error.message.en.replacingOccurrences(of: "--without", with: "without"))
                case .noPostLeft: throw APIError(.unprocessableContent, code: "no_post", error.message.en)
                }
            }
        }
        let posts = scenario
        let key = CoverageKey(settings: settings, added: added.map(\.location), removed: removed)
        let lane = self.lane
        return try await coverage.value(key) { await lane.run { CoverageStudy.run(map: map, settings: settings, scenario: posts) } }.get()
    }
}

/// What distinguishes one coverage question from another.
struct CoverageKey: Hashable, Sendable {
    var settings: CoverageSettings
    var added: [Point]
    var removed: [String]
}
