/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64).
///
/// The generator never touches the system's randomness, so the same seed gives the same
/// sequence on every run. Each part of the generator forks its own stream by name, so a
/// change in how one part draws numbers does not shift what every later part draws.
struct RandomSource: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the four state words from SplitMix64, as the xoshiro authors recommend.
    init(seed: UInt64) {
        var splitMix = seed
        func next() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next()
        s1 = next()
        s2 = next()
        s3 = next()
    }

    /// An independent stream named `label`, derived from this generator's seed material.
    func fork(_ label: String) -> RandomSource {
        // FNV-1a over the label, mixed with the state: stable across runs and platforms.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return RandomSource(seed: hash ^ s0 ^ (s3 &* 31))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform number in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// A uniform whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index drawn with probability proportional to `weights` (which must not all be zero).
    ///
    /// - Complexity: O(n)
    mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (i, w) in weights.enumerated() {
            target -= w
            if target < 0 { return i }
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// One element of a non-empty array, uniformly.
    mutating func element<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
