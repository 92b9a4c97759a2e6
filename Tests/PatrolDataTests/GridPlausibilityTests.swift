import Testing
import PatrolData

@Suite("Elevation grids with values no terrain has")
struct GridPlausibilityTests {
    private func read(_ text: String) throws -> (ElevationGrid, [InputIssue]) {
        var issues: [InputIssue] = []
        let grid = try ASCIIGrid.read(Array(text.utf8), file: "dem.asc", issues: &issues)
        return (grid, issues)
    }

    @Test("an undeclared NODATA and centimetres are errors at their line; the cells become voids")
    func implausible() throws {
        let (grid, issues) = try read("ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\n500 510 520\n530 -32768 95000\n")
        #expect(issues.count == 1)
        #expect(issues[0].severity == .error && issues[0].file == "dem.asc" && issues[0].line == 7)
        #expect(issues[0].message.en.hasPrefix("2 cells hold elevations no terrain has (below −500 m or above 9,000 m), first '-32768' at row 2, column 2"))
        #expect(grid.value(row: 1, column: 1) == nil && grid.value(row: 1, column: 2) == nil)
        #expect(grid.range == 500...530)
    }

    @Test("a grid of voids only is an error naming the header; the map leaves it out")
    func allVoid() throws {
        let (grid, issues) = try read("ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 10\nNODATA_value -9999\n-9999 -9999\n")
        #expect(grid.range == nil)
        #expect(issues.map(\.line) == [6])
        #expect(issues.first?.message.en == "every cell is a void (NODATA or implausible): the grid holds no elevation; ignored")
    }

    @Test("the Dead Sea shore and Everest are fine")
    func extremes() throws {
        let (_, issues) = try read("ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 10\n-430 8849\n")
        #expect(issues.isEmpty)
    }
}
