import Foundation
public import PatrolGeo

/// The routing graph as CSV, so other tools can check our answers on the very same graph.
///
/// `nodes.csv`: `id,lon,lat` (WGS 84, 7 decimals). `edges.csv`: `from,to,seconds,meters`, one
/// row per directed edge, seconds exact (the graph's whole milliseconds), metres to the cm.
/// For `car+foot`, ids below the network's node count are the car layer and the rest the
/// foot layer; the zero-cost rows from a car node to its foot twin are the places one may park.
public enum GraphExport {
    /// Both files' contents.
    ///
    /// `toWGS84` maps working-CRS points to longitude/latitude.
    public static func csv(_ graph: RoutingGraph, toWGS84: ([Point]) -> [Point]) -> (nodes: String, edges: String) {
        let positions = toWGS84(graph.network.nodes)
        var nodes = "id,lon,lat\n"
        nodes.reserveCapacity(graph.nodeCount * 32)
        for v in 0..<graph.nodeCount {
            let p = positions[graph.split(v).networkNode]
            nodes += "\(v),\(fixed(p.x, 7)),\(fixed(p.y, 7))\n"
        }
        var edges = "from,to,seconds,meters\n"
        edges.reserveCapacity(graph.edgeCount * 28)
        for e in 0..<graph.edgeCount {
            let ref = Int(graph.edgeLink[e])
            let meters = ref >= 0 ? graph.network.links[ref / 2].length : 0
            edges += "\(graph.source[e]),\(graph.target[e]),\(seconds(graph.cost[e])),\(fixed(meters, 2))\n"
        }
        return (nodes, edges)
    }

    /// Milliseconds as exact decimal seconds, for example `27.000`.
    static func seconds(_ ms: UInt32) -> String {
        let whole = ms / 1000
        let frac = ms % 1000
        return "\(whole)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
