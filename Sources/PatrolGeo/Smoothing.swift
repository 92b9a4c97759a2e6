/// Light smoothing of polylines (contours traced on a grid look angular).
public enum Smoothing {
    /// Chaikin's corner cutting: every segment is replaced by points at ¼ and ¾ of it, `iterations` times.
    ///
    /// Open lines keep their end points; closed rings stay closed.
    ///
    /// The result stays inside the convex hull of the input and within half a segment of it.
    /// - Complexity: O(n × 2^iterations)
    public static func chaikin(_ points: [Point], iterations: Int = 1) -> [Point] {
        guard points.count > 2, iterations > 0 else { return points }
        let closed = points.first == points.last
        var current = points
        for _ in 0..<iterations {
            var result: [Point] = []
            result.reserveCapacity(current.count * 2)
            if !closed { result.append(current[0]) }
            for i in 0..<(current.count - 1) {
                let a = current[i]
                let b = current[i + 1]
                result.append(a * 0.75 + b * 0.25)
                result.append(a * 0.25 + b * 0.75)
            }
            if closed {
                result.append(result[0])
            } else {
                result.append(current[current.count - 1])
            }
            current = result
        }
        return current
    }
}
