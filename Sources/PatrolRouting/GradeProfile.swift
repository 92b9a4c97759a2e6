public import PatrolData
public import PatrolGeo

/// The grade along a line, from the DEM resampled at a fixed step and smoothed.
///
/// A 30 m DEM (SRTM) along a road cut into a valley side samples the slope beside the road,
/// so grades taken from one cell to the next are noise: a 5 km road "climbs" a kilometre. As
/// GraphHopper does for SRTM (`EdgeElevationSmoothing`: a moving average of the heights within
/// 150 m of each point), the line's heights are sampled every ``TravelTime/stepLength`` metres
/// at most and each step's grade is the least-squares slope of the samples within half a
/// ``window(for:)`` of its middle. The fit recovers the true grade of a road under noise whose
/// mean is zero, and keeps a steep 50 m lane steep (a moving average of heights would flatten a
/// line shorter than its window).
///
/// A profile made from a line alone (``init(geometry:elevation:)``) truncates the window at the
/// line's ends; the routing graph's links get theirs from the whole road they are part of
/// (``RoadGrades``), so a short link between two junctions is not fitted to a handful of samples.
public struct GradeProfile: Sendable, Hashable {
    /// The shortest fitting window along the line, in metres (centred on each step).
    public static let smoothingWindow = 300.0
    /// The window spans at least this many cells of the DEM's source data (``window(for:)``).
    public static let sourceCellsPerWindow = 8.0

    /// Length of each step in metres: the line's length cut into equal steps of at most ``TravelTime/stepLength``.
    public let step: Double
    /// The smoothed grade of each step, forwards along the line, clamped to ±100 %; 0 where the DEM has no heights.
    public let grades: [Double]

    /// The fitting window over `elevation`, in metres: ``smoothingWindow``, or eight cells of the
    /// data the grid was resampled from when that is wider (741 m for SRTM's 3″ under a 30 m grid).
    ///
    /// Heights closer together than the source's spacing are interpolated from the same few
    /// samples, so they are not independent: with SRTM3's heights off by σ ≈ 10 m in steep
    /// terrain, a least-squares slope over n independent samples spread over a window L is off
    /// by about σ·√(12 / n) / L: 6 % for 300 m (3 cells), under 2 % for 8 cells.
    public static func window(for elevation: ElevationGrid) -> Double {
        max(smoothingWindow, sourceCellsPerWindow * elevation.sourceSpacing)
    }

    /// A profile from its steps.
    init(step: Double, grades: [Double]) {
        self.step = step
        self.grades = grades
    }

    /// The profile of `geometry` over `elevation`, fitted to the heights on the line alone.
    ///
    /// - Complexity: O(vertices + (length / step) × (window / step))
    public init(geometry: [Point], elevation: ElevationGrid) {
        let count = Self.stepCount(Polyline.length(geometry))
        let step = Polyline.length(geometry) / Double(count)
        self.step = step
        let heights = Self.samples(geometry, count: count, step: step).map { elevation.elevation(at: $0) }
        let positions = (0...count).map { Double($0) * step }
        let half = max(step / 2, Self.window(for: elevation) / 2)
        grades = (0..<count).map { k in
            let middle = (Double(k) + 0.5) * step
            return Self.slope(positions: positions, heights: heights, around: middle, half: half)
        }
    }

    /// The number of equal steps of at most ``TravelTime/stepLength`` a line of `length` metres is cut into.
    static func stepCount(_ length: Double) -> Int {
        max(1, Int((length / TravelTime.stepLength).rounded(.up)))
    }

    /// The points `step` apart along `geometry`, from its start to its end (`count` + 1 of them).
    static func samples(_ geometry: [Point], count: Int, step: Double) -> [Point] {
        guard let first = geometry.first else { return [] }
        var points = [first]
        var segment = 1
        var segmentStart = 0.0
        for k in 1..<count {
            let target = Double(k) * step
            while segment < geometry.count - 1, segmentStart + geometry[segment - 1].distance(to: geometry[segment]) < target {
                segmentStart += geometry[segment - 1].distance(to: geometry[segment])
                segment += 1
            }
            let a = geometry[segment - 1]
            let b = geometry[segment]
            let d = a.distance(to: b)
            let t = d > 0 ? min(1, max(0, (target - segmentStart) / d)) : 0
            points.append(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
        }
        if count > 0, let last = geometry.last { points.append(last) }
        return points
    }

    /// The least-squares slope of the known heights whose `positions` (ascending, metres) lie
    /// within `half` of `middle`, clamped to ±100 %; 0 with fewer than two of them.
    ///
    /// - Complexity: O(log samples + samples in the window)
    static func slope(positions: [Double], heights: [Double?], around middle: Double, half: Double) -> Double {
        // A micrometre of slack, so samples on the window's edge count whatever the rounding.
        let lo = positions.partitionPoint { $0 >= middle - half - 1e-6 }
        let hi = positions.partitionPoint { $0 > middle + half + 1e-6 }
        var n = 0.0
        var sx = 0.0
        var sz = 0.0
        var sxx = 0.0
        var sxz = 0.0
        for j in lo..<hi {
            guard let z = heights[j] else { continue }
            let x = positions[j] - middle
            n += 1
            sx += x
            sz += z
            sxx += x * x
            sxz += x * z
        }
        let spread = n * sxx - sx * sx
        guard n >= 2, spread > 0 else { return 0 }
        let grade = (n * sxz - sx * sz) / spread
        return max(-TravelTime.maximumGrade, min(TravelTime.maximumGrade, grade))
    }
}

extension Array where Element == Double {
    /// The index of the first element for which `isAbove` holds, in an array where it holds for a suffix.
    fileprivate func partitionPoint(_ isAbove: (Double) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAbove(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
