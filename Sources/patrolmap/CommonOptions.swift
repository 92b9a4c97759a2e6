public import ArgumentParser
public import PatrolData

extension Language: ExpressibleByArgument {}

/// The map package folder and the language, which every command that reads a map shares.
struct MapOptions: ParsableArguments {
    @Argument(help: "The map package folder.")
    var map: String

    @Option(help: "Language of human-readable text: zh or en.")
    var lang: Language = .zh
}

/// `-o FILE`: where a command writes its one result.
struct OutputFileOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?
}
