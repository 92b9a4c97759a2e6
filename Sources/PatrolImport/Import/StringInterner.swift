import PatrolData
import PatrolGeo

/// Stores each distinct string once and hands out small integer ids, so millions of OSM
/// tags cost four bytes each.
struct StringInterner {
    private var ids: [String: UInt32] = [:]
    /// The strings by id.
    private(set) var strings: [String] = []

    /// The id of `text`, adding it when new.
    ///
    /// - Complexity: O(1) amortised
    mutating func id(_ text: String) -> UInt32 {
        if let id = ids[text] { return id }
        let id = UInt32(strings.count)
        strings.append(text)
        ids[text] = id
        return id
    }

    /// The string with id `id`.
    subscript(id: UInt32) -> String { strings[Int(id)] }
}
