import PatrolData

/// Finds a map's personal data (household heads, phones, tags, notes) in a response body.
///
/// Heads are 2 or 3 Chinese characters: every 2- and 3-character window of the body's runs of
/// Chinese text is looked up in the set of heads, so 12,000 households cost one pass over the
/// body. A head that is also a word of the public map (a village, post, landmark or road
/// name, a house label) is not personal and is left out.
struct PersonalDataScanner {
    private let heads: Set<String>
    private let phones: Set<String>
    /// The lengths of the phones, longest first (gongli's are all 11 digits).
    private let phoneLengths: [Int]
    private let tags: Set<String>
    private let notes: [String]

    init(map: PatrolMap) {
        var publicText = map.posts.map(\.name) + map.landmarks.map(\.name) + map.households.flatMap { [$0.houseLabel, $0.village] }
        publicText += map.roads.compactMap { $0.tags["name"] }
        var publicWords = Set<String>()
        for text in publicText { Self.windows(of: text) { publicWords.insert($0) } }
        heads = Set(map.households.map(\.head).filter { $0.count >= 2 && !publicWords.contains($0) })
        phones = Set(map.households.map(\.phone).filter { $0.count >= 5 })
        phoneLengths = Set(phones.map(\.count)).sorted(by: >)
        tags = Set(map.households.flatMap(\.tags))
        notes = Array(Set(map.households.map(\.note).filter { !$0.isEmpty }))
    }

    /// How many distinct heads the scanner looks for.
    var headCount: Int { heads.count }

    /// The personal values found in `body` (at most a few, for the failure message).
    func leaks(in body: String) -> [String] {
        var found: [String] = []
        Self.windows(of: body) { if heads.contains($0), found.count < 5 { found.append("head " + $0) } }
        for run in Self.runs(of: body, where: { ("0"..."9").contains($0) }) where run.count >= 5 {
            let digits = Array(run)
            for length in phoneLengths where digits.count >= length {
                for start in 0...(digits.count - length) where phones.contains(String(digits[start..<(start + length)])) {
                    found.append("phone " + String(digits[start..<(start + length)]))
                }
            }
        }
        for word in Self.runs(of: body, where: { $0.isLetter && $0.isASCII || $0 == "_" }) where tags.contains(word) { found.append("tag " + word) }
        for note in notes where body.contains(note) { found.append("note " + note) }
        return found
    }

    /// Calls `body` with every 2- and 3-character window of the text's runs of CJK characters.
    private static func windows(of text: String, _ body: (String) -> Void) {
        for run in runs(of: text, where: { $0.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }) {
            let characters = Array(run)
            for length in 2...3 where characters.count >= length {
                for start in 0...(characters.count - length) { body(String(characters[start..<(start + length)])) }
            }
        }
    }

    /// The maximal runs of characters satisfying `test`.
    private static func runs(of text: String, where test: (Character) -> Bool) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if test(character) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
