import Synchronization

/// A value made on first use and kept, shared by every thread that asks for it.
///
/// For indexes that cost more to make than most of their users need: a command that looks up
/// one household id should not hash every house label.
final class OnDemand<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    /// A value `make` will make when ``value`` is first read.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made now when this is the first read (other readers wait for it).
    var value: Value {
        stored.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
