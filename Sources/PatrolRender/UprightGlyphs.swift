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

    /// One character (or one run of Latin letters and digits, such as `X316`) and its centre on the page.
    struct Glyph {
        var text: String
        var center: Point
    }

    /// The characters of a rotated single-line label with CJK text on a steep line, centred
    /// on its anchor; nil for every other label (which is set as one piece).
    ///
    /// The row reads left to right on lines up to 45° and downwards on steeper ones; each
    /// piece stands as close to the next as their upright boxes allow.
    static func centers(_ request: LabelRequest) -> [Glyph]? {
        guard abs(request.rotation) > steepest, request.lines.count == 1, containsCJK(request.lines[0]) else { return nil }
        let pieces = self.pieces(request.lines[0])
        let angle = request.rotation * .pi / 180
        var u = Point(x: cos(angle), y: sin(angle))
        if abs(request.rotation) > 45 ? u.y < 0 : u.x < 0 { u = u * -1 }
        let size = request.style.size
        let widths = pieces.map { TextMetrics.width($0, size: size) }
        let gap = 1.08 + request.style.letterSpacing
        // Distance along the line between the centres of neighbouring upright boxes that just clear each other.
        var offsets = [0.0]
        for i in 1..<Swift.max(1, pieces.count) {
            let across = (widths[i - 1] + widths[i]) / 2 / Swift.max(abs(u.x), 1e-9)
            let down = size / Swift.max(abs(u.y), 1e-9)
            offsets.append(offsets[i - 1] + Swift.min(across, down) * gap)
        }
        let middle = (offsets.last ?? 0) / 2
        return zip(pieces, offsets).map { piece, offset in Glyph(text: piece, center: request.anchor + u * (offset - middle)) }
    }

    /// The label cut into upright pieces: each CJK character alone, Latin letters and digits in runs.
    private static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        for character in text where character != " " {
            if character.isASCII, let last = pieces.last?.last, last.isASCII {
                pieces[pieces.count - 1].append(character)
            } else {
                pieces.append(String(character))
            }
        }
        return pieces
    }

    /// True when `text` has a CJK ideograph or full-width character.
    static func containsCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x2E80...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x3FFFD).contains($0.value) }
    }
}
