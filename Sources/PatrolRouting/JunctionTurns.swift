import PatrolData

/// The turn costs of one vehicle layer, junction by junction, for ``TurnExpansion``.
///
/// A junction is a node where at least three links the layer's mode may use meet. A turn's
/// angle is between the arriving link's last ``Branch/headingLength`` metres and the leaving
/// link's first; ranks for giving way come from the layer's ``TurnCosts/classRank``.
struct JunctionTurns {
    /// The table the costs come from.
    let costs: TurnCosts
    /// The network.
    let network: RoadNetwork
    /// True for each network node that is a junction for the layer's mode.
    let isJunction: [Bool]
    /// The largest rank among the usable links at each node, and the second largest (the biggest
    /// road other than the one arriving, when that one is the largest).
    private let topRanks: [(first: Int, second: Int)]

    /// The junctions of the layer whose flat speeds per link direction are `speeds` (0 = closed).
    init(network: RoadNetwork, speeds: [Double], costs: TurnCosts) {
        self.costs = costs
        self.network = network
        var junction = [Bool](repeating: false, count: network.nodes.count)
        var ranks = [(first: Int, second: Int)](repeating: (0, 0), count: network.nodes.count)
        for node in 0..<network.nodes.count {
            var usable = 0
            for i in Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1]) {
                let link = Int(network.incidentLinks[i]) / 2
                guard speeds[link * 2] > 0 || speeds[link * 2 + 1] > 0 else { continue }
                usable += 1
                let rank = costs.rank(network.roads[Int(network.links[link].road)].tags)
                if rank > ranks[node].first {
                    ranks[node] = (rank, ranks[node].first)
                } else if rank > ranks[node].second {
                    ranks[node].second = rank
                }
            }
            junction[node] = usable >= 3
        }
        isJunction = junction
        topRanks = ranks
    }

    /// Milliseconds to turn at the junction between directed links `arriving` and `leaving` (`link * 2 + backward`).
    func milliseconds(arriving: Int, leaving: Int) -> UInt32 {
        let inLink = network.links[arriving / 2]
        let node = Int(arriving % 2 == 0 ? inLink.to : inLink.from)
        let rank = costs.rank(network.roads[Int(inLink.road)].tags)
        let top = topRanks[node]
        let biggest = top.first > rank ? top.first : top.second
        let uTurn = arriving / 2 == leaving / 2
        let angle = uTurn ? 180 : Branch.angle(from: Self.arrivalHeading(network, arriving), to: Self.departureHeading(network, leaving))
        return RoutingGraph.milliseconds(costs.seconds(angle: angle, isUTurn: uTurn, arriving: rank, biggest: biggest))
    }

    /// The heading along directed link `ref` as it leaves its first node.
    static func departureHeading(_ network: RoadNetwork, _ ref: Int) -> Double {
        let geometry = network.links[ref / 2].geometry
        return Branch.heading(ref % 2 == 0 ? geometry : geometry.reversed())
    }

    /// The heading along directed link `ref` as it arrives at its last node.
    static func arrivalHeading(_ network: RoadNetwork, _ ref: Int) -> Double {
        let geometry = network.links[ref / 2].geometry
        return Branch.heading(ref % 2 == 0 ? geometry.reversed() : geometry) + .pi
    }
}
