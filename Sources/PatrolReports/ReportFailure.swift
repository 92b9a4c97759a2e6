public import PatrolData

/// A request that cannot be met with valid input: a place no road comes near, or no route.
///
/// The command line turns it into exit code 1, the console into HTTP 422.
public struct ReportFailure: Error, Sendable {
    /// What went wrong, in both languages.
    public var message: Localized

    /// A failure with its message.
    public init(_ message: Localized) {
        self.message = message
    }
}
