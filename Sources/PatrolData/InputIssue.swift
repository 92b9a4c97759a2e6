/// A located problem in a map package: which file, which line or feature, which field, why.
///
/// Readers collect these for everything they skip or doubt; a fatal one is thrown.
public struct InputIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The data is wrong; the record was skipped unless the message says otherwise.
        case error
        /// Suspicious but usable.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// File name inside the map folder (or the path given by the user).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 0-based feature index in a GeoJSON file, when the problem is a feature.
    public var feature: Int?
    /// The record's own id or name, when it has one.
    public var recordID: String?
    /// The field or column involved.
    public var field: String?
    /// What is wrong, in both languages.
    public var message: Localized

    /// Creates an issue.
    public init(
        _ severity: Severity, file: String, line: Int? = nil, feature: Int? = nil,
        recordID: String? = nil, field: String? = nil, message: Localized
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.feature = feature
        self.recordID = recordID
        self.field = field
        self.message = message
    }

    /// `file:line: feature 3 (id): field: message`, in `language`.
    public func formatted(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        var parts = [location]
        if let feature {
            let label = language == .zh ? "要素 \(feature)" : "feature \(feature)"
            parts.append(recordID.map { "\(label) (\($0))" } ?? label)
        } else if let recordID {
            parts.append(recordID)
        }
        if let field { parts.append(field) }
        return parts.joined(separator: ": ") + ": " + message.text(language)
    }

    /// The issue formatted in English.
    public var description: String { formatted(.en) }
}
