import Foundation
import PatrolData
import Testing
import _PatrolTestSupport

/// Each endpoint against the CLI's output for the same question on the tiny map: the API's
/// JSON bodies are the `--format json` documents, byte for byte.
@Suite("station console API on the tiny map")
struct ConsoleAPITests {
    let harness: ConsoleHarness

    init() throws {
        harness = try ConsoleHarness(map: try Fixtures.tiny())
    }

    /// The CLI's standard output for `arguments` on the tiny map, which must succeed.
    func cli(_ arguments: [String]) throws -> String {
        let r = try CLIRunner.run([arguments[0], "SampleMaps/tiny"] + arguments.dropFirst())
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return r.stdout
    }

    @Test("health names the map and counts its 12 households")
    func health() async throws {
        let answer = try await harness.test { try await $0.get("/api/health") }
        #expect(answer.status == .ok)
        #expect(try answer.json() == .object([("status", .string("ok")), ("map", .string("tiny")), ("households", .number(12))]))
    }

    @Test("route is route --format json, byte for byte; the car route station → room is 1850 m in 221.562 s")
    func route() async throws {
        let uri = Client.uri("/api/route", [("from", "小河派出所"), ("to", "东村警务室"), ("profile", "car")])
        let answer = try await harness.test { try await $0.get(uri) }
        #expect(answer.status == .ok)
        #expect(answer.body == (try cli(["route", "--from", "小河派出所", "--to", "东村警务室", "--profile", "car", "--format", "json"])))
        // The figures RoutingCLITests checks by hand: 1.8 km of tertiary and service road plus the walk.
        #expect(try answer.json()["duration_s"]?.numberValue == 221.562)
        #expect(try answer.json()["distance_m"]?.numberValue == 1850)
        let wet = Client.uri("/api/route", [("from", "东村警务室"), ("to", "H003"), ("profile", "motorcycle"), ("season", "wet")])
        let wetAnswer = try await harness.test { try await $0.get(wet) }
        #expect(wetAnswer.body == (try cli(["route", "--from", "东村警务室", "--to", "H003", "--profile", "motorcycle", "--season", "wet", "--format", "json"])))
    }

    @Test("dispatch is dispatch --format json, byte for byte, and the default profile is car+foot")
    func dispatch() async throws {
        let answer = try await harness.test { try await $0.get(Client.uri("/api/dispatch", [("to", "H012")])) }
        #expect(answer.status == .ok)
        #expect(answer.body == (try cli(["dispatch", "--to", "H012", "--format", "json"])))
        let plus = try await harness.test { try await $0.get("/api/dispatch?to=H012&profile=car+foot") }
        #expect(plus.body == answer.body)
    }

    @Test("find is find --format json (anonymous: without head, phone, tags and note)")
    func find() async throws {
        let cliText = try cli(["find", "西村2组", "--format", "json"])
        var expected = try JSONParser.parse(Array(cliText.utf8))
        let anonymous = try await harness.test { try await $0.get(Client.uri("/api/find", [("q", "西村2组")])) }
        #expect(anonymous.status == .ok)
        // The CLI's internal view minus the four personal members is the public view.
        if case .object(let members) = expected, case .array(let matches)? = expected["matches"] {
            let stripped = matches.map { match -> JSONValue in
                guard case .object(let fields) = match else { return match }
                return .object(fields.filter { !["head", "phone", "tags", "note"].contains($0.0) })
            }
            expected = .object(members.map { $0.0 == "matches" ? ($0.0, .array(stripped)) : $0 })
        }
        #expect(try anonymous.json() == expected)
        #expect(try anonymous.json()["total"]?.numberValue == 2)
        let internalView = try await harness.test { client in
            try await client.login("wang")
            return try await client.get(Client.uri("/api/find", [("q", "西村2组")]))
        }
        #expect(internalView.body == cliText)
        let limited = try await harness.test { try await $0.get(Client.uri("/api/find", [("q", "西村2组"), ("limit", "1")])) }
        #expect(try limited.json()["total"]?.numberValue == 2)
        #expect(try limited.json()["matches"]?.arrayValue?.count == 1)
    }

    @Test("coverage and isochrones are coverage --format json and --format geojson, byte for byte")
    func coverage() async throws {
        let (json, geojson, scenario) = try await harness.test { client in
            (
                try await client.get(Client.uri("/api/coverage", [("minutes", "2,5")])),
                try await client.get(Client.uri("/api/isochrones", [("minutes", "2,5")])),
                try await client.get(Client.uri("/api/coverage", [("minutes", "2,5"), ("without", "东村警务室")]))
            )
        }
        #expect(json.status == .ok)
        #expect(json.body == (try cli(["coverage", "--minutes", "2,5", "--format", "json"])))
        #expect(geojson.body == (try cli(["coverage", "--minutes", "2,5", "--format", "geojson"])))
        #expect(geojson.headers[.contentType] == "application/geo+json")
        #expect(scenario.body == (try cli(["coverage", "--minutes", "2,5", "--without", "东村警务室", "--format", "json"])))
    }

    @Test("card.svg and map.svg are the CLI's route card and wall map")
    func svgs() async throws {
        let (card, wall) = try await harness.test { client in
            (try await client.get(Client.uri("/card.svg", [("to", "H012")])), try await client.get("/map.svg?style=wall"))
        }
        #expect(card.status == .ok)
        #expect(card.headers[.contentType] == "image/svg+xml")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("console-svg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = try cli(["render", "--style", "dispatch", "--to", "H012", "-o", dir + "/card.svg"])
        _ = try cli(["render", "--style", "wall", "-o", dir + "/wall.svg"])
        #expect(card.body == (try String(contentsOfFile: dir + "/card.svg", encoding: .utf8)))
        #expect(wall.body == (try String(contentsOfFile: dir + "/wall.svg", encoding: .utf8)))
    }

