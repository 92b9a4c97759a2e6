import Foundation
import PatrolConsole
import Testing
import _PatrolTestSupport

/// Users file, password hashes, login cookie, failed-login delays, roles.
@Suite("station console accounts")
struct ConsoleAccountTests {
    @Test("a users file round-trips: names, roles, hashes that verify only the right password")
    func userFileRoundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID().uuidString).tsv").path
        var users = UserFile()
        try users.set(ConsoleUser(name: "wang", role: .dispatcher), password: "correct horse", cost: ConsoleHarness.cost)
        try users.set(ConsoleUser(name: "李队长", role: .chief), password: "battery staple", cost: ConsoleHarness.cost)
        try users.write(to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        var read = try UserFile(path: path)
        #expect(read.entries.map(\.user) == [ConsoleUser(name: "wang", role: .dispatcher), ConsoleUser(name: "李队长", role: .chief)])
        #expect(read.entries.allSatisfy { $0.hash.hasPrefix("scrypt$256$8$1$") })
        #expect(read.authenticate(name: "wang", password: "correct horse", cost: ConsoleHarness.cost)?.role == .dispatcher)
        #expect(read.authenticate(name: "wang", password: "battery staple", cost: ConsoleHarness.cost) == nil)
        #expect(read.authenticate(name: "nobody", password: "correct horse", cost: ConsoleHarness.cost) == nil)
        #expect(read.remove("wang"))
        #expect(!read.remove("wang"))
        try read.write(to: path)
        #expect(try UserFile(path: path).entries.map(\.user.name) == ["李队长"])
        // Two salts: the same password hashes differently.
        var twice = UserFile()
        try twice.set(ConsoleUser(name: "a", role: .chief), password: "same password", cost: ConsoleHarness.cost)
        try twice.set(ConsoleUser(name: "b", role: .chief), password: "same password", cost: ConsoleHarness.cost)
        #expect(twice.entries[0].hash != twice.entries[1].hash)
    }

    @Test("a bad users file is refused with its file and line")
    func badUserFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID().uuidString).tsv").path
        try "# users\nwang\tboss\tscrypt$1$1$1$AA==$AA==\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: UserFile.Failure.self) { try UserFile(path: path) }
        do {
            _ = try UserFile(path: path)
        } catch {
            #expect("\(error)".hasPrefix("\(path):2: role “boss”"))
        }
    }

    @Test("the CLI adds, lists and removes users, reading the password from standard input")
    func userCommands() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID().uuidString).tsv").path
        let add = try runCLI(["user", "add", path, "zhao", "--role", "chief"], input: "a long password\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try UserFile(path: path).authenticate(name: "zhao", password: "a long password")?.role == .chief)
        #expect(try UserFile(path: path).entries[0].hash.hasPrefix("scrypt$16384$8$1$"))
        let list = try CLIRunner.run(["user", "list", path])
        #expect(list.stdout == "zhao\tchief\n")
        #expect(!list.stdout.contains("scrypt"))
        #expect(try CLIRunner.run(["user", "remove", path, "zhao"]).status == 0)
        let missing = try CLIRunner.run(["user", "remove", path, "zhao"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no user “zhao”"))
    }

    @Test("login sets an HttpOnly SameSite=Strict cookie; logout ends the session")
    func loginCookie() async throws {
        let harness = try ConsoleHarness(map: try Fixtures.tiny())
        let (login, me, logout, after) = try await harness.test { client in
            (
                try await client.login("li"), try await client.get("/api/me"), try await client.send("/api/logout", method: .post, body: nil),
                try await client.get("/api/me")
            )
        }
        #expect(login.status == .ok)
        #expect(try login.json() == .object([("user", .string("li")), ("role", .string("chief"))]))
        let cookie = try #require(login.headers[.setCookie])
        #expect(cookie.hasPrefix("patrolmap_session="))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(me.status == .ok)
        #expect(logout.status == .ok)
        #expect(after.status == .unauthorized)
    }

    @Test("failed logins are slowed down per user: after 3, even the right password waits; the wait doubles")
    func throttle() async throws {
        let harness = try ConsoleHarness(map: try Fixtures.tiny())
        let codes = try await harness.test { client in
            var codes: [String?] = []
            for _ in 0..<3 { codes.append(try await client.login("wang", password: "guess").code) }
            codes.append(try await client.login("wang").code)  // blocked for 1 s
            harness.clock.advance(1.5)
            codes.append(try await client.login("wang", password: "guess").code)  // 4th failure: 2 s
            harness.clock.advance(1.5)
            codes.append(try await client.login("wang").code)  // still blocked
            harness.clock.advance(1)
            codes.append(try await client.login("wang").code ?? "ok")
            return codes
        }
        #expect(codes == ["bad_login", "bad_login", "bad_login", "too_many_attempts", "bad_login", "too_many_attempts", "ok"])
    }

    @Test("the monthly call report is the chief's: a dispatcher gets 403")
    func roles() async throws {
        let harness = try ConsoleHarness(map: try Fixtures.tiny())
        let (dispatcher, chief) = try await harness.test { client in
            try await client.login("wang")
            let dispatcher = try await client.get("/api/calls.csv?from=2026-01-01&to=2026-12-31")
            try await client.login("li")
            return (dispatcher, try await client.get("/api/calls.csv?from=2026-01-01&to=2026-12-31"))
        }
        #expect(dispatcher.status == .forbidden)
        #expect(dispatcher.code == "chief_only")
        #expect(chief.status == .ok)
        #expect(chief.body.hasPrefix("id,time,household,place,lon,lat,post,eta_s,distance_m,dispatcher,profile,season\n"))
    }
}

/// Runs `patrolmap` with `input` on its standard input; returns the status and standard error.
func runCLI(_ arguments: [String], input: String) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = CLIRunner.executable
    process.arguments = arguments
    let stdin = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardError = stderr
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
}
