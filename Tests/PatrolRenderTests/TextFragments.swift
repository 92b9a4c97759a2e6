/// Every short piece of CJK text and every 11-digit run in a document, for checking
/// thousands of names and phone numbers against a large SVG in one pass.
///
/// A name of CJK characters written anywhere in the document lies inside one maximal run
/// of CJK characters, so it is one of that run's substrings; an 11-digit phone number lies
/// inside a maximal run of digits. Character references (`&#…;`) would hide text from
/// this scan, so ``hasCharacterReferences`` must be checked as well.
/// - Complexity: O(n × L) for n characters and pieces up to L characters.
struct TextFragments {
    private var pieces: Set<String> = []
    /// The longest CJK piece kept.
    let longest: Int
    /// The document contains numeric character references.
    let hasCharacterReferences: Bool

    init(_ text: String, longest: Int = 16) {
        self.longest = longest
        hasCharacterReferences = text.contains("&#")
        var cjk: [Character] = []
        var digits: [Character] = []
        for scalar in text.unicodeScalars {
            let c = Character(scalar)
            if (0x3400...0x9FFF).contains(scalar.value) || (0x20000...0x3FFFD).contains(scalar.value) {
                cjk.append(c)
            } else {
                flush(&cjk, from: 2, to: longest)
            }
            if ("0"..."9").contains(scalar) { digits.append(c) } else { flush(&digits, from: 11, to: 11) }
        }
        flush(&cjk, from: 2, to: longest)
        flush(&digits, from: 11, to: 11)
    }

    private mutating func flush(_ run: inout [Character], from shortest: Int, to longest: Int) {
        defer { run.removeAll(keepingCapacity: true) }
        guard run.count >= shortest else { return }
        for start in 0...(run.count - shortest) {
            for length in shortest...Swift.min(longest, run.count - start) {
                pieces.insert(String(run[start..<start + length]))
            }
        }
    }

    /// True when `secret` may appear in the document: its longest CJK run (cut to ``longest``)
    /// is a piece, or it is an 11-digit number that is a piece.
    func mayContain(_ secret: String) -> Bool {
        if secret.count == 11, secret.allSatisfy(\.isASCII), secret.allSatisfy(\.isNumber) { return pieces.contains(secret) }
        let runs = secret.split { c in !c.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x3FFFD).contains($0.value) } }
        guard let run = runs.max(by: { $0.count < $1.count }), run.count >= 2 else { return true }
        return pieces.contains(String(run.prefix(longest)))
    }
}
