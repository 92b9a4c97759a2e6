public import ArgumentParser
import Foundation
public import PatrolAnalysis
import PatrolData
import PatrolGeo
import PatrolRender
import PatrolRouting
import Synchronization

extension PlanObjective: ExpressibleByArgument {}
extension DemandWeighting.Base: ExpressibleByArgument {}

/// `patrolmap plan MAP --add K --minutes T`: where K new posts help most.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Where K new posts help most: maximal covering, p-median or p-center, with a proven bound.",
        discussion: """
            Candidates are points of the car-reachable roads (junctions first, then road ends, then points \
            along the roads), thinned to one per --spacing metres, plus the landmarks, \
            or the points of --candidates FILE.geojson. Demand is residents (or households) with optional \
            tag weights: --weight elderly_alone=2.
            """)

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var routing: RoutingOptions
    @OptionGroup var scope: StationScopeOption

    @Option(help: "How many new posts to place (1 to 50).")
    var add: Int

    @Option(help: "The coverage threshold in minutes (more than 0, at most 1440).")
    var minutes: Double = 15

    @Option(help: "Objective: coverage (most demand within --minutes), mean (least mean time) or max (least worst time).")
    var objective: PlanObjective = .coverage

    @Option(help: "Candidate sites (GeoJSON points) instead of the default road points and landmarks.")
    var candidates: String?

    @Option(
        help:
            "Spacing in metres for thinning the default road-node candidates (10 to 10000; default 100, wider on maps over 200 km² so that about 20,000 candidates at most are searched)."
    )
    var spacing: Double?

    @Option(help: "Demand per household: residents or households.")
    var demand: DemandWeighting.Base = .residents

    @Option(help: "Extra weight (0 to 1000) for households with a tag, e.g. elderly_alone=2 (also tag=elderly_alone:2). Repeatable.")
    var weight: [String] = []

    @Flag(help: "Let the existing posts move too: choose all sites afresh.")
    var relocate = false

    @Option(help: "Output format.")
    var format: TextOrJSONFormat = .text

    @Option(help: "Also draw the plan (SVG): coverage after, today's reach dashed, the new posts numbered.")
    var svg: String?

    @Option(help: "Also write the optimisation instance (weights, baseline, candidate times) as CSV into this folder, for checking with an external solver.")
    var instance: String?

    /// The accepted numbers of new posts.
    static let addRange = OptionRange.from(1, to: 50, "--add")
    /// The accepted candidate spacings in metres.
    static let spacingRange = OptionRange.from(10, to: 10_000, "--spacing")
    /// The accepted coverage thresholds in minutes.
    static let minutesRange = OptionRange.above(0, upTo: 24 * 60, "--minutes")

    func validate() throws {
        let language = common.lang
        try Self.addRange.check(add, language: language)
        try Self.minutesRange.check(minutes, language: language)
        if let spacing { try Self.spacingRange.check(spacing, language: language) }
        _ = try TagWeights.parse(weight, language: language)
    }

    func run() throws {
        let language = common.lang
        let tagWeights = try TagWeights.parse(weight, language: language)
        let map = try scope.apply(to: MapLoading.load(common), language: language)
        guard !map.households.isEmpty else {
            let file = map.manifest.file(for: "households") ?? "households.csv"
            throw CommandFailure.input(
                InputIssue(.error, file: file, message: Localized(en: "the map has no households: there is no demand to plan for", zh: "地图没有住户,无从规划")),
                language: language)
        }
        TagWeights.warnAboutUnknownTags(tagWeights, in: map, language: language)
        var sites: [CandidateSite]?
        if let candidates {
            do {
                let read = try MapLoader.readPoints(candidates, for: map)
                for issue in read.issues { Output.note(issue.formatted(language)) }
                sites = read.points.map { CandidateSite(name: $0.name, location: $0.location, origin: .file) }
            } catch {
                throw CommandFailure.input(error, language: language)
            }
            guard !(sites ?? []).isEmpty else {
                throw CommandFailure.input(
                    InputIssue(.error, file: candidates, message: Localized(en: "no usable candidate point", zh: "没有可用的候选点")), language: language)
            }
        }
        let settings = PlanSettings(
            objective: objective, newPosts: add, minutes: minutes, profile: routing.profile, season: routing.season,
            weighting: DemandWeighting(base: demand, tagWeights: tagWeights), relocate: relocate,
            candidateSpacing: spacing ?? PlanSettings.defaultSpacing(areaKm2: map.jurisdiction.geodesicArea / 1_000_000))
        let lastReport = Mutex(0)
        let result = FacilityPlanner.plan(map: map, settings: settings, candidates: sites) { done, total in
            let percent = done * 100 / max(total, 1)
            let report = lastReport.withLock { last -> Bool in
                guard total >= 200, percent >= last + 10 || done == total else { return false }
                last = percent
                return true
            }
            if report { Output.note(language == .zh ? "计算候选点行程时间:\(done)/\(total)" : "travel times from candidates: \(done)/\(total)") }
        }
        let text = format == .json ? JSONWriter.pretty(PlanReport.json(result, map: map)) : PlanReport.text(result, map: map, language: language)
        try Output.emit(text, to: outputFile.output, language: language)
        if let svg { try MapDrawing.coverage(CoverageOverlay(plan: result, language: language), map: map, to: svg, language: language) }
        if let instance {
            try? FileManager.default.createDirectory(atPath: instance, withIntermediateDirectories: true)
            for file in result.instanceFiles(map: map) {
                try Output.emit(file.text, to: URL(fileURLWithPath: instance).appendingPathComponent(file.name).path, language: language)
            }
        }
    }
}
