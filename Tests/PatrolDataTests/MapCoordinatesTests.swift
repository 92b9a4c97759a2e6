import PatrolData
import PatrolGeo
import Testing
import _PatrolTestSupport

@Suite("A loaded map's conversions to longitude/latitude and to its files' CRS")
struct MapCoordinatesTests {
    @Test("working-CRS metres become WGS 84 degrees, longitude first, for a map in a projected CRS")
    func lonLat() throws {
        let map = try Fixtures.tiny()
        // echo "3863180 596100" | cs2cs -f %.7f EPSG:4545 EPSG:4326  →  34.8925786  109.0513177
        let station = map.coordinates.lonLat(Point(x: 596_100, y: 3_863_180))
        #expect(abs(station.lon - 109.0513177) < 5e-8)
        #expect(abs(station.lat - 34.8925786) < 5e-8)
        let back = map.coordinates.working(station)
        #expect(abs(back.x - 596_100) < 1e-6 && abs(back.y - 3_863_180) < 1e-6)
        // tiny's files are in the working CRS: their coordinates are the working ones.
        #expect(map.coordinates.inputCoordinate(Point(x: 596_100, y: 3_863_180)) == Point(x: 596_100, y: 3_863_180))
    }

    @Test("the same ground gives the same degrees whether the files are in metres, WGS 84 or GCJ-02")
    func variants() throws {
        let tiny = try Fixtures.tiny()
        let expected = tiny.coordinates.lonLat(tiny.households.map(\.location))
        for path in [Fixtures.tinyWGS84Path, Fixtures.tinyGCJ02Path] {
            let map = try MapLoader.load(path)
            let lonLat = map.coordinates.lonLat(map.households.map(\.location))
            for (a, b) in zip(lonLat, expected) {
                // 1e-7° is about a centimetre; the variants load within 0.01 m.
                #expect(abs(a.lon - b.lon) < 1e-7 && abs(a.lat - b.lat) < 1e-7, "\(path)")
            }
        }
    }

    @Test("input coordinates are the files' own: GCJ-02 stays GCJ-02")
    func inputCoordinates() throws {
        let map = try MapLoader.load(Fixtures.tinyGCJ02Path)
        let h = try #require(map.households.first)
        let source = map.coordinates.inputCoordinate(h.location)
        #expect(abs(source.x - h.sourceCoordinate.x) < 1e-9 && abs(source.y - h.sourceCoordinate.y) < 1e-9)
        let wgs84 = map.coordinates.lonLat(h.location)
        // GCJ-02 is offset from WGS 84 by a few hundred metres in China.
        #expect(abs(wgs84.lon - source.x) > 1e-4)
    }
}
