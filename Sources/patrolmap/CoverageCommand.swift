import ArgumentParser
import PatrolAnalysis
import PatrolData
import PatrolRender
import PatrolReports
import PatrolRouting

/// `patrolmap coverage MAP`: households and area each post reaches, blind spots, isochrones.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Households and area reached within 5/10/15/30 minutes of a post, per village; blind spots; isochrones.",
        discussion: "--with and --without (repeatable) or --posts try adding or closing posts; the report shows before and after.")

    /// The accepted raster cell sizes.
    static let cellRange = OptionRange.from(5, to: 1000, "--cell")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var routing: RoutingOptions
    @OptionGroup var scope: StationScopeOption

    @Option(help: "Thresholds in minutes, comma-separated (each more than 0 and at most 1440).")
    var minutes: String = "5,10,15,30"

    @Option(help: "Raster cell size in metres for the area figures (5 to 1000).")
    var cell: Double = 50

    @Option(name: .customLong("with"), help: "Add a post here (lon,lat, @x,y or a place name). Repeatable.")
    var added: [String] = []

    @Option(name: .customLong("without"), help: "Close this post (by name). Repeatable.")
    var removed: [String] = []

    @Option(help: "Use the posts in this GeoJSON file instead of the map's (a scenario).")
    var posts: String?

    @Option(help: "Output format (csv: one row per household; geojson: isochrones, blind spots and posts).")
    var format: CoverageFormat = .text

    @Option(help: "Also draw a coverage map (SVG) with the isochrone bands, posts and blind spots.")
    var svg: String?

    func validate() throws {
        _ = try ThresholdParsing.minutes(minutes, language: common.lang)
        try Self.cellRange.check(cell, language: common.lang)
    }

    func run() throws {
        let language = common.lang
        let settings = CoverageSettings(
            minutes: try ThresholdParsing.minutes(minutes, language: language), profile: routing.profile, season: routing.season, cellSize: cell)
        let map = try scope.apply(to: MapLoading.load(common), language: language)
        let scenario = try ScenarioOptions.posts(map: map, added: added, removed: removed, file: posts, language: language)
        let study = CoverageStudy.run(map: map, settings: settings, scenario: scenario)
        let text: String
        switch format {
        case .json: text = JSONWriter.pretty(CoverageDocument.json(study, map: map))
        case .csv: text = CoverageReport.csv(study.result, map: map)
        case .geojson: text = CoverageDocument.geojson(study.result, map: map)
        case .text: text = CoverageReport.text(study, map: map, language: language)
        }
        try Output.emit(text, to: outputFile.output, language: language)
        if let svg { try MapDrawing.coverage(CoverageOverlay(coverage: study.result, language: language), map: map, to: svg, language: language) }
    }
}
