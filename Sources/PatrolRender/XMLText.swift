/// Escaping of text for XML content and attribute values.
public enum XMLText {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    ///
    /// Escapes `& < > " '` and drops the characters XML 1.0 forbids (C0 controls other
    /// than tab, newline and carriage return; U+FFFE, U+FFFF), so any input yields a
    /// well-formed document.
    /// - Complexity: O(n)
    public static func escape(_ text: String) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where scalar.value < 0x20 || "&<>\"'".unicodeScalars.contains(scalar) || scalar.value >= 0xFFFE {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
