/// Breaks text into lines that fit a width, using ``TextMetrics``.
enum TextWrap {
    /// Lines of `text` no wider than `width` mm at `size` mm.
    ///
    /// CJK text breaks between any two characters; Latin text breaks at spaces when it can. - Complexity:
    /// O(n²) in the line length, fine for notes and directions.
    static func lines(_ text: String, width: Double, size: Double) -> [String] {
        var result: [String] = []
        var line = ""
        for character in text {
            let candidate = line + String(character)
            if TextMetrics.width(candidate, size: size) <= width || line.isEmpty {
                line = candidate
                continue
            }
            if character == " " {
                result.append(line)
                line = ""
                continue
            }
            if let space = line.lastIndex(of: " "), line[line.index(after: space)...].allSatisfy({ $0.isASCII }), space != line.startIndex {
                result.append(String(line[..<space]))
                line = String(line[line.index(after: space)...]) + String(character)
            } else {
                result.append(line)
                line = String(character)
            }
        }
        if !line.isEmpty { result.append(line) }
        return result
    }
}
