import PatrolGeo

/// A small reservoir behind a dam across a narrow mountain valley: its water surface is
/// flat in the elevation grid and nothing is built on it.
struct Reservoir {
    /// The dam's cell.
    let dam: Int
    /// Cells under water.
    let water: [Int]
    /// Water level in metres.
    let level: Double

    /// Finds a narrow valley with a few km² of catchment and floods it 15 m deep at the dam,
    /// avoiding `seats`; returns `nil` when no valley qualifies.
    ///
    /// - Complexity: O(n) for the candidates, plus the flood of each tried site.
    static func build(terrain: Terrain, inside: [Bool], avoiding seats: [Int]) -> Reservoir? {
        let frame = terrain.frame
        let drainage = terrain.drainage
        var donors = [[Int]](repeating: [], count: frame.count)
        for i in 0..<frame.count where drainage.receiver[i] >= 0 { donors[drainage.receiver[i]].append(i) }
        var candidates: [(Double, Int)] = []
        for i in 0..<frame.count where inside[i] && (2.5e6...1.2e7).contains(drainage.area[i]) && (0.3...0.75).contains(terrain.mountain[i]) {
            // Narrow: the ground 100 m to either side of the stream stands well above it.
            let r = drainage.receiver[i]
            guard r >= 0 else { continue }
            let flow = frame.center(r) - frame.center(i)
            let length = (flow.x * flow.x + flow.y * flow.y).squareRoot()
            let side = Point(x: -flow.y / length, y: flow.x / length) * 100
            let p = frame.center(i)
            let z = terrain.elevation[i]
            guard terrain.height(at: p + side) > z + 25, terrain.height(at: p - side) > z + 25 else { continue }
            candidates.append((-drainage.area[i], i))
        }
        candidates.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        let seatSet = Set(seats)
        for (_, dam) in candidates.prefix(40) {
            let level = terrain.elevation[dam] + 15
            var water: [Int] = []
            var stack = donors[dam]
            var ok = true
            while let cell = stack.popLast() {
                guard terrain.elevation[cell] < level else { continue }
                if seatSet.contains(cell) || !inside[cell] {
                    ok = false
                    break
                }
                water.append(cell)
                stack += donors[cell]
            }
            if ok && water.count >= 60 {
                return Reservoir(dam: dam, water: water.sorted(), level: level)
            }
        }
        return nil
    }
}
