public import PatrolData
public import PatrolRouting

/// The places coverage measures, snapped once: every household and every raster cell with
/// part of the jurisdiction in it.
///
/// Snapping does not depend on the posts, so one set serves every coverage run over the same
/// map, router and cell size (a scenario and its baseline; a plan's before and after).
public struct CoverageTargets: Sendable {
    /// The raster sampled over the jurisdiction.
    public let samples: AreaSamples
    /// Cells with at least one sample inside the jurisdiction, ascending.
    public let occupied: [Int]
    /// Each household's `Router.snaps(_:)`.
    public let householdSnaps: [[Snap]]
    /// Each occupied cell centre's `Router.snaps(_:)`.
    public let cellSnaps: [[Snap]]

    /// Samples the jurisdiction on cells of `cellSize` metres and snaps households and cells.
    ///
    /// Places are snapped on up to `workers` threads; the snaps do not depend on how many.
    /// - Complexity: O(households + cells) snaps, plus ``AreaSamples/init(map:cellSize:)``.
    public init(map: PatrolMap, cellSize: Double, router: Router, workers: Int = Parallel.defaultWorkers) {
        let samples = AreaSamples(map: map, cellSize: cellSize)
        let occupied = (0..<samples.cellCount).filter { samples.insideCount[$0] > 0 }
        self.samples = samples
        self.occupied = occupied
        let households = map.households
        householdSnaps = Parallel.map(households.count, workers: workers) { router.snaps(households[$0].location) }
        cellSnaps = Parallel.map(occupied.count, workers: workers) { router.snaps(samples.center(of: occupied[$0])) }
    }
}
