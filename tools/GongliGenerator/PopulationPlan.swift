/// How many households each village has: large tableland villages, a larger town, and
/// smaller mountain villages, adding up to the township's ~12,000 households.
struct PopulationPlan {
    /// Households per village, in village order.
    let households: [Int]

    /// Total households of the township.
    static let total = 12_000

    init(villageCount: Int, tablelandCount: Int, random: RandomSource) {
        var random = random
        var weights: [Double] = []
        for v in 0..<villageCount {
            if v == 0 {
                weights.append(1.55)
            } else if v < tablelandCount {
                weights.append(random.uniform(0.95...1.2))
            } else {
                weights.append(random.uniform(0.5...0.72))
            }
        }
        let sum = weights.reduce(0, +)
        var counts = weights.map { Int((Double(Self.total) * $0 / sum).rounded(.down)) }
        counts[0] += Self.total - counts.reduce(0, +)
        households = counts
    }
}
