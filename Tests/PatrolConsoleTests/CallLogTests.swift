import Foundation
import HTTPTypes
import PatrolConsole
import PatrolData
import Testing
import _PatrolTestSupport

/// The call log: console dispatches recorded, kept across a reopen, reported by date.
@Suite("station console call log")
struct CallLogTests {
    @Test("a logged-in dispatch is recorded with time, household, post, ETA and dispatcher, and survives a reopen")
    func dispatchRecorded() async throws {
        let harness = try ConsoleHarness(map: try Fixtures.tiny())
        let (dispatch, anonymous, point) = try await harness.test { client in
            let anonymous = try await client.get("/api/dispatch?to=H012")
            try await client.login("wang")
            return (try await client.get("/api/dispatch?to=H012"), anonymous, try await client.get("/api/dispatch?to=@596650,3864230"))
        }
        #expect(anonymous.headers[.init("X-Call-Id")!] == nil)
        #expect(dispatch.headers[.init("X-Call-Id")!] == "1")
        #expect(point.headers[.init("X-Call-Id")!] == "2")
        let ranking = try #require(try dispatch.json()["ranking"]?.arrayValue?.first)
        // Reopen the database from its file, as a restarted server would.
        let calls = try CallLog(directory: harness.dataDirectory).all()
        #expect(calls.count == 2)
        let call = calls[0]
        #expect(call.household == "H012")
        #expect(call.place == "东村3组1号")
        #expect(call.post == ranking["post"]?.stringValue)
        #expect(call.etaSeconds == ranking["duration_s"]?.numberValue)
        #expect(call.dispatcher == "wang")
        #expect(call.profile == "car+foot")
        #expect(call.time.hasSuffix("Z"))
        #expect(calls[1].household == nil)
        #expect(calls[1].place == "@596650,3864230")
        // The page's premise history: the household's calls and tags.
        let history = try await harness.test { client in
            try await client.login("wang")
            return try await client.get("/api/calls?household=H012")
        }
        #expect(try history.json()["calls"]?.arrayValue?.count == 1)
    }

    @Test("calls are committed one by one in WAL mode and read back by date range as CSV rows")
    func reopenAndReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("calls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        do {
            let log = try CallLog(directory: directory)
            for (day, household) in [("2026-11-30", "H001"), ("2026-12-01", "H002"), ("2026-12-31", "H001"), ("2027-01-01", "H003")] {
                try log.record(
                    CallLog.Call(
                        id: nil, time: day + "T08:00:00Z", household: household, place: household, lon: 109, lat: 34.9, post: "小河派出所", etaSeconds: 100,
                        distanceMetres: 900, dispatcher: "wang", profile: "car+foot", season: "dry"))
            }
        }
        let reopened = try CallLog(directory: directory)
        #expect(try reopened.all().count == 4)
        #expect(try reopened.calls(household: "H001").map(\.time) == ["2026-11-30T08:00:00Z", "2026-12-31T08:00:00Z"])
        #expect(try reopened.calls(from: "2026-12-01", to: "2026-12-31").map(\.household) == ["H002", "H001"])
        // WAL mode: the write-ahead log file sits beside the database.
        let journal = try String(contentsOfFile: directory + "/calls.sqlite-wal", encoding: .isoLatin1)
        #expect(journal.count > 0)
    }
}
