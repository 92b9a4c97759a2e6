public import PatrolData
public import PatrolGeo

/// The grade along a line, from the DEM resampled at a fixed step and smoothed.
///
/// A 30 m DEM (SRTM) along a road cut into a valley side samples the slope beside the road,
/// so grades taken from one cell to the next are noise: a 5 km road "climbs" a kilometre. As
/// GraphHopper does for SRTM (`EdgeElevationSmoothing`: a moving average of the heights within
/// 150 m of each point), the line's heights are sampled every ``TravelTime/stepLength`` metres
/// at most and each step's grade is the least-squares slope of the samples within 150 m of its
/// middle (a ``smoothingWindow`` of 300 m, truncated at the line's ends). The fit recovers the true
/// grade of a road under noise whose mean is zero, keeps a steep 50 m lane steep (a moving
/// average of heights would flatten a line shorter than its window), and needs no heights
/// beyond the line, so each link's profile depends on its geometry alone.
public struct GradeProfile: Sendable, Hashable {
    /// Width of the fitting window along the line, in metres (centred on each step).
    public static let smoothingWindow = 300.0

    /// Length of each step in metres: the line's length cut into equal steps of at most ``TravelTime/stepLength``.
    public let step: Double
    /// The smoothed grade of each step, forwards along the line, clamped to ±100 %; 0 where the DEM has no heights.
    public let grades: [Double]

    /// The profile of `geometry` over `elevation`.
    ///
    /// - Complexity: O(vertices + (length / step) × (window / step))
    public init(geometry: [Point], elevation: ElevationGrid) {
        let length = zip(geometry, geometry.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
        let count = max(1, Int((length / TravelTime.stepLength).rounded(.up)))
        let step = length / Double(count)
        self.step = step
        let heights = Self.samples(geometry, count: count, step: step).map { elevation.elevation(at: $0) }
        let half = max(0.5, Self.smoothingWindow / 2 / step)
        grades = (0..<count).map { k in
            // The samples within half a window of the step's middle, k + ½ steps along.
            let middle = Double(k) + 0.5
            let window = max(0, Int((middle - half).rounded(.up)))...min(count, Int((middle + half).rounded(.down)))
            return Self.slope(heights, window, step: step)
        }
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

    /// The least-squares slope of the known heights at indices `window` (`step` metres apart), clamped to ±100 %.
    static func slope(_ heights: [Double?], _ window: ClosedRange<Int>, step: Double) -> Double {
        var n = 0.0
        var sx = 0.0
        var sz = 0.0
        var sxx = 0.0
        var sxz = 0.0
        for j in window {
            guard let z = heights[j] else { continue }
            let x = Double(j) * step
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
