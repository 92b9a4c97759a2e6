import Dispatch
import Synchronization
import Testing

@testable import PatrolConsole

/// The lane for long computations: off Swift's own pool, a few at a time, the rest turned away.
@Suite("station console work lane", .timeLimit(.minutes(1)))
struct WorkLaneTests {
    /// Waits (yielding) until the lane has admitted `count` computations.
    static func admitted(_ count: Int, on lane: WorkLane) async {
        while lane.load < count { await Task.yield() }
    }

    @Test("width 1, depth 2: a third computation is busy (503, Retry-After) while the first runs and the second waits; both then finish")
    func admission() async throws {
        let lane = WorkLane(width: 1, depth: 2)
        let gate = DispatchSemaphore(value: 0)
        let running = Counter()
        let first = Task {
            await lane.run { () -> Int in
                running.add()
                gate.wait()
                return 1
            }
        }
        await Self.admitted(1, on: lane)
        let second = Task {
            await lane.run { () -> Int in
                running.add()
                return 2
            }
        }
        await Self.admitted(2, on: lane)
        let third = await lane.run { 3 }
        guard case .failure(let busy) = third else {
            Issue.record("third was admitted: \(third)")
            return
        }
        #expect(busy.status == .serviceUnavailable && busy.code == "busy" && busy.headers[.retryAfter] == "5")
        // While the first blocks its lane thread, Swift's pool still runs other work, and the second has not started.
        let other = await Task.detached { 6 * 7 }.value
        #expect(other == 42 && running.value == 1)
        gate.signal()
        #expect(try await first.value.get() == 1)
        #expect(try await second.value.get() == 2)
        #expect(lane.load == 0)
        #expect(try await lane.run { 4 }.get() == 4)
    }

    @Test("a result the lane turned away is not cached: the next request for its key computes it")
    func busyIsNotKept() async throws {
        let lane = WorkLane(width: 1, depth: 1)
        let cache = ResultCache<Int, Result<Int, APIError>>(capacity: 4, keeps: WorkLane.keeps)
        let gate = DispatchSemaphore(value: 0)
        let blocker = Task {
            await lane.run { () -> Int in
                gate.wait()
                return 0
            }
        }
        await Self.admitted(1, on: lane)
        let refused = await cache.value(7) { await lane.run { 7 } }
        #expect(!WorkLane.keeps(refused))
        gate.signal()
        _ = await blocker.value
        let computed = await cache.value(7) { await lane.run { 7 } }
        #expect(try computed.get() == 7)
        // Kept now: a second computation would answer 8, the cache still answers 7.
        #expect(try await cache.value(7) { await lane.run { 8 } }.get() == 7)
    }
}

/// A count shared with the lane's threads.
private final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
