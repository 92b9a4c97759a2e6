/// A console account: a name and what it may see.
public struct ConsoleUser: Sendable, Hashable {
    /// What an account may do.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Finds callers (personal data included), dispatches, reads the call history.
        case dispatcher
        /// Everything a dispatcher does, plus the monthly call report.
        case chief
    }

    /// The login name.
    public var name: String
    /// The role.
    public var role: Role

    /// A user from name and role.
    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
