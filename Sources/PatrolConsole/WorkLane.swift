import Foundation
import Synchronization

/// Runs the console's long computations (coverage studies, rendered maps) on threads of their
/// own, a few at a time, and turns the rest away while it is full.
///
/// A coverage study on gongli takes seconds of CPU; run on Swift's cooperative pool, two of them
/// would hold both of a two-core machine's pool threads, and every route and dispatch request
/// would wait behind them. On the lane they run on Dispatch threads, at most ``width`` at once;
/// the request handlers only await them. At most ``depth`` computations are admitted (running
/// or waiting); one more is refused with 503 and `Retry-After`, so a flood of distinct questions
/// cannot queue up hours of work.
final class WorkLane: Sendable {
    /// The most computations running at once.
    let width: Int
    /// The most computations admitted at once, running or waiting.
    let depth: Int
    private let admitted = Mutex(0)
    private let slots: DispatchSemaphore
    private let queue = DispatchQueue(label: "patrolmap.console.work", attributes: .concurrent)

    /// A lane running `width` computations at once and admitting `depth` (at least `width`).
    init(width: Int, depth: Int) {
        self.width = max(1, width)
        self.depth = max(self.width, depth)
        slots = DispatchSemaphore(value: self.width)
    }

    /// The lane for this machine: one core left to the request handlers when there are two or more.
    static func forThisMachine() -> WorkLane {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return WorkLane(width: max(1, cores - 1), depth: 4 * max(1, cores - 1))
    }

    /// The computations admitted now, running or waiting.
    var load: Int { admitted.withLock { $0 } }

    /// `work`'s value computed on the lane, or ``APIError/busy`` when the lane is full.
    func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Result<Value, APIError> {
        let depth = self.depth
        let entered = admitted.withLock { count in
            guard count < depth else { return false }
            count += 1
            return true
        }
        guard entered else { return .failure(.busy) }
        let slots = self.slots
        let value = await withCheckedContinuation { (continuation: CheckedContinuation<Value, Never>) in
            queue.async {
                slots.wait()
                let value = work()
                slots.signal()
                continuation.resume(returning: value)
            }
        }
        admitted.withLock { $0 -= 1 }
        return .success(value)
    }

    /// False for a result the lane turned away (for ``ResultCache/keeps``: ask again next time).
    static func keeps<Value>(_ result: Result<Value, APIError>) -> Bool {
        if case .failure(let error) = result, error.code == APIError.busy.code { return false }
        return true
    }
}
