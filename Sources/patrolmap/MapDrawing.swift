import PatrolAnalysis
import PatrolData
import PatrolReports
import PatrolRender

/// Writes the SVG maps that `route --svg`, `coverage --svg` and `plan --svg` ask for, and
/// draws the maps `render` prints.
enum MapDrawing {
    /// A route card for a planned route (A4 landscape, fitted, unless told otherwise).
    static func routeCardSVG(
        _ planned: PlannedRoute, map: PatrolMap, page: PaperSize = .a4, orientation: Orientation = .landscape, scale: Double? = nil, language: Language
    ) -> String {
        let card = RouteCard(route: planned.route, steps: planned.steps, from: planned.startName, to: planned.endName, language: language)
        return RouteCardRenderer.render(card, map: map, page: page, orientation: orientation, scale: scale, language: language)
    }

    /// Writes a route card for a planned route.
    static func routeCard(_ planned: PlannedRoute, map: PatrolMap, to path: String, language: Language) throws {
        try Output.emit(routeCardSVG(planned, map: map, language: language), to: path, language: language)
    }

    /// The sheets of a map, with a renderer's refusal (unknown village, scale too small for the page) as a usage error.
    static func sheets(_ map: PatrolMap, options: RenderOptions) throws -> [RenderedSheet] {
        do {
            return try MapRenderer.render(map, options: options)
        } catch {
            throw CommandFailure.usage(error.message, language: options.language)
        }
    }

    /// A coverage map (A3, fitted) with the given overlay.
    static func coverage(_ overlay: CoverageOverlay, map: PatrolMap, to path: String, language: Language) throws {
        let sheets = try sheets(map, options: RenderOptions(style: .coverage, language: language, overlay: overlay))
        try Output.emit(sheets[0].svg, to: path, language: language)
    }
}
