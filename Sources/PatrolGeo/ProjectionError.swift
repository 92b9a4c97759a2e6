/// A coordinate transformation PROJ refused or could not carry out.
public struct ProjectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The CRS definition involved, when there is one.
    public var crs: String?
    /// What went wrong, including PROJ's own log text when it gave any.
    public var reason: String

    /// Creates an error about `crs`.
    public init(crs: String?, reason: String) {
        self.crs = crs
        self.reason = reason
    }

    /// `CRS 'definition': reason`, or the reason alone.
    public var description: String {
        if let crs { return "CRS '\(crs)': \(reason)" }
        return reason
    }
}
