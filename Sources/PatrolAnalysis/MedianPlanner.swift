/// p-median: choose candidates to minimise the demand-weighted mean travel time.
///
/// Greedy construction, then best-improvement swaps (Teitz–Bart interchange). The bound is a
/// Lagrangian relaxation of the assignment constraints (a proven lower bound on the optimal
/// total), minimised by subgradient steps; the posts that stay act as one facility always open.
enum MedianPlanner {
    static func solve(_ instance: PlanInstance) -> PlanSolution {
        let k = min(instance.choose, instance.candidateCount)
        let w = instance.weights
        var selected: [Int] = []
        var d = instance.baseline
        func total(_ times: [Int64]) -> Double { times.indices.reduce(0.0) { $0 + w[$1] * Double(times[$1]) } }
        for _ in 0..<k {
            var best = (saving: -1.0, candidate: -1)
            for c in 0..<instance.candidateCount where !selected.contains(c) {
                var saving = 0.0
                for (i, t) in instance.matrix.row(c) where t < d[Int(i)] { saving += w[Int(i)] * Double(d[Int(i)] - t) }
                if saving > best.saving { best = (saving, c) }
            }
            guard best.candidate >= 0 else { break }
            selected.append(best.candidate)
            for (i, t) in instance.matrix.row(best.candidate) where t < d[Int(i)] { d[Int(i)] = t }
        }
        var cost = total(d)
        while true {
            var best = (delta: -1e-6, slot: -1, candidate: -1)
            for slot in selected.indices {
                let without = instance.times(selected.enumerated().filter { $0.offset != slot }.map(\.element))
                let base = total(without)
                for c in 0..<instance.candidateCount where !selected.contains(c) {
                    var after = base
                    for (i, t) in instance.matrix.row(c) where t < without[Int(i)] { after -= w[Int(i)] * Double(without[Int(i)] - t) }
                    if after - cost < best.delta { best = (after - cost, slot, c) }
                }
            }
            guard best.slot >= 0 else { break }
            selected[best.slot] = best.candidate
            d = instance.times(selected)
            cost = total(d)
        }
        let totalWeight = w.reduce(0, +)
        let lower = lagrangianBound(instance, k: k, upper: cost)
        return PlanSolution(selected: selected, value: cost / max(totalWeight, 1e-12), bound: min(lower, cost) / max(totalWeight, 1e-12))
    }

    /// max over λ of Σ λ_i + Σ_i min(0, w_i·b_i − λ_i) + (sum of the k smallest ρ_c), where
    /// ρ_c = Σ_{i reached by c} min(0, w_i·t_ci − λ_i) and b is the baseline (always open).
    static func lagrangianBound(_ instance: PlanInstance, k: Int, upper: Double) -> Double {
        let n = instance.householdCount
        let w = instance.weights
        var lambda = (0..<n).map { w[$0] * Double(instance.baseline[$0]) }
        var best = -Double.infinity
        var step = SubgradientStep()
        for _ in 0..<300 {
            var rho = [Double](repeating: 0, count: instance.candidateCount)
            for c in 0..<instance.candidateCount {
                for (i, t) in instance.matrix.row(c) { rho[c] += min(0, w[Int(i)] * Double(t) - lambda[Int(i)]) }
            }
            let open = rho.indices.sorted { rho[$0] != rho[$1] ? rho[$0] < rho[$1] : $0 < $1 }.prefix(k)
            var bound = 0.0
            var gradient = [Double](repeating: 1, count: n)
            for i in 0..<n {
                bound += lambda[i] + min(0, w[i] * Double(instance.baseline[i]) - lambda[i])
                if w[i] * Double(instance.baseline[i]) < lambda[i] { gradient[i] -= 1 }
            }
            for c in open {
                bound += rho[c]
                for (i, t) in instance.matrix.row(c) where w[Int(i)] * Double(t) < lambda[Int(i)] { gradient[Int(i)] -= 1 }
            }
            let improved = bound > best + 1e-9
            if improved { best = bound }
            step.record(improved: improved)
            let norm = gradient.reduce(0) { $0 + $1 * $1 }
            guard norm > 0, upper - best > 1e-6 * max(1, abs(upper)), !step.isExhausted else { break }
            let length = step.theta * (upper - bound) / norm
            for i in 0..<n { lambda[i] = max(0, lambda[i] + length * gradient[i]) }
        }
        return best
    }
}
