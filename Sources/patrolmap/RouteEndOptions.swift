import ArgumentParser
import PatrolData

/// `--from` and `--to`, shared by `route`, `dispatch` and `render --style dispatch`.
struct RouteEndOptions: ParsableArguments {
    @Option(help: "Start: household id, house label, post or landmark name, head's name, lon,lat or @x,y (default: the station).")
    var from: String?

    @Option(help: "Destination (the caller's place), in the same forms as --from.")
    var to: String?

    /// Refuses a missing `--to`, naming what needs it.
    func requireDestination(for user: String, language: Language) throws {
        guard to == nil else { return }
        throw ValidationError(
            Localized(en: "\(user) needs --to (the destination)", zh: "\(user) 需要 --to(目的地)").text(language))
    }

    /// The start (`--from`, or the station by default) and the destination.
    func places(in map: PatrolMap, language: Language) throws -> (start: Place, end: Place) {
        let search = PlaceSearch(map: map)
        let start =
            try from.map { try PlaceResolution.resolve($0, in: search, language: language) }
            ?? PlaceResolution.defaultStart(map, language: language)
        return (start, try destination(in: search, language: language))
    }

    /// The destination (`--to`).
    func destination(in search: PlaceSearch, language: Language) throws -> Place {
        try PlaceResolution.resolve(to ?? "", in: search, language: language)
    }
}
