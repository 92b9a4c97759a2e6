import Hummingbird
import PatrolAnalysis
import PatrolData
import PatrolRender
import PatrolReports

/// `GET /map.svg` (the renderer's wall, internal and coverage maps) and `GET /card.svg`.
extension ConsoleServer {
    func addMapRoutes(to router: Hummingbird.Router<ConsoleContext>) {
        router.get("/map.svg") { request, _ -> Response in
            let query = try QueryReader(request)
            let language = try query.language()
            let style: MapStyle.Kind
            switch query.optional("style") ?? "wall" {
            case "wall": style = .wall
            case "internal": style = .internal
            case "coverage": style = .coverage
            default: throw APIError.badParameter("style", "must be wall, internal or coverage")
            }
            let village = query.optional("village")
            if style == .internal {
                let user = try requireUser(request)
                try audit(user, request, households: village.map { name in service.map.households.filter { $0.village == name }.map(\.id) } ?? ["*"])
            }
            var overlay: CoverageOverlay?
            if style == .coverage { overlay = CoverageOverlay(coverage: try await coverageStudy(request).result, language: language) }
            let map = service.map
            let options = RenderOptions(style: style, village: village, language: language, overlay: overlay)
            let key = MapKey(style: style.rawValue, village: village, language: language, coverage: style == .coverage ? request.uri.query : nil)
            let lane = self.lane
            let svg = await maps.value(key) {
                await lane.run { () -> Result<String, APIError> in
                    do throws(RenderError) {
                        return .success(try MapRenderer.render(map, options: options)[0].svg)
                    } catch {
                        if case .unknownVillage = error { return .failure(APIError(.notFound, code: "unknown_village", error.message.en)) }
                        return .failure(APIError(.unprocessableContent, code: "cannot_render", error.message.en))
                    }
                }.flatMap { $0 }
            }
            return JSONResponse.file(try svg.get(), type: "image/svg+xml")
        }
        router.get("/card.svg") { request, _ -> Response in
            let planned = try await plannedRoute(request)
            let language = try QueryReader(request).language()
            let card = RouteCard(route: planned.route, steps: planned.steps, from: planned.startName, to: planned.endName, language: language)
            return JSONResponse.file(RouteCardRenderer.render(card, map: service.map, language: language), type: "image/svg+xml")
        }
    }
}

/// What distinguishes one rendered map from another.
struct MapKey: Hashable, Sendable {
    var style: String
    var village: String?
    var language: Language
    /// The coverage question of a coverage map (its query), `nil` for other styles.
    var coverage: String?
}
