import ArgumentParser
import PatrolData
import PatrolGeo

/// `patrolmap find MAP QUERY`: households, posts and landmarks by id, label or name.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find a household, post or landmark by id, house label, name, or coordinates.",
        discussion: "This is an internal view: household heads and phone numbers are shown.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "What to look for: H00123, 董村3组12号, a post or landmark name, a head's name, lon,lat or @x,y.")
    var query: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Show at most this many matches.")
    var limit: Int = 20

    func run() throws {
        let language = common.lang
        _ = try format.require(oneOf: [.text, .json], language: language)
        guard limit >= 1 else {
            throw CommandFailure.usage(Localized(en: "--limit must be at least 1", zh: "--limit 至少为 1"), language: language)
        }
        let map = try MapLoading.load(common)
        let search = PlaceSearch(map: map)
        let all: [Place]
        do {
            all = try search.matches(query)
        } catch {
            throw PlaceFailure.failure(error, language: language)
        }
        let places = Array(all.prefix(limit))
        if all.count > places.count {
            Output.note(
                language == .zh
                    ? "共 \(all.count) 个匹配,只列出前 \(places.count) 个(--limit \(all.count) 可全部列出)"
                    : "\(all.count) places match; only the first \(places.count) are listed (--limit \(all.count) lists them all)")
        }
        PlaceResolution.warnIfOutside(places, search: search, language: language)
        // Positions are shown in the input CRS, as the files write them.
        let transform = try? map.inputTransform()
        func lonLat(_ p: Point) -> Point { (try? transform?.inverse(p)) ?? p }
        let decimals = map.inputIsGeographic ? 7 : 2
        if format == .json {
            let items: [JSONValue] = places.map {
                PlaceJSON.describe($0, coordinate: lonLat($0.location), decimals: decimals, language: language)
            }
            try Output.emit(JSONWriter.pretty(.object([("query", .string(query)), ("total", .number(Double(all.count))), ("matches", .array(items))])), to: common.output, language: language)
        } else {
            var lines: [String] = []
            if places.isEmpty {
                lines.append(language == .zh ? "没有找到“\(query)”。" : "Nothing matches “\(query)”.")
            }
            for place in places {
                lines.append(PlaceText.describe(place, coordinate: lonLat(place.location), decimals: decimals - 1, language: language))
            }
            try Output.emit(lines.joined(separator: "\n"), to: common.output, language: language)
        }
        if places.isEmpty { throw ExitCode(1) }
    }
}
