import Testing
import PatrolData
import PatrolGeo

@Suite("ASCIIGrid and ElevationGrid")
struct ASCIIGridTests {
    /// 2 × 2 cells of 10 m from (0, 0): cell centres (5, 15) = 10, (15, 15) = 20,
    /// (5, 5) = 30, (15, 5) = 40 (rows run from the north).
    let square = "ncols 2\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\nNODATA_value -9999\n10 20\n30 40\n"

    private func grid(_ text: String) throws(InputIssue) -> ElevationGrid {
        try ASCIIGrid.read(Array(text.utf8), file: "dem.asc")
    }

    private func issue(_ text: String) -> InputIssue? {
        do {
            _ = try grid(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("header, bounds and cells")
    func header() throws {
        let g = try grid(square)
        #expect(g.columns == 2 && g.rows == 2)
        #expect(g.bounds == BoundingBox(minX: 0, minY: 0, maxX: 20, maxY: 20))
        #expect(g.value(row: 0, column: 1) == 20)
        #expect(g.value(row: 1, column: 0) == 30)
        #expect(g.value(row: 2, column: 0) == nil)
        #expect(g.cellCenter(row: 0, column: 0) == Point(x: 5, y: 15))
        #expect(g.range == 10...40)
    }

    @Test("xllcenter is half a cell east and north of xllcorner")
    func centerVersusCorner() throws {
        let corner = try grid(square)
        let center = try grid(square.replacingOccurrences(of: "xllcorner 0\nyllcorner 0", with: "XLLCENTER 5\r\nYLLCENTER\t5"))
        #expect(center.bounds == corner.bounds)
        #expect(center.values == corner.values)
    }

    @Test("bilinear elevation, checked by hand")
    func bilinear() throws {
        let g = try grid(square)
        // At cell centres: the cell's value.
        #expect(g.elevation(at: Point(x: 5, y: 15)) == 10)
        #expect(g.elevation(at: Point(x: 15, y: 5)) == 40)
        // Midway between all four centres: (10 + 20 + 30 + 40) / 4.
        #expect(g.elevation(at: Point(x: 10, y: 10)) == 25)
        // (7.5, 12.5): a quarter of the way east (tx = 0.25) and south (ty = 0.25) from (5, 15);
        // f = 10 + (20 − 10)·tx + (30 − 10)·ty = 10 + 2.5 + 5 = 17.5.
        #expect(abs(g.elevation(at: Point(x: 7.5, y: 12.5))! - 17.5) < 1e-12)
        // Between the outer centres and the edge the edge value carries on.
        #expect(g.elevation(at: Point(x: 1, y: 19)) == 10)
        #expect(g.elevation(at: Point(x: 20, y: 0)) == 40)
        // Outside the grid: nothing.
        #expect(g.elevation(at: Point(x: -0.1, y: 10)) == nil)
        #expect(g.elevation(at: Point(x: 10, y: 20.5)) == nil)
    }

    @Test("NODATA cells are voids; their neighbours are averaged by weight")
    func noData() throws {
        let g = try grid(square.replacingOccurrences(of: "10 20", with: "-9999 20"))
        #expect(g.value(row: 0, column: 0) == nil)
        #expect(g.range == 20...40)
        // At (10, 10) the weights are ¼ each; without the void: (20 + 30 + 40) / 3.
        #expect(g.elevation(at: Point(x: 10, y: 10)) == 30)
        #expect(g.elevation(at: Point(x: 5, y: 15)) == nil)
        let allVoid = try grid("ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -1\n-1\n")
        #expect(allVoid.range == nil)
    }

    @Test("writing and reading back gives the same grid")
    func roundTrip() throws {
        let g = try grid("ncols 3\nnrows 1\nxllcorner 596000.5\nyllcorner 3863000\ncellsize 30\nNODATA_value -32768\n812.25 -32768 790\n")
        let text = ASCIIGrid.write(g, decimals: 2)
        #expect(text == "ncols 3\nnrows 1\nxllcorner 596000.5\nyllcorner 3863000\ncellsize 30\nNODATA_value -9999\n812.25 -9999 790\n")
        let back = try grid(text)
        #expect(back.bounds == g.bounds)
        #expect(back.value(row: 0, column: 0) == 812.25 && back.value(row: 0, column: 1) == nil)
    }

    @Test("errors name the line at fault")
    func errors() throws {
        #expect(issue("nrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2\n3 4\n")?.line == 4)  // no ncols: last header line
        #expect(issue(square.replacingOccurrences(of: "nrows 2", with: "nrows 2.5"))?.line == 2)
        #expect(issue(square.replacingOccurrences(of: "cellsize 10", with: "cellsize -10"))?.line == 5)
        #expect(issue(square.replacingOccurrences(of: "yllcorner 0", with: "yllcorner zero"))?.line == 4)
        #expect(issue(square.replacingOccurrences(of: "xllcorner 0\n", with: ""))?.message.en == "the header needs xllcorner/yllcorner or xllcenter/yllcenter")
        let short = try #require(issue(square.replacingOccurrences(of: "30 40", with: "30")))
        #expect(short.line == 8)
        #expect(short.message.en == "expected 4 values (2 rows × 2 columns), found 3")
        #expect(issue(square.replacingOccurrences(of: "30 40", with: "30 40\n\n50"))?.line == 10)
        #expect(issue(square.replacingOccurrences(of: "20", with: "2O"))?.message.en == "'2O' is not a number")
    }

    @Test("a header claiming a huge grid is refused at its nrows line, before any value is read")
    func hugeHeader() throws {
        let bomb = "ncols 99999999\nnrows 99999999\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n"
        #expect(
            issue(bomb)?.message.en
                == "input limit exceeded: a grid of 99999999 × 99999999 = 9999999800000001 cells, more than the 25000000 of an elevation grid")
        #expect(issue(bomb)?.line == 2)
        #expect(issue(bomb.replacingOccurrences(of: "ncols 99999999", with: "ncols 200000000"))?.line == 1)
    }

    @Test("a grid whose first value is nan is not taken for a header line")
    func leadingNaN() throws {
        let g = try grid("ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\nnan 7\n")
        #expect(g.value(row: 0, column: 0) == nil)
        #expect(g.value(row: 0, column: 1) == 7)
    }
}
