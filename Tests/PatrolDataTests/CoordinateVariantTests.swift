import Testing
import PatrolData
import PatrolGeo
import _PatrolTestSupport

/// The tiny map written in other CRSs must load to the same working-CRS geometry.
///
/// The variants in Tests/Fixtures were converted by cs2cs and by the published GCJ-02
/// formula; see Tests/Fixtures/README.md.
@Suite("The tiny map in WGS 84, CGCS2000 and GCJ-02")
struct CoordinateVariantTests {
    /// Every position of a map in the working CRS, in a fixed order.
    private func positions(_ map: PatrolMap) -> [Point] {
        map.households.map(\.location) + map.posts.map(\.location) + map.landmarks.map(\.location)
            + map.roads.flatMap(\.geometry) + map.jurisdiction.boundary.rings.flatMap { $0 }
            + map.villages.flatMap { $0.boundary.rings.flatMap { $0 } }
    }

    /// The largest distance between corresponding positions of two loads.
    private func largestShift(_ a: PatrolMap, _ b: PatrolMap) -> Double {
        let pa = positions(a)
        let pb = positions(b)
        guard pa.count == pb.count else { return .infinity }
        return zip(pa, pb).map { $0.distance(to: $1) }.max() ?? 0
    }

    @Test("WGS 84 longitude/latitude loads to tiny's metre coordinates within 1 mm")
    func wgs84() throws {
        let tiny = try Fixtures.tiny()
        let wgs84 = try MapLoader.load(Fixtures.tinyWGS84Path)
        #expect(wgs84.issues.isEmpty, "\(wgs84.issues)")
        #expect(wgs84.inputIsGeographic)
        #expect(positions(wgs84).count == 12 + 2 + 3 + 22 + 15)
        #expect(largestShift(tiny, wgs84) < 0.001)
        // The geodesic area does not depend on the CRS the boundary was written in.
        #expect(abs(wgs84.jurisdiction.geodesicArea - tiny.jurisdiction.geodesicArea) < 1)
        // Source coordinates are kept as written, longitude first.
        let h3 = try #require(wgs84.households.first { $0.id == "H003" })
        #expect(h3.sourceCoordinate == Point(x: 109.05745494, y: 34.9019895094))
    }

    @Test("CGCS2000 (EPSG:4490) is longitude first too")
    func cgcs2000() throws {
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyWGS84Path)
        try map.replace("EPSG:4326", with: "EPSG:4490", inLine: 4, of: "map.json")
        let cgcs = try MapLoader.load(map.path)
        #expect(cgcs.issues.isEmpty, "\(cgcs.issues)")
        #expect(cgcs.inputCRS == .cgcs2000)
        #expect(largestShift(tiny, cgcs) < 0.001)
    }

    @Test("a latitude-first ledger in EPSG:4490 is caught row by row")
    func cgcs2000LatitudeFirst() throws {
        let map = try TemporaryMap(copying: Fixtures.tinyWGS84Path)
        try map.replace("EPSG:4326", with: "EPSG:4490", inLine: 4, of: "map.json")
        try map.edit("households.csv") { text in
            text.split(separator: "\n").enumerated().map { i, line in
                var fields = line.components(separatedBy: ",")
                if i > 0 { fields.swapAt(4, 5) }
                return fields.joined(separator: ",")
            }.joined(separator: "\n") + "\n"
        }
        let loaded = try MapLoader.load(map.path)
        #expect(loaded.households.isEmpty)
        let swapped = loaded.errors.filter { $0.message.en.hasPrefix("longitude and latitude appear swapped") }
        #expect(swapped.map(\.line) == Array(2...13))
    }

    @Test("CGCS2000 and WGS 84 transforms agree with cs2cs, longitude first")
    func cgcs2000Transform() throws {
        // echo "34.8909658329 109.0502031907" | cs2cs -f %.4f EPSG:4490 EPSG:4545  →  3863000.0000  596000.0000
        let toGK = try CoordinateTransform(from: .cgcs2000, to: CoordinateReferenceSystem("EPSG:4545"))
        let p = try toGK.forward(Point(x: 109.0502031907, y: 34.8909658329))
        #expect(abs(p.x - 596_000) < 0.001 && abs(p.y - 3_863_000) < 0.001)
        let back = try toGK.inverse(Point(x: 596_000, y: 3_863_000))
        #expect(abs(back.x - 109.0502031907) < 1e-9 && abs(back.y - 34.8909658329) < 1e-9)
    }

    @Test("GCJ-02 coordinates load within 0.01 m of the WGS 84 ones")
    func gcj02() throws {
        let wgs84 = try MapLoader.load(Fixtures.tinyWGS84Path)
        let gcj = try MapLoader.load(Fixtures.tinyGCJ02Path)
        #expect(gcj.issues.isEmpty, "\(gcj.issues)")
        #expect(gcj.inputCRS.isGCJ02 && gcj.inputIsGeographic)
        #expect(largestShift(wgs84, gcj) < 0.01)
        #expect(abs(gcj.jurisdiction.geodesicArea - wgs84.jurisdiction.geodesicArea) < 1)
        // The files really are shifted: the GCJ-02 offset here is hundreds of metres.
        let h = try #require(gcj.households.first)
        let w = try #require(wgs84.households.first)
        let shift = Geodesic.wgs84.distance(
            LonLat(lon: h.sourceCoordinate.x, lat: h.sourceCoordinate.y), LonLat(lon: w.sourceCoordinate.x, lat: w.sourceCoordinate.y))
        #expect(shift > 300 && shift < 700)
    }

    @Test("working_crs auto picks EPSG:4545 for the tiny map and gives the same geometry")
    func autoWorkingCRS() throws {
        let tiny = try Fixtures.tiny()
        let map = try TemporaryMap(copying: Fixtures.tinyWGS84Path)
        try map.replace("\"EPSG:4545\"", with: "\"auto\"", inLine: 5, of: "map.json")
        let auto = try MapLoader.load(map.path)
        #expect(auto.workingCRS.definition == "EPSG:4545")
        #expect(largestShift(tiny, auto) < 0.001)
    }
}
