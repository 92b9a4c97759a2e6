import ArgumentParser
import PatrolData

/// Parses `--weight elderly_alone=2` / `--weight tag=elderly_alone:2`.
enum TagWeights {
    /// The accepted weights.
    static let range = OptionRange.from(0, to: 1000, "--weight")

    /// The weight of each tag, or a usage error naming the option, the form and the range.
    static func parse(_ items: [String], language: Language) throws -> [String: Double] {
        var weights: [String: Double] = [:]
        for item in items {
            var text = item
            if text.hasPrefix("tag=") { text = String(text.dropFirst(4)).replacingOccurrences(of: ":", with: "=") }
            let parts = text.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let w = Double(parts[1]) else {
                throw ValidationError(
                    Localized(en: "--weight \(item): expected TAG=FACTOR, e.g. elderly_alone=2", zh: "--weight \(item):格式应为 标签=倍数,例如 elderly_alone=2")
                        .text(language))
            }
            try range.check(w, typed: String(parts[1]), language: language)
            weights[String(parts[0])] = w
        }
        return weights
    }

    /// Warns on standard error about each weighted tag that no household of `map` carries,
    /// naming the tags it does carry.
    static func warnAboutUnknownTags(_ weights: [String: Double], in map: PatrolMap, language: Language) {
        let known = Set(map.households.flatMap(\.tags))
        let list = known.sorted().joined(separator: ", ")
        for tag in weights.keys.sorted() where !known.contains(tag) {
            Output.note(
                Localized(
                    en: "warning: --weight \(tag): no household has this tag (tags in this map: \(list.isEmpty ? "none" : list))",
                    zh: "警告:--weight \(tag):没有住户带此标签(本图的标签:\(list.isEmpty ? "无" : list))"
                ).text(language))
        }
    }
}
