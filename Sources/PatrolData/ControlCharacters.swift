import Foundation

/// C0 control characters (U+0000–U+001F) and DEL in text fields, other than tab and line
/// breaks: a NUL usually means a UTF-16 file or a damaged export, and the others break
/// terminals, CSV tools and search.
enum ControlCharacters {
    /// True for a control character that has no business in a ledger field.
    static func isStray(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    /// The first stray control character in `text`.
    static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isStray)
    }

    /// `text` without its stray control characters.
    static func removed(from text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isStray($0) })
        return String(scalars)
    }

    /// "the field holds control character U+0000 (NUL) at character 3 (2 in all)".
    static func describe(_ scalar: Unicode.Scalar, in text: String) -> Localized {
        let code = String(format: "U+%04X", scalar.value)
        let name = scalar.value == 0 ? " (NUL)" : ""
        let position = (text.unicodeScalars.firstIndex(of: scalar).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0) + 1
        let count = text.unicodeScalars.filter(isStray).count
        let more = count > 1 ? (en: " (\(count) in all)", zh: "(共 \(count) 个)") : (en: "", zh: "")
        return Localized(
            en: "the field holds control character \(code)\(name) at character \(position)\(more.en)",
            zh: "字段第 \(position) 个字符是控制字符 \(code)\(name)\(more.zh)")
    }
}
