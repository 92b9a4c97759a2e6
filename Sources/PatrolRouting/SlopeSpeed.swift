import Foundation

/// How the gradient changes walking speed: Tobler's hiking function (vehicles have ``GradeFactors``).
///
/// Gradients are rise over run (0.1 = 10 % uphill, −0.1 = 10 % downhill), so uphill and
/// downhill cost differently.
public enum SlopeSpeed {
    /// Walking speed in km/h on a path with gradient `s` (Tobler 1993): 6·e^(−3.5·|s + 0.05|).
    ///
    /// 5.04 km/h on the flat, fastest (6 km/h) on a gentle 5 % descent.
    public static func tobler(_ s: Double) -> Double {
        6 * exp(-3.5 * abs(s + 0.05))
    }

    /// Tobler's speed on the flat, the reference the foot table's multipliers apply to.
    public static let toblerFlat = tobler(0)

    /// Off-path walking is slower than on a path by this factor (Tobler's own 3/5).
    public static let offPathFactor = 0.6

    /// The grade at which Tobler's function gains (or loses) height fastest: 1/3.5 ≈ 28.6 %.
    ///
    /// Height per second on grade g is g·6·e^(−3.5·(g + 0.05)), largest at g = 1/3.5 (and
    /// likewise on the way down), so across country a walker faced with steeper ground
    /// zigzags at this grade instead of going straight up or down the fall line.
    public static let zigzagGrade = 1 / 3.5
}
