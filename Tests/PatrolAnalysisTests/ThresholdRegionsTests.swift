import Testing
import PatrolGeo

@Suite("Threshold regions (marching squares polygons)")
struct ThresholdRegionsTests {
    /// A 60 × 60 grid of 10 m cells whose value is the distance from `centre`.
    func distanceGrid(_ centres: [Point]) -> ThresholdRegions.Grid {
        var values: [Double] = []
        for r in 0..<60 {
            for c in 0..<60 {
                let p = Point(x: Double(c) * 10 + 5, y: Double(59 - r) * 10 + 5)
                values.append(centres.map { p.distance(to: $0) }.min()!)
            }
        }
        return ThresholdRegions.Grid(west: 0, south: 0, cellSize: 10, columns: 60, rows: 60, values: values)
    }

    @Test("a disk comes out as one counter-clockwise polygon of area ≈ πr²")
    func disk() {
        let polygons = ThresholdRegions.polygons(distanceGrid([Point(x: 300, y: 300)]), level: 200, smoothing: 0)
        #expect(polygons.count == 1)
        #expect(Polygon.signedArea(polygons[0].exterior) > 0)
        #expect(abs(polygons[0].area - .pi * 200 * 200) / (.pi * 200 * 200) < 0.01)
    }

    @Test("two separate disks give two polygons")
    func twoDisks() {
        let polygons = ThresholdRegions.polygons(distanceGrid([Point(x: 150, y: 300), Point(x: 450, y: 300)]), level: 100)
        #expect(polygons.count == 2)
    }

    @Test("a ring keeps its hole")
    func annulus() {
        // Inside where the distance from the centre is at least 100: the level set of −distance.
        var grid = distanceGrid([Point(x: 300, y: 300)])
        grid.values = grid.values.map { $0 <= 250 ? -$0 : .infinity }
        let polygons = ThresholdRegions.polygons(grid, level: -100, smoothing: 0)
        #expect(polygons.count == 1)
        #expect(polygons[0].holes.count == 1)
        #expect(!polygons[0].contains(Point(x: 300, y: 300)))
        #expect(polygons[0].contains(Point(x: 300, y: 480)))
        let expected = Double.pi * (250 * 250 - 100 * 100)
        #expect(abs(polygons[0].area - expected) / expected < 0.03)
    }

    @Test("non-finite cells are outside")
    func outside() {
        var grid = distanceGrid([Point(x: 300, y: 300)])
        grid.values = grid.values.map { _ in .nan }
        #expect(ThresholdRegions.polygons(grid, level: 1000).isEmpty)
    }
}
