import Foundation
import PatrolGeo

/// The land surface: a loess tableland in the south cut by gullies, rising across a
/// foothill belt into eroded mountains in the north.
///
/// The surface is the steady state of a stream-power landscape (Cordonnier et al., 2016):
/// each cell stands above the cell it drains to by the slope its drainage area sustains,
/// `S = k·A^-0.45` along channels and a threshold slope on hillsides. Re-routing the flow
/// over the result and repeating lets divides settle into ridges and valleys branch as real
/// ones do. On the tableland the surface is then capped by the old plateau, leaving flat
/// tops with steep-walled gullies cut back from the rivers.
struct Terrain {
    /// The raster everything else is placed on.
    let frame: GridFrame
    /// Centre of the place in the working CRS (the middle of the jurisdiction).
    let centre: Point
    /// Elevation in metres, one value per cell.
    var elevation: [Double]
    /// 0 on the tableland, 1 in the mountains, between in the foothills.
    let mountain: [Double]
    /// Flow routing of the final surface (streams follow `area`).
    let drainage: Drainage

    /// Cell size of the raster in metres.
    static let cellSize = 25.0

    /// Builds the surface around `centre`, `halfWidth` × `halfHeight` metres each way.
    ///
    /// - Complexity: O(k · n log n) for n cells and k re-routing rounds.
    init(centre: Point, halfWidth: Double, halfHeight: Double, random: RandomSource) {
        var random = random
        let size = Self.cellSize
        let columns = Int((2 * halfWidth / size).rounded())
        let rows = Int((2 * halfHeight / size).rounded())
        let frame = GridFrame(
            west: centre.x - Double(columns / 2) * size, south: centre.y - Double(rows / 2) * size,
            cellSize: size, columns: columns, rows: rows)
        self.frame = frame
        self.centre = centre
        let relief = GradientNoise(&random)
        let front = GradientNoise(&random)
        let texture = GradientNoise(&random)
        let jitter = GradientNoise(&random)
        let hardness = GradientNoise(&random)

        func smoothstep(_ t: Double) -> Double {
            let u = Swift.min(Swift.max(t, 0), 1)
            return u * u * (3 - 2 * u)
        }
        var mountain = [Double](repeating: 0, count: frame.count)
        // Deeper into the range (0 at the front, 1 in the heart of it) the rock rises faster:
        // its hillsides and ravines are steeper and the range as a whole stands higher.
        var uplift = [Double](repeating: 0, count: frame.count)
        var plateau = [Double](repeating: 0, count: frame.count)
        var initial = [Double](repeating: 0, count: frame.count)
        for i in 0..<frame.count {
            let p = frame.center(i)
            let dx = p.x - centre.x
            let dy = p.y - centre.y
            // The mountain front wanders a few hundred metres north of the middle.
            let frontY = 300 + 1400 * front.fractal(dx, dy * 0.4, wavelength: 3500, octaves: 3)
            let m = smoothstep((dy - frontY) / 2200 + 0.5 + 0.3 * front.fractal(dx + 5000, dy, wavelength: 1400, octaves: 2))
            mountain[i] = m
            uplift[i] = smoothstep((dy - frontY - 800) / 3500) * (1 - smoothstep((dy - 5600) / 1500))
            plateau[i] = 628 + 0.012 * dy + 14 * front.fractal(dx, dy, wavelength: 2500, octaves: 3)
            initial[i] = plateau[i] + (25 + 160 * m) * relief.fractal(dx, dy, wavelength: 2600, octaves: 5)
        }
        self.mountain = mountain

        // All water leaves across the southern edge, into a river below the tableland.
        let lastRow = rows - 1
        func isOutlet(_ i: Int) -> Bool { i / columns == lastRow }
        var base = [Double](repeating: 0, count: frame.count)
        for i in 0..<frame.count where isOutlet(i) {
            base[i] = 455 + 8 * texture.value(Double(i % columns) / 40, 0)
        }

        // Harder and softer rock: channels steepen where the rock resists, so rivers bend
        // around the hard patches instead of running straight down the regional slope.
        let erodibility = (0..<frame.count).map { i in
            let p = frame.center(i)
            return exp(0.35 * hardness.fractal(p.x, p.y, wavelength: 1100, octaves: 3))
        }

        // Channel slope against drainage area: graded, strongly concave rivers on the
        // tableland; steeper channels and 35° hillsides in the mountains.
        func slope(_ i: Int, area: Double) -> Double {
            let m = mountain[i]
            let relative = area / 1e6
            let tableland = Swift.min(0.6, 0.07 * pow(relative, -1.1))
            // Uplift steepens the ravines (small catchments), not the valleys roads climb.
            let ravine = 1 - smoothstep((log10(area) - 4.3) / 1.0)
            let mountains = Swift.min(0.85 + 0.3 * uplift[i], 0.062 * (1 + 3.2 * uplift[i] * ravine) * pow(relative, -0.35))
            return exp(log(tableland) * (1 - m) + log(mountains) * m) * erodibility[i]
        }

        var heights = initial
        var drainage = Drainage(heights: heights, frame: frame, isOutlet: isOutlet, wander: random.fork("initial"))
        for round in 0..<6 {
            var next = heights
            for cell in drainage.order {
                let r = drainage.receiver[cell]
                if r < 0 {
                    next[cell] = base[cell]
                } else {
                    next[cell] = next[r] + drainage.receiverDistance[cell] * slope(cell, area: drainage.area[cell])
                }
            }
            heights = next
            // A little jitter each round keeps channels from locking onto the grid's axes.
            var routed = heights
            for i in 0..<frame.count {
                let p = frame.center(i)
                routed[i] += 1.5 * jitter.value(p.x / 90 + Double(round) * 7.7, p.y / 90)
            }
            drainage = Drainage(heights: routed, frame: frame, isOutlet: isOutlet, wander: random.fork("round \(round)"))
        }

        // Cap by the old plateau on the tableland (the cap lifts away in the mountains),
        // then add a little texture and soften the steps of the 8-direction routing.
        var surface = [Double](repeating: 0, count: frame.count)
        for i in 0..<frame.count {
            let p = frame.center(i)
            let m = mountain[i]
            let cap = plateau[i] + 30000 * m * m * m
            let capped = Swift.min(heights[i], cap + 4 * texture.fractal(p.x, p.y, wavelength: 700, octaves: 3))
            // The mountain block as a whole stands a little higher than its rivers alone would lift it.
            let block = 140 * m * m
            surface[i] = capped + block + (1.5 + 5 * m) * texture.fractal(p.x + 913, p.y, wavelength: 260, octaves: 3)
        }
        let smooth = Self.smoothed(surface, frame: frame)
        elevation = Self.withValleyFloors(smooth, drainage: Drainage(heights: smooth, frame: frame, isOutlet: isOutlet), frame: frame)
        self.drainage = Drainage(heights: elevation, frame: frame, isOutlet: isOutlet)
    }

