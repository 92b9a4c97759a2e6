import PatrolAnalysis
import PatrolData
import PatrolRender

/// Writes the SVG maps that `route --svg`, `coverage --svg` and `plan --svg` ask for.
enum MapDrawing {
    /// A route card for a planned route.
    static func routeCard(_ planned: PlannedRoute, map: PatrolMap, to path: String, language: Language) throws {
        let card = RouteCard(route: planned.route, steps: planned.steps, from: planned.startName, to: planned.endName, language: language)
        let svg = RouteCardRenderer.render(card, map: map, page: .a4, orientation: .landscape, scale: nil, language: language)
        try Output.emit(svg, to: path, language: language)
    }

    /// A coverage map (A3, fitted) with the given overlay.
    static func coverage(_ overlay: CoverageOverlay, map: PatrolMap, to path: String, language: Language) throws {
        let sheets: [RenderedSheet]
        do {
            sheets = try MapRenderer.render(map, options: RenderOptions(style: .coverage, language: language, overlay: overlay))
        } catch {
            throw CommandFailure.usage(error.message, language: language)
        }
        try Output.emit(sheets[0].svg, to: path, language: language)
    }
}
