/// One way a route between two places may be completed, as the endpoint rule (``EndpointRank``) weighs it.
struct RouteEnding {
    /// How the way runs between the places.
    enum Way {
        /// Through the graph, between seeds of the two places' snaps (the caller's search knows which).
        case graph
        /// Both places on one link: straight along it.
        case alongLink(Route)
        /// Two places nearer each other than their roads: straight across country.
        case walkAcross(Route)
    }

    /// Its time, length and walked length, door to door.
    var cost: PathCost
    /// The candidate (source, post) it starts from.
    var index: Int
    /// How it runs.
    var way: Way
    /// The snap it leaves from, when known (`nil` for a walk across).
    var start: Snap?
    /// The snap it arrives at, when known (`nil` for a walk across).
    var end: Snap?

    /// Its place under the endpoint rule.
    var rank: EndpointRank { EndpointRank(cost, index: index) }
}

extension Router {
    /// The way a route ends: the one place that decides between the search meeting the seeds,
    /// the same-link shortcut and the walk across, by the endpoint rule (``EndpointRank``).
    ///
    /// - Parameters:
    ///   - throughGraph: the ways a search found between the sources' seeds and the target's.
    ///   - sources: each candidate's ``snaps(_:)``; a candidate's index is its position.
    ///   - targetSnaps: the destination's ``snaps(_:)``.
    ///   - limit: ways slower than this many milliseconds are not taken.
    /// - Returns: the best way, or `nil` when none is within the limit.
    /// - Complexity: O(throughGraph + sources × snaps²), plus one off-road time per source near enough to walk across.
    func bestEnding(throughGraph: [RouteEnding], from sources: [[Snap]], to targetSnaps: [Snap], limit: Int64 = .max) -> RouteEnding? {
        var best: RouteEnding?
        func offer(_ ending: RouteEnding) {
            guard ending.cost.milliseconds <= limit, best.map({ ending.rank < $0.rank }) ?? true else { return }
            best = ending
        }
        throughGraph.forEach(offer)
        for (index, snaps) in sources.enumerated() {
            for a in snaps {
                for b in targetSnaps where a.layer == b.layer && a.link == b.link {
                    guard let route = directAlongLink(a, b) else { continue }
                    offer(RouteEnding(cost: route.cost, index: index, way: .alongLink(route), start: a, end: b))
                }
            }
        }
        for (index, snaps) in sources.enumerated() {
            guard let route = walkAcross(snaps, targetSnaps, within: min(limit, best?.cost.milliseconds ?? .max)) else { continue }
            offer(RouteEnding(cost: route.cost, index: index, way: .walkAcross(route), start: nil, end: nil))
        }
        return best
    }
}
