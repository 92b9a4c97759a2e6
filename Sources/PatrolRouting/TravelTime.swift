public import PatrolData
public import PatrolGeo

/// Travel time along road geometry and off-road, with the slope taken from the DEM.
///
/// Geometry is cut into steps of at most ``stepLength`` metres; each step's gradient comes
/// from the elevations at its ends, so a switchback climbs at its real grade.
public struct TravelTime: Sendable {
    /// Longest step used to sample the slope, in metres (about one DEM cell).
    public static let stepLength = 25.0
    /// Gradients are clamped to ±100 % (45°) to keep bad DEM cells from producing absurd times.
    static let maximumGrade = 1.0

    /// The elevation model, when the map has one; without it every road is flat.
    public let elevation: ElevationGrid?

    /// Creates a calculator over an elevation model (or none).
    public init(elevation: ElevationGrid?) {
        self.elevation = elevation
    }

    /// Seconds to travel `geometry` between distances `start` and `end` along it
    /// (`start` < `end` walks the geometry forwards, `start` > `end` backwards), at
    /// `flatSpeed` km/h adjusted for slope by `mode`.
    ///
    /// Each geometry segment is cut into equal steps of at most ``stepLength`` from its own
    /// start, whatever range is asked, so adjacent ranges add up to the whole.
    /// - Complexity: O(vertices + length / stepLength)
    public func seconds(along geometry: [Point], from start: Double, to end: Double, flatSpeed: Double, mode: TravelMode) -> Double {
        seconds(along: geometry, from: start, to: end, flatSpeed: flatSpeed, mode: mode, zigzag: false)
    }

    /// Seconds to travel `metres` at a constant `grade` (a bridge or tunnel, whose grade comes
    /// from its portals, see ``PortalGrades``), at `flatSpeed` km/h adjusted for slope by `mode`.
    public func seconds(metres: Double, grade: Double, flatSpeed: Double, mode: TravelMode) -> Double {
        metres * Self.secondsPerMetre(flat: flatSpeed, grade: grade, mode: mode, zigzag: false)
    }

    /// Seconds to walk straight across country from `a` to `b` (the leg between a road and a door).
    ///
    /// Off the road nothing fixes the line, so on ground steeper than ``SlopeSpeed/zigzagGrade``
    /// the walker zigzags at that grade (a longer way at a better pace) when that is faster.
    public func offRoadSeconds(from a: Point, to b: Point) -> Double {
        let flat = SlopeSpeed.toblerFlat * SlopeSpeed.offPathFactor
        return seconds(along: [a, b], from: 0, to: a.distance(to: b), flatSpeed: flat, mode: .foot, zigzag: true)
    }

    /// The stepping behind both: `zigzag` lets steep steps be walked as switchbacks.
    private func seconds(along geometry: [Point], from start: Double, to end: Double, flatSpeed: Double, mode: TravelMode, zigzag: Bool) -> Double {
        let lo = min(start, end)
        let hi = max(start, end)
        let forward = end >= start
        guard hi > lo, geometry.count > 1 else { return 0 }
        var total = 0.0
        var offset = 0.0
        for i in 1..<geometry.count {
            let a = geometry[i - 1]
            let b = geometry[i]
            let segment = a.distance(to: b)
            defer { offset += segment }
            guard segment > 0, offset + segment > lo, offset < hi else { continue }
            let steps = max(1, Int((segment / Self.stepLength).rounded(.up)))
            let stepLength = segment / Double(steps)
            var previousElevation = elevation?.elevation(at: a)
            for s in 0..<steps {
                let t1 = Double(s + 1) / Double(steps)
                let q = Point(x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1)
                let nextElevation = elevation?.elevation(at: q)
                let stepStart = offset + Double(s) * stepLength
                let covered = min(hi, stepStart + stepLength) - max(lo, stepStart)
                if covered > 0 {
                    var grade = 0.0
                    if let z0 = previousElevation, let z1 = nextElevation {
                        grade = max(-Self.maximumGrade, min(Self.maximumGrade, (z1 - z0) / stepLength))
                    }
                    total += covered * Self.secondsPerMetre(flat: flatSpeed, grade: forward ? grade : -grade, mode: mode, zigzag: zigzag)
                }
                previousElevation = nextElevation
            }
        }
        return total
    }

    /// Seconds per horizontal metre on `grade`; with `zigzag`, ground steeper than
    /// ``SlopeSpeed/zigzagGrade`` is crossed by switchbacks at that grade, |grade| / zigzagGrade
    /// metres of way per metre gained in plan, when that beats the fall line.
    static func secondsPerMetre(flat: Double, grade: Double, mode: TravelMode, zigzag: Bool) -> Double {
        let straight = 3.6 / speed(flat: flat, grade: grade, mode: mode)
        let limit = SlopeSpeed.zigzagGrade
        guard zigzag, abs(grade) > limit else { return straight }
        let switchbacks = abs(grade) / limit * 3.6 / speed(flat: flat, grade: grade > 0 ? limit : -limit, mode: mode)
        return min(straight, switchbacks)
    }

    /// Speed in km/h on `grade` for a mode whose flat speed is `flat`.
    static func speed(flat: Double, grade: Double, mode: TravelMode) -> Double {
        switch mode {
        case .foot: flat * SlopeSpeed.tobler(grade) / SlopeSpeed.toblerFlat
        case .car, .motorcycle: flat * SlopeSpeed.vehicleFactor(grade)
        }
    }
}
