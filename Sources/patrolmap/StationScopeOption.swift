import ArgumentParser
import PatrolData

/// `--station NAME`: study one station's part of a county map instead of the whole map.
struct StationScopeOption: ParsableArguments {
    @Option(help: "Only this station's jurisdiction (its villages, households and posts) in a map of several stations.")
    var station: String?

    /// The whole map, or its part for `--station` (an unknown name is a usage error, exit 2).
    func apply(to map: PatrolMap, language: Language) throws -> PatrolMap {
        guard let station else { return map }
        do {
            return try map.scoped(toStation: station)
        } catch {
            throw CommandFailure.usage(error.message, language: language)
        }
    }
}
