import PatrolGeo
import Testing

@Suite("Isolines by marching squares")
struct IsolineTests {
    /// Samples `f` on an n × n grid of unit spacing, row 0 at the top (y = n − 1).
    static func grid(_ n: Int, _ f: (Double, Double) -> Double) throws -> SampledGrid {
        var values: [Double] = []
        for r in 0..<n {
            for c in 0..<n { values.append(f(Double(c), Double(n - 1 - r))) }
        }
        return try SampledGrid(columns: n, rows: n, origin: Point(x: 0, y: Double(n - 1)), step: Point(x: 1, y: -1), values: values)
    }

    @Test("a plane sloping east gives one straight open line per level, where x equals the level")
    func plane() throws {
        let g = try Self.grid(6, { x, _ in x * 10 })
        let lines = Isolines.trace(g, level: 23)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(!line.isClosed)
        #expect(line.points.count == 6)  // one crossing per row
        for p in line.points { #expect(abs(p.x - 2.3) < 1e-12) }
        #expect(Set(line.points.map(\.y)) == Set((0..<6).map(Double.init)))
    }

    @Test("a cone gives a closed ring near the circle of the level's radius")
    func cone() throws {
        let g = try Self.grid(41, { x, y in ((x - 20) * (x - 20) + (y - 20) * (y - 20)).squareRoot() })
        let lines = Isolines.trace(g, level: 12.5)
        #expect(lines.count == 1)
        let ring = try #require(lines.first)
        #expect(ring.isClosed)
        for p in ring.points {
            let r = ((p.x - 20) * (p.x - 20) + (p.y - 20) * (p.y - 20)).squareRoot()
            // Linear interpolation of a cone along a grid edge errs by well under a cell.
            #expect(abs(r - 12.5) < 0.05)
        }
        let area = abs(Polygon.signedArea(ring.points))
        #expect(abs(area / (Double.pi * 12.5 * 12.5) - 1) < 0.01)
    }

    @Test("voids stop lines, levels are multiples of the interval, the result is deterministic")
    func voidsAndLevels() throws {
        let g = try Self.grid(6, { x, y in x == 3 ? .nan : x * 10 + y * 0.01 })
        let lines = Isolines.trace(g, level: 15)
        // Cells touching column 3 are skipped, so the 15 m line (between columns 1 and 2) survives.
        #expect(lines.count == 1)
        #expect(Isolines.trace(g, level: 35).isEmpty)
        #expect(Isolines.levels(covering: 13...61, interval: 20) == [20, 40, 60])
        #expect(Isolines.trace(g, levels: [15, 45]) == Isolines.trace(g, levels: [15, 45]))
    }

    @Test("a saddle yields two separate lines, not a crossing")
    func saddle() throws {
        let values: [Double] = [1, 0, 0, 1]  // high corners on one diagonal
        let g = try SampledGrid(columns: 2, rows: 2, origin: Point(x: 0, y: 1), step: Point(x: 1, y: -1), values: values)
        let lines = Isolines.trace(g, level: 0.6)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.points.count == 2 })
    }

    @Test("Chaikin smoothing keeps the ends of open lines and closes rings")
    func smoothing() {
        let open = [Point(x: 0, y: 0), Point(x: 4, y: 0), Point(x: 4, y: 4)]
        let s = Smoothing.chaikin(open)
        #expect(s.first == open.first && s.last == open.last)
        #expect(s.count == 6)
        #expect(s[1] == Point(x: 1, y: 0))
        let ring = [Point(x: 0, y: 0), Point(x: 4, y: 0), Point(x: 4, y: 4), Point(x: 0, y: 0)]
        let r = Smoothing.chaikin(ring, iterations: 2)
        #expect(r.first == r.last)
    }
}
