/// A binary min-heap of (priority, item) pairs; equal priorities pop the smaller item
/// first, so every search that uses it is deterministic.
struct MinHeap {
    private var keys: [Double] = []
    private var items: [Int] = []

    /// True when nothing is queued.
    var isEmpty: Bool { keys.isEmpty }

    /// Queues `item` with `priority`.
    ///
    /// - Complexity: O(log n)
    mutating func push(_ priority: Double, _ item: Int) {
        keys.append(priority)
        items.append(item)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swap(child, parent)
            child = parent
        }
    }

    /// Removes and returns the pair with the lowest priority.
    ///
    /// - Complexity: O(log n)
    mutating func pop() -> (priority: Double, item: Int)? {
        guard !keys.isEmpty else { return nil }
        let top = (keys[0], items[0])
        let lastKey = keys.removeLast()
        let lastItem = items.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            items[0] = lastItem
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < keys.count, less(left, smallest) { smallest = left }
                if right < keys.count, less(right, smallest) { smallest = right }
                if smallest == parent { break }
                swap(parent, smallest)
                parent = smallest
            }
        }
        return top
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        keys[a] < keys[b] || (keys[a] == keys[b] && items[a] < items[b])
    }

    private mutating func swap(_ a: Int, _ b: Int) {
        keys.swapAt(a, b)
        items.swapAt(a, b)
    }
}
