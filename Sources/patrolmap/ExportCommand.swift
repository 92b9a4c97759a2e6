import ArgumentParser
import Foundation
import PatrolData
import PatrolReports
import PatrolRouting

/// `patrolmap export graph MAP --profile P -o DIR`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data for other tools.",
        subcommands: [ExportGraphCommand.self])
}

/// Writes the routing graph as `nodes.csv` and `edges.csv`.
struct ExportGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Write the routing graph as DIR/nodes.csv (id,lon,lat) and DIR/edges.csv (from,to,seconds,meters).",
        discussion: "For car+foot, ids below the network's node count are the car layer; zero-cost edges to the foot layer are where one may park.")

    @OptionGroup var common: MapOptions
    @OptionGroup var routing: RoutingOptions

    @Option(name: .shortAndLong, help: "The folder to write nodes.csv and edges.csv into (created if needed).")
    var output: String

    func run() throws {
        let lang = common.lang
        let loaded = try MapLoading.load(common)
        let graph = CompiledRouting.graph(of: loaded, profile: routing.profile, season: routing.season)
        let (nodes, edges) = GraphExport.csv(graph) { LonLatOutput.positions($0, of: loaded) }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.impossible(Localized(en: "cannot create \(output)", zh: "无法创建 \(output)"), language: lang)
        }
        let folder = URL(fileURLWithPath: output)
        try Output.emit(nodes, to: folder.appendingPathComponent("nodes.csv").path, language: lang)
        try Output.emit(edges, to: folder.appendingPathComponent("edges.csv").path, language: lang)
        Output.note(
            lang == .zh
                ? "已写出 \(graph.nodeCount) 个节点、\(graph.edgeCount) 条有向边到 \(output)"
                : "wrote \(EnglishCount.of(graph.nodeCount, "node")) and \(EnglishCount.of(graph.edgeCount, "directed edge")) to \(output)")
    }
}
