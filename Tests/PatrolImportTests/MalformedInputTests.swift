import Foundation
import Testing
import PatrolData
import PatrolImport
import _PatrolTestSupport

@Suite("Malformed inputs give located issues, never a crash")
struct MalformedInputTests {
    func osmIssue(_ path: String) -> InputIssue? {
        do {
            _ = try OSMImporter.run(OSMImportOptions(input: path, output: ImportFixtures.temporaryPath("bad")))
            return nil
        } catch {
            return error
        }
    }

    @Test("a truncated PBF names the block and byte where it ends")
    func truncatedPBF() throws {
        let bytes = try FileIO.readBytes(ImportFixtures.shared("andorra.osm.pbf"))
        let path = try ImportFixtures.file(bytes: Array(bytes.prefix(300_000)), extension: "osm.pbf")
        let issue = try #require(osmIssue(path))
        #expect(issue.file.hasSuffix(".osm.pbf"))
        #expect(issue.recordID?.hasPrefix("block ") == true)
        #expect(issue.recordID?.contains("(byte ") == true)
        #expect(issue.message.en.contains("truncated"))
    }

    @Test("corrupt zlib data in a PBF block is reported with its block")
    func corruptPBF() throws {
        var bytes = try FileIO.readBytes(ImportFixtures.shared("andorra.osm.pbf"))
        for i in 200_000..<200_064 { bytes[i] ^= 0x5A }
        let issue = try #require(osmIssue(try ImportFixtures.file(bytes: bytes, extension: "osm.pbf")))
        #expect(issue.recordID?.hasPrefix("block ") == true)
    }

    @Test("a file that is neither XML nor PBF is refused at byte 0")
    func garbage() throws {
        let issue = try #require(osmIssue(try ImportFixtures.file("this is not OSM data\n", extension: "osm.pbf")))
        #expect(issue.recordID == "block 0 (byte 0)")
        #expect(issue.message.en.contains("not an OSM PBF file"))
        let empty = try #require(osmIssue(try ImportFixtures.file("", extension: "osm")))
        #expect(empty.message.en.contains("empty"))
    }

    @Test("bad gzip data is reported as such")
    func badGzip() throws {
        let issue = try #require(
            osmIssue(try ImportFixtures.file(bytes: [0x1F, 0x8B, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], extension: "osm.gz")))
        #expect(issue.message.en.contains("gzip"))
        // A gzip stream cut short.
        let real = try FileIO.readBytes(ImportFixtures.shared("monaco.osm.gz"))
        let cut = try #require(osmIssue(try ImportFixtures.file(bytes: Array(real.prefix(real.count / 2)), extension: "osm.gz")))
        #expect(cut.message.en.contains("gzip") || cut.message.en.contains("ends inside"))
    }

    @Test("broken XML names the line")
    func brokenXML() throws {
        let issue = try #require(osmIssue(try ImportFixtures.file("<osm>\n<node id=\"1\" lat=\"1\" lon=\"1\">\n</osm>\n", extension: "osm")))
        #expect(issue.line == 3)
        #expect(issue.message.en.contains("</osm> found where </node> was expected"))
    }

    @Test("a GPX import of a file that is not GPX, or has no points, is refused")
    func notGPX() throws {
        let map = try ImportFixtures.andorraCopy()
        do {
            _ = try GPXImporter.run(GPXImportOptions(file: ImportFixtures.shared("monaco.osm.gz"), map: map))
            Issue.record("expected an error")
        } catch {
            #expect(error.message.en.contains("root element is <osm>"))
            #expect(error.line == 2)
        }
        let empty = try ImportFixtures.file("<gpx version=\"1.1\"><trk><trkseg></trkseg></trk></gpx>", extension: "gpx")
        #expect(throws: InputIssue.self) { _ = try GPXImporter.run(GPXImportOptions(file: empty, map: map)) }
        let broken = try ImportFixtures.file("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkseg></trk></gpx>", extension: "gpx")
        #expect(throws: InputIssue.self) { _ = try GPXImporter.run(GPXImportOptions(file: broken, map: map)) }
    }

    @Test("a damaged zip or a wrong-sized tile is refused with the file named")
    func badDEM() throws {
        let map = try ImportFixtures.andorraCopy()
        var zip = try FileIO.readBytes(ImportFixtures.shared("N42E001.hgt.zip"))
        zip[1000] ^= 0xFF
        let damaged = try ImportFixtures.file(bytes: zip, extension: "zip")
        do {
            _ = try DEMImporter.run(DEMImportOptions(files: [damaged], map: map))
            Issue.record("expected an error")
        } catch {
            #expect(error.file.hasSuffix(".zip"))
        }
        let folder = ImportFixtures.temporaryPath("hgt")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let short = folder + "/N42E001.hgt"
        try Data(repeating: 0, count: 1000).write(to: URL(fileURLWithPath: short))
        do {
            _ = try DEMImporter.run(DEMImportOptions(files: [short], map: map))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "N42E001.hgt")
            #expect(error.message.en.contains("1201×1201×2"))
        }
        let badName = folder + "/tile.hgt"
        try Data(repeating: 0, count: 1201 * 1201 * 2).write(to: URL(fileURLWithPath: badName))
        #expect(throws: InputIssue.self) { _ = try DEMImporter.run(DEMImportOptions(files: [badName], map: map)) }
    }
}
