public import PatrolData
public import PatrolGeo

/// Households, residents and area reached within one threshold.
public struct ThresholdFigures: Sendable, Hashable {
    /// The threshold in minutes.
    public var minutes: Double
    /// Households reached.
    public var households: Int
    /// Share of the households counted (0…1).
    public var householdsShare: Double
    /// Residents of the households reached.
    public var residents: Int
    /// Share of the residents counted (0…1).
    public var residentsShare: Double
    /// Area reached in km² (geodesic).
    public var areaKm2: Double
    /// Share of the area (0…1).
    public var areaShare: Double
}

extension ThresholdFigures {
    /// The figures from counts: households and residents reached of those counted, area samples
    /// reached of those inside, and the whole area in km² (shares are 0 when nothing is counted).
    init(minutes: Double, households: (reached: Int, of: Int), residents: (reached: Int, of: Int), samples: (reached: Int, of: Int), areaKm2: Double) {
        func share(_ part: (reached: Int, of: Int)) -> Double { part.of > 0 ? Double(part.reached) / Double(part.of) : 0 }
        let areaShare = share(samples)
        self.init(
            minutes: minutes, households: households.reached, householdsShare: share(households), residents: residents.reached,
            residentsShare: share(residents), areaKm2: areaKm2 * areaShare, areaShare: areaShare)
    }
}

/// One village's coverage.
public struct VillageCoverage: Sendable, Hashable {
    /// The village's name.
    public var name: String
    /// Households in the village (by the ledger's village column).
    public var households: Int
    /// Residents in the village.
    public var residents: Int
    /// Geodesic area in km².
    public var areaKm2: Double
    /// Figures per threshold.
    public var thresholds: [ThresholdFigures]
}

/// How one household is reached.
public struct HouseholdCoverage: Sendable, Hashable {
    /// Index into the map's households.
    public var household: Int
    /// Seconds from the nearest post, road time plus the walk to the door; `nil` if unreachable.
    public var seconds: Double?
    /// Index into the analysed posts of the post that reaches it first.
    public var post: Int?
    /// Metres walked on the way.
    public var walk: Double?
    /// True when its nearest road is an island and it was reached through the main network.
    public var viaIsland: Bool
}

/// A connected group of raster cells beyond the largest threshold.
public struct BlindSpot: Sendable, Hashable {
    /// Geodesic area in km².
    public var areaKm2: Double
    /// Outline polygons in the working CRS.
    public var polygons: [Polygon]
    /// Indices of the households located in it.
    public var households: [Int]
    /// Centre of its cells.
    public var center: Point
    /// The village holding the centre, if any.
    public var village: String?
}

/// The area reached within one threshold, as polygons.
public struct Isochrone: Sendable, Hashable {
    /// The threshold in minutes.
    public var minutes: Double
    /// Polygons (with holes) in the working CRS.
    public var polygons: [Polygon]
    /// Geodesic area reached, km² (from the raster, as in ``ThresholdFigures``).
    public var areaKm2: Double
}

/// Everything a coverage run found.
public struct CoverageResult: Sendable {
    /// The settings used.
    public var settings: CoverageSettings
    /// The posts analysed (after any scenario changes).
    public var posts: [Post]
    /// Per household, in map order.
    public var households: [HouseholdCoverage]
    /// Jurisdiction-wide figures per threshold.
    public var thresholds: [ThresholdFigures]
    /// Per-village figures, in map order.
    public var villages: [VillageCoverage]
    /// Households not reached within the largest threshold, nearest first (the easiest to fix),
    /// unreachable last.
    public var uncovered: [HouseholdCoverage]
    /// Blind spots, largest first.
    public var blindSpots: [BlindSpot]
    /// Isochrone polygons per threshold.
    public var isochrones: [Isochrone]
    /// Seconds to reach each raster cell (non-finite: outside or unreachable).
    public var cellSeconds: [Double]
    /// The raster's geometry and sampling.
    public var samples: AreaSamples
}
