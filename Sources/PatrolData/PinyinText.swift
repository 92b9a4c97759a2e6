extension Pinyin {
    /// A place, post, landmark or road name as `language` writes it: as it is in Chinese, in
    /// Hanyu Pinyin in English (a name without Chinese characters stays as it is).
    public static func name(_ name: String, in language: Language) -> String {
        guard language == .en, name.contains(where: isHan) else { return name }
        return placeName(name).text
    }

    /// English `text` with every Chinese name in it in Pinyin: `the road nearest 青石岭村8组34号
    /// open to cars` → `the road nearest Qingshiling Cun 8 Zu 34 Hao open to cars`.
    ///
    /// A name is a run of characters without spaces or ASCII punctuation that holds a Chinese
    /// character (`县道X316` is one name, so it becomes `X316`); the rest of the text is kept.
    /// For sentences built elsewhere with a name inside (a router's note, an error message).
    /// - Complexity: O(n) in the length of `text`.
    public static func romanizingNames(in text: String) -> String {
        guard text.contains(where: isHan) else { return text }
        var out = ""
        var token = ""
        func flush() {
            out += token.contains(where: isHan) ? placeName(token).text : token
            token = ""
        }
        for c in text {
            if c.isASCII && !(c.isLetter || c.isNumber) || c.isWhitespace {
                flush()
                out.append(c)
            } else {
                token.append(c)
            }
        }
        flush()
        return out
    }
}

extension Localized {
    /// A name in both languages: as written in Chinese, in Hanyu Pinyin in English (``Pinyin/name(_:in:)``).
    public init(name: String) {
        self.init(en: Pinyin.name(name, in: .en), zh: name)
    }

    /// The same sentence with the Chinese names in its English romanised (``Pinyin/romanizingNames(in:)``).
    public var romanizingNames: Localized {
        Localized(en: Pinyin.romanizingNames(in: en), zh: zh)
    }
}
