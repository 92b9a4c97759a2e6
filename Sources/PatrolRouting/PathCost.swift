/// What a way through the network costs: its time, its length and the part of it walked.
///
/// Searches label every node they reach with one; the endpoint rule (``EndpointRule``) compares them.
public struct PathCost: Sendable, Hashable {
    /// Travel time in milliseconds.
    public var milliseconds: Int64
    /// Length in metres.
    public var metres: Double
    /// The part of ``metres`` travelled on foot (along foot paths and across country).
    public var walkedMetres: Double

    /// Creates a cost.
    public init(milliseconds: Int64, metres: Double, walkedMetres: Double) {
        self.milliseconds = milliseconds
        self.metres = metres
        self.walkedMetres = walkedMetres
    }

    /// Two ways travelled one after the other.
    public static func + (a: PathCost, b: PathCost) -> PathCost {
        PathCost(milliseconds: a.milliseconds + b.milliseconds, metres: a.metres + b.metres, walkedMetres: a.walkedMetres + b.walkedMetres)
    }
}
