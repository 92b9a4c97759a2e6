public import PatrolData
import PatrolGeo
public import PatrolRouting

/// Measures how well a set of posts covers a jurisdiction: every household's travel time from
/// its nearest post, area reached per threshold, blind spots and isochrones.
///
/// One multi-source search from all posts serves households and raster cells alike; a cell's
/// time is the road time to its nearest usable road point plus the slope-aware walk across.
public enum CoverageAnalysis {
    /// Runs the analysis for `posts` (the map's own, or a scenario's).
    ///
    /// - Parameters:
    ///   - targets: the households and cells already snapped by `router` on cells of
    ///   `settings.cellSize` (made here when `nil`), for several runs over the same map.
    ///   - workers: threads that snap and weigh the places (the result does not depend on how many).
    /// - Complexity: one Dijkstra, plus snapping every household and raster cell (unless given `targets`).
    public static func run(
        map: PatrolMap, posts: [Post], settings: CoverageSettings, router: Router? = nil, targets: CoverageTargets? = nil,
        workers: Int = Parallel.defaultWorkers
    ) -> CoverageResult {
        let router = router ?? Router(map: map, profile: settings.profile, season: settings.season)
        let targets = targets ?? CoverageTargets(map: map, cellSize: settings.cellSize, router: router, workers: workers)
        let sources = posts.map(\.location)
        let householdReach = router.reach(from: sources, toSnapped: targets.householdSnaps, workers: workers)
        let households = householdReach.enumerated().map { i, r in
            HouseholdCoverage(household: i, seconds: r.milliseconds.map { Double($0) / 1000 }, post: r.source, walk: r.walk, viaIsland: r.viaIsland)
        }
        let samples = targets.samples
        let cellReach = router.reach(from: sources, toSnapped: targets.cellSnaps, workers: workers)
        var cellSeconds = [Double](repeating: .infinity, count: samples.cellCount)
        for (k, cell) in targets.occupied.enumerated() {
            if let ms = cellReach[k].milliseconds { cellSeconds[cell] = Double(ms) / 1000 }
        }
        let thresholds = settings.minutes.map {
            figures(minutes: $0, map: map, households: households, samples: samples, cellSeconds: cellSeconds)
        }
        let villages = VillageTally(map: map, households: households, samples: samples, cellSeconds: cellSeconds, minutes: settings.minutes)
            .coverage
        let limit = (settings.minutes.last ?? 0) * 60
        let uncovered = households.filter { ($0.seconds ?? .infinity) > limit }.sorted {
            ($0.seconds ?? .infinity, $0.household) < ($1.seconds ?? .infinity, $1.household)
        }
        let isochrones = settings.minutes.enumerated().map { k, minutes in
            Isochrone(
                minutes: minutes,
                polygons: ThresholdRegions.polygons(grid(samples, cellSeconds), level: minutes * 60),
                areaKm2: thresholds[k].areaKm2)
        }
        let blindSpots = BlindSpotFinder.find(map: map, samples: samples, cellSeconds: cellSeconds, limitSeconds: limit)
        return CoverageResult(
            settings: settings, posts: posts, households: households, thresholds: thresholds, villages: villages,
            uncovered: uncovered, blindSpots: blindSpots, isochrones: isochrones, cellSeconds: cellSeconds, samples: samples)
    }

    static func grid(_ samples: AreaSamples, _ values: [Double]) -> ThresholdRegions.Grid {
        ThresholdRegions.Grid(
            west: samples.west, south: samples.south, cellSize: samples.cellSize, columns: samples.columns, rows: samples.rows, values: values)
    }

    /// Figures for one threshold, jurisdiction-wide.
    private static func figures(minutes: Double, map: PatrolMap, households: [HouseholdCoverage], samples: AreaSamples, cellSeconds: [Double])
        -> ThresholdFigures
    {
        let limit = minutes * 60
        var count = 0
        var residents = 0
        var reached = 0
        var reachedResidents = 0
        for h in households {
            let household = map.households[h.household]
            count += 1
            residents += household.members
            if let s = h.seconds, s <= limit {
                reached += 1
                reachedResidents += household.members
            }
        }
        var covered = 0
        for cell in 0..<samples.cellCount where samples.insideCount[cell] > 0 && cellSeconds[cell] <= limit {
            covered += Int(samples.insideCount[cell])
        }
        return ThresholdFigures(
            minutes: minutes, households: (reached, count), residents: (reachedResidents, residents),
            samples: (covered, samples.jurisdictionSamples), areaKm2: map.jurisdiction.geodesicArea / 1e6)
    }
}
