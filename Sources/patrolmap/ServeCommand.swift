import ArgumentParser
import PatrolConsole
import PatrolData

/// `patrolmap serve MAP`: the station console, a web page and HTTP API over one loaded map.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The station console: a web page and HTTP API for dispatcher and chief, offline.",
        discussion: """
            Loads the map once and answers until SIGINT or SIGTERM. Without --users only the public view is served \
            (no head, phone, tag or note). A host other than loopback needs --users.
            """)

    /// The accepted port numbers (0: any free port).
    static let portRange = OptionRange.from(0, to: 65535, "--port")

    @OptionGroup var common: MapOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "The users file (patrolmap user add); logging in shows personal data.")
    var users: String?

    @Option(help: "Directory for the audit log and the call log (needed with --users).")
    var data: String?

    func validate() throws {
        try Self.portRange.check(port, language: common.lang)
        if !ConsoleServer.isLoopback(host), users == nil {
            throw ValidationError(
                Localized(
                    en: "--host \(host) would open the console to the network; give --users so that personal data needs a login",
                    zh: "--host \(host) 会把值班台开放到网络上;请同时指定 --users,使个人信息需要登录"
                ).text(common.lang))
        }
        if users != nil, data == nil {
            throw ValidationError(
                Localized(en: "--users needs --data (the audit log and call log are kept there)", zh: "--users 需要同时指定 --data(审计日志和接警记录保存在那里)")
                    .text(common.lang))
        }
    }

    func run() async throws {
        let map = try MapLoading.load(common)
        let server: ConsoleServer
        do {
            server = try ConsoleServer(map: map, storage: ConsoleServer.Storage(usersFile: users, dataDirectory: data))
        } catch let failure as UserFile.Failure {
            throw CommandFailure.impossible(Localized(en: failure.description, zh: failure.description), language: common.lang)
        }
        try await server.run(host: host, port: port)
    }
}
