import ArgumentParser
import PatrolData

/// `patrolmap validate MAP`: every problem in every layer, with its location.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every layer of a map package; list errors and warnings with their locations.")

    @OptionGroup var common: MapOptions
    @OptionGroup var outputFile: OutputFileOption

    @Option(help: "Output format.")
    var format: TextOrJSONFormat = .text

    func run() throws {
        let language = common.lang
        // Every file is checked, and the report printed, even when no map can be built.
        let check = MapLoader.check(common.map)
        let errors = check.errors.count
        let warnings = check.warnings.count
        switch format {
        case .json:
            let issues: [JSONValue] = check.issues.map { issue in
                var members: [(String, JSONValue)] = [("severity", .string(issue.severity.rawValue)), ("file", .string(issue.file))]
                if let line = issue.line { members.append(("line", .number(Double(line)))) }
                if let feature = issue.feature { members.append(("feature", .number(Double(feature)))) }
                if let id = issue.recordID { members.append(("id", .string(id))) }
                if let field = issue.field { members.append(("field", .string(field))) }
                members.append(("message", .string(issue.message.text(language))))
                return .object(members)
            }
            var members: [(String, JSONValue)] = [
                ("map", check.map.map { .string($0.manifest.name) } ?? .null), ("valid", .bool(errors == 0)),
                ("errors", .number(Double(errors))), ("warnings", .number(Double(warnings))),
            ]
            if let encoding = check.map?.householdEncoding { members.append(("household_encoding", .string(encoding.rawValue))) }
            members.append(("issues", .array(issues)))
            try Output.emit(JSONWriter.pretty(.object(members)), to: outputFile.output, language: language)
        case .text:
            var lines: [String] = []
            for issue in check.issues {
                let tag = issue.severity == .error ? (language == .zh ? "错误" : "error") : (language == .zh ? "警告" : "warning")
                lines.append("\(tag): \(issue.formatted(language))")
            }
            if !lines.isEmpty { lines.append("") }
            guard let map = check.map else {
                lines.append(
                    language == .zh
                        ? "检查未通过:无法读取地图,\(errors) 个错误,\(warnings) 个警告。"
                        : "invalid: the map cannot be read; \(EnglishCount.of(errors, "error")), \(EnglishCount.of(warnings, "warning")).")
                try Output.emit(lines.joined(separator: "\n"), to: outputFile.output, language: language)
                // The problem that stopped the reading, on standard error as every command reports it.
                if let fatal = check.fatal { throw CommandFailure.input(fatal, language: language) }
                throw ExitCode(1)
            }
            let counts = MapSummary(map)
            if language == .zh {
                lines.append(
                    "\(map.manifest.title):\(counts.villages.count) 个村,\(counts.households) 户,\(map.roads.count) 条道路,\(map.posts.count) 个警务点,\(map.landmarks.count) 个地标"
                )
                if let encoding = map.householdEncoding { lines.append("住户表编码:\(encoding.rawValue)") }
                lines.append(errors == 0 ? "检查通过:\(warnings) 个警告。" : "检查未通过:\(errors) 个错误,\(warnings) 个警告。")
            } else {
                lines.append(
                    "\(map.manifest.title): \(EnglishCount.of(counts.villages.count, "village")), \(EnglishCount.of(counts.households, "household")), "
                        + "\(EnglishCount.of(map.roads.count, "road")), \(EnglishCount.of(map.posts.count, "post")), \(EnglishCount.of(map.landmarks.count, "landmark"))"
                )
                if let encoding = map.householdEncoding { lines.append("household ledger encoding: \(encoding.rawValue)") }
                lines.append(
                    errors == 0
                        ? "valid: \(EnglishCount.of(warnings, "warning"))."
                        : "invalid: \(EnglishCount.of(errors, "error")), \(EnglishCount.of(warnings, "warning")).")
            }
            try Output.emit(lines.joined(separator: "\n"), to: outputFile.output, language: language)
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
