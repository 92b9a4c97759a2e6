/// A 4-ary min-heap of (key, node) pairs for Dijkstra with lazy deletion: a node may be
/// pushed again with a smaller key; the stale entry is skipped when popped.
///
/// Ties are broken by the node number, so searches are deterministic.
struct QuadHeap {
    private var keys: ContiguousArray<Int64> = []
    private var nodes: ContiguousArray<Int32> = []

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    /// The smallest key, if any.
    var minimumKey: Int64? { keys.first }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private static func less(_ k1: Int64, _ n1: Int32, _ k2: Int64, _ n2: Int32) -> Bool {
        k1 < k2 || (k1 == k2 && n1 < n2)
    }

    /// Adds an entry.
    ///
    /// - Complexity: O(log₄ n)
    mutating func push(_ key: Int64, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        keys.withUnsafeMutableBufferPointer { k in
            nodes.withUnsafeMutableBufferPointer { v in
                while i > 0 {
                    let parent = (i - 1) >> 2
                    guard Self.less(key, node, k[parent], v[parent]) else { break }
                    k[i] = k[parent]
                    v[i] = v[parent]
                    i = parent
                }
                k[i] = key
                v[i] = node
            }
        }
    }

    /// Removes and returns the smallest entry.
    ///
    /// - Complexity: O(log₄ n)
    mutating func pop() -> (key: Int64, node: Int32)? {
        guard let top = keys.first else { return nil }
        let topNode = nodes[0]
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        let count = keys.count
        if count > 0 {
            keys.withUnsafeMutableBufferPointer { k in
                nodes.withUnsafeMutableBufferPointer { v in
                    var i = 0
                    while true {
                        let firstChild = 4 * i + 1
                        guard firstChild < count else { break }
                        var best = firstChild
                        let lastChild = min(firstChild + 3, count - 1)
                        if firstChild < lastChild {
                            for c in (firstChild + 1)...lastChild where Self.less(k[c], v[c], k[best], v[best]) {
                                best = c
                            }
                        }
                        guard Self.less(k[best], v[best], lastKey, lastNode) else { break }
                        k[i] = k[best]
                        v[i] = v[best]
                        i = best
                    }
                    k[i] = lastKey
                    v[i] = lastNode
                }
            }
        }
        return (top, topNode)
    }
}