    @Test("route.gpx and route.kml carry the track and one numbered waypoint per fork of the JSON route")
    func gpxAndKML() async throws {
        let (route, gpx, kml) = try await harness.test { client in
            (
                try await client.get(Client.uri("/api/route", [("to", "H012")])), try await client.get(Client.uri("/api/route.gpx", [("to", "H012")])),
                try await client.get(Client.uri("/api/route.kml", [("to", "H012")]))
            )
        }
        let steps = try #require(try route.json()["steps"]?.arrayValue)
        let forks = steps.reduce(0) { $0 + ($1["forks"]?.arrayValue?.count ?? 0) }
        #expect(forks == 3)  // RoutingCLITests: forks per step [0, 1, 1, 1, 0, 0]
        let points = try #require(try route.json()["geometry"]?["coordinates"]?.arrayValue)
        #expect(gpx.status == .ok)
        #expect(gpx.body.components(separatedBy: "<trkpt ").count - 1 == points.count)
        for n in 1...forks { #expect(gpx.body.contains("<name>\(n)</name>")) }
        #expect(!gpx.body.contains("<name>\(forks + 1)</name>"))
        #expect(gpx.body.components(separatedBy: "<wpt ").count - 1 == forks + 2)
        // The first fork waypoint sits where the JSON puts the first fork.
        let firstFork = try #require(steps.lazy.compactMap { $0["forks"]?.arrayValue?.first }.first?["location"]?.arrayValue)
        let lon = JSONWriter.format(try #require(firstFork[0].numberValue))
        let lat = JSONWriter.format(try #require(firstFork[1].numberValue))
        #expect(gpx.body.contains("<wpt lat=\"\(lat)\" lon=\"\(lon)\"><name>1</name>"))
        #expect(kml.body.contains("<Placemark><name>1</name>"))
        #expect(kml.body.contains("<coordinates>\(lon),\(lat)</coordinates>"))
        #expect(kml.headers[.contentDisposition] == "attachment; filename=\"route.kml\"")
    }

    @Test(
        "bad parameters give 4xx with a code, never a 5xx",
        arguments: [
            ("/api/find", 400, "bad_parameter"),
            ("/api/find?q=x&limit=0", 400, "bad_parameter"),
            ("/api/find?q=x&limit=1e9", 400, "bad_parameter"),
            ("/api/find?q=200,100", 400, "bad_coordinates"),
            ("/api/route", 400, "bad_parameter"),
            ("/api/route?to=H012&profile=bike", 400, "bad_parameter"),
            ("/api/route?to=H012&season=summer", 400, "bad_parameter"),
            ("/api/route?to=H012&lang=fr", 400, "bad_parameter"),
            ("/api/route?to=H999", 404, "not_found"),
            ("/api/route?to=%E6%9D%91", 422, "ambiguous"),
            ("/api/route?to=110,35", 422, "unreachable"),
            ("/api/route?to=nan,nan", 400, "bad_coordinates"),
            ("/api/dispatch?to=", 400, "bad_parameter"),
            ("/api/coverage?minutes=0", 400, "bad_parameter"),
            ("/api/coverage?minutes=5,,10", 400, "bad_parameter"),
            ("/api/coverage?cell=1", 400, "bad_parameter"),
            ("/api/coverage?without=nowhere", 404, "unknown_post"),
            ("/map.svg?style=poster", 400, "bad_parameter"),
            ("/map.svg?style=internal", 401, "login_required"),
            ("/map.svg?village=nowhere", 404, "unknown_village"),
            ("/api/calls?household=H001", 401, "login_required"),
            ("/api/calls.csv?from=2026-01-01&to=2026-01-31", 401, "login_required"),
            ("/api/me", 401, "login_required"),
            ("/api/nothing", 404, "not_found"),
        ])
    func badParameters(uri: String, status: Int, code: String) async throws {
        let answer = try await harness.test { try await $0.get(uri) }
        #expect(Int(answer.status.code) == status, "\(uri): \(answer.body)")
        #expect(answer.code == code, "\(uri): \(answer.body)")
        #expect(try answer.json()["error"]?.stringValue?.isEmpty == false)
    }

    @Test("the request log has method, path, parameter names, status and milliseconds, never a value")
    func requestLog() async throws {
        _ = try await harness.test { try await $0.get(Client.uri("/api/find", [("q", "张伟")])) }
        let line = try #require(harness.logLines.all.last)
        #expect(line.hasPrefix("GET /api/find?q 200 "))
        #expect(line.hasSuffix(" ms"))
        #expect(!line.contains("张伟"))
    }

    @Test("the OpenAPI file is served, parses, and documents every endpoint the router answers")
    func openAPI() async throws {
        let answer = try await harness.test { try await $0.get("/api/openapi.json") }
        #expect(answer.status == .ok)
        let document = try answer.json()
        #expect(document["openapi"]?.stringValue?.hasPrefix("3.") == true)
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("no paths")
            return
        }
        let documented = Set(paths.map(\.0))
        let served: Set<String> = [
            "/api/health", "/api/find", "/api/route", "/api/route.gpx", "/api/route.kml", "/api/dispatch", "/api/coverage", "/api/isochrones",
            "/map.svg", "/card.svg", "/api/login", "/api/logout", "/api/me", "/api/calls", "/api/calls.csv", "/api/openapi.json", "/",
        ]
        #expect(documented == served)
        #expect(document["components"]?["schemas"]?["Error"]?["required"] == .array([.string("error"), .string("code")]))
        let page = try await harness.test { try await $0.get("/") }
        #expect(page.status == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
    }
}
