/// The headline figures of a map: what `patrolmap info` reports.
public struct MapSummary: Sendable, Hashable {
    /// Figures for one village.
    public struct VillageFigures: Sendable, Hashable {
        /// Village name.
        public var name: String
        /// Geodesic area in km².
        public var areaKm2: Double
        /// Households listed in this village (by the ledger's village column).
        public var households: Int
        /// Residents of those households.
        public var residents: Int
    }

    /// Geodesic area of the jurisdiction in km².
    public var areaKm2: Double
    /// Per-village figures, in file order.
    public var villages: [VillageFigures]
    /// Number of households.
    public var households: Int
    /// Number of residents.
    public var residents: Int
    /// Road length in km by `highway` value.
    public var roadKm: [String: Double]
    /// Number of posts by kind.
    public var posts: [PostKind: Int]
    /// Number of landmarks.
    public var landmarks: Int
    /// Elevation range of the DEM in metres, when there is one.
    public var elevationRange: ClosedRange<Double>?

    /// Computes the summary of a loaded map.
    ///
    /// - Complexity: O(households + road vertices)
    public init(_ map: PatrolMap) {
        areaKm2 = map.jurisdiction.geodesicArea / 1e6
        var householdsByVillage: [String: (Int, Int)] = [:]
        for h in map.households {
            let current = householdsByVillage[h.village] ?? (0, 0)
            householdsByVillage[h.village] = (current.0 + 1, current.1 + h.members)
        }
        villages = map.villages.map { village in
            let counts = householdsByVillage[village.name] ?? (0, 0)
            return VillageFigures(name: village.name, areaKm2: village.geodesicArea / 1e6, households: counts.0, residents: counts.1)
        }
        households = map.households.count
        residents = map.residents
        var roadKm: [String: Double] = [:]
        for road in map.roads { roadKm[road.highway, default: 0] += road.length / 1000 }
        self.roadKm = roadKm
        var posts: [PostKind: Int] = [:]
        for post in map.posts { posts[post.kind, default: 0] += 1 }
        self.posts = posts
        landmarks = map.landmarks.count
        elevationRange = map.elevation?.range
    }

    /// Total road length in km.
    public var totalRoadKm: Double { roadKm.values.reduce(0, +) }
}
