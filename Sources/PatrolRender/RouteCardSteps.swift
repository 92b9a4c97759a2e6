import PatrolData
import PatrolGeo
import PatrolRouting

/// The steps of a route card: the directions' own steps (``Directions`` groups runs of forks
/// on one road, roundabouts and split junctions, for the card as for text and JSON), with the
/// forks each step passes without a word marked on the map.
///
/// A run `沿县道X316 行驶 4.8 公里,途经 10 个岔路口,均走县道X316` is one unnumbered step, so the
/// few hill forks that need a decision stand out on the card.
enum RouteCardSteps {
    static func steps(_ steps: [RouteStep], language: Language) -> [RouteCard.Step] {
        steps.map { step in
            // A follow run marks all its forks; a decision is numbered at its own place and marks the others.
            let passed = step.forks.map(\.location).filter { step.kind == .follow || $0 != step.location }
            return RouteCard.Step(
                location: step.location, instruction: step.instruction.text(language), distance: step.distance, elapsed: step.elapsed,
                isNumbered: step.isDecisionPoint, isParking: step.kind == .park, passedForks: passed)
        }
    }
}
