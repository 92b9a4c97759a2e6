import Foundation
import PatrolGeo

/// Chinese names along steep lines, set character by character.
///
/// Each character stands upright and the row of characters follows the line, read from its
/// upper end down, as Chinese maps letter roads and rivers. A whole string is never laid on
/// its side.
enum UprightGlyphs {
    /// Lines steeper than this (degrees from horizontal) get their CJK names set upright.
    static let steepest = 30.0

    /// One character and its centre on the page.
    struct Glyph {
        var character: Character
        var center: Point
    }

    /// The characters of a rotated single-line label with CJK text on a steep line, centred
    /// on its anchor; nil for every other label (which is set as one piece).
    static func centers(_ request: LabelRequest) -> [Glyph]? {
        guard abs(request.rotation) > steepest, request.lines.count == 1, containsCJK(request.lines[0]) else { return nil }
        let characters = request.lines[0].filter { $0 != " " }
        let angle = request.rotation * .pi / 180
        // Read downwards along the line.
        var u = Point(x: cos(angle), y: sin(angle))
        if u.y < 0 { u = u * -1 }
        let size = request.style.size
        // Upright squares of side `size` on a line at this angle touch when their centres are
        // size / max(|cos|, |sin|) apart along it.
        let pitch = size * (1.08 + request.style.letterSpacing) / Swift.max(abs(u.x), abs(u.y))
        let first = -Double(characters.count - 1) / 2
        return characters.enumerated().map { i, character in
            Glyph(character: character, center: request.anchor + u * ((first + Double(i)) * pitch))
        }
    }

    /// True when `text` has a CJK ideograph or full-width character.
    static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x2E80...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x3FFFD).contains($0.value) }
    }
}
