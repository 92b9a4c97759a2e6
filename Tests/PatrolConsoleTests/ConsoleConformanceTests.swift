import Foundation
import Hummingbird
import PatrolData
@testable import PatrolConsole
import Testing
import _PatrolTestSupport

/// What schemathesis (`tools/console-check/schemathesis`) found against the live server, each
/// kept here as a cheap regression: methods a path does not answer, parameters that were
/// silently ignored, and parameters the OpenAPI file and the server read differently.
@Suite("station console conformance to its OpenAPI file")
struct ConsoleConformanceTests {
    let harness: ConsoleHarness

    init() throws {
        harness = try ConsoleHarness(map: try Fixtures.tiny())
    }

    @Test(
        "a method a documented path does not answer is 405 with Allow (404 before); an unknown path stays 404",
        arguments: [
            ("/api/health", "TRACE", 405, "GET"), ("/api/route", "POST", 405, "GET"), ("/api/login", "GET", 405, "POST"),
            ("/", "DELETE", 405, "GET"), ("/api/nothing", "TRACE", 404, ""),
        ])
    func methodNotAllowed(path: String, method: String, status: Int, allow: String) async throws {
        let answer = try await harness.test { try await $0.send(path, method: .init(method)!, body: nil) }
        #expect(Int(answer.status.code) == status, "\(method) \(path): \(answer.body)")
        #expect((answer.headers[.allow] ?? "") == allow)
        #expect(answer.code == (status == 405 ? "method_not_allowed" : "not_found"))
    }

    @Test(
        "lang, profile, season and minutes are checked on every endpoint, also where they change nothing (were ignored: 200); a blank q or to is refused",
        arguments: [
            "/api/isochrones?lang=AAA", "/api/coverage?lang=fr", "/map.svg?season=AAA", "/map.svg?profile=bike", "/map.svg?minutes=0",
            "/api/coverage?minutes=1e1", "/api/coverage?minutes=0x10", "/api/coverage?minutes=%205", "/api/coverage?minutes=+5",
            "/api/coverage?minutes=.5", "/api/coverage?minutes=1440.01", "/api/find?q=%0C", "/api/dispatch?to=%0A%09",
        ])
    func ignoredParameters(uri: String) async throws {
        let answer = try await harness.test { try await $0.get(uri) }
        #expect(answer.status == .badRequest, "\(uri): \(answer.body)")
        #expect(answer.code == "bad_parameter")
    }

    @Test("the minutes pattern of the OpenAPI file accepts exactly what the server accepts")
    func minutesPattern() async throws {
        let document = try await harness.test { try await $0.get("/api/openapi.json") }.json()
        guard case .array(let parameters)? = document["paths"]?["/api/coverage"]?["get"]?["parameters"],
            let minutes = parameters.first(where: { $0["name"]?.stringValue == "minutes" }),
            let pattern = minutes["schema"]?["pattern"]?.stringValue
        else {
            Issue.record("no minutes pattern")
            return
        }
        let expression = try NSRegularExpression(pattern: pattern)
        let samples = [
            "5", "5,10,15,30", "7.5", "0.5", "00.5", "1440", "1440.0", "1439.99", "0", "0.0", "1440.5", "2000", "5,", ",5", "5,,10",
            "1e1", " 5", "5 ", "+5", ".5", "5.", "1,2,3,4,5,6,7,8,9,10,11,12", "1,2,3,4,5,6,7,8,9,10,11,12,13", "٥",
        ]
        for text in samples {
            let documented = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            // An unknown style is refused after the shared parameters are read: the message names
            // the parameter that failed first.
            let answer = try await harness.test { try await $0.get(Client.uri("/map.svg", [("style", "poster"), ("minutes", text)])) }
            let served = try answer.json()["error"]?.stringValue?.hasPrefix("style:") == true
            #expect(documented == served, "minutes=\(text): OpenAPI \(documented), server \(served)")
        }
    }

    @Test("a call report whose to comes before its from is the header alone (was a 400 for a schema-valid request)")
    func reversedReport() async throws {
        let answer = try await harness.test { client in
            try await client.login("li")
            return try await client.get("/api/calls.csv?from=2026-12-31&to=2026-01-01")
        }
        #expect(answer.status == .ok)
        #expect(answer.body == "id,time,household,place,lon,lat,post,eta_s,distance_m,dispatcher,profile,season\n")
    }
}
