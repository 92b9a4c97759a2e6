import Foundation
import PatrolData
import Testing
import _PatrolTestSupport

/// Anonymous requests to every endpoint never return a head, phone, tag or note of gongli's
/// 12,000 households; logged in, they do, and the audit log lists each such answer.
@Suite("station console privacy on gongli", .serialized)
struct ConsolePrivacyTests {
    /// One gongli console for the suite (loading gongli and building its graph is the cost).
    static let shared: Result<(ConsoleHarness, PersonalDataScanner), any Error> = Result {
        let map = try Fixtures.gongli()
        return (try ConsoleHarness(map: map), PersonalDataScanner(map: map))
    }

    /// 谢海发's household, as gongli's households.csv has it.
    static let household = (id: "H11262", head: "谢海发", phone: "10092719071", label: "青石岭村8组34号")

    /// Every endpoint, with questions a snooper would ask.
    static let anonymousRequests: [(String, [(String, String)])] = [
        ("/api/health", []),
        ("/api/find", [("q", household.head)]),
        ("/api/find", [("q", household.phone)]),
        ("/api/find", [("q", "青石岭村8组"), ("limit", "10000")]),
        ("/api/find", [("q", household.id)]),
        ("/api/find", [("q", "H1"), ("limit", "10000")]),
        ("/api/route", [("to", household.head)]),
        ("/api/route", [("to", household.label)]),
        ("/api/route.gpx", [("to", household.id)]),
        ("/api/route.kml", [("to", household.id)]),
        ("/api/dispatch", [("to", household.id)]),
        ("/api/dispatch", [("to", household.phone)]),
        ("/api/coverage", [("minutes", "5,15"), ("cell", "200")]),
        ("/api/isochrones", [("minutes", "5,15"), ("cell", "200")]),
        ("/card.svg", [("to", household.id)]),
        ("/map.svg", [("style", "wall"), ("village", "青石岭村")]),
        ("/map.svg", [("style", "internal"), ("village", "青石岭村")]),
        ("/api/calls", [("household", household.id)]),
        ("/api/calls.csv", [("from", "2000-01-01"), ("to", "2099-12-31")]),
        ("/api/me", []),
        ("/api/openapi.json", []),
        ("/", []),
    ]

    /// A body without the words the caller typed: an answer may repeat its own query (a search's
    /// `query`, "no place matches …"); only what the server adds may not hold a head or phone.
    static func withoutEcho(_ body: String, of typed: [String]) -> String {
        typed.reduce(body) { $0.replacingOccurrences(of: $1, with: "") }
    }

    @Test("anonymous answers from every endpoint carry no head, phone, tag or note")
    func anonymous() async throws {
        let (harness, scanner) = try Self.shared.get()
        #expect(scanner.headCount > 8000)
        // What the caller typed, request by request (the failed login last, with none).
        let typed = Self.anonymousRequests.map { $0.1.map(\.1) }
        let answers = try await harness.test { client in
            var answers: [(String, Client.Answer)] = []
            for (path, query) in Self.anonymousRequests {
                let uri = Client.uri(path, query)
                answers.append((uri, try await client.get(uri)))
            }
            answers.append(("POST /api/login (wrong)", try await client.login("wang", password: "wrong-password")))
            return answers
        }
        for (i, (uri, answer)) in answers.enumerated() {
            #expect(answer.status.code < 500, "\(uri)")
            let added = Self.withoutEcho(answer.body, of: i < typed.count ? typed[i] : [])
            let leaks = scanner.leaks(in: added)
            #expect(leaks.isEmpty, "\(uri): \(leaks)")
        }
        // The searches by head and phone find nothing for an anonymous user; by house label they do.
        #expect(try answers[1].1.json()["total"]?.numberValue == 0)
        #expect(try answers[2].1.json()["total"]?.numberValue == 0)
        #expect(try answers[3].1.json()["total"]?.numberValue ?? 0 > 0)
        #expect(answers[6].1.code == "not_found")
        #expect(answers[16].1.status == .unauthorized)
        #expect(try harness.auditLines().isEmpty)
    }

    @Test("logged in, the head and phone are found and shown, and the audit log lists each lookup")
    func loggedIn() async throws {
        let (harness, scanner) = try Self.shared.get()
        let h = Self.household
        let (byHead, byPhone, dispatch, calls) = try await harness.test { client in
            try await client.login("wang")
            return (
                try await client.get(Client.uri("/api/find", [("q", h.head)])), try await client.get(Client.uri("/api/find", [("q", h.phone)])),
                try await client.get(Client.uri("/api/dispatch", [("to", h.phone)])), try await client.get(Client.uri("/api/calls", [("household", h.id)]))
            )
        }
        for answer in [byHead, byPhone] {
            let match = try #require(try answer.json()["matches"]?.arrayValue?.first)
            #expect(match["id"] == .string(h.id))
            #expect(match["head"] == .string(h.head))
            #expect(match["phone"] == .string(h.phone))
            #expect(!scanner.leaks(in: answer.body).isEmpty)
        }
        #expect(try byHead.json()["total"]?.numberValue == 1)
        // The ETA the browser test looks for: the API's dispatch is the CLI's.
        let cli = try CLIRunner.run(["dispatch", "SampleMaps/gongli", "--to", h.id, "--format", "json"])
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(dispatch.body == cli.stdout)
        let history = try calls.json()
        #expect(history["label"] == .string(h.label))
        #expect(history["calls"]?.arrayValue?.count ?? 0 >= 1)
        #expect(history["calls"]?.arrayValue?.last?["dispatcher"] == .string("wang"))
        let audit = try harness.auditLines().map { try JSONParser.parse(Array($0.utf8)) }
        #expect(audit.count >= 3)
        for entry in audit {
            #expect(entry["user"] == .string("wang"))
            #expect(entry["time"]?.stringValue?.hasSuffix("Z") == true)
        }
        let lookedUp = audit.compactMap { $0["request"]?.stringValue }
        #expect(lookedUp.contains { $0.hasPrefix("GET /api/find?q=") })
        #expect(lookedUp.contains { $0.hasPrefix("GET /api/calls?household=H11262") })
        #expect(audit.allSatisfy { $0["households"]?.arrayValue?.contains(.string(h.id)) == true })
    }
}
