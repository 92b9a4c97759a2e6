import PatrolRouting

/// A facility-location instance: weighted demand points, the time each already needs from the
/// posts that stay, and the sparse times from every candidate that would improve on that.
struct PlanInstance: Sendable {
    /// Demand weight of each household.
    var weights: [Double]
    /// Milliseconds from the posts that stay (capped; the cap when none stays).
    var baseline: [Int64]
    /// Candidate × household times that beat the baseline.
    var matrix: ReachMatrix
    /// Number of candidates to choose.
    var choose: Int
    /// The coverage threshold in milliseconds.
    var threshold: Int64
    /// Times are capped at this many milliseconds.
    var cap: Int64

    var householdCount: Int { weights.count }
    var candidateCount: Int { matrix.sourceCount }

    /// Each household's time with the candidates in `selected` added.
    func times(_ selected: [Int]) -> [Int64] {
        var d = baseline
        for c in selected {
            for (i, t) in matrix.row(c) where t < d[Int(i)] { d[Int(i)] = t }
        }
        return d
    }

    /// Demand within the threshold for these times.
    func coveredDemand(_ d: [Int64]) -> Double {
        var total = 0.0
        for i in 0..<d.count where d[i] <= threshold { total += weights[i] }
        return total
    }

    /// Weighted mean time in milliseconds.
    func meanTime(_ d: [Int64]) -> Double {
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return 0 }
        var sum = 0.0
        for i in 0..<d.count { sum += weights[i] * Double(d[i]) }
        return sum / totalWeight
    }

    /// The worst time over households with positive weight.
    func maxTime(_ d: [Int64]) -> Int64 {
        var worst: Int64 = 0
        for i in 0..<d.count where weights[i] > 0 { worst = max(worst, d[i]) }
        return worst
    }

    /// The objective value for `objective` (demand covered, mean ms, or max ms).
    func value(_ objective: PlanObjective, _ selected: [Int]) -> Double {
        let d = times(selected)
        switch objective {
        case .coverage: return coveredDemand(d)
        case .mean: return meanTime(d)
        case .max: return Double(maxTime(d))
        }
    }
}

/// A solver's answer: the chosen candidates (in the order chosen), the objective, and a proven
/// bound on the optimum (an upper bound for coverage, a lower bound for mean and max).
struct PlanSolution: Sendable {
    var selected: [Int]
    var value: Double
    var bound: Double
}
