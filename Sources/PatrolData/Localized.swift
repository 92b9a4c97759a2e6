/// The language of human-readable text (`--lang zh|en`).
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default.
    case zh
    /// English.
    case en
}

/// A sentence in both languages PatrolMap speaks.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    /// English text.
    public var en: String
    /// Chinese text.
    public var zh: String

    /// Creates a sentence from its English and Chinese versions.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// The English text (logs, test messages).
    public var description: String { en }
}
