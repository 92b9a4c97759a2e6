public import PatrolData
public import PatrolGeo

/// A raster over the jurisdiction in which every cell knows how much of it lies inside the
/// jurisdiction and in which villages, from a 4 × 4 pattern of sample points per cell.
///
/// Areas are reported geodesically: a polygon's share of samples times its geodesic area, so
/// the figures never exceed the polygon's area and sum to it.
public struct AreaSamples: Sendable {
    /// Sample points per cell side.
    public static let samplesPerSide = 4

    /// x of the west edge.
    public let west: Double
    /// y of the south edge.
    public let south: Double
    /// Cell size in metres.
    public let cellSize: Double
    /// Number of columns.
    public let columns: Int
    /// Number of rows (row 0 is the northernmost).
    public let rows: Int
    /// Per cell and sample: −1 outside the jurisdiction, −2 inside but in no village, else the village index.
    public let owner: [Int16]
    /// Per cell: how many of its samples are inside the jurisdiction.
    public let insideCount: [UInt8]
    /// Samples inside the jurisdiction, in all.
    public let jurisdictionSamples: Int
    /// Samples inside each village.
    public let villageSamples: [Int]

    /// Samples the jurisdiction and its villages on cells of `cellSize` metres.
    ///
    /// - Complexity: O(rows × 4 × polygon vertices + cells × 16 × log vertices): each line of
    ///   samples is classified at once (`MultiPolygon.contains(xs:y:)` from PatrolGeo), each
    ///   village only on the lines and samples within its bounding box.
    public init(map: PatrolMap, cellSize: Double) {
        let bounds = map.jurisdiction.boundary.bounds!
        self.cellSize = cellSize
        west = bounds.minX
        south = bounds.minY
        columns = max(1, Int((bounds.width / cellSize).rounded(.up)))
        rows = max(1, Int((bounds.height / cellSize).rounded(.up)))
        let k = Self.samplesPerSide
        var owner = [Int16](repeating: -1, count: columns * rows * k * k)
        var inside = [UInt8](repeating: 0, count: columns * rows)
        var perVillage = [Int](repeating: 0, count: map.villages.count)
        var total = 0
        let top = south + Double(rows) * cellSize
        // Samples come in horizontal lines of k per cell, so each line is classified at once.
        var xs: [Double] = []
        for c in 0..<columns {
            for s in 0..<k { xs.append(west + (Double(c) + (Double(s) + 0.5) / Double(k)) * cellSize) }
        }
        let villageBounds = map.villages.map(\.boundary.bounds)
        // The first village (in file order) holding each sample of the line, −2 for none.
        var firstVillage = [Int16](repeating: -2, count: xs.count)
        for r in 0..<rows {
            for line in 0..<k {
                let y = top - (Double(r) + (Double(line) + 0.5) / Double(k)) * cellSize
                let inJurisdiction = map.jurisdiction.boundary.contains(xs: xs, y: y)
                for i in firstVillage.indices { firstVillage[i] = -2 }
                // Only villages whose box spans the line, and only the samples inside their box:
                // a point outside a polygon's box is outside the polygon.
                for (v, village) in map.villages.enumerated() {
                    guard let box = villageBounds[v], box.minY <= y, y <= box.maxY else { continue }
                    let lo = Self.firstIndex(in: xs) { $0 >= box.minX }
                    let hi = Self.firstIndex(in: xs) { $0 > box.maxX }
                    guard lo < hi else { continue }
                    let inVillage = village.boundary.contains(xs: Array(xs[lo..<hi]), y: y)
                    for i in lo..<hi where inVillage[i - lo] && firstVillage[i] == -2 { firstVillage[i] = Int16(v) }
                }
                for i in xs.indices where inJurisdiction[i] {
                    let cell = r * columns + i / k
                    inside[cell] += 1
                    total += 1
                    let who = firstVillage[i]
                    if who >= 0 { perVillage[Int(who)] += 1 }
                    owner[cell * k * k + line * k + i % k] = who
                }
            }
        }
        self.owner = owner
        insideCount = inside
        jurisdictionSamples = total
        villageSamples = perVillage
    }

    /// The first index of ascending `xs` where `isPast` holds (it holds from there on); `xs.count` if nowhere.
    private static func firstIndex(in xs: [Double], where isPast: (Double) -> Bool) -> Int {
        var low = 0
        var high = xs.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(xs[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Number of cells.
    public var cellCount: Int { columns * rows }

    /// The centre of a cell.
    public func center(of cell: Int) -> Point {
        Point(x: west + (Double(cell % columns) + 0.5) * cellSize, y: south + (Double(rows - cell / columns) - 0.5) * cellSize)
    }

    /// The cell holding `p`, or `nil` outside the raster.
    public func cell(containing p: Point) -> Int? {
        let c = Int(((p.x - west) / cellSize).rounded(.down))
        let r = Int(((south + Double(rows) * cellSize - p.y) / cellSize).rounded(.down))
        guard c >= 0, c < columns, r >= 0, r < rows else { return nil }
        return r * columns + c
    }
}
