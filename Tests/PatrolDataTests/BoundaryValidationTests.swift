import Testing
import PatrolData
import _PatrolTestSupport

/// Lines of SampleMaps/tiny/boundary.geojson: 2 the jurisdiction (feature 0), 3 西村 (feature 1),
/// 4 东村 (feature 2); each village is 1000 m × 1500 m, side by side at x = 597 000.
@Suite("Boundary polygons that read but mean nothing")
struct BoundaryValidationTests {
    static let west = "[[596000,3863000],[597000,3863000],[597000,3864500],[596000,3864500],[596000,3863000]]"
    static let east = "[[597000,3863000],[598000,3863000],[598000,3864500],[597000,3864500],[597000,3863000]]"

    private func issues(line: Int, _ old: String, _ new: String) throws -> [InputIssue] {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace(old, with: new, inLine: line, of: "boundary.geojson")
        return try MapLoader.load(map.path).issues.filter { $0.file == "boundary.geojson" }
    }

    @Test("a bow-tie village is an error at its crossing; the village is kept")
    func bowTie() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace(
            Self.west, with: "[[596000,3863000],[597000,3864500],[597000,3863000],[596000,3864500],[596000,3863000]]", inLine: 3, of: "boundary.geojson")
        let loaded = try MapLoader.load(map.path)
        let issue = try #require(loaded.issues.first { $0.file == "boundary.geojson" })
        #expect(issue.severity == .error)
        #expect(issue.line == 3 && issue.feature == 1 && issue.recordID == "西村" && issue.field == "geometry")
        #expect(issue.message.en.hasPrefix("the exterior ring crosses itself at (596500, 3863750): edges 1 and 3 intersect"))
        #expect(issue.message.zh.hasPrefix("外环在 (596500, 3863750) 自相交"))
        #expect(loaded.villages.map(\.name) == ["西村", "东村"])
    }

    @Test("a hole outside its shell is an error and ignored; the village keeps its full area")
    func holeOutside() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace(
            Self.east, with: Self.east + ",[[598100,3863100],[598200,3863100],[598200,3863200],[598100,3863100]]", inLine: 4, of: "boundary.geojson")
        let loaded = try MapLoader.load(map.path)
        let issues = loaded.issues.filter { $0.file == "boundary.geojson" }
        #expect(issues.count == 1)
        #expect(issues.first?.line == 4 && issues.first?.feature == 2)
        #expect(issues.first?.message.en == "hole 1 lies outside the exterior ring; the hole is ignored")
        #expect(loaded.villages[1].boundary.polygons[0].holes.isEmpty)
        #expect(loaded.villages[1].boundary.area == 1_500_000)
    }

    @Test("a hole crossing its shell names the crossing")
    func holeCrossing() throws {
        let issues = try issues(line: 4, Self.east, Self.east + ",[[597900,3863100],[598100,3863100],[598100,3863200],[597900,3863100]]")
        #expect(issues.map(\.message.en).first?.hasPrefix("the exterior ring and hole 1 cross at (598000, 3863100) (and 1 more crossing)") == true)
    }

    @Test("a village with no area is an error and skipped; a jurisdiction with none ends the load with the reason")
    func zeroArea() throws {
        let issues = try issues(line: 3, Self.west, "[[596000,3863000],[596500,3863500],[597000,3864000],[596000,3863000]]")
        let skipped = try #require(issues.first)
        #expect(skipped.severity == .error && skipped.line == 3 && skipped.feature == 1)
        #expect(skipped.message.en == "the polygon has no area (its positions lie on one line or repeat); skipped")

        let map = try TemporaryMap(copying: Fixtures.tinyPath)
        try map.replace(
            "[[596000,3863000],[598000,3863000],[598000,3864500],[596000,3864500],[596000,3863000]]",
            with: "[[596000,3863000],[597000,3863000],[598000,3863000],[596000,3863000]]", inLine: 2, of: "boundary.geojson")
        #expect(throws: InputIssue.self) { try MapLoader.load(map.path) }
        do {
            _ = try MapLoader.load(map.path)
        } catch {
            #expect(error.line == 2 && error.feature == 0 && error.field == "geometry")
            #expect(error.message.en == "the jurisdiction polygon is unusable: the polygon has no area (its positions lie on one line or repeat); skipped")
        }
    }

    @Test("overlapping villages and a village past the jurisdiction are warnings with the area and a point")
    func overlaps() throws {
        let overlapping = try issues(line: 4, Self.east, Self.east.replacingOccurrences(of: "597000,", with: "596800,"))
        #expect(overlapping.count == 1)
        #expect(overlapping.first?.severity == .warning && overlapping.first?.feature == 2 && overlapping.first?.recordID == "东村")
        #expect(
            overlapping.first?.message.en
                == "overlaps village '西村' (feature 1) by about 0.3 km², e.g. at (596900, 3863000.38); households there count in '西村'")
        let outside = try issues(line: 4, Self.east, Self.east.replacingOccurrences(of: "598000,", with: "598500,"))
        #expect(outside.count == 1)
        #expect(
            outside.first?.message.en == "about 0.75 km² (33.3%) of the village lies outside the jurisdiction, e.g. at (598250, 3863000.38)")
    }

    @Test("a sliver overlap along a shared edge is below the tolerance")
    func sliver() throws {
        // 东村 moved 2 m west: 2 m × 1500 m = 3000 m², 0.2% of a village.
        let issues = try issues(line: 4, Self.east, Self.east.replacingOccurrences(of: "597000,", with: "596998,"))
        #expect(issues.isEmpty, "\(issues)")
    }
}
