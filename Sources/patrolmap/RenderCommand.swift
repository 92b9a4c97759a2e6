public import ArgumentParser
import PatrolAnalysis
import PatrolData
import PatrolReports
import PatrolRouting
public import PatrolRender

extension MapStyle.Kind: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {}
extension Orientation: ExpressibleByArgument {}

/// `patrolmap render MAP --style …`: SVG maps at a true scale.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print an SVG map: a public wall map, the station's internal map, or a route card.",
        discussion: """
            The SVG's width and height are in millimetres at the requested true scale (1:N for \
            ground distances at the map centre), so printing at 100% gives the stated scale. \
            Without --scale the area is fitted to the page at a round scale. \
            The wall style never shows household heads, phones, care tags or notes; the internal \
            style does and is marked 内部资料 (internal use). \
            With --tiles, -o FILE.svg writes FILE-01.svg, FILE-02.svg, … (sheets numbered row by row \
            from the north-west, overlapping by 15 mm) and FILE-index.svg showing where each sheet lies. \
            With -o FILE.pdf the map is printed to PDF through rsvg-convert (librsvg2-bin), fonts \
            embedded, for a print shop without CJK fonts.
            """)

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption

    @Option(help: "Kind of map: wall (public), internal, dispatch (route card) or coverage.")
    var style: MapStyle.Kind = .wall

    @Option(help: "Frame this village (with its surroundings) instead of the whole jurisdiction.")
    var village: String?

    @Option(help: "Paper size: A4, A3, A2, A1 or A0 (default A3).")
    var page: PaperSize?

    @Option(help: "Paper orientation: portrait or landscape (default: whichever shows the area larger).")
    var orientation: Orientation?

    @Option(help: "True scale denominator N (1:N, 500 to 1000000), e.g. 10000. Default: fit the page at a round scale.")
    var scale: Int?

    @Flag(help: "Split the map into numbered sheets at --scale plus an index sheet (needs -o).")
    var tiles = false

    @OptionGroup(title: "Route card (style dispatch)") var ends: RouteEndOptions

    @OptionGroup var routing: RoutingOptions

    @Option(help: "Coverage map (--style coverage): thresholds in minutes, comma-separated (each more than 0, at most 1440).")
    var minutes: String = "5,10,15,30"

    /// The accepted scale denominators.
    static let scaleRange = OptionRange.from(500, to: 1_000_000, "--scale")

    func validate() throws {
        let language = common.lang
        if let scale { try Self.scaleRange.check(scale, language: language) }
        _ = try ThresholdParsing.minutes(minutes, language: language)
        if tiles, outputFile.output == nil {
            throw ValidationError(
                Localized(en: "--tiles writes several files: give -o FILE.svg", zh: "--tiles 会生成多个文件:请用 -o FILE.svg 指定文件名").text(language))
        }
        if style == .dispatch {
            try ends.requireDestination(for: "--style dispatch", language: language)
            if tiles || village != nil {
                throw ValidationError(
                    Localized(en: "--tiles and --village do not apply to a route card", zh: "路线卡不支持 --tiles 和 --village").text(language))
            }
        }
    }

    func run() throws {
        let language = common.lang
        let map = try MapLoading.load(common)
        let pdf = PDFOutput.wanted(outputFile.output)
        func write(_ svg: String, to path: String?) throws {
            if pdf, let path { try PDFOutput.write(svg, to: path, language: language) } else { try Output.emit(svg, to: path, language: language) }
        }
        if style == .dispatch {
            try write(try routeCard(map), to: outputFile.output)
            return
        }
        var overlay: CoverageOverlay?
        if style == .coverage {
            let settings = CoverageSettings(
                minutes: try ThresholdParsing.minutes(minutes, language: language), profile: routing.profile, season: routing.season)
            overlay = CoverageOverlay(coverage: CoverageStudy.run(map: map, settings: settings).result, language: language)
        }
        let options = RenderOptions(
            style: style, page: page, orientation: orientation, scale: scale.map(Double.init), village: village, tiles: tiles, language: language,
            overlay: overlay)
        let sheets = try MapDrawing.sheets(map, options: options)
        if tiles, let output = outputFile.output {
            let files = sheets.map { sheet in
                pdf ? PDFOutput.fileName(sheet.fileName(for: PDFOutput.svgPath(for: output)), output: output) : sheet.fileName(for: output)
            }
            for (sheet, file) in zip(sheets, files) { try write(sheet.svg, to: file) }
            let list = files.joined(separator: " ")
            Output.note(language == .zh ? "已写入 \(files.count) 个文件:\(list)" : "wrote \(EnglishCount.of(files.count, "file")): \(list)")
        } else {
            try write(sheets[0].svg, to: outputFile.output)
        }
    }

    /// The route card from --from to --to.
    private func routeCard(_ map: PatrolMap) throws -> String {
        let language = common.lang
        let (start, end) = try ends.places(in: map, language: language)
        let router = Router(map: map, profile: routing.profile, season: routing.season)
        let planned = try RoutePlanning.plan(router: router, map: map, from: start, to: end, language: language)
        return MapDrawing.routeCardSVG(
            planned, map: map, page: page ?? .a4, orientation: orientation ?? .landscape, scale: scale.map(Double.init), language: language)
    }
}
