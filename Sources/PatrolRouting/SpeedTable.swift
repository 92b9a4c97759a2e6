/// One mode's travel profile, as data: base speeds by `highway` (and `tracktype` for
/// tracks), factors for `surface` and `smoothness`, width limits, the OSM access keys the
/// mode answers to, and which roads count as unpaved.
///
/// Speeds are km/h on a flat, dry, good road; ``RoadRules`` combines them with the tags,
/// the season and the slope. The values are conservative for rural Chinese roads
/// (county roads 40–60 km/h, village lanes 20–30, farm tracks 8–25). A map's
/// `profiles.json` overrides them (``SpeedTables/init(_:)``).
public struct SpeedTable: Sendable, Hashable {
    /// Base speed in km/h by `highway` value; a missing or zero value means no access.
    public var base: [String: Double]
    /// Base speed in km/h for `highway=track` by `tracktype` (grade1 … grade5); zero means no access.
    public var trackType: [String: Double]
    /// Multipliers by `surface` value (paved roads 1.0); zero closes the road.
    public var surface: [String: Double]
    /// Multipliers by `smoothness` value; a missing or zero value for `impassable` closes the road.
    public var smoothness: [String: Double]
    /// Narrowest `width` (metres) the vehicle fits; 0 for no limit.
    public var minimumWidth: Double
    /// Width below which the vehicle must slow down (multiplier ``narrowFactor``).
    public var comfortableWidth: Double
    /// Speed multiplier on lanes narrower than ``comfortableWidth``.
    public var narrowFactor: Double
    /// Multiplier on unpaved surfaces in the wet season.
    public var wetUnpavedFactor: Double
    /// Whether `oneway` applies.
    public var obeysOneway: Bool
    /// OSM access keys from the most to the least specific; the first one a road has decides.
    public var access: [String]
    /// `surface` values counted as paved (no wet-season slowdown).
    public var pavedSurfaces: Set<String>
    /// `highway` values taken as unpaved when a road has no `surface`.
    public var unpavedHighways: Set<String>
    /// Which barrier points the mode passes, and how long each takes.
    public var barriers: BarrierRules
    /// Speed multipliers by grade on paved roads; `nil` for Tobler's hiking function (on foot).
    public var gradeFactors: GradeFactors?
    /// Speed multipliers by grade on unpaved roads (``isUnpaved(_:)``); `nil` to use ``gradeFactors``.
    public var unpavedGradeFactors: GradeFactors?
    /// What turning at a junction costs; `nil` when turns are free.
    ///
    /// The built-in tables leave it `nil` for now: ``TurnCosts/vehicle`` is ready and tested,
    /// but with it every junction gets a graph state per arrival (Andorra's car graph grows from
    /// 4,039 to 11,397 edges) and the reference checks that compare our routes with a second
    /// algorithm do not model turn costs yet. Set it to ``TurnCosts/vehicle`` to route with them.
    public var turnCosts: TurnCosts?

    /// Creates a table.
    public init(
        base: [String: Double], trackType: [String: Double], surface: [String: Double], smoothness: [String: Double],
        minimumWidth: Double, comfortableWidth: Double, narrowFactor: Double, wetUnpavedFactor: Double, obeysOneway: Bool,
        access: [String], pavedSurfaces: Set<String> = Self.builtInPavedSurfaces, unpavedHighways: Set<String> = Self.builtInUnpavedHighways,
        barriers: BarrierRules = .vehicle, gradeFactors: GradeFactors? = nil, unpavedGradeFactors: GradeFactors? = nil,
        turnCosts: TurnCosts? = nil
    ) {
        self.base = base
        self.trackType = trackType
        self.surface = surface
        self.smoothness = smoothness
        self.minimumWidth = minimumWidth
        self.comfortableWidth = comfortableWidth
        self.narrowFactor = narrowFactor
        self.wetUnpavedFactor = wetUnpavedFactor
        self.obeysOneway = obeysOneway
        self.access = access
        self.pavedSurfaces = pavedSurfaces
        self.unpavedHighways = unpavedHighways
        self.barriers = barriers
        self.gradeFactors = gradeFactors
        self.unpavedGradeFactors = unpavedGradeFactors
        self.turnCosts = turnCosts
    }

    /// The surfaces every built-in table counts as paved.
    public static let builtInPavedSurfaces: Set<String> = [
        "paved", "asphalt", "concrete", "concrete:plates", "concrete:lanes", "paving_stones", "sett", "cobblestone", "chipseal",
    ]

    /// The classes every built-in table takes as unpaved when a road has no `surface`.
    public static let builtInUnpavedHighways: Set<String> = ["track", "path", "bridleway"]

