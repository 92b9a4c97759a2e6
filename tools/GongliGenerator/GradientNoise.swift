import Foundation

/// Seeded 2-D gradient noise (Perlin's construction) and fractal sums of it.
///
/// Values lie roughly in [-1, 1]; the same seed gives the same field on every run.
struct GradientNoise {
    private var permutation: [Int]
    private var gradients: [(Double, Double)]

    /// A noise field drawn from `random`.
    init(_ random: inout RandomSource) {
        var order = Array(0..<256)
        for i in stride(from: 255, to: 0, by: -1) {
            order.swapAt(i, random.int(0...i))
        }
        permutation = order + order
        gradients = (0..<256).map { _ in
            let angle = random.unit() * 2 * Double.pi
            return (cos(angle), sin(angle))
        }
    }

    /// Noise at (`x`, `y`), in units of the lattice spacing.
    ///
    /// - Complexity: O(1)
    func value(_ x: Double, _ y: Double) -> Double {
        let fx = x.rounded(.down)
        let fy = y.rounded(.down)
        let ix = Int(fx) & 255
        let iy = Int(fy) & 255
        let dx = x - fx
        let dy = y - fy
        func corner(_ cx: Int, _ cy: Int, _ ox: Double, _ oy: Double) -> Double {
            let g = gradients[permutation[permutation[(ix + cx) & 255] + ((iy + cy) & 255)]]
            return g.0 * ox + g.1 * oy
        }
        func fade(_ t: Double) -> Double { t * t * t * (t * (t * 6 - 15) + 10) }
        let u = fade(dx)
        let v = fade(dy)
        let a = corner(0, 0, dx, dy) + u * (corner(1, 0, dx - 1, dy) - corner(0, 0, dx, dy))
        let b = corner(0, 1, dx, dy - 1) + u * (corner(1, 1, dx - 1, dy - 1) - corner(0, 1, dx, dy - 1))
        return (a + v * (b - a)) * 1.41
    }

    /// Fractal sum of `octaves` layers, each twice the frequency and `persistence` times the
    /// amplitude of the last; `wavelength` is the first layer's lattice spacing in metres.
    func fractal(_ x: Double, _ y: Double, wavelength: Double, octaves: Int, persistence: Double = 0.5) -> Double {
        var sum = 0.0
        var amplitude = 1.0
        var norm = 0.0
        var frequency = 1 / wavelength
        for octave in 0..<octaves {
            // Offset each octave so lattice points do not line up.
            let shift = Double(octave) * 17.31
            sum += amplitude * value(x * frequency + shift, y * frequency - shift)
            norm += amplitude
            amplitude *= persistence
            frequency *= 2
        }
        return sum / norm
    }
}
