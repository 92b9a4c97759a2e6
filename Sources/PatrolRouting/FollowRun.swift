/// A run of forks where the route simply stays on its road: one step that lists them all.
public struct FollowRun: Sendable, Hashable {
    /// The road followed (its tags).
    public var road: [String: String]
    /// How it is travelled.
    public var mode: TravelMode
    /// Metres from the first fork of the run to the next step.
    public var distance: Double
    /// Every fork of the run, in travel order; at each the route takes the obvious continuation.
    public var forks: [Fork]
}
