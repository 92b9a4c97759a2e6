/// A parsed JSON value that remembers the line each object started on, so readers can
/// point users at the feature that is wrong.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (JSON does not tell integers apart).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// Members in document order, and the 1-based line of the opening brace.
    case object([(String, JSONValue)], line: Int)

    /// Values are equal when they hold the same data; an object's source line does not count.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x, _), .object(let y, _)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Hashes the data, not the source line, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(n)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let members, _):
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }

    /// The member named `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, when this is one.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, when this is an object.
    public var objectMembers: [(String, JSONValue)]? {
        if case .object(let m, _) = self { return m }
        return nil
    }

    /// The line an object started on; `nil` for other values.
    public var line: Int? {
        if case .object(_, let line) = self { return line }
        return nil
    }

    /// A property value as text: strings as they are, numbers without a trailing `.0`,
    /// booleans as `yes`/`no` (OSM's vocabulary); `nil` for null, arrays and objects.
    public var textValue: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return JSONWriter.format(n)
        case .bool(let b): return b ? "yes" : "no"
        default: return nil
        }
    }
}
