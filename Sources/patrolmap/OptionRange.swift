import ArgumentParser
import PatrolData

/// The values a numeric option accepts; checked in `validate()` so that a value such as
/// `1e308`, `-inf` or `nan` is a usage error (exit 2) naming the option and its range
/// before it can reach an integer conversion.
struct OptionRange {
    /// The option as typed, such as `--minutes`.
    var option: String
    /// The smallest value allowed, or the bound every value must exceed when `lowerExcluded`.
    var lower: Double
    /// True when ``lower`` itself is refused.
    var lowerExcluded = false
    /// The largest value allowed.
    var upper: Double

    /// Values above `lower` (exclusive) up to `upper`.
    static func above(_ lower: Double, upTo upper: Double, _ option: String) -> OptionRange {
        OptionRange(option: option, lower: lower, lowerExcluded: true, upper: upper)
    }

    /// Values from `lower` to `upper`, both included.
    static func from(_ lower: Double, to upper: Double, _ option: String) -> OptionRange {
        OptionRange(option: option, lower: lower, upper: upper)
    }

    /// True for a finite value inside the range.
    func contains(_ value: Double) -> Bool {
        value.isFinite && (lowerExcluded ? value > lower : value >= lower) && value <= upper
    }

    /// Throws the usage error for `value` (as the user typed it) unless it lies in the range.
    func check(_ value: Double, typed: String? = nil, language: Language) throws {
        guard !contains(value) else { return }
        throw ValidationError(refusal(typed ?? Self.number(value)).text(language))
    }

    /// Throws the usage error for an integer option outside the range.
    func check(_ value: Int, language: Language) throws {
        try check(Double(value), typed: String(value), language: language)
    }

    /// "--minutes must be more than 0 and at most 1440 (got inf)".
    func refusal(_ typed: String) -> Localized {
        let low = Self.number(lower)
        let high = Self.number(upper)
        return lowerExcluded
            ? Localized(en: "\(option) must be more than \(low) and at most \(high) (got \(typed))", zh: "\(option) 须大于 \(low) 且不超过 \(high)(输入为 \(typed))")
            : Localized(en: "\(option) must be from \(low) to \(high) (got \(typed))", zh: "\(option) 须在 \(low) 到 \(high) 之间(输入为 \(typed))")
    }

    /// A bound or value as people write it: `1440`, `0.5`, `inf`.
    static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
