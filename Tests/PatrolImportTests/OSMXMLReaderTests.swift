import Foundation
import Testing
@testable import PatrolImport
import PatrolData
import PatrolGeo

@Suite("OSM XML reader")
struct OSMXMLReaderTests {
    func read(_ text: String, wantsNodes: Bool = true, wantsWays: Bool = true) throws(InputIssue) -> RecordingHandler {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("osm-\(UUID().uuidString).osm").path
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var handler = RecordingHandler()
        handler.wantsNodes = wantsNodes
        handler.wantsWays = wantsWays
        try OSMXMLReader(path: path, name: "t.osm").read(into: &handler)
        return handler
    }

    @Test("bounds, nodes with tags, ways with refs, relations skipped, deleted elements skipped")
    func elements() throws {
        let text = """
            <osm version="0.6" generator="hand">
              <bounds minlat="42.4" minlon="1.4" maxlat="42.7" maxlon="1.8"/>
              <node lat="42.5128977" id="625022" lon="1.5513077" timestamp="2013-05-06T20:39:19Z"/>
              <node id="2" lat="-0.0000001" lon="-179.9999999"><tag k="name" v="A &amp; B"/><tag k="amenity" v="police"/></node>
              <node id="3" lat="1" lon="2" action="delete"/>
              <way id="10" timestamp="2012-01-01T00:00:00Z"><nd ref="625022"/><nd ref="2"/><tag k="highway" v="track"/></way>
              <relation id="20"><member type="way" ref="10" role=""/><tag k="type" v="route"/></relation>
            </osm>
            """
        let h = try read(text)
        #expect(h.header.bounds == BoundingBox(minX: 1.4, minY: 42.4, maxX: 1.8, maxY: 42.7))
        #expect(h.header.generator == "hand")
        #expect(h.nodes.map(\.id) == [625022, 2])
        #expect(h.nodes[0].coordinate == FixedCoordinate(lat: 425_128_977, lon: 15_513_077))
        #expect(h.nodes[0].timestamp == 1_367_872_759)  // date -u -d 2013-05-06T20:39:19Z +%s
        #expect(h.nodes[1].coordinate == FixedCoordinate(lat: -1, lon: -1_799_999_999))
        #expect(h.nodes[1].tags["name"] == "A & B")
        #expect(h.ways.count == 1)
        #expect(h.ways[0].refs == [625022, 2])
        #expect(h.ways[0].tags["highway"] == "track")
        #expect(h.ways[0].timestamp == 1_325_376_000)  // date -u -d 2012-01-01 +%s

        let waysOnly = try read(text, wantsNodes: false)
        #expect(waysOnly.nodes.isEmpty && waysOnly.ways.count == 1)
    }

    @Test("decimal degrees to 1e-7 units exactly, rounding half away from zero past seven decimals")
    func fixedDegrees() {
        #expect(OSMXMLReader.fixedDegrees("42.5128977") == 425_128_977)
        #expect(OSMXMLReader.fixedDegrees("1.5") == 15_000_000)
        #expect(OSMXMLReader.fixedDegrees("-0.00000005") == -1)
        #expect(OSMXMLReader.fixedDegrees("0.00000004") == 0)
        #expect(OSMXMLReader.fixedDegrees("180") == 1_800_000_000)
        #expect(OSMXMLReader.fixedDegrees("1e5") == nil)
        #expect(OSMXMLReader.fixedDegrees("") == nil)
        #expect(OSMXMLReader.fixedDegrees("1.2.3") == nil)
    }

    @Test("a node with a bad position is reported and skipped; the read goes on")
    func badNode() throws {
        let h = try read(#"<osm><node id="1" lat="x" lon="1"/><node id="2" lat="91" lon="1"/><node id="3" lat="1" lon="1"/></osm>"#)
        #expect(h.nodes.map(\.id) == [3])
        #expect(h.skipped.count == 2)
        #expect(h.skipped[0].file == "t.osm" && h.skipped[0].line == 1)
    }

    @Test("a file that is not OSM XML is refused with its root element")
    func notOSM() throws {
        do {
            _ = try read("<gpx version=\"1.1\"></gpx>")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.en.contains("root element is <gpx>"))
        }
    }
}
