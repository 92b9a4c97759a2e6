import ArgumentParser
import PatrolData
import PatrolReports
import PatrolRouting

/// `patrolmap dispatch MAP --to P`: every post ranked by ETA, then directions from the best.
struct DispatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatch",
        abstract: "Rank every post by ETA to a place (one search), then give directions from the fastest.")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var routing: RoutingOptions
    @OptionGroup var ends: RouteEndOptions

    @Option(help: "Output format.")
    var format: TextOrJSONFormat = .text

    @Option(help: "Also print a route card (SVG, A4) for the fastest post to this file.")
    var svg: String?

    func validate() throws {
        try ends.requireDestination(for: "dispatch", language: common.lang)
        guard ends.from == nil else {
            throw ValidationError(
                Localized(en: "dispatch starts from every post; --from does not apply (use route)", zh: "dispatch 从每个警务点出发,不接受 --from(请用 route)")
                    .text(common.lang))
        }
    }

    func run() throws {
        let language = common.lang
        let map = try MapLoading.load(common)
        let end = try ends.destination(in: PlaceSearch(map: map), language: language)
        let router = Router(map: map, profile: routing.profile, season: routing.season)
        let plan: DispatchPlan
        do {
            plan = try DispatchPlan(map: map, router: router, to: end)
        } catch {
            throw CommandFailure.impossible(error.message, language: language)
        }
        let planned = plan.route
        if format == .json {
            try Output.emit(JSONWriter.pretty(plan.json(map: map)), to: outputFile.output, language: language)
        } else {
            try Output.emit(text(plan.ranking, map: map, end: end, planned: planned, language: language), to: outputFile.output, language: language)
        }
        if let svg { try MapDrawing.routeCard(planned, map: map, to: svg, language: language) }
    }

    /// The ranking table followed by the directions from the fastest post.
    private func text(_ ranking: [Dispatcher.Ranking], map: PatrolMap, end: Place, planned: PlannedRoute, language: Language) -> String {
        let zh = language == .zh
        var table = TextTable(
            zh ? ["#", "警务点", "预计到达", "距离", "电话"] : ["#", "post", "ETA", "distance", "phone"], alignments: [.right, .left, .right, .right, .left])
        for (i, r) in ranking.enumerated() {
            let post = map.posts[r.index]
            table.add([
                String(i + 1), Pinyin.name(post.name, in: language),
                r.milliseconds.map { Fmt.clock(Double($0) / 1000) } ?? (zh ? "不可达" : "unreachable"),
                r.distance.map { Fmt.distance($0, language) } ?? "", post.phone,
            ])
        }
        let header = zh ? "出警排序:前往 \(end.publicName)" : "Dispatch to \(Pinyin.name(end.publicName, in: .en))"
        return [header, table.render(), "", RouteReport.text(planned, language: language)].joined(separator: "\n")
    }
}
