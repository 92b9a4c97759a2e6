import Foundation
public import Hummingbird
import PatrolAnalysis
public import PatrolData

/// The station console: the HTTP API and page over one loaded map.
///
/// Build it once, then either ``run(host:port:)`` it or hand ``router()`` to Hummingbird's
/// test client. Every handler is safe to run concurrently.
public struct ConsoleServer: Sendable {
    /// Where the console keeps its accounts and records.
    public struct Storage: Sendable {
        /// The users file (`patrolmap user add`); `nil` serves the public view only.
        public var usersFile: String?
        /// The directory of the audit log and the call log; needed with `usersFile`.
        public var dataDirectory: String?

        /// Storage from its paths.
        public init(usersFile: String? = nil, dataDirectory: String? = nil) {
            self.usersFile = usersFile
            self.dataDirectory = dataDirectory
        }
    }

    let service: MapService
    let users: UserFile?
    let sessions: SessionStore
    let throttle: LoginThrottle
    let audit: AuditLog?
    let calls: CallLog?
    let log: @Sendable (String) -> Void
    /// The raster cell sizes a coverage question may ask for on this map (``CellFloor``).
    let cellRange: ClosedRange<Int>
    /// Where coverage studies and maps are computed, away from the request handlers.
    let lane = WorkLane.forThisMachine()
    let coverage = ResultCache<CoverageKey, Result<CoverageStudy, APIError>>(capacity: 16, keeps: WorkLane.keeps)
    let maps = ResultCache<MapKey, Result<String, APIError>>(capacity: 32, keeps: WorkLane.keeps)

    /// A console over `map`; `now` (seconds) times sessions and login delays, `log` receives
    /// the one line per request.
    ///
    /// - Throws: ``UserFile/Failure`` for an unreadable users file or data directory.
    public init(
        map: PatrolMap, storage: Storage = Storage(), now: @escaping @Sendable () -> Double = ConsoleServer.systemTime,
        log: @escaping @Sendable (String) -> Void = ConsoleServer.standardErrorLog
    ) throws {
        service = MapService(map: map)
        cellRange = CellFloor.range(map: map)
        sessions = SessionStore(now: now)
        throttle = LoginThrottle(now: now)
        self.log = log
        if let usersFile = storage.usersFile {
            guard let directory = storage.dataDirectory else {
                throw UserFile.Failure(description: "--users needs --data: the audit log and the call log are kept there")
            }
            users = try UserFile(path: usersFile)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                audit = try AuditLog(directory: directory)
                calls = try CallLog(directory: directory)
            } catch let failure as UserFile.Failure {
                throw failure
            } catch {
                throw UserFile.Failure(description: "\(directory): cannot open the console's data (\(error))")
            }
        } else {
            users = nil
            audit = nil
            calls = nil
        }
    }

    /// The console's routes, with the request log and JSON errors around them.
    public func router() -> Hummingbird.Router<ConsoleContext> {
        let router = Hummingbird.Router(context: ConsoleContext.self)
        router.add(middleware: RequestLogMiddleware(log: log))
        router.add(middleware: MethodCheckMiddleware(allowed: Self.documentedMethods()))
        addPlaceRoutes(to: router)
        addRoutingRoutes(to: router)
        addCoverageRoutes(to: router)
        addMapRoutes(to: router)
        addAccountRoutes(to: router)
        addCallRoutes(to: router)
        addStaticRoutes(to: router)
        return router
    }

    /// Serves on `host`:`port` until SIGINT or SIGTERM, then finishes the requests in flight.
    public func run(host: String, port: Int) async throws {
        let app = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "patrolmap"),
            onServerRunning: { [log] channel in
                log("patrolmap serve: listening on http://\(host):\(channel.localAddress?.port ?? port)/")
            })
        try await app.runService()
    }

    /// The system's clock in seconds since 1970.
    public static let systemTime: @Sendable () -> Double = { Date().timeIntervalSince1970 }

    /// Writes a line to standard error.
    public static let standardErrorLog: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    /// Whether `host` is a loopback address (`serve` refuses others unless users are configured).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
