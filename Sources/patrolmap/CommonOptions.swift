public import ArgumentParser
public import PatrolData

extension Language: ExpressibleByArgument {}

/// Options every command shares: the map folder, the language, the output file.
struct CommonOptions: ParsableArguments {
    @Argument(help: "The map package folder.")
    var map: String

    @Option(help: "Language of human-readable text: zh or en.")
    var lang: Language = .zh

    @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?
}

/// Output formats; each command accepts a subset.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson, csv
}

extension OutputFormat {
    /// Refuses a format the command does not produce.
    func require(oneOf allowed: [OutputFormat], language: Language) throws -> OutputFormat {
        guard allowed.contains(self) else {
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure.usage(
                Localized(en: "--format \(rawValue) is not available here; use one of: \(list)", zh: "此命令不支持 --format \(rawValue),可选:\(list)"),
                language: language)
        }
        return self
    }
}
