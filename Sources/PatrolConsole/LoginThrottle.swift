import Synchronization

/// Slows down password guessing.
///
/// After ``freeFailures`` failed logins for a user name or from an address, the next attempt must wait 1 s, then 2 s, 4 s, … up to ``maximumDelay``.
/// A success clears the user's and the address's count.
final class LoginThrottle: Sendable {
    /// Failures allowed before attempts are delayed.
    static let freeFailures = 3
    /// The longest wait imposed, in seconds.
    static let maximumDelay: Double = 300

    private struct Record {
        var failures = 0
        var blockedUntil: Double = 0
    }

    private let records = Mutex<[String: Record]>([:])
    private let now: @Sendable () -> Double

    /// A throttle reading the time (seconds) from `now`.
    init(now: @escaping @Sendable () -> Double) {
        self.now = now
    }

    /// Seconds to wait before `user` may try again from `address`; 0 when an attempt is allowed now.
    func wait(user: String, address: String) -> Double {
        let time = now()
        return records.withLock { records in
            let until = max(records[Self.userKey(user)]?.blockedUntil ?? 0, records[Self.addressKey(address)]?.blockedUntil ?? 0)
            return max(0, until - time)
        }
    }

    /// Counts a failed attempt.
    func failed(user: String, address: String) {
        let time = now()
        records.withLock { records in
            for key in [Self.userKey(user), Self.addressKey(address)] {
                var record = records[key] ?? Record()
                record.failures += 1
                if record.failures >= Self.freeFailures {
                    let exponent = Double(min(record.failures - Self.freeFailures, 20))
                    record.blockedUntil = time + min(Self.maximumDelay, Double(1 << Int(exponent)))
                }
                records[key] = record
            }
        }
    }

    /// Clears the counts after a successful login.
    func succeeded(user: String, address: String) {
        records.withLock { records in
            records[Self.userKey(user)] = nil
            records[Self.addressKey(address)] = nil
        }
    }

    private static func userKey(_ user: String) -> String { "user:" + user }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
