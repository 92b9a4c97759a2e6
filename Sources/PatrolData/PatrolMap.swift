public import PatrolGeo

/// A loaded map package: every layer in the working CRS, plus what the readers skipped.
public struct PatrolMap: Sendable {
    /// The folder the package was read from.
    public var directory: String
    /// The manifest (`map.json`).
    public var manifest: MapManifest
    /// CRS of the coordinates in the files.
    public var inputCRS: CoordinateReferenceSystem
    /// CRS of all geometry in this value (metres).
    public var workingCRS: CoordinateReferenceSystem
    /// True when the files hold longitude/latitude.
    public var inputIsGeographic: Bool
    /// Conversions of working-CRS points to WGS 84 longitude/latitude and to the input CRS.
    public let coordinates: MapCoordinates
    /// The jurisdiction polygon.
    public var jurisdiction: Jurisdiction
    /// Administrative villages, in file order.
    public var villages: [Village]
    /// Households, in file order.
    public var households: [Household]
    /// Encoding the household ledger was written in (for CSV ledgers).
    public var householdEncoding: TextEncoding?
    /// Police station, police rooms and registration rooms.
    public var posts: [Post]
    /// Road lines.
    public var roads: [Road] { didSet { inputKey = nil } }
    /// Named points for directions.
    public var landmarks: [Landmark]
    /// Barrier and ford points on roads (none without `barriers.geojson`).
    public var barriers: [Barrier] { didSet { inputKey = nil } }
    /// Turn restrictions along the roads (none without `turns.geojson`).
    public var turns: [TurnRestriction] { didSet { inputKey = nil } }
    /// Reservoirs, ponds, rivers and streams (none without `water.geojson`).
    public var water: [WaterFeature] { didSet { inputKey = nil } }
    /// Elevation model, when the package has one.
    public var elevation: ElevationGrid? { didSet { inputKey = nil } }
    /// The package's `profiles.json` overrides of the built-in travel profiles (none without the file).
    public var profiles: ProfileOverrides { didSet { inputKey = nil } }
    /// Every problem the readers found; records with errors were skipped unless noted.
    public var issues: [InputIssue]
    /// The key of the package files this map was loaded from, when it came from a current
    /// compiled map or its compiled map was just written (``CompiledMap``); `nil` otherwise, and
    /// once any layer the routing graphs are built from (roads, barriers, turns, water, DEM,
    /// profiles) is changed, so compiled routing parts are only ever used for the inputs they were made from.
    package internal(set) var inputKey: CompiledMapKey?

    /// Creates a map from its parts (readers and generators use this).
    public init(
        directory: String, manifest: MapManifest, inputCRS: CoordinateReferenceSystem, workingCRS: CoordinateReferenceSystem,
        inputIsGeographic: Bool, coordinates: MapCoordinates, jurisdiction: Jurisdiction, villages: [Village], households: [Household],
        householdEncoding: TextEncoding? = nil, posts: [Post], roads: [Road], landmarks: [Landmark], barriers: [Barrier] = [],
        turns: [TurnRestriction] = [], water: [WaterFeature] = [], elevation: ElevationGrid?, profiles: ProfileOverrides = .none, issues: [InputIssue]
    ) {
        self.directory = directory
        self.manifest = manifest
        self.inputCRS = inputCRS
        self.workingCRS = workingCRS
        self.inputIsGeographic = inputIsGeographic
        self.coordinates = coordinates
        self.jurisdiction = jurisdiction
        self.villages = villages
        self.households = households
        self.householdEncoding = householdEncoding
        self.posts = posts
        self.roads = roads
        self.landmarks = landmarks
        self.barriers = barriers
        self.turns = turns
        self.water = water
        self.elevation = elevation
        self.profiles = profiles
        self.issues = issues
    }

    /// Issues of severity error.
    public var errors: [InputIssue] { issues.filter { $0.severity == .error } }
    /// Issues of severity warning.
    public var warnings: [InputIssue] { issues.filter { $0.severity == .warning } }

    /// Total residents over all households.
    public var residents: Int { households.reduce(0) { $0 + $1.members } }

    /// The village whose polygon contains `p`, if any.
    public func village(containing p: Point) -> Village? {
        villages.first { $0.boundary.contains(p) }
    }

    /// The post with exactly this name.
    public func post(named name: String) -> Post? {
        posts.first { $0.name == name }
    }

    /// A transform from the working CRS to the input CRS (inverse) and back (forward).
    ///
    /// Each call builds a new PROJ context, so the result may be used on the calling thread only.
    public func inputTransform() throws(ProjectionError) -> CoordinateTransform {
        try CoordinateTransform(from: inputCRS, to: workingCRS)
    }

    /// A transform from WGS 84 longitude/latitude (forward) to the working CRS.
    public func wgs84Transform() throws(ProjectionError) -> CoordinateTransform {
        try CoordinateTransform(from: .wgs84, to: workingCRS)
    }
}
