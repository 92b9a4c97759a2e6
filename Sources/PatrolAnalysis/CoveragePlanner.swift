/// Maximal covering location: choose candidates to cover the most demand within the threshold.
///
/// Greedy construction, then best-improvement swaps until none helps. The bound is the better of
/// two proven upper bounds: the submodularity bound f(S) + (top-k marginal gains w.r.t. S) over
/// every greedy prefix S, and a Lagrangian relaxation of the coverage constraints minimised by
/// subgradient steps over households grouped by the candidates that cover them.
enum CoveragePlanner {
    static func solve(_ instance: PlanInstance) -> PlanSolution {
        let n = instance.householdCount
        let k = min(instance.choose, instance.candidateCount)
        let uncovered = (0..<n).map { instance.baseline[$0] > instance.threshold }
        // Households each candidate would newly cover.
        let covers: [[Int32]] = (0..<instance.candidateCount).map { c in
            instance.matrix.row(c).compactMap { i, t in uncovered[Int(i)] && t <= instance.threshold ? i : nil }
        }
        let w = instance.weights
        let fixedDemand = (0..<n).filter { !uncovered[$0] }.reduce(0.0) { $0 + w[$1] }
        var count = [Int32](repeating: 0, count: n)
        var selected: [Int] = []
        var bound = Double.infinity

        func gain(_ c: Int) -> Double { covers[c].reduce(0.0) { count[Int($1)] == 0 ? $0 + w[Int($1)] : $0 } }
        func covered() -> Double { fixedDemand + (0..<n).reduce(0.0) { count[$1] > 0 ? $0 + w[$1] : $0 } }
        func submodularBound() -> Double {
            let gains = (0..<instance.candidateCount).filter { !selected.contains($0) }.map(gain).sorted(by: >)
            return covered() + gains.prefix(k).reduce(0, +)
        }

        for _ in 0..<k {
            bound = min(bound, submodularBound())
            var best = (gain: -1.0, candidate: -1)
            for c in 0..<instance.candidateCount where !selected.contains(c) {
                let g = gain(c)
                if g > best.gain { best = (g, c) }
            }
            guard best.candidate >= 0 else { break }
            selected.append(best.candidate)
            for i in covers[best.candidate] { count[Int(i)] += 1 }
        }

        // Swaps: replace s by c when that covers more.
        while true {
            var best = (delta: 1e-9, out: -1, into: -1)
            for (slot, s) in selected.enumerated() {
                var loss = 0.0
                var onlyS = [Bool](repeating: false, count: n)
                for i in covers[s] where count[Int(i)] == 1 {
                    onlyS[Int(i)] = true
                    loss += w[Int(i)]
                }
                for c in 0..<instance.candidateCount where !selected.contains(c) {
                    var g = 0.0
                    for i in covers[c] where count[Int(i)] == 0 || onlyS[Int(i)] { g += w[Int(i)] }
                    if g - loss > best.delta { best = (g - loss, slot, c) }
                }
            }
            guard best.out >= 0 else { break }
            for i in covers[selected[best.out]] { count[Int(i)] -= 1 }
            selected[best.out] = best.into
            for i in covers[best.into] { count[Int(i)] += 1 }
        }
        bound = min(bound, submodularBound())
        let value = covered()
        bound = min(bound, fixedDemand + lagrangianBound(covers: covers, weights: w, uncovered: uncovered, k: k, lower: value - fixedDemand))
        return PlanSolution(selected: selected, value: value, bound: max(bound, value))
    }

    /// min over λ ≥ 0 of Σ (w_g − λ_g)⁺ + (sum of the k largest Σ_{g∈N_c} λ_g), by subgradient.
    static func lagrangianBound(covers: [[Int32]], weights: [Double], uncovered: [Bool], k: Int, lower: Double) -> Double {
        // Group households by the set of candidates covering them.
        var coveringSets = [[Int32]](repeating: [], count: weights.count)
        for (c, list) in covers.enumerated() { for i in list { coveringSets[Int(i)].append(Int32(c)) } }
        var groupOf: [[Int32]: Int] = [:]
        var groupWeight: [Double] = []
        var groupCandidates: [[Int32]] = []
        for i in 0..<weights.count where uncovered[i] && weights[i] > 0 {
            let key = coveringSets[i]
            if let g = groupOf[key] {
                groupWeight[g] += weights[i]
            } else {
                groupOf[key] = groupWeight.count
                groupWeight.append(weights[i])
                groupCandidates.append(key)
            }
        }
        let groups = groupWeight.count
        guard groups > 0 else { return 0 }
        var rows = [[Int32]](repeating: [], count: covers.count)
        for g in 0..<groups { for c in groupCandidates[g] { rows[Int(c)].append(Int32(g)) } }
        var lambda = groupWeight.map { $0 / 2 }
        var best = Double.infinity
        var step = SubgradientStep()
        for _ in 0..<300 {
            let values = rows.map { row in row.reduce(0.0) { $0 + lambda[Int($1)] } }
            let chosen = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }.prefix(k)
            var bound = chosen.reduce(0.0) { $0 + values[$1] }
            var gradient = [Double](repeating: 0, count: groups)
            for g in 0..<groups where groupWeight[g] > lambda[g] {
                bound += groupWeight[g] - lambda[g]
                gradient[g] -= 1
            }
            for c in chosen { for g in rows[c] { gradient[Int(g)] += 1 } }
            let improved = bound < best - 1e-9
            if improved { best = bound }
            step.record(improved: improved)
            let norm = gradient.reduce(0) { $0 + $1 * $1 }
            guard norm > 0, best - lower > 1e-9, !step.isExhausted else { break }
            let length = step.theta * (bound - lower) / norm
            for g in 0..<groups { lambda[g] = max(0, lambda[g] - length * gradient[g]) }
        }
        return best
    }
}
