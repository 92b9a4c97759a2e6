public import PatrolData
public import PatrolGeo

/// Travel time along road geometry and off-road, with the slope taken from the DEM.
///
/// Geometry is cut into equal steps of at most ``stepLength`` metres; each step's grade is the
/// DEM's smoothed slope there (``GradeProfile``; for a link of the routing graph, fitted along its
/// whole road, ``RoadGrades``), so a switchback climbs at its real grade and a road along a valley
/// side does not climb the DEM's noise. How speed answers the grade is the
/// travel profile's: a vehicle's ``GradeFactors`` table, or on foot (`nil`) Tobler's hiking function.
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
    /// `flatSpeed` km/h adjusted for slope by `grades` (`nil`: Tobler's hiking function).
    ///
    /// The steps and their grades depend on the whole geometry, whatever range is asked, so
    /// adjacent ranges add up to the whole.
    /// - Complexity: O(vertices + length / stepLength × window / stepLength)
    public func seconds(along geometry: [Point], from start: Double, to end: Double, flatSpeed: Double, grades: GradeFactors?) -> Double {
        seconds(along: geometry, from: start, to: end, flatSpeed: flatSpeed, grades: grades, zigzag: false)
    }

    /// Seconds to travel a line whose grades are `profile` between distances `start` and `end`
    /// along it (backwards when `start` > `end`), at `flatSpeed` km/h adjusted for slope by `grades`.
    ///
    /// A link of the routing graph is timed on the profile fitted along its whole road (``RoadGrades``).
    /// - Complexity: O(steps)
    public func seconds(profile: GradeProfile, from start: Double, to end: Double, flatSpeed: Double, grades: GradeFactors?) -> Double {
        Self.seconds(profile: profile, from: start, to: end, flatSpeed: flatSpeed, grades: grades, zigzag: false)
    }

    /// Seconds to travel `metres` at a constant `grade` (a bridge or tunnel, whose grade comes
    /// from its portals, see ``PortalGrades``), at `flatSpeed` km/h adjusted for slope by `grades`.
    public func seconds(metres: Double, grade: Double, flatSpeed: Double, grades: GradeFactors?) -> Double {
        metres * Self.secondsPerMetre(flat: flatSpeed, grade: grade, grades: grades, zigzag: false)
    }

    /// Seconds to walk straight across country from `a` to `b` (the leg between a road and a door).
    ///
    /// Off the road nothing fixes the line, so on ground steeper than ``SlopeSpeed/zigzagGrade``
    /// the walker zigzags at that grade (a longer way at a better pace) when that is faster.
    public func offRoadSeconds(from a: Point, to b: Point) -> Double {
        let flat = SlopeSpeed.toblerFlat * SlopeSpeed.offPathFactor
        return seconds(along: [a, b], from: 0, to: a.distance(to: b), flatSpeed: flat, grades: nil, zigzag: true)
    }

    /// The stepping behind both: `zigzag` lets steep steps be walked as switchbacks.
    private func seconds(along geometry: [Point], from start: Double, to end: Double, flatSpeed: Double, grades: GradeFactors?, zigzag: Bool) -> Double {
        let lo = min(start, end)
        let hi = max(start, end)
        guard hi > lo, geometry.count > 1 else { return 0 }
        guard let elevation else {
            return (hi - lo) * Self.secondsPerMetre(flat: flatSpeed, grade: 0, grades: grades, zigzag: zigzag)
        }
        let profile = GradeProfile(geometry: geometry, elevation: elevation)
        return Self.seconds(profile: profile, from: start, to: end, flatSpeed: flatSpeed, grades: grades, zigzag: zigzag)
    }

    /// Seconds along `profile` between `start` and `end`, step by step.
    private static func seconds(profile: GradeProfile, from start: Double, to end: Double, flatSpeed: Double, grades: GradeFactors?, zigzag: Bool) -> Double {
        let lo = min(start, end)
        let hi = max(start, end)
        let forward = end >= start
        var total = 0.0
        for (k, grade) in profile.grades.enumerated() {
            let stepStart = Double(k) * profile.step
            let covered = min(hi, stepStart + profile.step) - max(lo, stepStart)
            guard covered > 0 else { continue }
            total += covered * secondsPerMetre(flat: flatSpeed, grade: forward ? grade : -grade, grades: grades, zigzag: zigzag)
        }
        return total
    }

    /// Seconds per horizontal metre on `grade`; with `zigzag`, ground steeper than
    /// ``SlopeSpeed/zigzagGrade`` is crossed by switchbacks at that grade, |grade| / zigzagGrade
    /// metres of way per metre gained in plan, when that beats the fall line.
    static func secondsPerMetre(flat: Double, grade: Double, grades: GradeFactors?, zigzag: Bool) -> Double {
        let straight = 3.6 / speed(flat: flat, grade: grade, grades: grades)
        let limit = SlopeSpeed.zigzagGrade
        guard zigzag, abs(grade) > limit else { return straight }
        let switchbacks = abs(grade) / limit * 3.6 / speed(flat: flat, grade: grade > 0 ? limit : -limit, grades: grades)
        return min(straight, switchbacks)
    }

    /// Speed in km/h on `grade` whose flat speed is `flat`: times the table's factor, or without one by Tobler's function.
    static func speed(flat: Double, grade: Double, grades: GradeFactors?) -> Double {
        guard let grades else { return flat * SlopeSpeed.tobler(grade) / SlopeSpeed.toblerFlat }
        return flat * grades.factor(grade)
    }
}
