/// A 4-ary min-heap of search entries for Dijkstra with lazy deletion: a node may be pushed
/// again with a smaller key; the stale entry is skipped when popped.
///
/// Entries are ordered by key, then by graph node number, so searches are deterministic and
/// independent of how a search numbers its nodes internally (each entry also carries that
/// number, ``Entry/slot``). Entries sit in one array, key and node side by side.
struct QuadHeap {
    /// One entry: a key, the graph node it is for, and the searcher's own number for that node.
    struct Entry {
        var key: Int64
        var node: Int32
        var slot: Int32
    }

    private var entries: ContiguousArray<Entry> = []

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// The smallest key, if any.
    var minimumKey: Int64? { entries.first?.key }
    /// The searcher's number of the smallest entry's node, if any.
    var minimumSlot: Int32? { entries.first?.slot }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private static func less(_ a: Entry, _ b: Entry) -> Bool {
        a.key < b.key || (a.key == b.key && a.node < b.node)
    }

    /// Adds an entry for graph node `node`, known to the searcher as `slot`.
    ///
    /// - Complexity: O(log₄ n)
    @inline(__always)
    mutating func push(_ key: Int64, _ node: Int32, slot: Int32) {
        let entry = Entry(key: key, node: node, slot: slot)
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { e in
            var i = e.count - 1
            while i > 0 {
                let parent = (i - 1) >> 2
                guard Self.less(entry, e[parent]) else { break }
                e[i] = e[parent]
                i = parent
            }
            e[i] = entry
        }
    }

    /// Removes and returns the smallest entry.
    ///
    /// - Complexity: O(log₄ n)
    @inline(__always)
    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        entries.withUnsafeMutableBufferPointer { e in
            let count = e.count
            guard count > 0 else { return }
            var i = 0
            while true {
                let firstChild = 4 &* i &+ 1
                guard firstChild < count else { break }
                var best = firstChild
                let end = min(firstChild &+ 4, count)
                var c = firstChild &+ 1
                while c < end {
                    if Self.less(e[c], e[best]) { best = c }
                    c &+= 1
                }
                guard Self.less(e[best], last) else { break }
                e[i] = e[best]
                i = best
            }
            e[i] = last
        }
        return top
    }
}
