import Testing
import PatrolGeo

/// The code of `Sources/PatrolGeo/Documentation.docc/GettingStarted.md`, with every number it quotes.
@Suite("PatrolGeo getting-started article")
struct GettingStartedTests {
    @Test("longitude/latitude to the plane and back")
    func transform() throws {
        let gaussKruger = CoordinateReferenceSystem("EPSG:4545")
        let toPlane = try CoordinateTransform(from: .wgs84, to: gaussKruger)
        let corner = try toPlane.forward(Point(x: 109.0502031907, y: 34.8909658329))
        #expect(abs(corner.x - 596_000) < 0.001 && abs(corner.y - 3_863_000) < 0.001)
        let back = try toPlane.inverse(corner)
        #expect(abs(back.x - 109.0502031907) < 1e-10 && abs(back.y - 34.8909658329) < 1e-10)
        #expect(CoordinateReferenceSystem.gaussKruger3Degree(nearestTo: 109.06) == gaussKruger)
    }

    @Test("GCJ-02 there and back")
    func gcj02() {
        let wgs84 = LonLat(lon: 109.0502031907, lat: 34.8909658329)
        let shifted = GCJ02.fromWGS84(wgs84)
        #expect(abs(shifted.lon - 109.0553281) < 5e-8 && abs(shifted.lat - 34.8901554) < 5e-8)
        #expect((Geodesic.wgs84.distance(wgs84, shifted) - 477).magnitude < 0.5)
        #expect(Geodesic.wgs84.distance(GCJ02.toWGS84(shifted), wgs84) < 0.01)
    }

    @Test("the tiny rectangle's geodesic area")
    func area() {
        // Corners by cs2cs -f %.10f EPSG:4545 EPSG:4326 (SW, SE, NE, NW).
        let ring = [
            LonLat(lon: 109.0502031907, lat: 34.8909658329), LonLat(lon: 109.0720790618, lat: 34.8907748559),
            LonLat(lon: 109.0722547453, lat: 34.9042934620), LonLat(lon: 109.0503752910, lat: 34.9044845344),
        ]
        #expect(abs(Geodesic.wgs84.area(ofRing: ring) / 1e6 - 2.999305) < 1e-6)
    }

    @Test("planar geometry on the tiny map")
    func plane() throws {
        let origin = Point(x: 596_000, y: 3_863_000)
        func local(_ x: Double, _ y: Double) -> Point { origin + Point(x: x, y: y) }
        let west = try Polygon(exterior: [local(0, 0), local(1000, 0), local(1000, 1500), local(0, 1500), local(0, 0)])
        #expect(west.area == 1_500_000)
        #expect(west.contains(local(650, 1230)))
        let track = [local(1000, 800), local(600, 1200)]
        #expect(abs(Polyline.length(track) - 400 * 2.0.squareRoot()) < 1e-9)
        let door = try #require(Polyline.closestPoint(to: local(650, 1230), on: track))
        #expect(door.point.distance(to: local(610, 1190)) < 1e-6)
        #expect(abs(door.distance - 40 * 2.0.squareRoot()) < 1e-6)
        #expect(abs(door.offset - 780 / 2.0.squareRoot()) < 1e-6)
    }
}
