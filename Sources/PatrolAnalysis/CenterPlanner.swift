/// p-center: choose candidates to minimise the worst travel time over the demand.
///
/// Binary search over the possible radii R: R is reachable when a greedy set cover of the
/// households beyond R uses at most k candidates; then swaps that lower the worst time. The
/// bound is the largest R proven impossible — some household cannot be reached within R by
/// anything, or more than k households beyond R pairwise share no candidate (each needs its own).
enum CenterPlanner {
    static func solve(_ instance: PlanInstance) -> PlanSolution {
        let k = min(instance.choose, instance.candidateCount)
        let n = instance.householdCount
        let demand = (0..<n).filter { instance.weights[$0] > 0 }
        // Best possible time of each household with every candidate open.
        var bestPossible = instance.baseline
        var coveringTimes = [[(candidate: Int32, time: Int64)]](repeating: [], count: n)
        for c in 0..<instance.candidateCount {
            for (i, t) in instance.matrix.row(c) {
                coveringTimes[Int(i)].append((Int32(c), t))
                bestPossible[Int(i)] = min(bestPossible[Int(i)], t)
            }
        }
        let floor = demand.map { bestPossible[$0] }.max() ?? 0
        var radii = Set(demand.map { instance.baseline[$0] })
        for i in demand { for (_, t) in coveringTimes[i] { radii.insert(t) } }
        let sorted = radii.filter { $0 >= floor }.sorted()

        func cover(_ r: Int64) -> [Int]? {
            var open = demand.filter { instance.baseline[$0] > r }
            var chosen: [Int] = []
            while !open.isEmpty {
                var counts: [Int32: Int] = [:]
                for i in open { for (c, t) in coveringTimes[i] where t <= r { counts[c, default: 0] += 1 } }
                guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
                chosen.append(Int(best.key))
                if chosen.count > k { return nil }
                open.removeAll { i in coveringTimes[i].contains { $0.candidate == best.key && $0.time <= r } }
            }
            return chosen
        }
        var lo = 0
        var hi = sorted.count - 1
        var answer: [Int] = []
        while lo <= hi {
            let mid = (lo + hi) / 2
            if let chosen = cover(sorted[mid]) {
                answer = chosen
                hi = mid - 1
            } else {
                lo = mid + 1
            }
        }
        var selected = answer
        // Fill up to k with the candidates that most lower the mean, then swap to lower the max.
        while selected.count < k {
            let d = instance.times(selected)
            let next = (0..<instance.candidateCount).filter { !selected.contains($0) }.max { a, b in
                saving(instance, a, d) != saving(instance, b, d) ? saving(instance, a, d) < saving(instance, b, d) : a > b
            }
            guard let next else { break }
            selected.append(next)
        }
        var value = instance.maxTime(instance.times(selected))
        var improved = true
        while improved {
            improved = false
            for slot in selected.indices {
                for c in 0..<instance.candidateCount where !selected.contains(c) {
                    var trial = selected
                    trial[slot] = c
                    let v = instance.maxTime(instance.times(trial))
                    if v < value {
                        selected = trial
                        value = v
                        improved = true
                    }
                }
            }
        }
        let bound = max(Double(floor), provenBound(instance, k: k, radii: sorted, coveringTimes: coveringTimes, demand: demand, upper: value))
        return PlanSolution(selected: selected, value: Double(value), bound: min(bound, Double(value)))
    }

    private static func saving(_ instance: PlanInstance, _ c: Int, _ d: [Int64]) -> Double {
        instance.matrix.row(c).reduce(0.0) { $1.1 < d[Int($1.0)] ? $0 + instance.weights[Int($1.0)] * Double(d[Int($1.0)] - $1.1) : $0 }
    }

    /// The smallest radius not proven impossible, by binary search over `radii` below `upper`.
    private static func provenBound(
        _ instance: PlanInstance, k: Int, radii: [Int64], coveringTimes: [[(candidate: Int32, time: Int64)]], demand: [Int], upper: Int64
    ) -> Double {
        func impossible(_ r: Int64) -> Bool {
            let beyond = demand.filter { instance.baseline[$0] > r }
            // Households with the fewest covering candidates first make the largest independent set.
            let ordered = beyond.map { i in (i, coveringTimes[i].filter { $0.time <= r }.map(\.candidate)) }
                .sorted { $0.1.count != $1.1.count ? $0.1.count < $1.1.count : $0.0 < $1.0 }
            var used = Set<Int32>()
            var independent = 0
            for (_, candidates) in ordered {
                if candidates.isEmpty { return true }
                if candidates.allSatisfy({ !used.contains($0) }) {
                    independent += 1
                    used.formUnion(candidates)
                    if independent > k { return true }
                }
            }
            return false
        }
        let below = radii.filter { $0 < upper }
        var lo = 0
        var hi = below.count - 1
        var proven = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if impossible(below[mid]) {
                proven = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        guard proven >= 0 else { return 0 }
        // Nothing at or below a proven radius works: the optimum is the next possible value.
        return Double(proven + 1 < below.count ? below[proven + 1] : upper)
    }
}
