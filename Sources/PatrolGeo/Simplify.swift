/// Douglas–Peucker line simplification.
public enum Simplify {
    /// The vertices needed so that no dropped one lies farther than `tolerance` from the line.
    ///
    /// The first and last vertices are always kept.
    /// Iterative (no recursion), so very long tracks cannot overflow the stack.
    /// - Complexity: O(n log n) typical, O(n²) worst case.
    public static func douglasPeucker(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var worst = -1.0
            var worstIndex = first
            for i in (first + 1)..<last {
                let (q, _) = Polyline.closestPoint(to: points[i], onSegmentFrom: points[first], to: points[last])
                let d = q.distance(to: points[i])
                if d > worst {
                    worst = d
                    worstIndex = i
                }
            }
            if worst > tolerance {
                keep[worstIndex] = true
                stack.append((first, worstIndex))
                stack.append((worstIndex, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }
}
