import ArgumentParser
import PatrolAnalysis
import PatrolData
import PatrolRender
import PatrolRouting

/// `patrolmap coverage MAP`: households and area each post reaches, blind spots, isochrones.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Households and area reached within 5/10/15/30 minutes of a post, per village; blind spots; isochrones.",
        discussion: "--with and --without (repeatable) or --posts try adding or closing posts; the report shows before and after.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var routing: RoutingOptions

    @Option(help: "Thresholds in minutes, comma-separated.")
    var minutes: String = "5,10,15,30"

    @Option(help: "Raster cell size in metres for the area figures.")
    var cell: Double = 50

    @Option(name: .customLong("with"), help: "Add a post here (lon,lat, @x,y or a place name). Repeatable.")
    var added: [String] = []

    @Option(name: .customLong("without"), help: "Close this post (by name). Repeatable.")
    var removed: [String] = []

    @Option(help: "Use the posts in this GeoJSON file instead of the map's (a scenario).")
    var posts: String?

    @Option(help: "Output format: text, json, csv (one row per household) or geojson (isochrones and blind spots).")
    var format: OutputFormat = .text

    @Option(help: "Also draw a coverage map (SVG) with the isochrone bands, posts and blind spots.")
    var svg: String?

    func run() throws {
        let language = common.lang
        _ = try format.require(oneOf: [.text, .json, .csv, .geojson], language: language)
        let thresholds = try ThresholdParsing.minutes(minutes, language: language)
        guard cell >= 5, cell <= 1000 else {
            throw CommandFailure.usage(Localized(en: "--cell must be between 5 and 1000 metres", zh: "--cell 须在 5 到 1000 米之间"), language: language)
        }
        let map = try MapLoading.load(common)
        let settings = CoverageSettings(minutes: thresholds, profile: routing.profile, season: routing.season, cellSize: cell)
        let scenarioPosts = try ScenarioPosts.posts(map: map, added: added, removed: removed, file: posts, language: language)
        let router = Router(map: map, profile: settings.profile, season: settings.season)
        let targets = CoverageTargets(map: map, cellSize: settings.cellSize, router: router)
        let result = CoverageAnalysis.run(map: map, posts: scenarioPosts ?? map.posts, settings: settings, router: router, targets: targets)
        let baseline = scenarioPosts == nil ? nil : CoverageAnalysis.run(map: map, posts: map.posts, settings: settings, router: router, targets: targets)
        let text: String
        switch format {
        case .json: text = JSONWriter.pretty(CoverageReport.json(result, baseline: baseline, map: map))
        case .csv: text = CoverageReport.csv(result, map: map)
        case .geojson: text = CoverageReport.geojson(result, map: map)
        default: text = CoverageReport.text(result, baseline: baseline, map: map, language: language)
        }
        try Output.emit(text, to: common.output, language: language)
        if let svg { try MapDrawing.coverage(CoverageOverlay(coverage: result, language: language), map: map, to: svg, language: language) }
    }
}

/// Parses `--minutes 5,10,15,30`.
enum ThresholdParsing {
    static func minutes(_ text: String, language: Language) throws -> [Double] {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! > 0 && $0! <= 24 * 60 }) else {
            throw CommandFailure.usage(
                Localized(en: "--minutes takes positive numbers separated by commas, e.g. 5,10,15,30", zh: "--minutes 须为逗号分隔的正数,例如 5,10,15,30"),
                language: language)
        }
        return values.map { $0! }
    }
}

/// Builds a scenario's posts from `--with`, `--without` and `--posts`; `nil` when none is given.
enum ScenarioPosts {
    static func posts(map: PatrolMap, added: [String], removed: [String], file: String?, language: Language) throws -> [Post]? {
        guard !added.isEmpty || !removed.isEmpty || file != nil else { return nil }
        var posts = map.posts
        if let file {
            do {
                let read = try MapLoader.readPosts(file, for: map)
                for issue in read.issues { Output.note(issue.formatted(language)) }
                posts = read.posts
            } catch {
                throw CommandFailure.input(error, language: language)
            }
        }
        for name in removed {
            guard let index = posts.firstIndex(where: { $0.name == name }) else {
                let known = posts.map(\.name).joined(separator: ", ")
                throw CommandFailure.usage(Localized(en: "--without \(name): no such post (posts: \(known))", zh: "--without \(name):没有这个警务点(现有:\(known))"), language: language)
            }
            posts.remove(at: index)
        }
        let search = PlaceSearch(map: map)
        let transform = try? map.inputTransform()
        for (i, query) in added.enumerated() {
            let place = try PlaceResolution.resolve(query, in: search, language: language)
            if let distance = search.distanceOutsideJurisdiction(place), distance > Snapper.maximumDistance {
                let km = DistanceText.kilometres(distance)
                throw CommandFailure.usage(
                    Localized(
                        en: "--with \(query) lies \(km) km outside the jurisdiction; a post there reaches no one",
                        zh: "--with \(query) 在辖区之外 \(km) 公里,在那里设点覆盖不到任何住户"),
                    language: language)
            }
            let name = language == .zh ? "新增警务点\(i + 1)" : "new post \(i + 1)"
            let source = (try? transform?.inverse(place.location)) ?? place.location
            posts.append(Post(name: name, kind: .policeRoom, phone: "", location: place.location, sourceCoordinate: source))
        }
        guard !posts.isEmpty else {
            throw CommandFailure.usage(Localized(en: "the scenario leaves no post", zh: "该方案没有任何警务点"), language: language)
        }
        return posts
    }
}
