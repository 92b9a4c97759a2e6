/// Counts with their noun in English, singular or plural as the number needs.
public enum EnglishCount {
    /// `1 village`, `2 villages`, `0 warnings`; `plural` for nouns that do not just add an `s`.
    public static func of(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
