import Foundation

/// Results of parallel work, one slot per iteration of `DispatchQueue.concurrentPerform`.
///
/// Each iteration writes only its own slot; `values` is read after every iteration has ended.
public final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    /// `count` empty slots.
    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The value of slot `index`.
    public subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order (a slot never written is a bug in the caller).
    public var values: [Value] { lock.withLock { slots.map { $0! } } }
}
