import PatrolGeo

/// The terrain with the jurisdiction, villages and what the road builder needs to know about
/// every cell: slope, streams and where nothing may be built.
struct Landscape {
    let terrain: Terrain
    /// True inside the jurisdiction.
    let inside: [Bool]
    let territories: VillageTerritories
    /// Terrain slope (rise over run) per cell.
    let slope: [Double]
    /// Cells on a stream that needs a bridge or a ford to cross.
    let stream: [Bool]
    /// Cells where nothing may be built.
    var blocked: [Bool]
    /// Distance in metres to the nearest steep cell (slope over 0.25): how far from a gully rim.
    let rimDistance: [Double]

    var frame: GridFrame { terrain.frame }

    /// Derives slope and streams; blocks the rim of the grid.
    init(terrain: Terrain, inside: [Bool], territories: VillageTerritories) {
        self.terrain = terrain
        self.inside = inside
        self.territories = territories
        let frame = terrain.frame
        let slope = (0..<frame.count).map { terrain.slope(at: $0) }
        self.slope = slope
        // A stream is where enough water gathers in a real valley, not a swale on the plateau.
        var stream = [Bool](repeating: false, count: frame.count)
        for i in 0..<frame.count where terrain.drainage.area[i] >= 4e5 {
            let row = i / frame.columns
            let column = i % frame.columns
            var sum = 0.0
            var count = 0.0
            for dr in -3...3 {
                for dc in -3...3 {
                    if let j = frame.index(row: row + dr, column: column + dc) {
                        sum += terrain.elevation[j]
                        count += 1
                    }
                }
            }
            stream[i] = sum / count - terrain.elevation[i] > 3
        }
        self.stream = stream
        rimDistance = DistanceField.distances(frame: frame, sources: (0..<frame.count).filter { slope[$0] > 0.25 })
        blocked = (0..<frame.count).map { i in
            let row = i / frame.columns
            let column = i % frame.columns
            return row < 3 || column < 3 || row >= frame.rows - 3 || column >= frame.columns - 3
        }
    }

    /// A router over this landscape.
    var router: RoadRouter {
        RoadRouter(terrain: terrain, blocked: blocked, inside: inside, stream: stream, slope: slope)
    }
}
