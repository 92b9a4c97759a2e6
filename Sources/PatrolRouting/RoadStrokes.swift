import Foundation
import PatrolGeo

/// The network's ground-level links chained into whole roads ("strokes"): at every node, each
/// link continues into the one that carries on most straight, so the terrain along a road can
/// be read across the junctions that cut it into links.
///
/// At a node with two ground-level link ends (a change of tags, a barrier) the two continue each
/// other whatever the angle: the road goes on. Where more meet, two ends continue each other when
/// the road bends by at most ``maximumDeflection`` (30°) between them; pairs on the same named road
/// (`ref` or `name`) go first, then the straightest (Thomson and Richardson's "good
/// continuation", 1999), each end in one pair at most. Bridges and tunnels are in no stroke, so
/// a stroke stops at a portal (``PortalGrades`` grades them).
public struct RoadStrokes: Sendable {
    /// One link of a stroke, in the stroke's direction.
    public struct Entry: Sendable, Hashable {
        /// The link.
        public var link: Int
        /// True when the stroke runs along the link's geometry, false when against it.
        public var forward: Bool
    }

    /// The largest bend between two links at a junction that still continue each other, in radians
    /// (30°, as directions tell a branch within ~30° of straight from a turn): the two arms of a
    /// Y-fork, 45° each off the road, continue neither it nor each other.
    public static let maximumDeflection = Double.pi / 6
    /// How far from the node each link's direction is taken, in metres (past a digitising kink at the junction).
    static let probe = 20.0

    /// The strokes, each a chain of links end to end, in order of their lowest link.
    public let strokes: [[Entry]]

    /// Chains `network`'s ground-level links.
    ///
    /// - Complexity: O(links + Σ degree² over the nodes)
    public init(network: RoadNetwork) {
        let ground = network.links.map { !network.roads[Int($0.road)].isBridgeOrTunnel }
        let partner = Self.partners(network, ground: ground)
        var visited = [Bool](repeating: false, count: network.links.count)
        var strokes: [[Entry]] = []
        for start in network.links.indices where ground[start] && !visited[start] {
            // Back up to the stroke's first link (or round a ring to the start again).
            var first = Entry(link: start, forward: true)
            while let previous = Self.step(from: first, towardsStart: true, partner: partner), previous.link != start {
                first = previous
            }
            var stroke = [first]
            visited[first.link] = true
            while let next = Self.step(from: stroke.last!, towardsStart: false, partner: partner), !visited[next.link] {
                stroke.append(next)
                visited[next.link] = true
            }
            strokes.append(stroke)
        }
        self.strokes = strokes
    }

    /// The entry before (`towardsStart`) or after `entry` in its stroke, if any.
    private static func step(from entry: Entry, towardsStart: Bool, partner: [Int32]) -> Entry? {
        // The link end the stroke leaves by: its end going forwards, its start going backwards.
        let leavesAtEnd = entry.forward != towardsStart
        let end = entry.link * 2 + (leavesAtEnd ? 1 : 0)
        let other = Int(partner[end])
        guard other >= 0 else { return nil }
        // Arriving at the other link's start means running along it (forwards in the stroke's direction).
        let arrivesAtStart = other % 2 == 0
        return Entry(link: other / 2, forward: arrivesAtStart != towardsStart)
    }

    /// For each link end (`link * 2 + 1` for its end, `+ 0` for its start), the end it continues into, or −1.
    private static func partners(_ network: RoadNetwork, ground: [Bool]) -> [Int32] {
        var partner = [Int32](repeating: -1, count: network.links.count * 2)
        for node in network.nodes.indices {
            let ends = (Int(network.incidentStart[node])..<Int(network.incidentStart[node + 1])).map { Int(network.incidentLinks[$0]) }
                .filter { ground[$0 / 2] }
            guard ends.count >= 2 else { continue }
            if ends.count == 2 {
                partner[ends[0]] = Int32(ends[1])
                partner[ends[1]] = Int32(ends[0])
                continue
            }
            let directions = ends.map { direction(network, end: $0) }
            let names = ends.map { code -> String? in
                let tags = network.roads[Int(network.links[code / 2].road)].tags
                return (tags["ref"] ?? tags["name"]).flatMap { $0.isEmpty ? nil : $0 }
            }
            var pairs: [(rank: Int, deflection: Double, a: Int, b: Int)] = []
            for a in ends.indices {
                for b in ends.indices where b > a {
                    // Arriving along end a means heading against its direction from the node.
                    let cosine = -(directions[a].x * directions[b].x + directions[a].y * directions[b].y)
                    let deflection = acos(max(-1, min(1, cosine)))
                    guard deflection <= maximumDeflection else { continue }
                    let sameRoad = names[a] != nil && names[a] == names[b]
                    pairs.append((sameRoad ? 0 : 1, deflection, a, b))
                }
            }
            pairs.sort { ($0.rank, $0.deflection, $0.a, $0.b) < ($1.rank, $1.deflection, $1.a, $1.b) }
            for pair in pairs where partner[ends[pair.a]] < 0 && partner[ends[pair.b]] < 0 {
                partner[ends[pair.a]] = Int32(ends[pair.b])
                partner[ends[pair.b]] = Int32(ends[pair.a])
            }
        }
        return partner
    }

    /// The unit direction in which link end `code` leaves its node, towards the point ``probe`` metres along it.
    private static func direction(_ network: RoadNetwork, end code: Int) -> Point {
        let link = network.links[code / 2]
        let line = code % 2 == 0 ? link.geometry : link.geometry.reversed()
        let here = line[0]
        let there = Polyline.point(at: min(probe, link.length), on: line)
        let d = here.distance(to: there)
        guard d > 0 else { return Point(x: 0, y: 0) }
        return Point(x: (there.x - here.x) / d, y: (there.y - here.y) / d)
    }
}
