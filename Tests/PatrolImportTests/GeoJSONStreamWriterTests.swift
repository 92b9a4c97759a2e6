import Foundation
import Testing
@testable import PatrolImport
import PatrolData
import PatrolGeo

@Suite("The fast road writer writes what GeoJSONWriter writes")
struct GeoJSONStreamWriterTests {
    @Test("same bytes as GeoJSONWriter.featureCollection at 7 decimals (coordinates of magnitude 1e-4 or more)")
    func sameBytes() throws {
        let lines: [[(lon: Int64, lat: Int64)]] = [
            [(15_000_000, 425_128_977), (15_010_000, 425_000_000)],
            [(-1_799_999_999, -1_000), (1_800_000_000, 900_000_000), (-10_000_000, 123_456_7)],
            [(12_345, -98_765), (0, 0)],
        ]
        let properties: [[(String, JSONValue)]] = [
            [("highway", .string("track")), ("width", .number(3.5))],
            [("name", .string("Camí \"vell\"")), ("oneway", .string("yes"))],
            [],
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).geojson").path
        let writer = try GeoJSONStreamWriter(path: path, name: "t")
        var expected: [GeoJSONWriter.Feature] = []
        for (i, line) in lines.enumerated() {
            writer.appendLineString(id: "w\(i)", properties: JSONWriter.compact(.object(properties[i])), coordinates: line)
            let points = line.map { Point(x: Double($0.lon) / 1e7, y: Double($0.lat) / 1e7) }
            expected.append(GeoJSONWriter.Feature(id: "w\(i)", properties: properties[i], geometry: .lineString(points)))
        }
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == GeoJSONWriter.featureCollection(expected, decimals: 7))
    }

    @Test("fixed-point degrees by hand")
    func fixed() {
        func text(_ v: Int64) -> String {
            var bytes: [UInt8] = []
            GeoJSONStreamWriter.appendFixed7(v, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(text(425_128_977) == "42.5128977")
        #expect(text(15_000_000) == "1.5")
        #expect(text(-1) == "-0.0000001")
        #expect(text(0) == "0")
        #expect(text(-1_800_000_000) == "-180")
        #expect(text(1_234_500) == "0.12345")
    }
}
