/// A failure of the generator's own invariants (a bug, not bad input).
struct GeneratorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
