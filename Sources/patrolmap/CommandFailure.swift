import PatrolData

/// A failure to report to the user with a specific exit code.
struct CommandFailure: Error {
    /// 1 for invalid input or an impossible request, 2 for usage errors and ambiguous places.
    var exitCode: Int32
    /// The text for standard error.
    var message: String

    /// Invalid input: a located problem in the map package.
    static func input(_ issue: InputIssue, language: Language) -> CommandFailure {
        let prefix = language == .zh ? "错误" : "error"
        return CommandFailure(exitCode: 1, message: "\(prefix): \(issue.formatted(language))")
    }

    /// A request that cannot be met with valid input (unreachable place, say).
    static func impossible(_ text: Localized, language: Language) -> CommandFailure {
        let prefix = language == .zh ? "错误" : "error"
        return CommandFailure(exitCode: 1, message: "\(prefix): \(text.text(language))")
    }

    /// A usage problem: a bad option value or a place that does not resolve.
    static func usage(_ text: Localized, language: Language) -> CommandFailure {
        let prefix = language == .zh ? "错误" : "error"
        return CommandFailure(exitCode: 2, message: "\(prefix): \(text.text(language))")
    }
}
