public import Hummingbird
import Logging

/// The request context of the console: Hummingbird's core storage and the client's address,
/// which failed logins are counted by.
public struct ConsoleContext: RequestContext {
    /// Hummingbird's per-request storage (parameters, endpoint path, logger).
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, `local` when the transport has none (the test client).
    public let clientAddress: String

    /// A context for a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// A context for a request that came by no network channel (an in-process client).
    public init(clientAddress: String) {
        coreContext = CoreRequestContextStorage(source: LoggerSource(logger: Logger(label: "patrolmap.console")))
        self.clientAddress = clientAddress
    }

    /// A source that is only a logger.
    private struct LoggerSource: RequestContextSource {
        var logger: Logger
    }
}
