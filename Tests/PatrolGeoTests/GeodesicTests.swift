import Testing
import PatrolGeo

@Suite("Geodesics")
struct GeodesicTests {
    @Test("distance matches PROJ's geod")
    func distance() {
        // geod +ellps=WGS84 -I +units=m <<< "34.9 109.05 34.95 109.1"  →  7186.139 m
        let d = Geodesic.wgs84.distance(LonLat(lon: 109.05, lat: 34.9), LonLat(lon: 109.1, lat: 34.95))
        #expect(abs(d - 7186.139) < 0.001)
    }

    @Test("area of a one-degree cell at the equator")
    func equatorCell() {
        // A 1°×1° cell from the equator: 2πa²(1-e²)·… ; Karney's reference value 12,308,778,361.469 m²
        // (GeographicLib Planimeter: 0 0; 0 1; 1 1; 1 0 on WGS84).
        let ring = [LonLat(lon: 0, lat: 0), LonLat(lon: 1, lat: 0), LonLat(lon: 1, lat: 1), LonLat(lon: 0, lat: 1)]
        let area = Geodesic.wgs84.area(ofRing: ring)
        #expect(abs(area - 12_308_778_361.469) < 1)
        // Orientation does not matter.
        #expect(abs(Geodesic.wgs84.area(ofRing: ring.reversed()) - area) < 1e-3)
    }

    @Test("holes are subtracted")
    func holes() {
        let outer = [LonLat(lon: 0, lat: 0), LonLat(lon: 1, lat: 0), LonLat(lon: 1, lat: 1), LonLat(lon: 0, lat: 1)]
        let hole = [LonLat(lon: 0, lat: 0), LonLat(lon: 1, lat: 0), LonLat(lon: 1, lat: 1), LonLat(lon: 0, lat: 1)]
        #expect(abs(Geodesic.wgs84.area(exterior: outer, holes: [hole])) < 1e-3)
    }
}
