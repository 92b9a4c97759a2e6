import Foundation
import PatrolData
import Testing
import _PatrolTestSupport

/// A county package: the tiny map's two villages in two stations' jurisdictions
/// (`Tests/Fixtures/county`, whose README gives the geometry used below).
@Suite("patrolmap on a map of two stations")
struct CountyCLITests {
    let county = Fixtures.testFixturesPath + "/county"

    func json(_ arguments: [String]) throws -> JSONValue {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return try JSONParser.parse(Array(r.stdout.utf8))
    }

    @Test("dispatch crosses the station boundary: 西村's H013 gets the neighbouring station, 200 m of 小河路 sooner")
    func dispatchPicksTheNeighbour() throws {
        let ranking = try #require(json(["dispatch", county, "--to", "H013", "--format", "json"])["ranking"]?.arrayValue)
        #expect(ranking.first?["post"] == .string("东河派出所"))
        let own = try #require(json(["route", county, "--from", "小河派出所", "--to", "H013", "--format", "json"])["duration_s"]?.numberValue)
        let neighbour = try #require(ranking.first?["duration_s"]?.numberValue)
        // Both go up the same 500 m of 北沟路; the west station drives 900 m of 小河路 to it,
        // the east one 700 m: 200 m of tertiary road at 40 km/h (the built-in car speed that SampleMaps/tiny/profiles.json restates) is 18 s.
        #expect(abs((own - neighbour) - 18.0) < 0.001)
        #expect(ranking.first { $0["post"] == .string("小河派出所") }?["duration_s"]?.numberValue == own)
    }

    @Test("coverage --station counts only that station's villages and posts; each figure agrees with route from the station")
    func stationCoverage() throws {
        let minutes = [2.0, 3.0, 5.0]
        let study = try json(["coverage", county, "--station", "小河派出所", "--minutes", "2,3,5", "--format", "json"])
        #expect(study["posts"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["小河派出所"])
        let west = ["H001", "H002", "H003", "H004", "H005", "H006", "H013"]
        #expect(study["households"]?.numberValue == Double(west.count))
        // The second algorithm: one route per household from the station.
        let times = try west.map { id in
            try #require(json(["route", county, "--from", "小河派出所", "--to", id, "--format", "json"])["duration_s"]?.numberValue)
        }
        let thresholds = try #require(study["thresholds"]?.arrayValue)
        for (threshold, limit) in zip(thresholds, minutes) {
            let reached = times.filter { $0 <= limit * 60 }.count
            #expect(threshold["households"]?.numberValue == Double(reached), "\(limit) min")
        }
        #expect(try json(["coverage", county, "--format", "json"])["households"]?.numberValue == 13)
    }

    @Test("an unknown --station is a usage error naming the stations")
    func unknownStation() throws {
        let r = try CLIRunner.run(["plan", county, "--add", "1", "--station", "北河派出所", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no station is named '北河派出所' (stations: 小河派出所, 东河派出所)"))
    }

    @Test("validate warns of a village naming no station and of a station name that no station post has")
    func membershipWarnings() throws {
        let map = try TemporaryMap(copying: county)
        try map.replace(#","station":"小河派出所""#, with: "", inLine: 3, of: "boundary.geojson")
        try map.replace(#""station":"东河派出所""#, with: #""station":"东河所""#, inLine: 4, of: "posts.geojson")
        let r = try CLIRunner.run(["validate", map.path, "--lang", "en"])
        #expect(r.stdout.contains("boundary.geojson") && r.stdout.contains("西村") && r.stdout.contains("names no station, and the map has 2"))
        #expect(r.stdout.contains("posts.geojson") && r.stdout.contains("东村警务室") && r.stdout.contains("names the station '东河所'"))
    }
}
