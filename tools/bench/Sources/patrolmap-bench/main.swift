// Times PatrolMap's core algorithms on one map and prints JSON for tools/bench/run.sh.
//
//   patrolmap-bench MAP PAIRS.csv SOURCES.csv [--profile P] [--runs N] [--no-plan]
//
// `--profile` (default car+foot) must match the graph the peers read (`export graph --profile`);
// `--runs` (default 3) is how many times each workload runs for its best time; `--no-plan` and
// `--no-coverage` skip those in-process runs (make bench times them as whole commands instead).
// PAIRS.csv lists graph node ids `from,to` for one-to-one queries, SOURCES.csv node ids for
// one-to-all searches (the same files the Python peers read). Every figure is the best of
// several runs, in seconds. Checksums (sums of exact millisecond times) let run.sh check that
// every peer found the same answers.
import Foundation
import PatrolAnalysis
import PatrolData
import PatrolGeo
import PatrolRouting

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func best(of runs: Int, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(body) }.min()!
}

func readIDs(_ path: String) -> [[Int]] {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").compactMap { Int($0) } }
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
let profile = TravelProfile(rawValue: option("--profile") ?? "car+foot") ?? .carFoot
let runs = Int(option("--runs") ?? "3") ?? 3
let skipPlan = arguments.contains("--no-plan")
let skipCoverage = arguments.contains("--no-coverage")
let callgrindWait = arguments.contains("--callgrind-wait")
arguments.removeAll { $0 == "--no-plan" || $0 == "--no-coverage" || $0 == "--callgrind-wait" }
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: patrolmap-bench MAP PAIRS.csv SOURCES.csv [--profile P] [--runs N] [--no-plan] [--no-coverage]\n".utf8))
    exit(2)
}
var results: [(String, Double)] = []
var map: PatrolMap!
results.append(("load_map_s", best(of: runs) { map = try! MapLoader.load(arguments[0]) }))
var network: RoadNetwork!
results.append(("build_network_s", best(of: runs) { network = NetworkBuilder.build(roads: map.roads) }))
var graph: RoutingGraph!
results.append(("build_graph_s", best(of: runs) { graph = RoutingGraph(network: network, profile: profile, season: .dry, elevation: map.elevation) }))

let pairs = readIDs(arguments[1])
let sources = readIDs(arguments[2]).map { $0[0] }
// `--callgrind-wait` (tools/bench/callgrind.sh): once the graph is built, say so on stderr and
// wait for a line on stdin (the script turns callgrind's instrumentation on in between), then
// run only the one-to-all searches and exit, so the instruction counts cover those alone.
if callgrindWait {
    FileHandle.standardError.write(Data("ready\n".utf8))
    _ = readLine()
    let search = ShortestPathSearch(graph: graph)
    var sum: Int64 = 0
    for s in sources {
        search.run(from: [.init(node: s, cost: 0)])
        sum &+= search.milliseconds(to: sources[0]) ?? 0
    }
    print("one-to-all searches: \(sources.count), checksum \(sum)")
    exit(0)
}
/// Sources per multi-source search (the peers use the same groups).
let groupSize = 5
var checksum: Int64 = 0
let bidirectional = BidirectionalSearch(graph: graph)
results.append(("one_to_one_bidirectional_s", best(of: runs) {
    checksum = 0
    for pair in pairs { checksum &+= bidirectional.run(from: [.init(node: pair[0], cost: 0)], to: [.init(node: pair[1], cost: 0)])?.cost.milliseconds ?? -1 }
}))
let oneToOneChecksum = checksum
let unidirectional = ShortestPathSearch(graph: graph)
results.append(("one_to_one_early_exit_s", best(of: runs) {
    checksum = 0
    for pair in pairs { checksum &+= unidirectional.run(from: [.init(node: pair[0], cost: 0)], toAny: [(pair[1], 0)])?.total ?? -1 }
}))
precondition(checksum == oneToOneChecksum, "bidirectional and one-sided searches disagree")
results.append(("one_to_all_s", best(of: runs) {
    for s in sources { unidirectional.run(from: [.init(node: s, cost: 0)]) }
}))
// The same searches with every node's metres, walked metres and origin made too (the labels
// coverage and plan read; a search makes them on first request).
results.append(("one_to_all_labelled_s", best(of: runs) {
    for s in sources {
        unidirectional.run(from: [.init(node: s, cost: 0)])
        _ = unidirectional.cost(to: s)
    }
}))
// Checksums (untimed): the sum of every finite time, so the peers can be compared node by node.
@MainActor func reachedSum() -> Int64 {
    (0..<graph.nodeCount).reduce(Int64(0)) { $0 &+ (unidirectional.milliseconds(to: $1) ?? 0) }
}
var oneToAllChecksum: Int64 = 0
for s in sources {
    unidirectional.run(from: [.init(node: s, cost: 0)])
    oneToAllChecksum &+= reachedSum()
}
// Multi-source: the sources in groups, each group searched at once (every node gets the time
// from its nearest source), as coverage searches from all posts.
let groups = stride(from: 0, to: sources.count, by: groupSize).map { Array(sources[$0..<min($0 + groupSize, sources.count)]) }
results.append(("multi_source_s", best(of: runs) {
    for group in groups { unidirectional.run(from: group.map { .init(node: $0, cost: 0) }) }
}))
var multiSourceChecksum: Int64 = 0
for group in groups {
    unidirectional.run(from: group.map { .init(node: $0, cost: 0) })
    multiSourceChecksum &+= reachedSum()
}
var coverage: CoverageResult?
if !skipCoverage {
    results.append(("coverage_full_s", best(of: runs) {
        coverage = CoverageAnalysis.run(map: map, posts: map.posts, settings: CoverageSettings())
    }))
}
var plan: PlanResult?
if !skipPlan {
    results.append(("plan_3_coverage_s", best(of: runs) {
        plan = FacilityPlanner.plan(map: map, settings: PlanSettings(objective: .coverage, newPosts: 3, minutes: 15))
    }))
}

var fields = results.map { "  \"\($0.0)\": \(String(format: "%.4f", $0.1))" }
fields.append("  \"pairs\": \(pairs.count)")
fields.append("  \"sources\": \(sources.count)")
fields.append("  \"one_to_one_checksum_ms\": \(oneToOneChecksum)")
fields.append("  \"one_to_all_checksum_ms\": \(oneToAllChecksum)")
fields.append("  \"multi_source_group\": \(groupSize)")
fields.append("  \"multi_source_checksum_ms\": \(multiSourceChecksum)")
fields.append("  \"graph_nodes\": \(graph.nodeCount)")
fields.append("  \"graph_edges\": \(graph.edgeCount)")
if let coverage { fields.append("  \"coverage_cells\": \(coverage.samples.cellCount)") }
if let plan {
    fields.append("  \"plan_candidates\": \(plan.candidates)")
    fields.append("  \"plan_after\": \(plan.after)")
    fields.append("  \"plan_bound\": \(plan.bound)")
}
fields.append("  \"profile\": \"\(profile.rawValue)\"")
// The routing graph's own arrays and its search layout's (not the road network they refer to),
// in bytes, for the memory-per-edge figure and each array's share of it.
let graphArrays = graph.arrayBytes()
fields.append("  \"graph_arrays_bytes\": {" + graphArrays.map { "\"\($0.name)\": \($0.bytes)" }.joined(separator: ", ") + "}")
print("{\n" + fields.joined(separator: ",\n") + "\n}")
