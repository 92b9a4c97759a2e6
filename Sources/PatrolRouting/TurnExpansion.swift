public import PatrolData

/// Expands a routing graph around its turn restrictions and turn costs, so the plain node-based
/// searches honour them.
///
/// A restriction is a sequence of directed edges (from, via…, to). Each prefix of a sequence
/// (the from edge, then from + first via edge, …) becomes a copy of the node it ends at: the
/// state "arrived here along that prefix". A copy has the out-edges of its node except the
/// banned ones (`no_*`: the to edge after the whole sequence; `only_*`: every edge but the next
/// one of the sequence), and an edge leads into a copy exactly when it extends a prefix. The
/// states form an Aho–Corasick automaton over the edge sequences, so overlapping restrictions
/// are all honoured. Nodes no restriction touches are left as they are: a map without
/// restrictions gets exactly the node-based graph, and searches run unchanged on either.
///
/// Turn costs (``Turns``) add one state per edge into a junction, "arrived along that edge";
/// an edge out of such a state (or out of a restriction state ending at a junction) costs the
/// turn from the state's last edge onto it. The junction itself is then only where a route
/// starts: it costs nothing to set off in any direction.
enum TurnExpansion {
    /// An edge before the graph is put in compressed rows.
    typealias Edge = (from: Int32, to: Int32, cost: UInt32, link: Int32)

    /// One restriction as edge keys (`layer * linkRefs + link ref`): the from and via edges, then the
    /// to edge; with no rule, only the states of its keys (a junction's arrivals, for turn costs).
    struct Sequence {
        var keys: [Int]
        var to: Int
        var rule: TurnRestriction.Rule?
    }

    /// The turn costs to charge, by edge key.
    struct Turns {
        /// True when graph node `node` (below the node count) is a junction whose turns cost.
        var isJunction: (_ node: Int32) -> Bool
        /// Milliseconds to turn from the edge with key `arriving` onto the edge with key `leaving` at a junction.
        var milliseconds: (_ arriving: Int, _ leaving: Int) -> UInt32
    }

    /// Rewrites `edges` (whose nodes are below `nodeCount`, layer `from / layerSize`) with the
    /// restrictions' states added as nodes `nodeCount…`.
    ///
    /// - Returns: for each added node, the node it is a copy of.
    /// - Complexity: O(E + S · d) for S states of out-degree d.
    static func expand(_ edges: inout [Edge], nodeCount: Int, layerSize: Int, linkRefs: Int, sequences: [Sequence], turns: Turns? = nil) -> [Int32] {
        guard !sequences.isEmpty || turns != nil else { return [] }
        var edgeOfKey: [Int: Int] = [:]
        for (i, edge) in edges.enumerated() where edge.link >= 0 {
            edgeOfKey[Int(edge.from) / layerSize * linkRefs + Int(edge.link)] = i
        }
        var automaton = Automaton()
        for sequence in sequences {
            // A sequence no edge of the graph follows can never be driven (a one-way the wrong way, a closed road).
            guard sequence.keys.allSatisfy({ edgeOfKey[$0] != nil }) else { continue }
            if sequence.rule == .no, edgeOfKey[sequence.to] == nil { continue }
            automaton.insert(sequence)
        }
        if let turns {
            for edge in edges where edge.link >= 0 && turns.isJunction(edge.to) {
                automaton.insert(Sequence(keys: [Int(edge.from) / layerSize * linkRefs + Int(edge.link)], to: -1, rule: nil))
            }
        }
        guard automaton.states.count > 1 else { return [] }
        automaton.link()

        let states = automaton.states
        var copyOf: [Int32] = []
        var statesAt: [Int32: [Int]] = [:]
        for s in 1..<states.count {
            let head = edges[edgeOfKey[states[s].key]!].to
            copyOf.append(head)
            statesAt[head, default: []].append(s)
        }
        func node(_ state: Int, _ original: Int32) -> Int32 {
            state == 0 ? original : Int32(nodeCount + state - 1)
        }
        var expanded: [Edge] = []
        expanded.reserveCapacity(edges.count + copyOf.count * 4)
        for edge in edges {
            let key = edge.link >= 0 ? Int(edge.from) / layerSize * linkRefs + Int(edge.link) : -1
            expanded.append((edge.from, key >= 0 ? node(automaton.next(0, key), edge.to) : edge.to, edge.cost, edge.link))
            for s in statesAt[edge.from] ?? [] {
                guard key >= 0 else {
                    // A transfer to another layer (park and walk on) leaves the restrictions behind.
                    expanded.append((node(s, edge.from), edge.to, edge.cost, edge.link))
                    continue
                }
                guard automaton.allows(s, key) else { continue }
                var cost = edge.cost
                if let turns, turns.isJunction(edge.from) { cost &+= turns.milliseconds(states[s].key, key) }
                expanded.append((node(s, edge.from), node(automaton.next(s, key), edge.to), cost, edge.link))
            }
        }
        edges = expanded
        return copyOf
    }

    /// The states: a trie over the sequences with failure links.
    private struct Automaton {
        struct State {
            /// The last edge key of the prefix (unused for the root).
            var key: Int
            var children: [Int: Int] = [:]
            var fail = 0
            /// Edge keys banned next (`no_*` sequences ending here).
            var banned: Set<Int> = []
            /// Edge keys that must come next (`only_*` sequences through here); all must agree.
            var forced: [Int] = []
        }

        var states = [State(key: -1)]

        mutating func insert(_ sequence: Sequence) {
            var s = 0
            for (j, key) in sequence.keys.enumerated() {
                if let child = states[s].children[key] {
                    s = child
                } else {
                    states.append(State(key: key))
                    states[s].children[key] = states.count - 1
                    s = states.count - 1
                }
                if sequence.rule == .only {
                    states[s].forced.append(j + 1 < sequence.keys.count ? sequence.keys[j + 1] : sequence.to)
                }
            }
            if sequence.rule == .no { states[s].banned.insert(sequence.to) }
        }

        /// Sets the failure links, breadth first: the longest proper suffix that is also a prefix.
        mutating func link() {
            var queue = states[0].children.keys.sorted().map { states[0].children[$0]! }
            var head = 0
            while head < queue.count {
                let s = queue[head]
                head += 1
                for key in states[s].children.keys.sorted() {
                    let child = states[s].children[key]!
                    var f = states[s].fail
                    while f != 0, states[f].children[key] == nil { f = states[f].fail }
                    let target = states[f].children[key] ?? 0
                    states[child].fail = target == child ? 0 : target
                    queue.append(child)
                }
            }
        }

        /// The state after taking edge `key` in state `s`.
        func next(_ s: Int, _ key: Int) -> Int {
            var s = s
            while true {
                if let child = states[s].children[key] { return child }
                if s == 0 { return 0 }
                s = states[s].fail
            }
        }

        /// True when no restriction that the way into state `s` has started bans edge `key` next.
        func allows(_ s: Int, _ key: Int) -> Bool {
            var t = s
            while t != 0 {
                if states[t].banned.contains(key) { return false }
                if states[t].forced.contains(where: { $0 != key }) { return false }
                t = states[t].fail
            }
            return true
        }
    }
}
