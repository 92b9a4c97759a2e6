import PatrolData
import PatrolGeo
import PatrolRouting

/// The steps of a route card: the route's steps, with each run of steps that only stay on
/// one named road (forks where the route goes on along the road, and the router's own
/// "follow" runs) summarised as one unnumbered step whose forks stay marked on the map.
///
/// `沿县道X316 行驶约 4.8 公里,途经 10 个岔路口,均走县道X316` replaces three steps, so the few
/// hill forks that need a decision stand out on the card.
enum RouteCardSteps {
    static func steps(_ steps: [RouteStep], language: Language) -> [RouteCard.Step] {
        var result: [RouteCard.Step] = []
        var i = 0
        while i < steps.count {
            var j = i + 1
            if let road = stay(steps[i]) {
                while j < steps.count, let next = stay(steps[j]), same(next, road), steps[j].mode == steps[i].mode { j += 1 }
            }
            let run = steps[i..<j]
            if run.count > 1 {
                result.append(summary(run, road: stay(steps[i])!, language: language))
            } else {
                result.append(single(steps[i], language: language))
            }
            i = j
        }
        return result
    }

    private static func single(_ step: RouteStep, language: Language) -> RouteCard.Step {
        let passed = step.kind == .follow ? step.forks.map(\.location) : []
        return RouteCard.Step(
            location: step.location, instruction: step.instruction.text(language), distance: step.distance, elapsed: step.elapsed,
            isNumbered: step.isDecisionPoint, isParking: step.kind == .park, passedForks: passed)
    }

    private static func summary(_ run: ArraySlice<RouteStep>, road: [String: String], language: Language) -> RouteCard.Step {
        let first = run[run.startIndex]
        let distance = run.map(\.distance).reduce(0, +)
        let forks = run.flatMap(\.forks).map(\.location)
        let phrase = RoadDescription.phrase(road, region: first.region)
        let label = RoadDescription.label(road, region: first.region)
        let length = DirectionsColumn.distance(distance, language)
        let text: String
        if language == .zh {
            text = "沿\(phrase.zh)\(first.mode == .foot ? "步行" : "行驶")约 \(length),途经 \(forks.count) 个岔路口,均走\(label.zh)"
        } else {
            text = "Follow \(phrase.en) for about \(length) through \(forks.count) junctions, staying on \(label.en)"
        }
        return RouteCard.Step(
            location: first.location, instruction: text, distance: distance, elapsed: first.elapsed, isNumbered: false, passedForks: forks)
    }

    /// The named road a step only stays on: a follow run, or a fork where the route goes on
    /// along the road it came by, nearly straight, and no branch left is the same road.
    private static func stay(_ step: RouteStep) -> [String: String]? {
        let road: [String: String]
        switch step.maneuver {
        case .follow(let run):
            road = run.road
        case .fork(let fork):
            guard fork.staysOnRoad, abs(fork.taken.turnAngle) < Directions.turnThreshold,
                !fork.avoided.contains(where: { same($0.tags, fork.taken.tags) })
            else { return nil }
            road = fork.taken.tags
        default:
            return nil
        }
        return sign(road) == nil ? nil : road
    }

    private static func same(_ a: [String: String], _ b: [String: String]) -> Bool {
        sign(a) != nil && sign(a) == sign(b) && a["highway"] == b["highway"]
    }

    private static func sign(_ tags: [String: String]) -> String? {
        if let name = tags["name"], !name.isEmpty { return name }
        if let ref = tags["ref"], !ref.isEmpty { return ref }
        return nil
    }
}
