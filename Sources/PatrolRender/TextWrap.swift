/// Breaks text into lines that fit a width, using ``TextMetrics``, by the Chinese rules for
/// line breaking (GB/T 15834, JIS X 4051's kinsoku).
///
/// CJK text may break between any two characters, Latin text at spaces, except that no line
/// starts with closing punctuation (`,。、:;)」` …) nor ends with opening punctuation
/// (`(「` …), and a number with its unit (`4.9 公里`, `83 米`, `11 个`), a time (`0:13`)
/// or a road number (`县道X316`, `X316`) is never split.
enum TextWrap {
    /// Lines of `text` no wider than `width` mm at `size` mm (a single unbreakable piece
    /// wider than that gets a line of its own).
    /// - Complexity: O(n²) in the line length, fine for notes and directions.
    static func lines(_ text: String, width: Double, size: Double) -> [String] {
        var result: [String] = []
        var line = ""
        for piece in pieces(text) {
            let candidate = line + piece
            if line.isEmpty || TextMetrics.width(trailingTrimmed(candidate), size: size) <= width {
                line = line.isEmpty ? leadingTrimmed(piece) : candidate
                continue
            }
            result.append(trailingTrimmed(line))
            line = leadingTrimmed(piece)
        }
        if !trailingTrimmed(line).isEmpty { result.append(trailingTrimmed(line)) }
        return result
    }

    /// Characters no line may start with.
    static let closing: Set<Character> = Set(
        "\u{FF0C}\u{3002}\u{3001}\u{FF1A}\u{FF1B}\u{FF01}\u{FF1F}\u{FF09}\u{300D}\u{300F}\u{3011}\u{300B}\u{3009}\u{3015}"
            + "\u{2026}\u{2014}\u{00B7}\u{201D}\u{2019}\u{FF5E}\u{FF05},.:;!?)]}%")
    /// Characters no line may end with.
    static let opening: Set<Character> = Set("\u{FF08}\u{300C}\u{300E}\u{3010}\u{300A}\u{3008}\u{3014}\u{201C}\u{2018}([{")

    /// Units that stay with the number before them.
    private static let units = ["公里", "千米", "分钟", "小时", "米", "秒", "个", "号", "组", "km", "min", "m", "s", "h"]
    /// Road classes that stay with the road number after them.
    private static let roadPrefixes: Set<Character> = Set("国省县乡村")

    /// The text cut where a line may break: each piece is kept whole on one line.
    static func pieces(_ text: String) -> [String] {
        let chars = Array(text)
        var pieces: [String] = []
        var i = 0
        while i < chars.count {
            var j = i + 1
            if chars[i].isASCII && (chars[i].isLetter || chars[i].isNumber) {
                // A Latin word, a number (4.9, 0:13, 1,200) or a road number (X316).
                while j < chars.count,
                    chars[j].isASCII && (chars[j].isLetter || chars[j].isNumber)
                        || (".:,".contains(chars[j]) && j + 1 < chars.count && chars[j + 1].isNumber && chars[j - 1].isNumber)
                {
                    j += 1
                }
                if chars[i].isNumber, let end = unitEnd(chars, after: j) { j = end }
            } else if roadPrefixes.contains(chars[i]), j + 1 < chars.count, chars[j] == "道", chars[j + 1].isASCII, chars[j + 1].isLetter {
                // 县道 X316: the class stays with the number (the number itself joins below).
                j += 1
            }
            pieces.append(String(chars[i..<j]))
            i = j
        }
        return glued(pieces)
    }

    /// Where a unit right after a number ends (with one space between them allowed), if one does.
    private static func unitEnd(_ chars: [Character], after j: Int) -> Int? {
        let start = j < chars.count && chars[j] == " " ? j + 1 : j
        for unit in units {
            let u = Array(unit)
            guard start + u.count <= chars.count, Array(chars[start..<start + u.count]) == u else { continue }
            // A Latin unit must end its word (`5 m`, not the `m` of `5 more`).
            let end = start + u.count
            if u[0].isASCII, end < chars.count, chars[end].isLetter { continue }
            return end
        }
        return nil
    }

    /// Joins closing punctuation to the piece before it (with any spaces between), opening
    /// punctuation to the piece after it, and a road class to its number.
    private static func glued(_ raw: [String]) -> [String] {
        var out: [String] = []
        var pendingOpen = ""
        for piece in raw {
            if piece.count == 1, let c = piece.first, opening.contains(c) {
                pendingOpen += piece
                continue
            }
            let first = piece.first!
            let joinsBack = closing.contains(first) || (out.last.map { $0.count == 2 && $0.hasSuffix("道") && first.isASCII && first.isLetter } ?? false)
            if joinsBack, pendingOpen.isEmpty, !out.isEmpty {
                // Back over spaces: a line never starts with the mark, nor with the space before it.
                var tail = piece
                while let last = out.last, last == " " { tail = out.removeLast() + tail }
                if out.isEmpty {
                    out.append(tail)
                } else {
                    out[out.count - 1] += tail
                }
                continue
            }
            out.append(pendingOpen + piece)
            pendingOpen = ""
        }
        if !pendingOpen.isEmpty { out.append(pendingOpen) }
        return out
    }

    private static func trailingTrimmed(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    private static func leadingTrimmed(_ s: String) -> String { String(s.drop { $0 == " " }) }
}
