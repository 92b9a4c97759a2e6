/// A function given as points and interpolated linearly between them, flat beyond the first and last.
///
/// The profile tables keep their curves this way (speed factor by grade, turn time by angle),
/// as data that a reader can check against the sources they follow.
public struct PiecewiseLinear: Sendable, Hashable {
    /// The points' arguments, increasing.
    public let xs: [Double]
    /// The value at each of ``xs``.
    public let ys: [Double]

    /// Creates the function from points sorted by their first element (built-in tables only).
    public init(_ points: [(Double, Double)]) {
        precondition(!points.isEmpty && zip(points, points.dropFirst()).allSatisfy { $0.0 < $1.0 }, "points must increase")
        xs = points.map(\.0)
        ys = points.map(\.1)
    }

    /// The value at `x`.
    ///
    /// - Complexity: O(points)
    public func callAsFunction(_ x: Double) -> Double {
        guard x > xs[0] else { return ys[0] }
        for i in 1..<xs.count where x <= xs[i] {
            let t = (x - xs[i - 1]) / (xs[i] - xs[i - 1])
            return ys[i - 1] + t * (ys[i] - ys[i - 1])
        }
        return ys[ys.count - 1]
    }
}
