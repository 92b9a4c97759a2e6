/// A fixed-seed pseudo-random generator (SplitMix64) for picking test samples that are the
/// same on every run and every platform.
public struct SeededSample {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` distinct elements of `items` (all of them when there are fewer), in the order drawn.
    ///
    /// - Complexity: O(items) for a partial Fisher–Yates shuffle.
    public mutating func pick<T>(_ count: Int, from items: [T]) -> [T] {
        var pool = items
        let k = min(count, pool.count)
        for i in 0..<k {
            let j = i + Int(next() % UInt64(pool.count - i))
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }
}
