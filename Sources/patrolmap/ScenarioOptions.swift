import PatrolAnalysis
import PatrolData
import PatrolRouting

/// Turns `--with`, `--without` and `--posts` into a scenario's posts; `nil` when none is given.
enum ScenarioOptions {
    /// Reads the `--posts` file, resolves the `--with` places and applies the scenario,
    /// with the file's problems as exit code 1 and unknown names as exit code 2.
    static func posts(map: PatrolMap, added: [String], removed: [String], file: String?, language: Language) throws -> [Post]? {
        guard !added.isEmpty || !removed.isEmpty || file != nil else { return nil }
        var base = map.posts
        if let file {
            do {
                let read = try MapLoader.readPosts(file, for: map)
                for issue in read.issues { Output.note(issue.formatted(language)) }
                base = read.posts
            } catch {
                throw CommandFailure.input(error, language: language)
            }
        }
        let search = PlaceSearch(map: map)
        let places = try added.map { query in
            let place = try PlaceResolution.resolve(query, in: search, language: language)
            if let distance = search.distanceOutsideJurisdiction(place), distance > Snapper.maximumDistance {
                let km = DistanceText.kilometres(distance)
                throw CommandFailure.usage(
                    Localized(
                        en: "--with \(query) lies \(km) km outside the jurisdiction; a post there reaches no one",
                        zh: "--with \(query) 在辖区之外 \(km) 公里,在那里设点覆盖不到任何住户"),
                    language: language)
            }
            return place
        }
        do {
            return try PostScenario(base: base, closed: removed, added: places).posts(map: map, language: language)
        } catch {
            throw CommandFailure.usage(error.message, language: language)
        }
    }
}
