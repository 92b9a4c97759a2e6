import Crypto
import CryptoExtras
import Foundation

/// Salted scrypt password hashes (swift-crypto's `KDF.Scrypt`), written as
/// `scrypt$N$r$p$SALT$KEY` with base64 salt and key, so the cost can rise without breaking old entries.
public enum PasswordHash {
    /// The scrypt parameters of a hash.
    public struct Cost: Sendable, Hashable {
        /// N, a power of two.
        public var rounds: Int
        /// r.
        public var blockSize: Int
        /// p.
        public var parallelism: Int

        /// The cost of new hashes: N = 2¹⁴, r = 8, p = 1 (16 MiB, tens of milliseconds in a release build).
        public static let standard = Cost(rounds: 1 << 14, blockSize: 8, parallelism: 1)

        /// A cost from its parameters.
        public init(rounds: Int, blockSize: Int, parallelism: Int) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
        }
    }

    /// A new hash of `password` with a fresh random salt.
    public static func make(_ password: String, cost: Cost = .standard) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = generator.next() }
        let key = try derive(password, salt: salt, rounds: cost.rounds, blockSize: cost.blockSize, parallelism: cost.parallelism)
        return "scrypt$\(cost.rounds)$\(cost.blockSize)$\(cost.parallelism)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// Whether `password` matches `hash`; `false` for a malformed hash.
    ///
    /// The keys are compared
    /// in constant time.
    public static func verify(_ password: String, against hash: String) -> Bool {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt",
            let rounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
            (2...(1 << 20)).contains(rounds), rounds & (rounds - 1) == 0, (1...32).contains(blockSize), (1...16).contains(parallelism),
            let salt = Data(base64Encoded: String(parts[4])), let expected = Data(base64Encoded: String(parts[5])), (16...64).contains(expected.count),
            let key = try? derive(password, salt: Array(salt), rounds: rounds, blockSize: blockSize, parallelism: parallelism, length: expected.count)
        else { return false }
        return zip(key, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// `hash` with another salt: verifying against it costs the same time and never succeeds.
    static func decoy(of hash: String) -> String {
        var parts = hash.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6 else { return hash }
        parts[4] = Data(repeating: 0x5A, count: 16).base64EncodedString()
        return parts.joined(separator: "$")
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int, length: Int = 32) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: length, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
