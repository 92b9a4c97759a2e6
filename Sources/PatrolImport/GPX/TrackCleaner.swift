public import PatrolGeo
import PatrolData

/// A track point in the working CRS, with its time when the GPS recorded one.
public struct TrackPoint: Sendable, Hashable {
    /// Position in metres.
    public var point: Point
    /// Seconds since 1970, or `nil`.
    public var time: Double?

    /// Creates a track point.
    public init(point: Point, time: Double? = nil) {
        self.point = point
        self.time = time
    }
}

/// Thresholds for cleaning a GPS track.
public struct TrackCleaning: Sendable, Hashable {
    /// A point reached faster than this from the previous kept point (m/s) is a spike.
    public var maxSpeed: Double
    /// A single point that jumps out and back by more than this (m) is a spike.
    public var spikeDistance: Double
    /// Consecutive points within this radius (m) of the first of them are one place.
    public var jitterRadius: Double
    /// A run of at least this many points in one place is collapsed to its centroid.
    public var jitterPoints: Int
    /// A collapsed run lasting at least this long (s) is counted as a stop.
    public var stopSeconds: Double
    /// Douglas–Peucker tolerance for the final line (m).
    public var simplifyTolerance: Double

    /// Defaults for a phone GPS carried on foot or in a vehicle: spikes above 50 m/s or
    /// 50 m out-and-back, jitter within 8 m over 4 or more points, stops of 30 s, and a
    /// 4 m simplification tolerance.
    public init(
        maxSpeed: Double = 50, spikeDistance: Double = 50, jitterRadius: Double = 8, jitterPoints: Int = 4,
        stopSeconds: Double = 30, simplifyTolerance: Double = 4
    ) {
        self.maxSpeed = maxSpeed
        self.spikeDistance = spikeDistance
        self.jitterRadius = jitterRadius
        self.jitterPoints = jitterPoints
        self.stopSeconds = stopSeconds
        self.simplifyTolerance = simplifyTolerance
    }
}

/// What cleaning did to a track.
public struct CleaningResult: Sendable, Hashable {
    /// The cleaned and simplified line.
    public var line: [Point]
    /// Points read.
    public var input = 0
    /// Points dropped as speed spikes (implied speed above the limit).
    public var speedSpikes = 0
    /// Points dropped as out-and-back spikes.
    public var shapeSpikes = 0
    /// Points merged into stop or jitter centroids.
    public var jitter = 0
    /// Stops found (runs in one place lasting ``TrackCleaning/stopSeconds`` or more).
    public var stops = 0
    /// Points dropped by simplification.
    public var simplified = 0
}

/// Removes GPS noise from a track, then simplifies it.
///
/// 1. Speed spikes: with times, a point that would need more than `maxSpeed` from the last
///    kept point is dropped.
/// 2. Out-and-back spikes: a point farther than `spikeDistance` from the segment joining its
///    neighbours, and more than three times as far from each of them as they are from each
///    other, is dropped (a switchback has neighbours far apart, so it survives).
/// 3. Jitter and stops: a run of `jitterPoints` or more consecutive points within
///    `jitterRadius` of the run's first point becomes its centroid.
/// 4. Douglas–Peucker with `simplifyTolerance`.
/// - Complexity: O(n) for the filters, O(n log n) typical for the simplification.
public enum TrackCleaner {
    /// Cleans `track` with `settings`.
    public static func clean(_ track: [TrackPoint], settings: TrackCleaning = TrackCleaning()) -> CleaningResult {
        var result = CleaningResult(line: [])
        result.input = track.count

        var kept: [TrackPoint] = []
        for p in track {
            if let last = kept.last, let t0 = last.time, let t1 = p.time, t1 > t0,
                last.point.distance(to: p.point) / (t1 - t0) > settings.maxSpeed
            {
                result.speedSpikes += 1
                continue
            }
            kept.append(p)
        }

        var changed = true
        while changed && kept.count >= 3 {
            changed = false
            var filtered: [TrackPoint] = [kept[0]]
            var i = 1
            while i < kept.count - 1 {
                let a = filtered.last!.point
                let b = kept[i].point
                let c = kept[i + 1].point
                let ac = a.distance(to: c)
                let offLine = Polyline.closestPoint(to: b, onSegmentFrom: a, to: c).point.distance(to: b)
                if offLine > settings.spikeDistance, a.distance(to: b) > 3 * ac, b.distance(to: c) > 3 * ac {
                    result.shapeSpikes += 1
                    changed = true
                } else {
                    filtered.append(kept[i])
                }
                i += 1
            }
            filtered.append(kept[kept.count - 1])
            kept = filtered
        }

        var collapsed: [Point] = []
        var start = 0
        while start < kept.count {
            var end = start + 1
            while end < kept.count, kept[end].point.distance(to: kept[start].point) <= settings.jitterRadius { end += 1 }
            let run = kept[start..<end]
            if run.count >= settings.jitterPoints {
                let n = Double(run.count)
                collapsed.append(Point(x: run.reduce(0) { $0 + $1.point.x } / n, y: run.reduce(0) { $0 + $1.point.y } / n))
                result.jitter += run.count - 1
                if let t0 = run.first?.time, let t1 = run.last?.time, t1 - t0 >= settings.stopSeconds { result.stops += 1 }
            } else {
                collapsed.append(contentsOf: run.map(\.point))
            }
            start = end
        }

        result.line = Simplify.douglasPeucker(collapsed, tolerance: settings.simplifyTolerance)
        result.simplified = collapsed.count - result.line.count
        return result
    }
}
