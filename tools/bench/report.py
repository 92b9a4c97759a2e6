#!/usr/bin/env python3
"""Writes the routing, coverage and planning section of BENCHMARKS.md from run.sh's results.

Only the text between the `<!-- core-bench -->` markers is replaced; other sections (the OSM
import benchmark, say) stay as they are. The file is written atomically.
"""
import datetime
import json
import os
import platform
import subprocess
import sys

START, END = "<!-- core-bench:start -->", "<!-- core-bench:end -->"


def main():
    path, map_name, ours_path, peers_path, milp_path, coverage_cli, plan_cli, milp_s = sys.argv[1:9]
    ours = json.load(open(ours_path))
    peers = json.load(open(peers_path))
    milp = json.load(open(milp_path))
    assert ours["one_to_one_checksum_ms"] == peers["one_to_one_checksum_ms"], "peers disagree with PatrolMap"
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    v = peers["versions"]

    def ratio(peer, mine):
        return f"{peer / mine:.1f}×" if mine > 0 else "—"

    rows = []
    for label, key, peer_keys in [
        (f"{ours['pairs']} one-to-one queries", "one_to_one_bidirectional_s", ["scipy_one_to_one_s", "igraph_one_to_one_s", "networkx_one_to_one_s"]),
        (f"{ours['sources']} one-to-all searches", "one_to_all_s", ["scipy_one_to_all_s", "igraph_one_to_all_s", "networkx_one_to_all_s"]),
    ]:
        mine = ours[key]
        cells = [f"{mine * 1000:.1f} ms"]
        for k in peer_keys:
            cells.append(f"{peers[k] * 1000:.1f} ms ({ratio(peers[k], mine)})" if k in peers else "—")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    section = f"""{START}
## Routing, coverage and planning on `{map_name}`

Run with `tools/bench/run.sh` on {datetime.date.today().isoformat()}: {platform.machine()}, {os.cpu_count()} cores ({cpu}),
{swift}, release build. Peers: SciPy {v.get('scipy')}, python-igraph {v.get('igraph', '—')}, NetworkX {v.get('networkx', '—')}.
Every peer runs on the graph `patrolmap export graph --profile car+foot` wrote ({ours['graph_nodes']} nodes,
{ours['graph_edges']} directed edges, costs in exact milliseconds) with the same random queries; the
run checks that all of them return the same total time ({ours['one_to_one_checksum_ms']} ms over the
one-to-one queries). Figures are the best of three runs; a ratio is the peer's time over ours
(above 1× means PatrolMap is faster).

| workload | PatrolMap | SciPy `csgraph.dijkstra` | igraph `distances` | NetworkX |
|---|---|---|---|---|
{chr(10).join(rows)}

PatrolMap's one-to-one queries use its bidirectional Dijkstra; SciPy and igraph run a full
single-source search per query (neither has an early exit), NetworkX stops at the target.

| PatrolMap workload | time |
|---|---|
| load the map package (layers, PROJ transforms, validation) | {ours['load_map_s']:.3f} s |
| build the road network (joins, contraction) | {ours['build_network_s']:.3f} s |
| build the car+foot routing graph (costs with DEM slopes) | {ours['build_graph_s']:.3f} s |
| full coverage (all households, {ours['coverage_cells']} cells of 50 m, isochrones, blind spots), in-process | {ours['coverage_full_s']:.3f} s |
| `patrolmap coverage {map_name} --format json`, whole command | {float(coverage_cli):.3f} s |
| plan 3 new posts, coverage objective, {ours['plan_candidates']} default candidates, in-process | {ours['plan_3_coverage_s']:.3f} s |
| `patrolmap plan {map_name} --add 3 --minutes 15`, whole command | {float(plan_cli):.3f} s |

**Plan against the exact optimum.** The same instance (`plan --instance`) solved as an integer
program by HiGHS (`scipy.optimize.milp`, `tools/plan-check/plan_check.py`): optimum
{milp['optimum']:.0f} residents within 15 minutes, PatrolMap's plan {milp['plan']:.0f}
(gap {milp['gap'] * 100:.2f} %), PatrolMap's reported bound {milp['plan_bound']:.0f}
({'a true bound' if milp['bound_valid'] else 'NOT a valid bound'}). HiGHS took {float(milp_s):.1f} s
for the exact answer ({milp['candidates']} candidates, {milp['entries']} candidate–household times),
{ratio(float(milp_s), ours['plan_3_coverage_s'])} PatrolMap's whole plan (matrix included).
{END}"""
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n\nFigures are measured, not asserted in tests; each section says how to reproduce it.\n"
    if START in text and END in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
