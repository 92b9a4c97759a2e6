/// What `validate` learns about a map package: the map when one could be built, and every
/// problem found in every file.
public struct MapCheck: Sendable {
    /// The map, or `nil` when the manifest, the CRS or the jurisdiction is unusable.
    public var map: PatrolMap?
    /// Every problem, in the order the files were read.
    public var issues: [InputIssue]
    /// The problem that stopped the reading, when there is no map.
    public var fatal: InputIssue?

    /// Issues of severity error.
    public var errors: [InputIssue] { issues.filter { $0.severity == .error } }
    /// Issues of severity warning.
    public var warnings: [InputIssue] { issues.filter { $0.severity == .warning } }
}
