import Testing
import PatrolGeo

@Suite("PROJ transforms")
struct ProjectionTests {
    @Test("WGS 84 to CGCS2000 / 3-degree GK CM 108E matches cs2cs")
    func wgs84ToGaussKruger() throws {
        // echo "34.9 109.05" | cs2cs -f %.4f EPSG:4326 EPSG:4545   →  3864002.1023  595970.9162
        // (cs2cs prints EPSG:4545 northing first; our API is easting first)
        let transform = try CoordinateTransform(from: .wgs84, to: CoordinateReferenceSystem("EPSG:4545"))
        let p = try transform.forward(Point(x: 109.05, y: 34.9))
        #expect(abs(p.x - 595_970.9162) < 0.001)
        #expect(abs(p.y - 3_864_002.1023) < 0.001)
        // echo "39.9 116.4" | cs2cs -f %.4f EPSG:4326 EPSG:4545  →  4452357.8957  1218808.4206
        let far = try transform.forward(Point(x: 116.4, y: 39.9))
        #expect(abs(far.x - 1_218_808.4206) < 0.001)
        #expect(abs(far.y - 4_452_357.8957) < 0.001)
    }

    @Test("the inverse returns longitude first and round-trips")
    func inverseRoundTrip() throws {
        // echo "3864002.1023 595970.9162" | cs2cs -f %.9f EPSG:4545 EPSG:4326  →  34.900000000  109.050000000
        let transform = try CoordinateTransform(from: .wgs84, to: CoordinateReferenceSystem("EPSG:4545"))
        let back = try transform.inverse(Point(x: 595_970.9162, y: 3_864_002.1023))
        #expect(abs(back.x - 109.05) < 1e-8)
        #expect(abs(back.y - 34.9) < 1e-8)
    }

    @Test("CGCS2000 geographic input is longitude first too")
    func cgcs2000Geographic() throws {
        // echo "34.9 109.05" | cs2cs -f %.4f EPSG:4490 EPSG:4545  →  3864002.1023  595970.9162
        let transform = try CoordinateTransform(from: .cgcs2000, to: CoordinateReferenceSystem("EPSG:4545"))
        let p = try transform.forward(Point(x: 109.05, y: 34.9))
        #expect(abs(p.x - 595_970.9162) < 0.001)
        #expect(abs(p.y - 3_864_002.1023) < 0.001)
    }

    @Test("auto working CRS picks the nearest CGCS2000 3-degree zone")
    func autoZone() throws {
        #expect(CoordinateReferenceSystem.gaussKruger3Degree(nearestTo: 109.05).definition == "EPSG:4545")
        #expect(CoordinateReferenceSystem.gaussKruger3Degree(nearestTo: 75.2).definition == "EPSG:4534")
        #expect(CoordinateReferenceSystem.gaussKruger3Degree(nearestTo: 134.9).definition == "EPSG:4554")
        // echo "34.9 109.05" | cs2cs -f %.4f EPSG:4326 EPSG:4546  →  3865234.7116  321759.7909  (CM 111E)
        let transform = try CoordinateTransform(from: .wgs84, to: CoordinateReferenceSystem("EPSG:4546"))
        let p = try transform.forward(Point(x: 109.05, y: 34.9))
        #expect(abs(p.x - 321_759.7909) < 0.001)
        // Outside China's zones: the same projection as a PROJ string on the nearest 3° meridian.
        let andorra = CoordinateReferenceSystem.gaussKruger3Degree(nearestTo: 1.6)
        #expect(andorra.definition.contains("+lon_0=3 "))
        #expect(try !andorra.isGeographic())
    }

    @Test("an unknown CRS is refused with PROJ's reason")
    func unknownCRS() {
        #expect(throws: ProjectionError.self) {
            _ = try CoordinateTransform(from: CoordinateReferenceSystem("EPSG:99999"), to: .wgs84)
        }
        do {
            _ = try CoordinateTransform(from: CoordinateReferenceSystem("EPSG:99999"), to: .wgs84)
        } catch {
            #expect(error.crs == "EPSG:99999")
            #expect(error.reason.lowercased().contains("crs") || error.reason.contains("99999"))
        }
    }

    @Test("geographic CRSs are recognised")
    func geographic() throws {
        #expect(try CoordinateReferenceSystem.wgs84.isGeographic())
        #expect(try CoordinateReferenceSystem("EPSG:4490").isGeographic())
        #expect(try CoordinateReferenceSystem.gcj02.isGeographic())
        #expect(try !CoordinateReferenceSystem("EPSG:4545").isGeographic())
    }
}
