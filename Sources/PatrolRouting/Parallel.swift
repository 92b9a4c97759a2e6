import Dispatch
import Foundation
import Synchronization

/// Independent work spread over the machine's cores, with the answers in index order, so a
/// parallel run gives exactly what a serial one does.
public enum Parallel {
    /// Threads used when a caller does not say: the active cores, at most eight.
    public static var defaultWorkers: Int { max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) }

    /// `body(i)` for every `i` in `0 ..< count`, in index order, computed on up to `workers`
    /// threads (serially when `workers` is 1) in chunks of consecutive indices.
    /// - Complexity: `count` calls of `body`.
    public static func map<T: Sendable>(_ count: Int, workers: Int = defaultWorkers, _ body: @Sendable (Int) -> T) -> [T] {
        guard workers > 1, count > 1 else { return (0..<count).map(body) }
        let chunk = max(1, (count + workers * 8 - 1) / (workers * 8))
        let chunks = (count + chunk - 1) / chunk
        let parts = Mutex([[T]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = ((c * chunk)..<min(count, (c + 1) * chunk)).map(body)
            parts.withLock { $0[c] = part }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}
