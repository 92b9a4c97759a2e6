import Synchronization

/// Results of expensive requests (a coverage study, a wall map) by key, computed once.
///
/// Requests for a key being computed wait for that computation. Holds at most ``capacity``
/// keys, dropping the oldest, and drops a value ``keeps`` refuses once it has been handed out
/// (a computation the ``WorkLane`` turned away is asked again by the next request).
final class ResultCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var tasks: [Key: Task<Value, Never>] = [:]
        var order: [Key] = []
    }

    /// The most keys kept.
    let capacity: Int
    /// Whether a computed value is kept for later requests.
    let keeps: @Sendable (Value) -> Bool
    private let state = Mutex(State())

    /// An empty cache of `capacity` keys, keeping the values `keeps` accepts (all by default).
    init(capacity: Int, keeps: @escaping @Sendable (Value) -> Bool = { _ in true }) {
        self.capacity = capacity
        self.keeps = keeps
    }

    /// The value for `key`, computed by `make` the first time.
    func value(_ key: Key, make: @escaping @Sendable () async -> Value) async -> Value {
        let capacity = self.capacity
        let task = state.withLock { state in
            if let task = state.tasks[key] { return task }
            let task = Task { await make() }
            state.tasks[key] = task
            state.order.append(key)
            if state.order.count > capacity { state.tasks[state.order.removeFirst()] = nil }
            return task
        }
        let value = await task.value
        if !keeps(value) {
            state.withLock { state in
                guard state.tasks[key] == task else { return }
                state.tasks[key] = nil
                state.order.removeAll { $0 == key }
            }
        }
        return value
    }
}
