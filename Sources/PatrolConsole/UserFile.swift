import Foundation
import PatrolData

/// The console's accounts file.
///
/// One line per user, `NAME<TAB>ROLE<TAB>HASH`, lines starting with `#` ignored. Written atomically with owner-only permissions.
public struct UserFile: Sendable {
    /// One account as stored.
    public struct Entry: Sendable, Hashable {
        /// The account.
        public var user: ConsoleUser
        /// Its ``PasswordHash``.
        public var hash: String
    }

    /// A problem with the file or a request to change it, located by file and line.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The sentence for the user.
        public var description: String
    }

    /// The accounts, in file order.
    public private(set) var entries: [Entry]

    /// An empty accounts list.
    public init() { entries = [] }

    /// Reads `path`; a missing file when `missingIsEmpty` is an empty list.
    public init(path: String, missingIsEmpty: Bool = false) throws(Failure) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            if missingIsEmpty, !FileManager.default.fileExists(atPath: path) {
                entries = []
                return
            }
            throw Failure(description: "\(path): cannot read the users file (\(error.localizedDescription))")
        }
        var entries: [Entry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let location = "\(path):\(index + 1)"
            guard fields.count == 3 else { throw Failure(description: "\(location): expected NAME, ROLE and HASH separated by tabs") }
            if let problem = Self.nameProblem(fields[0]) { throw Failure(description: "\(location): \(problem)") }
            guard let role = ConsoleUser.Role(rawValue: fields[1]) else {
                throw Failure(description: "\(location): role “\(fields[1])” is not dispatcher or chief")
            }
            guard fields[2].hasPrefix("scrypt$") else { throw Failure(description: "\(location): the password hash is not an scrypt hash") }
            guard !entries.contains(where: { $0.user.name == fields[0] }) else {
                throw Failure(description: "\(location): user “\(fields[0])” appears twice")
            }
            entries.append(Entry(user: ConsoleUser(name: fields[0], role: role), hash: fields[2]))
        }
        self.entries = entries
    }

    /// Why `name` cannot be a login name, `nil` when it can: 1 to 64 characters, no spaces,
    /// tabs or control characters.
    public static func nameProblem(_ name: String) -> String? {
        guard (1...64).contains(name.count) else { return "a user name has 1 to 64 characters" }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.isWhitespace }) else {
            return "a user name has no spaces, tabs or control characters"
        }
        guard !name.hasPrefix("#") else { return "a user name does not start with #" }
        return nil
    }

    /// Adds a user or replaces the password and role of an existing one.
    public mutating func set(_ user: ConsoleUser, password: String, cost: PasswordHash.Cost = .standard) throws {
        if let problem = Self.nameProblem(user.name) { throw Failure(description: problem) }
        guard password.count >= 8 else { throw Failure(description: "the password needs at least 8 characters") }
        let entry = Entry(user: user, hash: try PasswordHash.make(password, cost: cost))
        if let i = entries.firstIndex(where: { $0.user.name == user.name }) {
            entries[i] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Removes a user; `false` when there was none of that name.
    public mutating func remove(_ name: String) -> Bool {
        let count = entries.count
        entries.removeAll { $0.user.name == name }
        return entries.count < count
    }

    /// The user whose name and password match, `nil` otherwise.
    ///
    /// Unknown names cost as much
    /// time as wrong passwords, so a caller cannot tell which it was.
    public func authenticate(name: String, password: String) -> ConsoleUser? {
        guard let entry = entries.first(where: { $0.user.name == name }) else {
            if let first = entries.first { _ = PasswordHash.verify(password, against: PasswordHash.decoy(of: first.hash)) }
            return nil
        }
        return PasswordHash.verify(password, against: entry.hash) ? entry.user : nil
    }

    /// The file's text.
    public var text: String {
        "# patrolmap console users: NAME<TAB>ROLE<TAB>scrypt hash (patrolmap user add|remove|list)\n"
            + entries.map { "\($0.user.name)\t\($0.user.role.rawValue)\t\($0.hash)\n" }.joined()
    }

    /// Writes the file atomically, readable by its owner only.
    public func write(to path: String) throws {
        try FileIO.writeAtomically(text, to: path)
        chmod(path, 0o600)
    }
}
