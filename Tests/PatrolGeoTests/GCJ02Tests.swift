import Testing
import PatrolGeo

@Suite("GCJ-02")
struct GCJ02Tests {
    @Test("outside China the offset is zero")
    func outsideChina() {
        let paris = LonLat(lon: 2.35, lat: 48.85)
        #expect(GCJ02.fromWGS84(paris) == paris)
        #expect(GCJ02.toWGS84(paris) == paris)
    }

    @Test(
        "the inverse round-trips to better than 0.01 m",
        arguments: [
            LonLat(lon: 109.05, lat: 34.9), LonLat(lon: 116.397, lat: 39.909), LonLat(lon: 121.47, lat: 31.23),
            LonLat(lon: 113.26, lat: 23.13), LonLat(lon: 87.6, lat: 43.8), LonLat(lon: 126.6, lat: 45.75),
        ])
    func roundTrip(_ wgs: LonLat) {
        let back = GCJ02.toWGS84(GCJ02.fromWGS84(wgs))
        let error = Geodesic.wgs84.distance(wgs, back)
        #expect(error < 0.01)
    }

    @Test("the offset in central China is a few hundred metres")
    func offsetSize() {
        let wgs = LonLat(lon: 109.05, lat: 34.9)
        let gcj = GCJ02.fromWGS84(wgs)
        let shift = Geodesic.wgs84.distance(wgs, gcj)
        #expect(shift > 100 && shift < 700)
    }
}
