import Foundation
import Testing

@testable import PatrolData

@Suite("Trimming a field")
struct TrimmingTests {
    @Test("the same as Foundation's trimmingCharacters on every kind of end")
    func sameAsFoundation() {
        let samples = [
            "", " ", "\n", "\r\n", "a", " a", "a ", " a ", "\ta\r\n", "\u{3000}宫里村\u{3000}", "宫里村", "\u{00A0}x",
            "x\u{2028}", "e\u{301}", "\u{301}", " \u{FEFF}", "H00001", "10000000001", "a b", "\u{0085}a\u{0085}",
        ]
        for text in samples {
            #expect(Trimming.whitespaceAndNewlines(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
        }
    }
}
