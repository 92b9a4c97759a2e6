/// Disjoint sets with path halving and union by size (for the connectivity checks of the import
/// and the routing graphs).
package struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    package init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    /// The representative of `x`'s set.
    package mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    /// Joins the sets of `a` and `b`.
    package mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
    }

    /// A label per element: 0 for the largest set, 1 for the next, … (ties by smallest member),
    /// and the number of sets.
    package mutating func labelsBySize() -> (componentOf: [Int32], count: Int) {
        let n = parent.count
        var roots: [Int: (size: Int, first: Int)] = [:]
        var rootOf = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let r = find(i)
            rootOf[i] = r
            if let entry = roots[r] {
                roots[r] = (entry.size + 1, entry.first)
            } else {
                roots[r] = (1, i)
            }
        }
        let ordered = roots.sorted { $0.value.size != $1.value.size ? $0.value.size > $1.value.size : $0.value.first < $1.value.first }
        var label: [Int: Int32] = [:]
        for (i, entry) in ordered.enumerated() { label[entry.key] = Int32(i) }
        return (rootOf.map { label[$0]! }, ordered.count)
    }
}
