import Testing
import PatrolData
import PatrolImport
import _PatrolTestSupport

@Suite("OSM input whose elements are unusable: the error names them")
struct OSMElementMessageTests {
    private func failure(_ body: String) throws -> InputIssue? {
        let path = try ImportFixtures.file("<osm version=\"0.6\">\n" + body + "\n</osm>\n", extension: "osm")
        do {
            _ = try OSMImporter.run(OSMImportOptions(input: path, output: ImportFixtures.temporaryPath("named")))
            return nil
        } catch {
            return error
        }
    }

    private let way = "<way id=\"10\"><nd ref=\"1\"/><nd ref=\"2\"/><tag k=\"highway\" v=\"track\"/></way>"

    @Test("nodes out of range: the final error names the first node, its line and attribute")
    func latitude() throws {
        let issue = try #require(try failure("<node id=\"1\" lat=\"999\" lon=\"1.5\"/>\n<node id=\"2\" lat=\"42.5\" lon=\"181\"/>\n" + way))
        #expect(issue.line == 2 && issue.recordID == "node/1" && issue.field == "lat")
        #expect(
            issue.message.en.hasPrefix("too few roads to outline a jurisdiction: 3 elements were unusable; here: node 1: lat '999' is outside ±90°; skipped"))
    }

    @Test("NaN, an overflowing id, a missing attribute")
    func attributes() throws {
        let nan = try #require(try failure("<node id=\"1\" lat=\"42.5\" lon=\"NaN\"/>\n" + way))
        #expect(nan.field == "lon" && nan.message.en.contains("node 1: lon 'NaN' is not a decimal number of degrees"))
        let overflow = try #require(try failure("<node id=\"99999999999999999999\" lat=\"42.5\" lon=\"1.5\"/>\n" + way))
        #expect(overflow.field == "id" && overflow.message.en.contains("node id '99999999999999999999' does not fit in 64 bits"))
        let missing = try #require(try failure("<node id=\"1\" lon=\"1.5\"/>\n" + way))
        #expect(missing.message.en.contains("node 1: lat is missing"))
    }

    @Test("a way whose nodes are all missing is named with its first missing node")
    func missingNodes() throws {
        let issue = try #require(try failure(way))
        #expect(issue.recordID == "way/10" && issue.field == "nd")
        #expect(
            issue.message.en
                == "too few roads to outline a jurisdiction: 1 element was unusable; here: 2 of its 2 nodes are missing from the file or were skipped (first: node 1); too few of its nodes are usable; skipped"
        )
    }
}
