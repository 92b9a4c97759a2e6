/// How a vehicle's speed changes with the grade, as data: a piecewise-linear table of speed
/// multipliers by grade (rise over run, negative downhill), flat beyond its first and last points.
///
/// The built-in tables (``paved`` and ``unpaved``) follow the physics of a car on a hill, not a
/// fit to any router. Climbing 10 % at 60 km/h, a 1.5 t car needs m·g·v·0.1 ≈ 25 kW on top of
/// ≈ 5 kW of rolling and air resistance, well within what any patrol car delivers, so on a
/// paved road the grade alone barely slows it below 6 %; beyond that drivers shift down and,
/// past 15–20 %, crawl in first gear. Downhill, braking to hold speed takes over at the same
/// grades (the drive/brake speed limits of the World Bank's HDM-4 free-speed model). On gravel
/// and tracks traction and braking give out earlier, from 4 %. Valhalla likewise stops
/// weighting grades beyond −10 %/+15 % (`skadi::energy_weighting`); the tables go further
/// because mountain lanes do.
public struct GradeFactors: Sendable, Hashable {
    /// The multiplier as a function of the grade.
    public let table: PiecewiseLinear

    /// Creates a table from its points (grade, multiplier), sorted by grade.
    public init(_ points: [(grade: Double, factor: Double)]) {
        table = PiecewiseLinear(points.map { ($0.grade, $0.factor) })
    }

    /// The speed multiplier at `grade`.
    public func factor(_ grade: Double) -> Double {
        table(grade)
    }

    /// Cars and motorcycles on paved roads: no slowdown within ±6 %, first gear beyond ±20 %.
    public static let paved = GradeFactors([
        (-0.30, 0.30), (-0.20, 0.55), (-0.15, 0.75), (-0.10, 0.90), (-0.06, 1),
        (0.06, 1), (0.10, 0.90), (0.15, 0.75), (0.20, 0.50), (0.30, 0.25),
    ])

    /// Cars and motorcycles on unpaved roads and tracks: slowing from ±4 %, and harder.
    public static let unpaved = GradeFactors([
        (-0.30, 0.25), (-0.20, 0.45), (-0.15, 0.60), (-0.10, 0.75), (-0.04, 1),
        (0.04, 1), (0.10, 0.75), (0.15, 0.60), (0.20, 0.40), (0.30, 0.20),
    ])
}
