public import PatrolData
import PatrolRouting

/// A coverage study as a station chief asks for it: coverage by a set of posts and, when that
/// set is a scenario, today's coverage beside it for comparison.
public struct CoverageStudy: Sendable {
    /// Coverage by the studied posts.
    public var result: CoverageResult
    /// Coverage by the map's own posts, when the studied posts are a scenario.
    public var baseline: CoverageResult?

    /// Measures coverage by `scenario` (or by the map's posts when `nil`) and, for a scenario,
    /// by the map's posts too; both runs share one router and one snapping of the targets.
    /// - Complexity: one Dijkstra per run, plus snapping every household and raster cell once.
    public static func run(map: PatrolMap, settings: CoverageSettings, scenario: [Post]? = nil) -> CoverageStudy {
        let router = Router(map: map, profile: settings.profile, season: settings.season)
        let targets = CoverageTargets(map: map, cellSize: settings.cellSize, router: router)
        func coverage(_ posts: [Post]) -> CoverageResult {
            CoverageAnalysis.run(map: map, posts: posts, settings: settings, router: router, targets: targets)
        }
        guard let scenario else { return CoverageStudy(result: coverage(map.posts)) }
        return CoverageStudy(result: coverage(scenario), baseline: coverage(map.posts))
    }

    /// Wraps finished runs.
    public init(result: CoverageResult, baseline: CoverageResult? = nil) {
        self.result = result
        self.baseline = baseline
    }
}
