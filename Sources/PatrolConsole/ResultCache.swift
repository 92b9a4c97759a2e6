import Synchronization

/// Results of expensive requests (a coverage study, a wall map) by key, computed once.
///
/// Requests for a key being computed wait for that computation. Holds at most ``capacity``
/// keys, dropping the oldest.
final class ResultCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var tasks: [Key: Task<Value, Never>] = [:]
        var order: [Key] = []
    }

    /// The most keys kept.
    let capacity: Int
    private let state = Mutex(State())

    /// An empty cache of `capacity` keys.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `make` the first time.
    func value(_ key: Key, make: @escaping @Sendable () -> Value) async -> Value {
        let capacity = self.capacity
        let task = state.withLock { state in
            if let task = state.tasks[key] { return task }
            let task = Task { make() }
            state.tasks[key] = task
            state.order.append(key)
            if state.order.count > capacity { state.tasks[state.order.removeFirst()] = nil }
            return task
        }
        return await task.value
    }
}
