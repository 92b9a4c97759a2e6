public import PatrolData

extension PlanResult {
    /// The optimisation instance as CSV files, so an external solver (a MILP, PySAL spopt) can
    /// check the answer on exactly the same numbers: `households.csv` (index, id, weight,
    /// baseline seconds), `candidates.csv` (index, name, x, y), `times.csv` (candidate, household,
    /// seconds; only times that beat the baseline) and `problem.json`.
    public func instanceFiles(map: PatrolMap) -> [(name: String, text: String)] {
        guard let instance else { return [] }
        let households = CSVWriter.table(
            header: ["index", "id", "weight", "baseline_s"],
            rows: map.households.indices.map { [String($0), map.households[$0].id, JSONWriter.format(instance.weights[$0]), seconds(instance.baseline[$0])] })
        let candidates = CSVWriter.table(
            header: ["index", "name", "x", "y"],
            rows: candidateSites.indices.map {
                [String($0), candidateSites[$0].name, JSONWriter.format(candidateSites[$0].location.x), JSONWriter.format(candidateSites[$0].location.y)]
            })
        var times = "candidate,household,seconds\n"
        for c in 0..<instance.candidateCount {
            for (i, t) in instance.matrix.row(c) { times += "\(c),\(i),\(seconds(t))\n" }
        }
        let chosen: [JSONValue] = selectedCandidates.map { .number(Double($0)) }
        let problem = JSONValue.object([
            ("objective", .string(settings.objective.rawValue)), ("choose", .number(Double(instance.choose))),
            ("threshold_s", .number(Double(instance.threshold) / 1000)), ("cap_s", .number(Double(instance.cap) / 1000)),
            ("selected", .array(chosen)), ("value", .number(after)), ("bound", .number(bound)),
        ])
        return [("households.csv", households), ("candidates.csv", candidates), ("times.csv", times), ("problem.json", JSONWriter.pretty(problem) + "\n")]
    }

    private func seconds(_ ms: Int64) -> String {
        "\(ms / 1000)." + String(String(ms % 1000 + 1000).dropFirst())
    }
}
