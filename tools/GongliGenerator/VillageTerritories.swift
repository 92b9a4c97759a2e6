import Foundation
import PatrolGeo

/// Where the 14 villages sit and which land each one holds.
///
/// Tableland villages sit on flat ground well back from the gully rims; mountain villages
/// on valley floors. Each village then takes the land it reaches most easily: a search
/// from all village seats at once in which climbing costs much more than walking, so the
/// borders run along gullies and ridges, as real village borders do.
struct VillageTerritories {
    /// Village index of every cell; -1 outside the jurisdiction.
    var labels: [Int]
    /// The seat cell of each village; the town is village 0, then the tableland villages,
    /// then the mountain villages.
    var seats: [Int]
    /// How many villages (from index 0) are on the tableland.
    var tablelandCount: Int

    /// Chooses seats and territories inside `inside`.
    ///
    /// - Complexity: O(n log n) for n cells.
    init(terrain: Terrain, inside: [Bool], tableland: Int, mountain: Int, random: RandomSource) throws {
        var random = random
        let frame = terrain.frame
        let centre = terrain.centre
        let slope = (0..<frame.count).map { terrain.slope(at: $0) }
        let rimDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { slope[$0] > 0.25 })
        let edgeDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { !inside[$0] })

        var flat: [Int] = []
        var valley: [Int] = []
        for i in 0..<frame.count where inside[i] && edgeDistance[i] > 550 {
            let dy = frame.center(i).y - centre.y
            if dy < -600, terrain.mountain[i] < 0.1, slope[i] < 0.04, rimDistance[i] > 180 {
                flat.append(i)
            } else if dy > 800, (1.5e6...4e7).contains(terrain.drainage.area[i]), slope[i] < 0.1, terrain.elevation[i] < 1100 {
                valley.append(i)
            }
        }
        guard !flat.isEmpty, !valley.isEmpty else { throw GeneratorError("no room for village seats") }
        let townSpot = Point(x: centre.x + 200, y: centre.y - 2600)
        let town = flat.min { frame.center($0).squaredDistance(to: townSpot) < frame.center($1).squaredDistance(to: townSpot) }!
        var seats = [town]
        func spread(_ candidates: [Int], count: Int) {
            for _ in 0..<count {
                var best = candidates[0]
                var bestScore = -1.0
                for c in candidates {
                    let p = frame.center(c)
                    let nearest = seats.map { frame.center($0).distance(to: p) }.min()!
                    let score = nearest * random.uniform(0.8...1.0)
                    if score > bestScore {
                        bestScore = score
                        best = c
                    }
                }
                seats.append(best)
            }
        }
        spread(flat, count: tableland - 1)
        spread(valley, count: mountain)
        self.seats = seats
        tablelandCount = tableland

        // Grow all territories at once; each cell goes to the seat that reaches it first.
        // Field edges and hedges make flat ground a little uneven to cross, so borders on
        // the tableland wander instead of running straight. A few rounds rescale each
        // village's costs so no village ends up with far more land than its share.
        let rough = GradientNoise(&random)
        let friction = (0..<frame.count).map { i in
            let p = frame.center(i)
            return 1 + 0.6 * abs(rough.fractal(p.x, p.y, wavelength: 900, octaves: 3))
        }
        let insideCount = inside.filter { $0 }.count
        var scale = [Double](repeating: 1, count: seats.count)
        var labels = [Int](repeating: -1, count: frame.count)
        for _ in 0..<5 {
            labels = [Int](repeating: -1, count: frame.count)
            var cost = [Double](repeating: .infinity, count: frame.count)
            var heap = MinHeap()
            for (v, seat) in seats.enumerated() {
                cost[seat] = 0
                labels[seat] = v
                heap.push(0, seat)
            }
            while let (c, cell) = heap.pop() {
                guard c <= cost[cell] else { continue }
                let row = cell / frame.columns
                let column = cell % frame.columns
                let v = labels[cell]
                for (dr, dc, factor) in GridFrame.neighbours8 {
                    guard let next = frame.index(row: row + dr, column: column + dc), inside[next] else { continue }
                    let climb = abs(terrain.elevation[next] - terrain.elevation[cell])
                    let step = scale[v] * (factor * frame.cellSize * friction[next] + 14 * climb)
                    if c + step < cost[next] {
                        cost[next] = c + step
                        labels[next] = v
                        heap.push(c + step, next)
                    }
                }
            }
            var counts = [Int](repeating: 0, count: seats.count)
            for label in labels where label >= 0 { counts[label] += 1 }
            for v in 0..<seats.count {
                let share = Double(insideCount) / Double(seats.count)
                scale[v] *= pow(Double(counts[v]) / share, 0.35)
            }
        }
        LabelCleanup.tidy(&labels, frame: frame, keepOutside: true)
        LabelCleanup.dropFragments(&labels, frame: frame)
        self.labels = labels
    }

    /// Puts the mountain seats in order of elevation, lowest first, so the village at the
    /// mouth of the valleys gets the first mountain name (石桥村, the bridge village).
    mutating func orderMountainSeatsByElevation(terrain: Terrain) {
        let mountain = Array(seats[tablelandCount...])
        let sorted = mountain.sorted { terrain.elevation[$0] < terrain.elevation[$1] || (terrain.elevation[$0] == terrain.elevation[$1] && $0 < $1) }
        var relabel = Array(0..<seats.count)
        for (newOffset, seat) in sorted.enumerated() {
            let old = tablelandCount + mountain.firstIndex(of: seat)!
            relabel[old] = tablelandCount + newOffset
        }
        labels = labels.map { $0 < 0 ? $0 : relabel[$0] }
        seats = Array(seats[..<tablelandCount]) + sorted
    }
}
