import PatrolAnalysis
import PatrolData

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
        let places = try added.map { try PlaceResolution.resolve($0, in: search, language: language) }
        do {
            return try PostScenario(base: base, closed: removed, added: places).posts(map: map, language: language)
        } catch {
            throw CommandFailure.usage(error.message, language: language)
        }
    }
}
