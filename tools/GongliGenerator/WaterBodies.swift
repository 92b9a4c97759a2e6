import PatrolData
import PatrolGeo

/// The water of the generated township: the reservoir's surface as a polygon and the
/// streams traced down the DEM's flow, for `water.geojson`.
struct WaterBodies {
    /// One watercourse: a line down the flow from a stream head to where it joins another
    /// or leaves the jurisdiction.
    struct Course {
        var points: [Point]
        /// `river` where more than ``riverArea`` drains through its lowest cell, else `stream`.
        var waterway: String
    }

    /// Upstream area in m² above which a watercourse is drawn as a river.
    static let riverArea = 2.0e7

    /// The reservoir's surface (working CRS), when there is a reservoir.
    let reservoir: [Polygon]
    /// Streams and rivers, longest catchment first.
    let courses: [Course]

    /// Traces the water of `landscape`; `flooded` are the reservoir's cells.
    ///
    /// Every stream cell inside the jurisdiction and not under the reservoir belongs to one
    /// course: courses start at stream heads (no stream cell drains into them) in cell order
    /// and follow each cell's receiver, ending on the first cell already traced (the junction)
    /// or outside the stream network. The same landscape always gives the same lines.
    /// - Complexity: O(n) for n cells.
    init(landscape: Landscape, flooded: [Int]) {
        let frame = landscape.frame
        let drainage = landscape.terrain.drainage
        var underWater = [Bool](repeating: false, count: frame.count)
        for cell in flooded { underWater[cell] = true }
        let isStream = (0..<frame.count).map { landscape.stream[$0] && landscape.inside[$0] && !underWater[$0] }
        var fed = [Bool](repeating: false, count: frame.count)
        for i in 0..<frame.count where isStream[i] {
            let r = drainage.receiver[i]
            if r >= 0 { fed[r] = true }
        }
        var traced = [Bool](repeating: false, count: frame.count)
        var courses: [(area: Double, course: Course)] = []
        for head in 0..<frame.count where isStream[head] && !fed[head] {
            var cells = [head]
            traced[head] = true
            var cell = head
            while true {
                let next = drainage.receiver[cell]
                guard next >= 0 else { break }
                if traced[next] || underWater[next] {
                    cells.append(next)
                    break
                }
                guard isStream[next] else { break }
                traced[next] = true
                cells.append(next)
                cell = next
            }
            guard cells.count >= 3 else { continue }
            let line = Simplify.douglasPeucker(Smoothing.chaikin(cells.map(frame.center), iterations: 2), tolerance: 2)
            let area = drainage.area[cells[cells.count - 2]]
            courses.append((area, Course(points: line, waterway: area > Self.riverArea ? "river" : "stream")))
        }
        self.courses = courses.enumerated().sorted { ($0.element.area, -$0.offset) > ($1.element.area, -$1.offset) }.map(\.element.course)
        if flooded.isEmpty {
            reservoir = []
        } else {
            let values = (0..<frame.count).map { underWater[$0] ? 0.0 : 1.0 }
            let grid = ThresholdRegions.Grid(
                west: frame.west, south: frame.south, cellSize: frame.cellSize, columns: frame.columns, rows: frame.rows, values: values)
            reservoir = ThresholdRegions.polygons(grid, level: 0.5, smoothing: 2)
        }
    }
}
