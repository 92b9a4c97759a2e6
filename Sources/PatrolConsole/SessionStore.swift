import Foundation
import Synchronization

/// Logged-in sessions: random tokens mapped to users.
///
/// Tokens are 256 bits from the system's generator, each valid for ``lifetime`` seconds after login. Kept in memory: a restart logs everyone out.
final class SessionStore: Sendable {
    /// How long a session lasts, in seconds: one 12-hour shift.
    static let lifetime: Double = 12 * 3600

    private struct Session {
        var user: ConsoleUser
        var expires: Double
    }

    private let sessions = Mutex<[String: Session]>([:])
    private let now: @Sendable () -> Double

    /// A store reading the time (seconds) from `now`.
    init(now: @escaping @Sendable () -> Double) {
        self.now = now
    }

    /// A new session for `user`; returns its token.
    func open(for user: ConsoleUser) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        let expires = now() + Self.lifetime
        sessions.withLock { sessions in
            let time = now()
            sessions = sessions.filter { $0.value.expires > time }
            sessions[token] = Session(user: user, expires: expires)
        }
        return token
    }

    /// The user of a live session, `nil` for an unknown or expired token.
    func user(for token: String) -> ConsoleUser? {
        let time = now()
        return sessions.withLock { sessions in
            guard let session = sessions[token], session.expires > time else { return nil }
            return session.user
        }
    }

    /// Ends a session.
    func close(_ token: String) {
        _ = sessions.withLock { $0.removeValue(forKey: token) }
    }

    /// Ends every session of a user (removed from the users file, say).
    func closeAll(of name: String) {
        sessions.withLock { sessions in sessions = sessions.filter { $0.value.user.name != name } }
    }
}
