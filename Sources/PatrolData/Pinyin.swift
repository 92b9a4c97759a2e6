import Foundation

/// Hanyu Pinyin of place, post, landmark and road names, for maps and directions in English.
///
/// Follows the rules for Chinese place names in Pinyin (GB/T 16159, GB/T 17693): tones
/// dropped, the syllables of a name written as one word, the specific part apart from a generic
/// term (`寺沟村` → `Sigou Cun`, `宫里派出所` → `Gongli Paichusuo`) unless the specific part
/// is a single syllable (`董村` → `Dongcun`), each word capitalised. A numbered road keeps only
/// its number (`县道X316` → `X316`); digits, Latin letters and punctuation stay as written.
/// A character the table lacks is kept as it is and listed in ``Romanized/missing``.
public enum Pinyin {
    /// A romanised name and the characters that could not be romanised.
    public struct Romanized: Sendable, Hashable {
        /// The name in Pinyin (characters without an entry kept as they are).
        public var text: String
        /// Chinese characters without an entry in the table, in order of first appearance.
        public var missing: [Character]
    }

    /// Generic terms written apart from the specific name, longest first.
    static let generics: [String] = [
        "土地庙", "古槐树", "派出所", "警务室", "户籍室", "村委会", "卫生院", "便民", "超市", "小学", "中学", "中心", "辖区", "水库", "村", "乡", "镇", "县",
        "市", "区", "路", "街", "巷", "桥", "庙",
    ].sorted { $0.count > $1.count }

    /// Road classes whose roads are called by their number alone.
    static let numberedRoads = ["国道", "省道", "县道", "乡道"]

    /// The name in Pinyin, with the characters the table lacks.
    public static func placeName(_ name: String) -> Romanized {
        var missing: [Character] = []
        for prefix in numberedRoads where name.hasPrefix(prefix) {
            let number = name.dropFirst(prefix.count)
            if !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) { return Romanized(text: String(number), missing: []) }
        }
        var words: [String] = []
        var other = ""
        var han = ""
        func flushHan() {
            guard !han.isEmpty else { return }
            words += hanWords(han, missing: &missing)
            han = ""
        }
        func flushOther() {
            let trimmed = other.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { words.append(trimmed) }
            other = ""
        }
        for c in name {
            if isHan(c) {
                flushOther()
                han.append(c)
            } else {
                flushHan()
                other.append(c)
            }
        }
        flushHan()
        flushOther()
        return Romanized(text: words.joined(separator: " "), missing: missing)
    }

    /// True for a CJK unified ideograph (basic block or extension A).
    public static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x3400...0x4DBF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// The words of a run of Chinese characters: the specific name, then the generic terms.
    private static func hanWords(_ run: String, missing: inout [Character]) -> [String] {
        var specific = run
        var tail: [String] = []
        while let generic = generics.first(where: { specific.hasSuffix($0) && specific.count - $0.count >= 2 }) {
            tail.insert(generic, at: 0)
            specific = String(specific.dropLast(generic.count))
        }
        return ([specific] + tail).map { word(Array($0), missing: &missing) }
    }

    /// One capitalised word of joined syllables.
    private static func word(_ characters: [Character], missing: inout [Character]) -> String {
        var text = ""
        for c in characters {
            guard let syllable = table[c] else {
                if !missing.contains(c) { missing.append(c) }
                text.append(c)
                continue
            }
            text += syllable
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
