import Synchronization

/// A value made on first use and kept, shared by every thread that asks for it.
///
/// For indexes that cost more to make than most of their users need: a command that looks up
/// one household id should not hash every house label, and one that never searches a graph
/// should not lay it out for searching. The maker is given at each read, so a value can hold the
/// box for what is made from itself (a routing graph keeps its own search layout).
package final class OnDemand<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    /// An empty box.
    package init() {}

    /// The value, made by `make` now when this is the first read (other readers wait for it).
    package func value(orMake make: () -> Value) -> Value {
        stored.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