    /// Gives the valleys flat floors of silt, wider the more water they carry (about 10 m across each side
    /// of the stream under a 5 ha catchment, 45 m under 50 km²), where stream-power erosion alone leaves a
    /// sharp V one cell wide.
    ///
    /// The valley sides are lowered smoothly onto the floor over another one and a half floor widths.
    ///
    /// Roads and houses sit on these floors; without them a road along a valley would seem,
    /// between two grid cells, to climb the valley wall.
    /// - Complexity: O(n log n)
    static func withValleyFloors(_ heights: [Double], drainage: Drainage, frame: GridFrame) -> [Double] {
        var nearest = [Int](repeating: -1, count: frame.count)
        var distance = [Double](repeating: .infinity, count: frame.count)
        var heap = MinHeap()
        for i in 0..<frame.count where drainage.area[i] >= 5e4 {
            nearest[i] = i
            distance[i] = 0
            heap.push(0, i)
        }
        func halfWidth(_ channel: Int) -> Double { 10 + 12 * log10(drainage.area[channel] / 5e4) }
        while let (d, cell) = heap.pop() {
            guard d <= distance[cell] else { continue }
            let reach = 2.5 * halfWidth(nearest[cell])
            let row = cell / frame.columns
            let column = cell % frame.columns
            for (dr, dc, factor) in GridFrame.neighbours8 {
                guard let next = frame.index(row: row + dr, column: column + dc) else { continue }
                let candidate = d + factor * frame.cellSize
                if candidate < distance[next] && candidate < reach {
                    distance[next] = candidate
                    nearest[next] = nearest[cell]
                    heap.push(candidate, next)
                }
            }
        }
        var out = heights
        for i in 0..<frame.count where nearest[i] >= 0 {
            let floor = heights[nearest[i]]
            guard heights[i] > floor else { continue }
            let w = halfWidth(nearest[i])
            let t = Swift.max(0, distance[i] - w) / (1.5 * w)
            out[i] = floor + (heights[i] - floor) * t * t * (3 - 2 * t)
        }
        return out
    }

    /// One pass of a 3×3 weighted average (1-2-1 in each direction).
    static func smoothed(_ values: [Double], frame: GridFrame) -> [Double] {
        var out = values
        for row in 1..<(frame.rows - 1) {
            for column in 1..<(frame.columns - 1) {
                let i = row * frame.columns + column
                let c = frame.columns
                let sum =
                    4 * values[i] + 2 * (values[i - 1] + values[i + 1] + values[i - c] + values[i + c])
                    + values[i - c - 1] + values[i - c + 1] + values[i + c - 1] + values[i + c + 1]
                out[i] = sum / 16
            }
        }
        return out
    }

    /// Elevation at `p` (bilinear).
    func height(at p: Point) -> Double { frame.sample(elevation, at: p) }

    /// Steepest slope (rise over run) at cell `i` from central differences.
    func slope(at i: Int) -> Double {
        let row = i / frame.columns
        let column = i % frame.columns
        let west = frame.index(row: row, column: column - 1) ?? i
        let east = frame.index(row: row, column: column + 1) ?? i
        let north = frame.index(row: row - 1, column: column) ?? i
        let south = frame.index(row: row + 1, column: column) ?? i
        let gx = (elevation[east] - elevation[west]) / (2 * frame.cellSize)
        let gy = (elevation[north] - elevation[south]) / (2 * frame.cellSize)
        return (gx * gx + gy * gy).squareRoot()
    }
}
