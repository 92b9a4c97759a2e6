import PatrolData

/// Every village's coverage figures at every threshold, counted in one pass over the households
/// and one over the raster's samples.
///
/// A household belongs to every village of its ledger name (names are meant to be unique); a
/// sample to the village ``AreaSamples/owner`` names. Counting village by village instead reads
/// every household and every sample once per village and threshold: on a county of 625
/// villages and 589,526 households that was most of a ten-minute `coverage`.
struct VillageTally {
    /// One ``VillageCoverage`` per village of the map, in file order.
    let coverage: [VillageCoverage]

    /// Tallies `households` (one per map household, in ledger order) and the raster cells'
    /// times in `cellSeconds` against each limit of `minutes`.
    /// - Complexity: O((households + samples) × thresholds).
    init(map: PatrolMap, households: [HouseholdCoverage], samples: AreaSamples, cellSeconds: [Double], minutes: [Double]) {
        let count = map.villages.count
        var villagesNamed: [String: [Int]] = [:]
        for (v, village) in map.villages.enumerated() { villagesNamed[village.name, default: []].append(v) }
        let limits = minutes.map { $0 * 60 }
        var members = [Int](repeating: 0, count: count)
        var residents = [Int](repeating: 0, count: count)
        for household in map.households {
            for v in villagesNamed[household.village] ?? [] {
                members[v] += 1
                residents[v] += household.members
            }
        }
        // Per threshold and village: households and residents reached, samples reached. What they
        // are out of is each village's households and residents: `households` has one entry per
        // map household.
        var reached = [[Int]](repeating: [Int](repeating: 0, count: count), count: limits.count)
        var reachedResidents = reached
        var coveredSamples = reached
        for h in households {
            let household = map.households[h.household]
            guard let villages = villagesNamed[household.village] else { continue }
            for (t, limit) in limits.enumerated() {
                guard let seconds = h.seconds, seconds <= limit else { continue }
                for v in villages {
                    reached[t][v] += 1
                    reachedResidents[t][v] += household.members
                }
            }
        }
        let k = AreaSamples.samplesPerSide * AreaSamples.samplesPerSide
        for cell in 0..<samples.cellCount where samples.insideCount[cell] > 0 {
            let seconds = cellSeconds[cell]
            for s in 0..<k {
                let owner = Int(samples.owner[cell * k + s])
                guard owner >= 0 else { continue }
                for (t, limit) in limits.enumerated() where seconds <= limit { coveredSamples[t][owner] += 1 }
            }
        }
        coverage = map.villages.enumerated().map { v, village in
            VillageCoverage(
                name: village.name, households: members[v], residents: residents[v], areaKm2: village.geodesicArea / 1e6,
                thresholds: minutes.indices.map { t in
                    ThresholdFigures(
                        minutes: minutes[t], households: (reached[t][v], members[v]), residents: (reachedResidents[t][v], residents[v]),
                        samples: (coveredSamples[t][v], samples.villageSamples[v]), areaKm2: village.geodesicArea / 1e6)
                })
        }
    }
}
