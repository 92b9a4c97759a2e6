import Foundation
import Hummingbird
import PatrolConsole
import PatrolData
import Synchronization
import Testing
import _PatrolTestSupport

/// A console over a map with two accounts (`wang`, dispatcher; `li`, chief) in a fresh data
/// directory, and a client that keeps the session cookie.
struct ConsoleHarness: Sendable {
    /// The passwords of the harness's accounts.
    static let passwords = ["wang": "dispatcher-pass", "li": "chief-password"]

    /// A cheap scrypt cost for the tests' accounts (the standard one takes seconds in a debug build).
    static let cost = PasswordHash.Cost(rounds: 1 << 8, blockSize: 8, parallelism: 1)

    let server: ConsoleServer
    let dataDirectory: String
    let usersFile: String
    let clock: TestClock
    let logLines: LogLines

    /// A harness over `map`.
    init(map: PatrolMap) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var users = UserFile()
        try users.set(ConsoleUser(name: "wang", role: .dispatcher), password: Self.passwords["wang"]!, cost: Self.cost)
        try users.set(ConsoleUser(name: "li", role: .chief), password: Self.passwords["li"]!, cost: Self.cost)
        usersFile = directory + "/users.tsv"
        try users.write(to: usersFile)
        dataDirectory = directory + "/data"
        let clock = TestClock()
        let logLines = LogLines()
        self.clock = clock
        self.logLines = logLines
        server = try ConsoleServer(
            map: map, storage: ConsoleServer.Storage(usersFile: usersFile, dataDirectory: dataDirectory), now: { clock.now },
            log: { logLines.append($0) })
    }

    /// Runs `body` with an in-process client of the server's router (a fresh cookie jar).
    func test<Value: Sendable>(_ body: @Sendable (Client) async throws -> Value) async throws -> Value {
        try await body(Client(responder: server.router().buildResponder()))
    }

    /// The audit log's lines.
    func auditLines() throws -> [String] {
        let text = (try? String(contentsOfFile: dataDirectory + "/audit.jsonl", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}

/// A test client that keeps the session cookie between requests.
final class Client: Sendable {
    /// A response's status, headers and body text.
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        /// The body as JSON.
        func json() throws -> JSONValue { try JSONParser.parse(Array(body.utf8)) }

        /// The error code of an error body.
        var code: String? { (try? json())?["code"]?.stringValue }
    }

    private let responder: RouterResponder<ConsoleContext>
    private let cookie = Mutex<String?>(nil)

    init(responder: RouterResponder<ConsoleContext>) {
        self.responder = responder
    }

    /// A GET of `uri` (already percent-encoded by ``Client/uri(_:_:)``).
    func get(_ uri: String) async throws -> Answer {
        try await send(uri, method: .get, body: nil)
    }

    /// A request with an optional body; a `Set-Cookie` in the answer is kept.
    func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Answer {
        var headers: HTTPFields = [:]
        if let value = cookie.withLock({ $0 }) { headers[.cookie] = value }
        if body != nil { headers[.contentType] = "application/json" }
        let head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: uri, headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: body ?? "")))
        let response = try await responder.respond(to: request, context: ConsoleContext(clientAddress: "192.0.2.1"))
        let collector = BodyCollector()
        try await response.body.write(collector)
        let answer = Answer(status: response.status, headers: response.headers, body: String(decoding: collector.buffer.readableBytesView, as: UTF8.self))
        if let set = answer.headers[.setCookie], let pair = set.split(separator: ";").first {
            let value = String(pair)
            cookie.withLock { $0 = value.hasSuffix("=") ? nil : value }
        }
        return answer
    }

    /// Logs in as `name` with the harness's password (or `password`).
    @discardableResult
    func login(_ name: String, password: String? = nil) async throws -> Answer {
        let body = JSONWriter.compact(.object([("user", .string(name)), ("password", .string(password ?? ConsoleHarness.passwords[name] ?? ""))]))
        return try await send("/api/login", method: .post, body: body)
    }

    /// `path?name=value&…` with the values percent-encoded.
    static func uri(_ path: String, _ query: [(String, String)] = []) -> String {
        guard !query.isEmpty else { return path }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~,@")
        return path + "?"
            + query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
    }
}

/// A clock the tests move by hand (seconds).
final class TestClock: Sendable {
    private let seconds = Mutex<Double>(1_000_000)

    /// The current time.
    var now: Double { seconds.withLock { $0 } }

    /// Moves the clock forward.
    func advance(_ by: Double) { seconds.withLock { $0 += by } }
}

/// The request log lines the server wrote.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    /// Adds a line.
    func append(_ line: String) { lines.withLock { $0.append(line) } }

    /// Every line so far.
    var all: [String] { lines.withLock { $0 } }
}

/// Collects a response body.
final class BodyCollector: ResponseBodyWriter {
    /// The bytes written so far.
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
