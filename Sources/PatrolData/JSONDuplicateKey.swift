/// A member name that appears twice in one JSON object.
///
/// RFC 8259 leaves the meaning of such an object open: PatrolMap reads the first value,
/// many other tools (JavaScript, Python, GDAL) the last, so the same file means two things.
public struct JSONDuplicateKey: Sendable, Hashable {
    /// One step from the root to the object: a member name or an array index.
    public enum Step: Sendable, Hashable {
        /// The value of the member with this name.
        case member(String)
        /// The element at this 0-based index.
        case element(Int)
    }

    /// The repeated name.
    public var key: String
    /// 1-based line of the second (or later) occurrence.
    public var line: Int
    /// 1-based column (in bytes) of its opening quote.
    public var column: Int
    /// The path from the root to the object holding it (`features`, 3, `properties`).
    public var path: [Step]

    /// The path as text: `features[3].properties`, or `(root)` for the root object.
    public var pathText: String {
        var text = ""
        for step in path {
            switch step {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .element(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
