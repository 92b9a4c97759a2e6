import Foundation
import PatrolGeo

/// The outline of the jurisdiction as a set of raster cells: an irregular star-shaped blob
/// around the centre, taller than wide, holding a chosen number of cells.
///
/// Every ray from the centre leaves the shape once (the radius depends on the direction
/// only), so the shape is one piece without holes whatever the noise draws.
enum JurisdictionShape {
    /// The `cellCount` cells nearest the centre in the shape's own metric, as a mask.
    ///
    /// - Complexity: O(n log n) for n cells of the frame.
    static func cells(frame: GridFrame, centre: Point, cellCount: Int, random: RandomSource) -> [Bool] {
        var random = random
        let edge = GradientNoise(&random)
        var harmonics: [(Double, Double)] = []
        for k in 2...7 {
            harmonics.append((0.2 / pow(Double(k), 0.8) * random.uniform(0.5...1.2), random.uniform(0...(2 * Double.pi))))
        }
        func radius(_ angle: Double) -> Double {
            var r = 1.0
            for (k, (amplitude, phase)) in harmonics.enumerated() {
                r += amplitude * cos(Double(k + 2) * angle + phase)
            }
            // A rough edge at the scale of fields and spurs, a function of the angle only.
            r += 0.1 * edge.fractal(cos(angle) * 9000, sin(angle) * 9000, wavelength: 1300, octaves: 5, persistence: 0.6)
            return r
        }
        var order: [(Double, Int)] = []
        order.reserveCapacity(frame.count)
        for i in 0..<frame.count {
            let p = frame.center(i)
            let dx = (p.x - centre.x) / 4500
            let dy = (p.y - centre.y) / 5300
            order.append(((dx * dx + dy * dy).squareRoot() / radius(atan2(dy, dx)), i))
        }
        order.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var inside = [Bool](repeating: false, count: frame.count)
        for (_, i) in order.prefix(cellCount) { inside[i] = true }
        return inside
    }

    /// The shape as a tidy mask: one 4-connected piece without holes or single-cell spurs.
    static func mask(frame: GridFrame, centre: Point, cellCount: Int, random: RandomSource) -> [Bool] {
        var labels = cells(frame: frame, centre: centre, cellCount: cellCount, random: random).map { $0 ? 0 : -1 }
        LabelCleanup.tidy(&labels, frame: frame, keepOutside: false)
        LabelCleanup.dropFragments(&labels, frame: frame)
        LabelCleanup.fillHoles(&labels, frame: frame)
        return labels.map { $0 >= 0 }
    }
}
