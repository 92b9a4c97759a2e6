public import PatrolGeo

/// A fork on the route: a junction of three or more roads, with every branch leaving it,
/// those the mode may not enter included (a look-alike lane too narrow for the car).
public struct Fork: Sendable, Hashable {
    /// Where the branches meet, in the working CRS.
    public var location: Point
    /// The nearest landmark within ``Directions/landmarkRadius``, if any.
    public var landmark: String?
    /// The tags of the road the route arrives on.
    public var arrivingRoad: [String: String]
    /// Every road leaving the junction, left to right as seen on arrival (the road arrived
    /// on is not one of them); exactly one is taken.
    public var branches: [ForkBranch]

    /// Creates a fork from its parts.
    public init(location: Point, landmark: String?, arrivingRoad: [String: String], branches: [ForkBranch]) {
        self.location = location
        self.landmark = landmark
        self.arrivingRoad = arrivingRoad
        self.branches = branches
    }

    /// Roads meeting here, the arriving one included: a `3`-way fork has two branches.
    public var ways: Int { branches.count + 1 }
    /// The branch the route takes.
    public var taken: ForkBranch { branches.first { $0.isTaken }! }
    /// The branches the route does not take, left to right.
    public var avoided: [ForkBranch] { branches.filter { !$0.isTaken } }
}

/// One branch of a ``Fork``.
public struct ForkBranch: Sendable, Hashable {
    /// Place among the branches, counted from the left as seen on arrival.
    public var position: BranchPosition
    /// Turn angle from the arriving direction, degrees in (−180, 180], positive left.
    public var turnAngle: Double
    /// Compass bearing of the branch's first 20 metres, degrees
    /// clockwise from grid north in [0, 360).
    public var bearing: Double
    /// The road's tags (`highway`, `name`, `ref`, …).
    public var tags: [String: String]
    /// Elevation gained over the branch's first 100 metres (negative
    /// downhill), nil without a DEM.
    public var climb: Double?
    /// True for the branch the route takes.
    public var isTaken: Bool
    /// Why the mode may not enter the branch, nil when it may.
    public var closure: BranchClosure?
    /// True for a parallel lane: the branch runs alongside the route and rejoins it (a toll
    /// plaza's lanes, the other half of a split road), so taking it is no wrong turn.
    public var rejoinsRoute: Bool

    /// True when the mode may enter the branch.
    public var isUsable: Bool { closure == nil }

    /// Creates a branch from its parts.
    public init(
        position: BranchPosition, turnAngle: Double, bearing: Double, tags: [String: String], climb: Double?, isTaken: Bool,
        closure: BranchClosure? = nil, rejoinsRoute: Bool = false
    ) {
        self.position = position
        self.turnAngle = turnAngle
        self.bearing = bearing
        self.tags = tags
        self.climb = climb
        self.isTaken = isTaken
        self.closure = closure
        self.rejoinsRoute = rejoinsRoute
    }
}

/// Where a branch lies among the branches of a fork.
public struct BranchPosition: Sendable, Hashable {
    /// The side an officer would name when there are at most three branches.
    public enum Side: String, Sendable, Hashable {
        case left, middle, right
    }

    /// 1 for the leftmost branch.
    public var fromLeft: Int
    /// How many branches there are to choose from.
    public var count: Int

    /// Left or right of two; left, middle or right of three; nil with four or more, where
    /// the branch is told by ``fromLeft``.
    public var side: Side? {
        switch (count, fromLeft) {
        case (2, 1), (3, 1): .left
        case (2, 2), (3, 3): .right
        case (3, 2): .middle
        default: nil
        }
    }
}
