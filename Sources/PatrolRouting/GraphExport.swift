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
        var nodes = Array("id,lon,lat\n".utf8)
        nodes.reserveCapacity(graph.nodeCount * 32)
        for v in 0..<graph.nodeCount {
            let p = positions[graph.split(v).networkNode]
            DecimalText.appendInteger(Int64(v), to: &nodes)
            nodes.append(comma)
            DecimalText.appendFixed(p.x, decimals: 7, to: &nodes)
            nodes.append(comma)
            DecimalText.appendFixed(p.y, decimals: 7, to: &nodes)
            nodes.append(newline)
        }
        var edges = Array("from,to,seconds,meters\n".utf8)
        edges.reserveCapacity(graph.edgeCount * 28)
        for e in 0..<graph.edgeCount {
            let ref = Int(graph.edgeLink[e])
            let meters = ref >= 0 ? graph.network.links[ref / 2].length : 0
            DecimalText.appendInteger(Int64(graph.source[e]), to: &edges)
            edges.append(comma)
            DecimalText.appendInteger(Int64(graph.target[e]), to: &edges)
            edges.append(comma)
            appendSeconds(graph.cost[e], to: &edges)
            edges.append(comma)
            DecimalText.appendFixed(meters, decimals: 2, to: &edges)
            edges.append(newline)
        }
        return (String(decoding: nodes, as: UTF8.self), String(decoding: edges, as: UTF8.self))
    }

    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")

    /// Milliseconds as exact decimal seconds, for example `27.000`.
    static func seconds(_ ms: UInt32) -> String {
        var bytes: [UInt8] = []
        appendSeconds(ms, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendSeconds(_ ms: UInt32, to out: inout [UInt8]) {
        DecimalText.appendInteger(Int64(ms / 1000), to: &out)
        out.append(UInt8(ascii: "."))
        let frac = ms % 1000
        if frac < 100 { out.append(UInt8(ascii: "0")) }
        if frac < 10 { out.append(UInt8(ascii: "0")) }
        DecimalText.appendInteger(Int64(frac), to: &out)
    }
}