    private static let vehicleSurface: [String: Double] = [
        "paved": 1, "asphalt": 1, "concrete": 1, "concrete:plates": 0.95, "concrete:lanes": 0.9, "chipseal": 0.95,
        "paving_stones": 0.85, "sett": 0.75, "cobblestone": 0.65,
        "compacted": 0.8, "fine_gravel": 0.75, "gravel": 0.7, "pebblestone": 0.6, "unpaved": 0.6,
        "dirt": 0.55, "earth": 0.55, "ground": 0.55, "grass": 0.45, "mud": 0.35, "sand": 0.4, "rock": 0.5,
    ]

    private static let vehicleSmoothness: [String: Double] = [
        "excellent": 1, "good": 1, "intermediate": 0.9, "bad": 0.7, "very_bad": 0.5, "horrible": 0.35, "very_horrible": 0.2,
        "impassable": 0,
    ]

    /// A patrol car.
    public static let car = SpeedTable(
        base: [
            "motorway": 90, "motorway_link": 50, "trunk": 70, "trunk_link": 40, "primary": 60, "primary_link": 40,
            "secondary": 50, "secondary_link": 35, "tertiary": 40, "tertiary_link": 30, "unclassified": 30,
            "road": 25, "residential": 25, "living_street": 10, "service": 15, "track": 15,
        ],
        trackType: ["grade1": 25, "grade2": 18, "grade3": 12, "grade4": 8, "grade5": 5],
        surface: vehicleSurface, smoothness: vehicleSmoothness,
        minimumWidth: 2.5, comfortableWidth: 3.5, narrowFactor: 0.8, wetUnpavedFactor: 0.7, obeysOneway: true,
        access: ["motorcar", "motor_vehicle", "vehicle", "access"], gradeFactors: .paved, unpavedGradeFactors: .unpaved)

    /// A police motorcycle: slower than a car on good roads, but fits 1 m lanes and paths.
    public static let motorcycle = SpeedTable(
        base: [
            "motorway": 80, "motorway_link": 45, "trunk": 65, "trunk_link": 40, "primary": 55, "primary_link": 40,
            "secondary": 45, "secondary_link": 35, "tertiary": 40, "tertiary_link": 30, "unclassified": 30,
            "road": 25, "residential": 25, "living_street": 12, "service": 18, "track": 18, "path": 10, "bridleway": 8,
        ],
        trackType: ["grade1": 28, "grade2": 22, "grade3": 16, "grade4": 11, "grade5": 7],
        surface: vehicleSurface, smoothness: vehicleSmoothness,
        minimumWidth: 1.0, comfortableWidth: 2.0, narrowFactor: 0.8, wetUnpavedFactor: 0.7, obeysOneway: true,
        access: ["motorcycle", "motor_vehicle", "vehicle", "access"], gradeFactors: .paved, unpavedGradeFactors: .unpaved)

    /// On foot: speeds here are multipliers on Tobler's hiking function (5.04 km/h on the flat).
    public static let foot = SpeedTable(
        base: [
            "trunk": 1, "trunk_link": 1, "primary": 1, "primary_link": 1, "secondary": 1, "secondary_link": 1,
            "tertiary": 1, "tertiary_link": 1, "unclassified": 1, "road": 1, "residential": 1, "living_street": 1,
            "service": 1, "track": 1, "path": 0.95, "footway": 1, "pedestrian": 1, "bridleway": 0.9, "cycleway": 1,
            "steps": 0.5,
        ],
        trackType: [:],
        surface: ["mud": 0.7, "sand": 0.8, "grass": 0.9, "rock": 0.8],
        smoothness: ["horrible": 0.8, "very_horrible": 0.7, "impassable": 0.5],
        minimumWidth: 0, comfortableWidth: 0, narrowFactor: 1, wetUnpavedFactor: 0.85, obeysOneway: false,
        access: ["foot", "access"], barriers: .foot)

    /// True when the first of ``access`` that `tags` has is not `no`, or none is there.
    ///
    /// Only `no` closes a road: police may use private, agricultural and destination roads.
    public func isAllowed(_ tags: [String: String]) -> Bool {
        for key in access {
            if let value = tags[key] { return value.lowercased() != "no" }
        }
        return true
    }

    /// The grade factors for a road with `tags`: ``unpavedGradeFactors`` on an unpaved road when
    /// the table has them, else ``gradeFactors`` (`nil`: Tobler's hiking function).
    public func gradeFactors(for tags: [String: String]) -> GradeFactors? {
        if let unpaved = unpavedGradeFactors, isUnpaved(tags) { return unpaved }
        return gradeFactors
    }

    /// True for unpaved roads: a `surface` not in ``pavedSurfaces``, or with no `surface`, a
    /// class in ``unpavedHighways``.
    public func isUnpaved(_ tags: [String: String]) -> Bool {
        if let surface = tags["surface"] { return !pavedSurfaces.contains(surface) }
        return unpavedHighways.contains(tags["highway"] ?? "")
    }
}
