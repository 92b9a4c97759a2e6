public import PatrolGeo

/// What a route card shows: one route, its numbered decision points and the directions.
///
/// Routing fills this in; the renderer needs nothing else from it. Geometry is in the
/// map's working CRS.
public struct RouteCard: Sendable, Hashable {
    /// One numbered direction, drawn as a numbered point on the map and a line of text.
    public struct Step: Sendable, Hashable {
        /// Where the decision is made (a fork, a turn, the end of the drivable road).
        public var location: Point
        /// The instruction as printed, for example `在岔路口走左边的土路(不走右边去张家沟的路)`.
        public var instruction: String
        /// Length of this step in metres (from this point to the next).
        public var distance: Double
        /// Time from the start of the route to this point, in seconds.
        public var elapsed: Double
        /// True for decision points, which get a number on the map and in the text;
        /// departure and arrival are shown by the start and end symbols instead.
        public var isNumbered: Bool
        /// True where the car is parked and the rest is walked: marked with a P on the map.
        public var isParking: Bool
        /// Forks the step passes without a decision (a run on one road summarised as one
        /// step): each is marked on the map, without a number.
        public var passedForks: [Point]

        /// Creates a step.
        public init(
            location: Point, instruction: String, distance: Double, elapsed: Double, isNumbered: Bool = true, isParking: Bool = false,
            passedForks: [Point] = []
        ) {
            self.location = location
            self.instruction = instruction
            self.distance = distance
            self.elapsed = elapsed
            self.isNumbered = isNumbered
            self.isParking = isParking
            self.passedForks = passedForks
        }
    }

    /// Name of the start (a post, a place).
    public var from: String
    /// Name of the destination (a house label, a landmark).
    public var to: String
    /// The whole route from start to destination.
    public var geometry: [Point]
    /// Parts travelled on foot (a subset of ``geometry``), drawn differently.
    public var walkedParts: [[Point]]
    /// Total length in metres.
    public var distance: Double
    /// Total travel time in seconds.
    public var duration: Double
    /// Length walked in metres.
    public var walkDistance: Double
    /// Numbered steps, in travel order.
    public var steps: [Step]
    /// A short description of the travel profile and season, for example `驾车+步行 · 旱季`.
    public var profile: String

    /// Creates a route card.
    public init(
        from: String, to: String, geometry: [Point], walkedParts: [[Point]] = [], distance: Double, duration: Double,
        walkDistance: Double = 0, steps: [Step], profile: String = ""
    ) {
        self.from = from
        self.to = to
        self.geometry = geometry
        self.walkedParts = walkedParts
        self.distance = distance
        self.duration = duration
        self.walkDistance = walkDistance
        self.steps = steps
        self.profile = profile
    }

    /// The last `metres` of the route (the whole route when it is shorter).
    public func finalStretch(_ metres: Double) -> [Point] {
        let total = Polyline.length(geometry)
        return Polyline.slice(geometry, from: Swift.max(0, total - metres), to: total)
    }
}
