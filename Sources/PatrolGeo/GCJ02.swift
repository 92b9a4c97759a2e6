import Foundation

/// GCJ-02, the obfuscated datum of Chinese web maps, converted to and from WGS 84.
///
/// The forward direction is the widely published formula (Krasovsky ellipsoid constants,
/// the sine-series offsets); the inverse iterates the forward function until the round
/// trip agrees to better than a millimetre. Outside China the offset is zero.
public enum GCJ02 {
    private static let semiMajorAxis = 6_378_245.0
    private static let eccentricitySquared = 0.006_693_421_622_965_943_23

    /// True when the position lies outside the rectangle where GCJ-02 applies.
    public static func isOutsideChina(_ p: LonLat) -> Bool {
        p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
    }

    /// WGS 84 → GCJ-02.
    public static func fromWGS84(_ p: LonLat) -> LonLat {
        guard p.isValid, !isOutsideChina(p) else { return p }
        let (dLon, dLat) = offset(p)
        return LonLat(lon: p.lon + dLon, lat: p.lat + dLat)
    }

    /// GCJ-02 → WGS 84, by fixed-point iteration of the forward formula.
    ///
    /// - Complexity: a handful of iterations; each halves the error by orders of magnitude.
    public static func toWGS84(_ p: LonLat) -> LonLat {
        guard p.isValid, !isOutsideChina(p) else { return p }
        var guess = p
        for _ in 0..<30 {
            let forward = fromWGS84(guess)
            let dLon = forward.lon - p.lon
            let dLat = forward.lat - p.lat
            guess = LonLat(lon: guess.lon - dLon, lat: guess.lat - dLat)
            if abs(dLon) < 1e-12 && abs(dLat) < 1e-12 { break }
        }
        return guess
    }

    /// WGS 84 → GCJ-02 for a point holding (longitude, latitude).
    public static func fromWGS84(_ p: Point) -> Point {
        let q = fromWGS84(LonLat(lon: p.x, lat: p.y))
        return Point(x: q.lon, y: q.lat)
    }

    /// GCJ-02 → WGS 84 for a point holding (longitude, latitude).
    public static func toWGS84(_ p: Point) -> Point {
        let q = toWGS84(LonLat(lon: p.x, lat: p.y))
        return Point(x: q.lon, y: q.lat)
    }

    private static func offset(_ p: LonLat) -> (Double, Double) {
        let x = p.lon - 105.0
        let y = p.lat - 35.0
        var dLat = transformLat(x, y)
        var dLon = transformLon(x, y)
        let radLat = p.lat / 180.0 * .pi
        var magic = sin(radLat)
        magic = 1 - eccentricitySquared * magic * magic
        let sqrtMagic = magic.squareRoot()
        dLat = (dLat * 180.0) / ((semiMajorAxis * (1 - eccentricitySquared)) / (magic * sqrtMagic) * .pi)
        dLon = (dLon * 180.0) / (semiMajorAxis / sqrtMagic * cos(radLat) * .pi)
        return (dLon, dLat)
    }

    private static func transformLat(_ x: Double, _ y: Double) -> Double {
        var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * abs(x).squareRoot()
        r += (20.0 * sin(6.0 * x * .pi) + 20.0 * sin(2.0 * x * .pi)) * 2.0 / 3.0
        r += (20.0 * sin(y * .pi) + 40.0 * sin(y / 3.0 * .pi)) * 2.0 / 3.0
        r += (160.0 * sin(y / 12.0 * .pi) + 320 * sin(y * .pi / 30.0)) * 2.0 / 3.0
        return r
    }

    private static func transformLon(_ x: Double, _ y: Double) -> Double {
        var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * abs(x).squareRoot()
        r += (20.0 * sin(6.0 * x * .pi) + 20.0 * sin(2.0 * x * .pi)) * 2.0 / 3.0
        r += (20.0 * sin(x * .pi) + 40.0 * sin(x / 3.0 * .pi)) * 2.0 / 3.0
        r += (150.0 * sin(x / 12.0 * .pi) + 300.0 * sin(x / 30.0 * .pi)) * 2.0 / 3.0
        return r
    }
}
