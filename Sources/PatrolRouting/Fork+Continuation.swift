extension Fork {
    /// True when the route simply stays on its road here: it takes the obvious continuation (the road it
    /// arrived on, within ``Directions/turnThreshold`` of straight) and every other branch is clearly minor
    /// (another road class) and sharply angled (at least ``Directions/turnThreshold`` off straight).
    ///
    /// Any other fork is a decision and gets its own step.
    public var isContinuation: Bool {
        let taken = self.taken
        guard !RoadDescription.differs(arrivingRoad, taken.tags), abs(taken.turnAngle) < Directions.turnThreshold else { return false }
        return avoided.allSatisfy { branch in
            branch.tags["highway"] != taken.tags["highway"] && abs(branch.turnAngle) >= Directions.turnThreshold
        }
    }

    /// True when the branch taken is the road arrived on (same name, number and kind).
    public var staysOnRoad: Bool { !RoadDescription.differs(arrivingRoad, taken.tags) }
}
