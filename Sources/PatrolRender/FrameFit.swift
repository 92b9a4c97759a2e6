import PatrolGeo

/// Where to centre a frame that is larger on the ground than the area it must show.
///
/// A village at the edge of the township, centred in an A0 frame at 1:5000, leaves much of
/// the sheet to land outside the jurisdiction, where the map has no data. Any centre that
/// keeps the area inside the frame is as true; this picks the one whose ground lies most
/// inside the jurisdiction.
enum FrameFit {
    /// Candidate offsets per axis, evenly spread over the slack.
    static let steps = 9
    /// Sample points per axis when measuring the share inside.
    static let samples = 16

    /// The centre of a frame that shows the most of `land`, with that share (0…1).
    ///
    /// The frame is `width × height` metres and keeps `extent` inside it; on a tie the centre
    /// nearer the extent's centre wins.
    /// - Complexity: O(steps² × samples² × land vertices)
    static func centre(for extent: BoundingBox, width: Double, height: Double, land: MultiPolygon) -> (center: Point, inside: Double) {
        let slackX = Swift.max(0, (width - extent.width) / 2)
        let slackY = Swift.max(0, (height - extent.height) / 2)
        var best = (center: extent.center, inside: share(around: extent.center, width: width, height: height, land: land), offset: 0.0)
        for i in 0..<steps {
            for j in 0..<steps {
                let fx = Double(i) / Double(steps - 1) * 2 - 1
                let fy = Double(j) / Double(steps - 1) * 2 - 1
                let c = Point(x: extent.center.x + fx * slackX, y: extent.center.y + fy * slackY)
                let inside = share(around: c, width: width, height: height, land: land)
                let offset = abs(fx) + abs(fy)
                if inside > best.inside + 1e-9 || (abs(inside - best.inside) <= 1e-9 && offset < best.offset) { best = (c, inside, offset) }
            }
        }
        return (best.center, best.inside)
    }

    /// The share of a `width × height` box around `c` that lies in `land`, on a grid of sample points.
    static func share(around c: Point, width: Double, height: Double, land: MultiPolygon) -> Double {
        var inside = 0
        for i in 0..<samples {
            for j in 0..<samples {
                let p = Point(
                    x: c.x - width / 2 + (Double(i) + 0.5) / Double(samples) * width, y: c.y - height / 2 + (Double(j) + 0.5) / Double(samples) * height)
                if land.contains(p) { inside += 1 }
            }
        }
        return Double(inside) / Double(samples * samples)
    }
}
