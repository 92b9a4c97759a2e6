/// Why a geometry could not be built from the coordinates given.
public struct GeometryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A short sentence saying what is wrong.
    public var reason: String

    /// Creates an error with the reason to show the user.
    public init(_ reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }
}
