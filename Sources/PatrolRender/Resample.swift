import PatrolGeo

/// Points at regular distances along a polyline.
enum Resample {
    /// The vertices' first point and then one point every `step` along the line, and its last point.
    /// - Complexity: O(n + length / step)
    static func every(_ step: Double, along points: [Point]) -> [Point] {
        guard let first = points.first, step > 0 else { return points }
        var result = [first]
        var carried = 0.0
        for i in 1..<Swift.max(1, points.count) {
            let a = points[i - 1]
            let b = points[i]
            let length = a.distance(to: b)
            var at = step - carried
            while at <= length {
                let t = at / length
                result.append(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
                at += step
            }
            carried = length - (at - step)
        }
        if let last = points.last, points.count > 1 { result.append(last) }
        return result
    }
}
