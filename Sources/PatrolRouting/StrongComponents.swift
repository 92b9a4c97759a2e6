/// Strongly connected components of a directed graph in compressed adjacency form, by
/// Tarjan's algorithm with an explicit stack (no recursion, so a long chain of roads cannot
/// overflow the call stack).
///
/// A car network's one-way streets make weak connection too weak a test: a one-way stub that
/// an import boundary cut off is joined to the network but leads nowhere, so a post or house
/// snapped onto it could be driven to and never left. OSRM snaps to its big strongly connected
/// components for the same reason.
enum StrongComponents {
    /// A label per node: 0 for the largest component, 1 for the next, … (ties by smallest member).
    ///
    /// Only the edges `e` for which `include(e)` holds count. A component's size is the
    /// sum of `weight(e)` over its edges (both ends inside it): by road length, a long loop
    /// that the graph holds as a single node outweighs a short street of two nodes.
    ///
    /// - Complexity: O(nodes + edges) time and memory, plus O(c log c) for c components.
    static func labels(firstEdge: [Int32], target: [Int32], include: (Int) -> Bool, weight: (Int) -> Double) -> [Int32] {
        let n = firstEdge.count - 1
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var calls: [(node: Int32, next: Int32)] = []
        var counter: Int32 = 0
        var components: Int32 = 0
        func visit(_ v: Int32) {
            index[Int(v)] = counter
            low[Int(v)] = counter
            counter += 1
            stack.append(v)
            onStack[Int(v)] = true
            calls.append((v, firstEdge[Int(v)]))
        }
        for start in 0..<n where index[start] < 0 {
            visit(Int32(start))
            while let (v, e) = calls.last {
                let vi = Int(v)
                if e < firstEdge[vi + 1] {
                    calls[calls.count - 1].next = e + 1
                    guard include(Int(e)) else { continue }
                    let w = target[Int(e)]
                    if index[Int(w)] < 0 {
                        visit(w)
                    } else if onStack[Int(w)] {
                        low[vi] = min(low[vi], index[Int(w)])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[vi]) }
                guard low[vi] == index[vi] else { continue }
                while let w = stack.popLast() {
                    onStack[Int(w)] = false
                    component[Int(w)] = components
                    if w == v { break }
                }
                components += 1
            }
        }
        // Relabel by size, largest first; ties by the smallest member.
        var size = [Double](repeating: 0, count: Int(components))
        var first = [Int](repeating: n, count: Int(components))
        for node in 0..<n {
            let c = Int(component[node])
            first[c] = min(first[c], node)
            for e in Int(firstEdge[node])..<Int(firstEdge[node + 1]) where include(e) && component[Int(target[e])] == component[node] {
                size[c] += weight(e)
            }
        }
        let order = (0..<Int(components)).sorted { (size[$0], first[$1]) > (size[$1], first[$0]) }
        var label = [Int32](repeating: 0, count: Int(components))
        for (rank, c) in order.enumerated() { label[c] = Int32(rank) }
        return component.map { label[Int($0)] }
    }
}
