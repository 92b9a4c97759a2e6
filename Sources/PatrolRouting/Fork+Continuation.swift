extension Fork {
    /// True when the route simply stays on its road here: it takes the road it arrived on (same
    /// name, number and kind), without a sharp turn, and no other branch could pass for the way on.
    ///
    /// A branch could pass for it when it lies within ``Directions/turnThreshold`` of straight,
    /// is no further from straight than the branch taken, or is of the same class and within
    /// twice the threshold (not a clear turn-off). One-way roads coming in and parallel lanes
    /// that rejoin the route (``ForkBranch/rejoinsRoute``) are no choice. Any other fork is a
    /// decision and gets its own step.
    public var isContinuation: Bool {
        let taken = self.taken
        guard staysOnRoad, abs(taken.turnAngle) < Self.sharpTurn else { return false }
        return alternatives.allSatisfy { branch in
            let off = abs(branch.turnAngle)
            return off >= Directions.turnThreshold && off > abs(taken.turnAngle)
                && (branch.tags["highway"] != taken.tags["highway"] || off >= 2 * Directions.turnThreshold)
        }
    }

    /// The avoided branches a driver could choose instead of the one taken: not a one-way road
    /// coming in against its direction, not a parallel lane that rejoins the route.
    public var alternatives: [ForkBranch] { avoided.filter { $0.closure != .oneWay && !$0.rejoinsRoute } }

    /// True when a driver has a choice here: some avoided branch is an ``alternatives`` one.
    public var isChoice: Bool { !alternatives.isEmpty }

    /// True when a one-way half of a road or a parallel lane meets here: part of a split junction.
    var isSplit: Bool { avoided.contains { $0.closure == .oneWay || $0.rejoinsRoute } }

    /// True when the branch taken is the road arrived on (same name, number and kind).
    public var staysOnRoad: Bool { !RoadDescription.differs(arrivingRoad, taken.tags) }

    /// Degrees from straight at which a turn is sharp (``TurnClass``).
    static let sharpTurn = 120.0
}
