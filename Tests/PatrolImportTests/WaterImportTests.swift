import Foundation
import Testing
import PatrolData
import PatrolGeo
import PatrolImport

/// A street bending north with a police post, and beside it: a pond drawn as one closed way (clockwise), a
/// lake mapped as a multipolygon whose outer ring is two open ways running opposite ways and
/// whose island has an empty role, a stream, a culvert, an unclosed pond and a multipolygon
/// whose member way is missing from the file.
@Suite("OSM water: closed ways, multipolygons and streams into water.geojson, checked by hand")
struct WaterImportTests {
    static let osm = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6">
          <node id="1" lat="42.5000000" lon="1.5000000"/>
          <node id="2" lat="42.5000000" lon="1.5100000"/>
          <node id="3" lat="42.5070000" lon="1.5100000"/>
          <node id="9" lat="42.5001000" lon="1.5050000"><tag k="amenity" v="police"/><tag k="name" v="Station"/></node>
          <node id="21" lat="42.5020000" lon="1.5010000"/>
          <node id="22" lat="42.5030000" lon="1.5010000"/>
          <node id="23" lat="42.5030000" lon="1.5020000"/>
          <node id="24" lat="42.5020000" lon="1.5020000"/>
          <node id="41" lat="42.5040000" lon="1.5040000"/>
          <node id="42" lat="42.5040000" lon="1.5060000"/>
          <node id="43" lat="42.5060000" lon="1.5060000"/>
          <node id="44" lat="42.5060000" lon="1.5040000"/>
          <node id="45" lat="42.5045000" lon="1.5045000"/>
          <node id="46" lat="42.5045000" lon="1.5050000"/>
          <node id="47" lat="42.5050000" lon="1.5050000"/>
          <node id="51" lat="42.4990000" lon="1.5000000"/>
          <node id="52" lat="42.4990000" lon="1.5050000"/>
          <node id="53" lat="42.4985000" lon="1.5100000"/>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/></way>
          <way id="20"><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="24"/><nd ref="21"/><tag k="natural" v="water"/><tag k="name" v="Pond"/></way>
          <way id="31"><nd ref="41"/><nd ref="42"/><nd ref="43"/></way>
          <way id="32"><nd ref="41"/><nd ref="44"/><nd ref="43"/></way>
          <way id="33"><nd ref="45"/><nd ref="46"/><nd ref="47"/><nd ref="45"/></way>
          <way id="50"><nd ref="51"/><nd ref="52"/><nd ref="53"/><tag k="waterway" v="stream"/><tag k="name" v="Riu"/></way>
          <way id="54"><nd ref="52"/><nd ref="53"/><tag k="waterway" v="stream"/><tag k="tunnel" v="culvert"/></way>
          <way id="55"><nd ref="21"/><nd ref="22"/><nd ref="23"/><tag k="natural" v="water"/></way>
          <relation id="30">
            <member type="way" ref="31" role="outer"/><member type="way" ref="32" role="outer"/><member type="way" ref="33" role=""/>
            <tag k="type" v="multipolygon"/><tag k="natural" v="water"/><tag k="name" v="Estany"/>
          </relation>
          <relation id="34">
            <member type="way" ref="31" role="outer"/><member type="way" ref="999" role="outer"/>
            <tag k="type" v="multipolygon"/><tag k="natural" v="water"/>
          </relation>
        </osm>
        """

    func imported() throws -> (report: OSMImportReport, folder: String) {
        let input = try ImportFixtures.file(Self.osm, extension: "osm")
        let folder = ImportFixtures.temporaryPath("water")
        return (try OSMImporter.run(OSMImportOptions(input: input, output: folder, name: "water")), folder)
    }

    @Test("water.geojson holds the lake with its island as a hole, the pond turned counter-clockwise and the stream; map.json lists it")
    func written() throws {
        let (report, folder) = try imported()
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/water.geojson"))) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.map { $0["id"] as? String } == ["r30", "w20", "w50"])
        func rings(_ feature: [String: Any]) -> [[[Double]]] {
            ((feature["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]]) ?? []
        }
        // The lake: the two outer ways joined at nodes 41 and 43, counter-clockwise from 41; the island, clockwise.
        let lake = rings(features[0])
        #expect(lake.count == 2)
        #expect(lake[0] == [[1.504, 42.504], [1.506, 42.504], [1.506, 42.506], [1.504, 42.506], [1.504, 42.504]])
        #expect(lake[1] == [[1.5045, 42.5045], [1.505, 42.505], [1.505, 42.5045], [1.5045, 42.5045]])
        #expect((features[0]["properties"] as? [String: String]) == ["natural": "water", "name": "Estany"])
        // The pond was drawn clockwise (21 → 22 north → 23 east → 24 south): written reversed.
        #expect(rings(features[1]) == [[[1.501, 42.502], [1.502, 42.502], [1.502, 42.503], [1.501, 42.503], [1.501, 42.502]]])
        let stream = try #require(features[2]["geometry"] as? [String: Any])
        #expect(stream["type"] as? String == "LineString")
        #expect((stream["coordinates"] as? [[Double]])?.count == 3)
        #expect(try ImportFixtures.text(folder + "/map.json").contains(#""water": "water.geojson""#))
        #expect([report.water.areas, report.water.multipolygons, report.water.lines, report.water.skipped] == [Int]([2, 1, 1, 2]))
        #expect(
            report.text(.en).contains(
                "water: 2 areas (1 assembled from multipolygon relations) and 1 watercourse written to water.geojson; 2 unusable (listed below)"))
    }

    @Test("the unclosed pond and the multipolygon with a missing member are reported by element; the culvert is not water on the map")
    func skipped() throws {
        let (report, _) = try imported()
        let water = report.skipped.filter { $0.message.en.contains("water") }
        #expect(water.map(\.recordID) == ["relation/34", "way/55"])
        #expect(water[0].message.en.contains("member ways or nodes missing from the file"))
        #expect(water[1].message.en.contains("not closed"))
        #expect(!report.text(.en).contains("w54"))
    }

    @Test("the package loads with the water read back: the lake's area is the square's less the island's, by hand at 42.5° N")
    func loaded() throws {
        let (_, folder) = try imported()
        let map = try MapLoader.load(folder)
        #expect(map.water.count == 3)
        let lake = try #require(map.water.first { $0.id == "r30" })
        guard case .area(let shape) = lake.shape else {
            Issue.record("the lake is not an area")
            return
        }
        // 0.002° × 0.002° less a triangle of half 0.0005° × 0.0005°. On the WGS 84 ellipsoid at 42.5° N
        // a degree of longitude is N cos φ · π/180 = 82.20 km and one of latitude M · π/180 = 111.08 km.
        let metres = (0.002 * 82_199) * (0.002 * 111_083) - 0.5 * (0.0005 * 82_199) * (0.0005 * 111_083)
        let area = shape.polygons.reduce(0) { $0 + $1.area }
        #expect(abs(area - metres) / metres < 0.005)
    }
}
