import ArgumentParser
import PatrolData

/// Parses `--minutes 5,10,15,30`: each threshold more than 0 and at most a day.
enum ThresholdParsing {
    /// The accepted range of one threshold.
    static let range = OptionRange.above(0, upTo: 24 * 60, "--minutes")

    /// The thresholds, or a usage error naming the option and its range.
    static func minutes(_ text: String, language: Language) throws -> [Double] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let malformed = ValidationError(
            Localized(en: "--minutes takes positive numbers separated by commas, e.g. 5,10,15,30", zh: "--minutes 须为逗号分隔的正数,例如 5,10,15,30")
                .text(language))
        guard !parts.isEmpty else { throw malformed }
        var values: [Double] = []
        for part in parts {
            guard let value = Double(part) else { throw malformed }
            try range.check(value, typed: part, language: language)
            values.append(value)
        }
        return values
    }
}
