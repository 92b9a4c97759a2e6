import PatrolData
import PatrolGeo

/// Finds blind spots: 4-connected groups of raster cells inside the jurisdiction that no post
/// reaches within the largest threshold.
enum BlindSpotFinder {
    static func find(map: PatrolMap, samples: AreaSamples, cellSeconds: [Double], limitSeconds: Double) -> [BlindSpot] {
        let n = samples.cellCount
        let isBlind = (0..<n).map { samples.insideCount[$0] > 0 && !(cellSeconds[$0] <= limitSeconds) }
        var group = [Int32](repeating: -1, count: n)
        var groups: [[Int]] = []
        for start in 0..<n where isBlind[start] && group[start] < 0 {
            let id = Int32(groups.count)
            var members: [Int] = []
            var stack = [start]
            group[start] = id
            while let cell = stack.popLast() {
                members.append(cell)
                let r = cell / samples.columns
                let c = cell % samples.columns
                for (dr, dc) in [(0, 1), (0, -1), (1, 0), (-1, 0)] {
                    let rr = r + dr
                    let cc = c + dc
                    guard rr >= 0, rr < samples.rows, cc >= 0, cc < samples.columns else { continue }
                    let other = rr * samples.columns + cc
                    if isBlind[other] && group[other] < 0 {
                        group[other] = id
                        stack.append(other)
                    }
                }
            }
            groups.append(members.sorted())
        }
        var householdsOf = [[Int]](repeating: [], count: groups.count)
        for (i, household) in map.households.enumerated() {
            if let cell = samples.cell(containing: household.location), group[cell] >= 0 {
                householdsOf[Int(group[cell])].append(i)
            }
        }
        let scale = map.jurisdiction.geodesicArea / 1e6 / Double(max(1, samples.jurisdictionSamples))
        var spots: [BlindSpot] = []
        for (g, members) in groups.enumerated() {
            let sampleCount = members.reduce(0) { $0 + Int(samples.insideCount[$1]) }
            var cx = 0.0
            var cy = 0.0
            var rows = (lo: Int.max, hi: Int.min)
            var columns = (lo: Int.max, hi: Int.min)
            for cell in members {
                let p = samples.center(of: cell)
                cx += p.x
                cy += p.y
                rows = (min(rows.lo, cell / samples.columns), max(rows.hi, cell / samples.columns))
                columns = (min(columns.lo, cell % samples.columns), max(columns.hi, cell % samples.columns))
            }
            let center = Point(x: cx / Double(members.count), y: cy / Double(members.count))
            // Outline on a window around the group: 0 inside the group, +∞ elsewhere.
            let width = columns.hi - columns.lo + 1
            let height = rows.hi - rows.lo + 1
            var values = [Double](repeating: .infinity, count: width * height)
            for cell in members {
                values[(cell / samples.columns - rows.lo) * width + (cell % samples.columns - columns.lo)] = 0
            }
            let window = ThresholdRegions.Grid(
                west: samples.west + Double(columns.lo) * samples.cellSize,
                south: samples.south + Double(samples.rows - 1 - rows.hi) * samples.cellSize,
                cellSize: samples.cellSize, columns: width, rows: height, values: values)
            let polygons = ThresholdRegions.polygons(window, level: 0.5)
            spots.append(
                BlindSpot(
                    areaKm2: Double(sampleCount) * scale, polygons: polygons, households: householdsOf[g], center: center,
                    village: map.village(containing: center)?.name))
        }
        return spots.sorted { $0.areaKm2 != $1.areaKm2 ? $0.areaKm2 > $1.areaKm2 : ($0.center.x, $0.center.y) < ($1.center.x, $1.center.y) }
    }
}
