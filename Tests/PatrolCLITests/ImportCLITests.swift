import Foundation
import Testing
import _PatrolTestSupport

@Suite("patrolmap import osm / dem / gpx, end to end")
struct ImportCLITests {
    static let data = Fixtures.sharedDataPath

    @Test("Andorra from scratch: OSM, then SRTM, then a GPS track; the map validates")
    func fromScratch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-cli-andorra-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let osm = try CLIRunner.run(["import", "osm", "\(Self.data)/andorra.osm.pbf", "-o", folder, "--lang", "en"])
        #expect(osm.status == 0, "\(osm.stderr)")
        #expect(osm.stdout.contains("roads: 1611 highway ways kept"))
        #expect(osm.stdout.contains("households: households.csv written EMPTY"))
        #expect(osm.stdout.contains("attribution: © OpenStreetMap contributors"))
        #expect(osm.stderr.contains("pass 1 of 2"))

        let dem = try CLIRunner.run(["import", "dem", "\(Self.data)/N42E001.hgt.zip", "--into", folder, "--lang", "en"])
        #expect(dem.status == 0, "\(dem.stderr)")
        #expect(dem.stdout.contains("wrote dem.asc from SRTM tiles N42E001 (3″)"))

        let gpx = try CLIRunner.run(["import", "gpx", "\(Self.data)/andorra_for_map_matching.gpx", "--into", folder, "--highway", "track", "--lang", "en"])
        #expect(gpx.status == 0, "\(gpx.stderr)")
        #expect(gpx.stdout.contains("start joined to road"))
        #expect(gpx.stdout.contains("end joined to road"))

        let validate = try CLIRunner.run(["validate", folder, "--lang", "en"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("valid:"))

        let again = try CLIRunner.run(["import", "osm", "\(Self.data)/andorra.osm.pbf", "-o", folder, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
    }

    @Test("the import report as JSON, in Chinese by default, and usage errors exit 2")
    func formatsAndUsage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patrolmap-cli-json-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = try CLIRunner.run(["import", "osm", "\(Self.data)/monaco.osm.gz", "-o", folder, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"format\": \"XML (gzip)\""))
        #expect(json.stdout.contains("\"households\": 0"))
        let zh = try CLIRunner.run(["import", "osm", "\(Self.data)/monaco.osm.gz", "-o", folder, "--force"])
        #expect(zh.stdout.contains("住户:households.csv 已写出,但为空"))

        let bbox = try CLIRunner.run(["import", "osm", "\(Self.data)/monaco.osm.gz", "-o", folder, "--bbox", "1,2,3"])
        #expect(bbox.status == 2)
        let highway = try CLIRunner.run(["import", "gpx", "\(Self.data)/andorra_for_map_matching.gpx", "--into", folder, "--highway", "runway"])
        #expect(highway.status == 2)
        let missing = try CLIRunner.run(["import", "dem", "/nonexistent/N42E001.hgt", "--into", folder, "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("N42E001.hgt: file not found"))
    }
}
