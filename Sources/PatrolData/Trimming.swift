import Foundation

/// Whitespace trimming that costs nothing for the common field that has none to trim.
///
/// Foundation's `trimmingCharacters(in:)` bridges every string it is given; a ledger of a
/// million households calls it for every field. Most fields neither start nor end with
/// whitespace, and those come back as they are without the call.
enum Trimming {
    /// `text` without leading and trailing whitespace and newlines, exactly as
    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
    ///
    /// - Complexity: O(1) when neither end is whitespace, otherwise O(n).
    static func whitespaceAndNewlines(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !set.contains(first) && !set.contains(last) { return text }
        return text.trimmingCharacters(in: set)
    }

    /// Built once: the `CharacterSet` getter makes a new set on every call.
    private static let set = CharacterSet.whitespacesAndNewlines
}
