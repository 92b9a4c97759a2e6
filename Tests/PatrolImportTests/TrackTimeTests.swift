import Testing
import PatrolData
import PatrolImport
import _PatrolTestSupport

@Suite("GPS track times that cannot be right")
struct TrackTimeTests {
    private func read(_ times: [String]) throws -> GPXFile {
        let points = times.enumerated().map { k, time in
            "<trkpt lat=\"42.5\" lon=\"1.5\(k)\"><time>\(time)</time></trkpt>"
        }
        let text = "<gpx version=\"1.1\">\n<trk><trkseg>\n" + points.joined(separator: "\n") + "\n</trkseg></trk>\n</gpx>\n"
        return try GPXReader.read(path: try ImportFixtures.file(text, extension: "gpx"), name: "t.gpx")
    }

    @Test("a time earlier than the point before is a warning naming both lines; the point keeps no time")
    func backwards() throws {
        let file = try read(["2026-05-01T08:00:00Z", "2026-05-01T08:01:00Z", "2026-05-01T08:00:30Z", "2026-05-01T08:02:00Z"])
        #expect(file.issues.count == 1)
        let issue = try #require(file.issues.first)
        #expect(issue.severity == .warning && issue.line == 5 && issue.field == "time")
        #expect(issue.message.en == "time 2026-05-01T08:00:30Z goes back 30 s from the point on line 4; the point is kept without it")
        #expect(file.segments[0].map { $0.time == nil } == [false, false, true, false])
    }

    @Test("year 0000 and 1970 are before GPS existed")
    func beforeGPS() throws {
        let file = try read(["0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-05-01T08:00:00Z"])
        #expect(file.issues.map(\.line) == [3, 4])
        #expect(file.issues.first?.message.en == "time 0000-01-01T00:00:00Z is before GPS existed (1980); the point is kept without it")
        #expect(file.segments[0].map(\.time) == [nil, nil, 1_777_622_400])
    }

    @Test("a new segment starts its own clock")
    func segments() throws {
        let text = """
            <gpx version="1.1"><trk>
            <trkseg><trkpt lat="1" lon="1"><time>2026-05-02T00:00:00Z</time></trkpt></trkseg>
            <trkseg><trkpt lat="1" lon="2"><time>2026-05-01T00:00:00Z</time></trkpt></trkseg>
            </trk></gpx>
            """
        let file = try GPXReader.read(path: try ImportFixtures.file(text, extension: "gpx"), name: "t.gpx")
        #expect(file.issues.isEmpty)
    }
}
