import ArgumentParser
import PatrolData
import PatrolGeo
import PatrolReports

/// `patrolmap find MAP QUERY`: households, posts and landmarks by id, label or name.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find a household, post or landmark by id, house label, name, or coordinates.",
        discussion: "This is an internal view: household heads and phone numbers are shown.")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption

    @Argument(help: "What to look for: H00123, 董村3组12号, a post or landmark name, a head's name, lon,lat or @x,y.")
    var query: String

    @Option(help: "Output format.")
    var format: TextOrJSONFormat = .text

    @Option(help: "Show at most this many matches.")
    var limit: Int = 20

    /// The accepted numbers of matches.
    static let limitRange = OptionRange.from(1, to: 10_000, "--limit")

    func validate() throws {
        try Self.limitRange.check(limit, language: common.lang)
    }

    func run() throws {
        let language = common.lang
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
        // Text shows positions as the files write them; JSON in longitude/latitude (RFC 7946).
        let decimals = map.inputIsGeographic ? 6 : 1
        if format == .json {
            try Output.emit(
                JSONWriter.pretty(PlaceJSON.findDocument(query: query, total: all.count, places: places, map: map)),
                to: outputFile.output,
                language: language)
        } else {
            var lines: [String] = []
            if places.isEmpty {
                lines.append(language == .zh ? "没有找到“\(query)”。" : "Nothing matches “\(query)”.")
            }
            for place in places {
                lines.append(PlaceText.describe(place, coordinate: map.coordinates.inputCoordinate(place.location), decimals: decimals, language: language))
            }
            try Output.emit(lines.joined(separator: "\n"), to: outputFile.output, language: language)
        }
        if places.isEmpty { throw ExitCode(1) }
    }
}
