/// The endpoint rule: what decides between ways a route may end, wherever a route is timed —
/// ``Router/route(from:to:startName:endName:)``, ``Router/reach(from:toSnapped:limit:)``,
/// ``Router/reachMatrix(from:to:targetSnaps:limit:usefulBelow:progress:)`` and
/// ``Dispatcher/rank(_:to:)`` all rank by it.
///
/// The lowest time wins; of equal times, the fewest metres; of equal metres too, the lowest
/// candidate index (the source, post or candidate the way starts from). Ways from one candidate
/// equal in all three are taken in the order offered: through the graph (``Router/bestEnding(throughGraph:from:to:limit:)``
/// offers those first, as the search found them), then along one link, then walking across.
///
/// The rule decides between a route's ends; inside one search, of two ways equally fast to a
/// node the first found is kept: deterministic, but a forward and a backward search may keep
/// different ones of equal time, and so report different metres.
struct EndpointRank: Comparable {
    /// Travel time in milliseconds.
    var milliseconds: Int64
    /// Length in metres.
    var metres: Double
    /// Index of the candidate the way starts from.
    var index: Int

    init(_ cost: PathCost, index: Int) {
        self.init(milliseconds: cost.milliseconds, metres: cost.metres, index: index)
    }

    init(milliseconds: Int64, metres: Double, index: Int) {
        self.milliseconds = milliseconds
        self.metres = metres
        self.index = index
    }

    static func < (a: EndpointRank, b: EndpointRank) -> Bool {
        (a.milliseconds, a.metres, a.index) < (b.milliseconds, b.metres, b.index)
    }
}
