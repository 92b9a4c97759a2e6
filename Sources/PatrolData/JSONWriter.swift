/// Serialises ``JSONValue`` deterministically: members in the order given, numbers in
/// their shortest round-trip form, non-ASCII text kept as UTF-8.
public enum JSONWriter {
    /// Compact JSON on one line.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON (two spaces), ending without a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: "  ", level: 0)
        return out
    }

    /// A number as JSON text: integers without a fraction, others in shortest form.
    public static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 {
            return String(Int64(n))
        }
        return "\(n)"
    }

    /// A string as a JSON string literal, quotes included.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: String?, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += format(n)
        case .string(let s): out += quote(s)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            let scalarOnly = elements.allSatisfy {
                if case .array = $0 { return false }
                if case .object = $0 { return false }
                return true
            }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += indent == nil || scalarOnly ? (indent == nil ? "," : ", ") : "," }
                if let indent, !scalarOnly { out += "\n" + String(repeating: indent, count: level + 1) }
                write(element, into: &out, indent: indent, level: level + 1)
            }
            if let indent, !scalarOnly { out += "\n" + String(repeating: indent, count: level) }
            out += "]"
        case .object(let members, _):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, member)) in members.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                out += quote(key)
                out += indent == nil ? ":" : ": "
                write(member, into: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "}"
        }
    }
}

extension JSONValue {
    /// An object from members in the given order (line 0: built in memory, not parsed).
    public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(members, line: 0)
    }

    /// A number rounded to `decimals` places, for coordinates and measurements.
    public static func number(_ n: Double, decimals: Int) -> JSONValue {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return .number((n * scale).rounded() / scale)
    }
}
