import Testing
import PatrolGeo

/// A published WGS-84 → GCJ-02 pair.
struct GCJ02Vector: Sendable, CustomTestStringConvertible {
    var place: String
    var wgs84: LonLat
    var gcj02: LonLat
    var testDescription: String { place }
}

/// Test vectors published with two widely used open-source converters.
///
/// - googollee/eviltransform, `go/transform_test.go` and `python/test.py` (Shanghai, Shenzhen,
///   Beijing; given there as latitude, longitude);
/// - wandergis/coordtransform, `test/app.js` (`wgs84togcj02(116.404, 39.915)`).
/// Both use the Krasovsky 1940 constants a = 6378245, e² = 0.00669342162296594323.
let publishedGCJ02Vectors = [
    GCJ02Vector(
        place: "Shanghai (eviltransform)", wgs84: LonLat(lon: 121.5272106, lat: 31.1774276), gcj02: LonLat(lon: 121.531541859215, lat: 31.17530398364597)),
    GCJ02Vector(
        place: "Shenzhen (eviltransform)", wgs84: LonLat(lon: 113.912316, lat: 22.543847), gcj02: LonLat(lon: 113.9171764808363, lat: 22.540796131694766)),
    GCJ02Vector(
        place: "Beijing (eviltransform)", wgs84: LonLat(lon: 116.377817, lat: 39.911954), gcj02: LonLat(lon: 116.38404722455657, lat: 39.91334545536069)),
    GCJ02Vector(place: "Beijing (coordtransform)", wgs84: LonLat(lon: 116.404, lat: 39.915), gcj02: LonLat(lon: 116.41024449916938, lat: 39.91640428150164)),
]

@Suite("GCJ-02 against published vectors")
struct GCJ02VectorTests {
    @Test("the forward formula reproduces the published values", arguments: publishedGCJ02Vectors)
    func forward(_ vector: GCJ02Vector) {
        let gcj = GCJ02.fromWGS84(vector.wgs84)
        // The published values carry 14–17 significant digits; 1e-9° is 0.1 mm.
        #expect(abs(gcj.lon - vector.gcj02.lon) < 1e-9)
        #expect(abs(gcj.lat - vector.gcj02.lat) < 1e-9)
    }

    @Test("the inverse recovers WGS 84 to better than 0.01 m", arguments: publishedGCJ02Vectors)
    func inverse(_ vector: GCJ02Vector) {
        let wgs = GCJ02.toWGS84(vector.gcj02)
        #expect(Geodesic.wgs84.distance(wgs, vector.wgs84) < 0.01)
    }

    @Test("a GCJ-02 CRS round-trips through a projected CRS")
    func throughTransform() throws {
        let transform = try CoordinateTransform(from: .gcj02, to: CoordinateReferenceSystem("EPSG:4545"))
        let vector = publishedGCJ02Vectors[0]
        let plane = try transform.forward(Point(x: vector.gcj02.lon, y: vector.gcj02.lat))
        let wgs = try CoordinateTransform(from: .wgs84, to: CoordinateReferenceSystem("EPSG:4545")).forward(Point(x: vector.wgs84.lon, y: vector.wgs84.lat))
        #expect(plane.distance(to: wgs) < 0.01)
        let back = try transform.inverse(plane)
        #expect(Geodesic.wgs84.distance(LonLat(lon: back.x, lat: back.y), vector.gcj02) < 0.01)
    }

    @Test("the offset stops at the edge of the published China rectangle")
    func edge() {
        // 72.004°E is the western limit used by both converters.
        let inside = LonLat(lon: 72.01, lat: 39)
        let outside = LonLat(lon: 72.0, lat: 39)
        #expect(GCJ02.fromWGS84(inside) != inside)
        #expect(GCJ02.fromWGS84(outside) == outside)
        #expect(GCJ02.fromWGS84(LonLat(lon: .nan, lat: 30)).lon.isNaN)
    }
}
