#!/usr/bin/env python3
"""Writes the routing, coverage and planning section of BENCHMARKS.md from run.sh's results.

    report.py BENCHMARKS.md MAP WORKDIR

WORKDIR holds what run.sh wrote: ours.json, peers.json, cli.jsonl, milp-{coverage,mean,max}.json,
spopt.json, load_start, load_end. Only the text between the `<!-- core-bench -->` markers is
replaced; other sections (the OSM import benchmark, say) stay as they are, and the markers are
added at the end when missing. The file is written atomically.
"""
import datetime
import json
import os
import platform
import subprocess
import sys

from bench_section import replace_section

START, END = "<!-- core-bench:start -->", "<!-- core-bench:end -->"


def load(folder, name):
    with open(os.path.join(folder, name)) as f:
        return json.load(f)


def ratio(peer, mine):
    return f"{peer / mine:.1f}×" if mine > 0 else "—"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def failure(result):
    """The reason a peer gave no answer ("exit status 1", "no answer within 1800 s"), or None."""
    return result.get("failed")


def routing_rows(ours, peers):
    rows = []
    failed = failure(peers)
    workloads = [
        (f"{ours['pairs']} one-to-one queries", "one_to_one_bidirectional_s", "one_to_one"),
        (f"{ours['sources']} one-to-many searches (one source → every node)", "one_to_all_s", "one_to_all"),
        (f"{ours['sources'] // ours['multi_source_group']} multi-source searches ({ours['multi_source_group']} sources each → every node)",
         "multi_source_s", "multi_source"),
    ]
    for label, key, name in workloads:
        mine = ours[key]
        cells = [ms(mine)]
        agree = peers.get(f"{name}_checksum_ms") == ours[f"{name}_checksum_ms"]
        for peer in ["scipy", "igraph", "networkx"]:
            k = f"{peer}_{name}_s"
            if failed:
                cells.append(f"failed: {failed}")
            elif f"{peer}_failed" in peers:
                cells.append(f"failed: {peers[f'{peer}_failed']}")
            elif k not in peers:
                cells.append("—")
            elif not agree:
                cells.append(f"{ms(peers[k])} (**answers differ from ours**)")
            else:
                cells.append(f"{ms(peers[k])} ({ratio(peers[k], mine)})")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def plan_rows(milp, cli):
    rows = []
    units = {"coverage": ("residents within 15 min", "{:,.0f}"), "mean": ("mean seconds", "{:.1f}"), "max": ("worst seconds", "{:.1f}")}
    for objective in ["coverage", "mean", "max"]:
        m = milp[objective]
        unit, fmt = units[objective]
        bound_word = "upper" if objective == "coverage" else "lower"
        whole = f"{cli[f'plan_{objective}']['best_s']:.2f} s"
        if failure(m):
            rows.append(f"| `{objective}` ({unit}) | — | — | HiGHS failed: {failure(m)} | — | untested | {whole} | — |")
            continue
        if m["optimum"] is None:
            rows.append(
                f"| `{objective}` ({unit}) | {fmt.format(m['plan'])} | {fmt.format(m['plan_bound'])} ({bound_word}) | "
                f"no solution in {m['time_limit_s']:.0f} s | — | untested | {whole} | {m['solve_s']:.1f} s |")
            continue
        if not m["bound_valid"]:
            verdict = "**NO — violated**"
        elif m["optimal"]:
            verdict = "yes"
        else:
            verdict = "not refuted (MILP hit its time limit)"
        optimum = fmt.format(m["optimum"])
        if not m["optimal"]:
            optimum = f"no proven optimum in {m.get('time_limit_s', 600):.0f} s; best found {optimum}"
        rows.append(
            f"| `{objective}` ({unit}) | {fmt.format(m['plan'])} | {fmt.format(m['plan_bound'])} ({bound_word}) | {optimum} | "
            f"{m['gap'] * 100:.2f} % | {verdict} | {whole} | {m['solve_s']:.1f} s |")
    return "\n".join(rows)


def spopt_versions(spopt):
    if failure(spopt):
        return "spopt (failed)"
    return f"spopt {spopt['versions']['spopt']} with PuLP {spopt['versions']['pulp']}"


def spopt_build_words(spopt):
    return "were not built: spopt failed" if failure(spopt) else f"already take {spopt['build_s']:.0f} s to build"


def spopt_rows(spopt, cover, plan_cli):
    highs_value = "—" if cover["optimum"] is None else f"{cover['optimum']:,.0f}"
    highs_time = "—" if cover["solve_s"] is None else f"{cover['solve_s']:.1f} s"
    highs_ratio = "—" if cover["solve_s"] is None else ratio(cover["solve_s"], plan_cli)
    if failure(spopt):
        peer_value, peer_time, peer_ratio = f"failed: {failure(spopt)}", "—", "—"
    else:
        peer_value = f"{spopt['value']:,.0f} ({spopt['status'].lower()})"
        peer_time = f"{spopt['total_s']:.1f} s ({spopt['build_s']:.1f} s building the PuLP model, {spopt['solve_s']:.2f} s CBC)"
        peer_ratio = ratio(spopt["total_s"], plan_cli)
    return "\n".join([
        f"| residents within 15 min | {cover['plan']:,.0f} | {peer_value} | {highs_value} |",
        f"| time | {plan_cli:.2f} s | {peer_time} | {highs_time} |",
        f"| ratio to PatrolMap | 1× | {peer_ratio} | {highs_ratio} |",
    ])


def main():
    path, map_name, work = sys.argv[1:4]
    ours = load(work, "ours.json")
    peers = load(work, "peers.json")
    milp = {o: load(work, f"milp-{o}.json") for o in ["coverage", "mean", "max"]}
    spopt = load(work, "spopt.json")
    with open(os.path.join(work, "cli.jsonl")) as f:
        cli = {entry["name"]: entry for entry in map(json.loads, f)}
    load_start = open(os.path.join(work, "load_start")).read().strip()
    load_end = open(os.path.join(work, "load_end")).read().strip()
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
    memory = subprocess.run(["sh", "-c", "awk '/MemTotal/ {printf \"%.0f\", $2 / 1048576}' /proc/meminfo"], capture_output=True, text=True).stdout.strip()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    v = peers.get("versions", {})
    cover = milp["coverage"]
    if failure(cover) or cover["optimum"] is None:
        # The instance's size and our value come from another objective's answer, or from ours.
        known = [m for m in milp.values() if not failure(m)]
        cover = {"candidates": ours["plan_candidates"], "households": known[0]["households"] if known else 0,
                 "entries": 0, "plan": ours["plan_after"], "plan_bound": ours["plan_bound"], "optimum": None,
                 "solve_s": None, **({} if failure(cover) else cover)}
    plan_cli = cli["plan_coverage"]["best_s"]

    section = f"""{START}
## Routing, coverage and planning on `{map_name}`

**Reproduce:** `tools/bench/run.sh [MAP]` (default `SampleMaps/gongli`; about 15 minutes). It builds
release binaries, runs `tools/bench/` (a Swift package that times the library in-process) beside
the peers, checks that every tool returns the same answers, and rewrites this section.

**Machine:** {datetime.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores of an {cpu} ({memory} GB),
shared with other jobs — load average {load_start} at the start, {load_end} at the end (1, 5, 15 min).
{swift}, release build. Peers: SciPy {v.get('scipy')} (NumPy {v.get('numpy')}), python-igraph {v.get('igraph', '—')},
NetworkX {v.get('networkx', '—')}, {spopt_versions(spopt)}. Library figures are the
best of three runs (NetworkX: one run); whole commands are the best of three wall-clock runs.

### Shortest paths, on the very same graph

Every peer runs on the graph `patrolmap export graph --profile car+foot` wrote ({ours['graph_nodes']:,} nodes,
{ours['graph_edges']:,} directed edges, costs in exact milliseconds), with the same random queries between
nodes of its largest strongly connected component. Each workload has a checksum — the sum of
every time found, in milliseconds — and the run stops unless all four tools agree on it
({ours['one_to_one_checksum_ms']:,} / {ours['one_to_all_checksum_ms']:,} / {ours['multi_source_checksum_ms']:,} ms).
A ratio is the peer's time over ours: above 1× PatrolMap is faster.

| workload | PatrolMap | SciPy `csgraph.dijkstra` | igraph `distances` | NetworkX |
|---|---|---|---|---|
{routing_rows(ours, peers)}

PatrolMap's one-to-one queries use its bidirectional Dijkstra (its one-sided search with early
exit takes {ms(ours['one_to_one_early_exit_s'])}); SciPy and igraph run a full single-source search per query (neither
stops at a target), NetworkX stops at the target. Multi-source: PatrolMap, SciPy (`min_only=True`)
and NetworkX (`multi_source_dijkstra_path_length`) search from all sources at once; igraph has no
such call, so each group gets a super-source vertex with zero-cost edges to its members.

### Coverage and planning

| PatrolMap workload | time |
|---|---|
| load the map package (layers, PROJ transforms, validation) | {ours['load_map_s']:.3f} s |
| build the road network (joins, contraction) | {ours['build_network_s']:.3f} s |
| build the car+foot routing graph (costs with DEM slopes) | {ours['build_graph_s']:.3f} s |
| full coverage (all households, {ours['coverage_cells']:,} cells of 50 m, all thresholds, isochrones, blind spots), in-process | {ours['coverage_full_s']:.3f} s |
| `patrolmap coverage {map_name} --format json`, whole command | {cli['coverage']['best_s']:.2f} s |
| plan 3 new posts, `coverage` objective, {ours['plan_candidates']} default candidates, in-process (matrix, solve, coverage before and after) | {ours['plan_3_coverage_s']:.3f} s |
| `patrolmap plan {map_name} --add 3 --minutes 15`, whole command | {plan_cli:.2f} s |

**Against the exact optimum.** Each objective's instance (`plan --instance`: the same
candidates, weights, baseline and candidate × household times) solved as an integer program by
HiGHS through `scipy.optimize.milp` (`tools/plan-check/plan_check.py`), 3 new posts, 15 minutes,
{cover['candidates']} candidates, {cover['households']:,} households. "Bound true" means the bound PatrolMap reports
is on the right side of the proven optimum (≥ it for coverage, ≤ it for mean and max).

| objective | PatrolMap | its reported bound | exact optimum (HiGHS) | gap | bound true | `plan` whole command | HiGHS |
|---|---:|---:|---:|---:|---|---:|---:|
{plan_rows(milp, cli)}

HiGHS's time includes building the model; the coverage model has {cover['entries']:,} candidate–household times
within reach, the mean and max models {milp['mean']['entries']:,} (every time that beats the existing posts, up to
the cap), one assignment variable each.

**Peer: PySAL spopt.** spopt's maximal covering model (`MCLP.from_cost_matrix`, solved by CBC
through PuLP) on the same coverage instance (`tools/bench/plan_peer.py`): a dense
{cover['households']:,} × {cover['candidates'] + 1} cost matrix, the existing posts as one predefined column, p = 3 + 1.

| | PatrolMap `plan` (whole command) | spopt MCLP + CBC | HiGHS MILP |
|---|---:|---:|---:|
{spopt_rows(spopt, cover, plan_cli)}

The peers' times leave out the candidate × household matrix, which came from PatrolMap's own
searches; PatrolMap's time includes it, loading the map and two full coverage runs (before and
after). spopt's `PMedian` was not run on the `mean` instance: it creates one PuLP variable per
household × candidate pair, {cover['households'] * cover['candidates']:,} here (MCLP's {cover['households']:,} constraint rows of
{cover['candidates'] + 1} terms {spopt_build_words(spopt)}); the sparse HiGHS model above solves that objective when it finishes in time.

**Notes.**
- The gongli graph is small once degree-2 chains are contracted ({ours['graph_nodes']:,} nodes), so fixed costs per
  call weigh heavily. On whole searches SciPy's compiled Dijkstra is a little faster than ours;
  ours wins one-to-one because it searches from both ends and stops early.
- Where the time goes (`perf record`, whole commands): `coverage` spends about half snapping
  households and raster cells onto the graph and timing the partial edges with DEM slopes, a
  quarter loading the map (mostly reading the households CSV) and little in Dijkstra itself;
  `plan` spends over half in its two coverage runs (before and after) and about a sixth in the
  candidate × household searches; the coverage solver itself (greedy, swaps, bounds) is under 1 %.
- Two changes came from profiling: the coverage raster now classifies each line
  of sample points against the jurisdiction and villages at once (point by point it was two
  thirds of the run: the whole `coverage` command went from about 2.0 s to 0.6 s, `plan --add 3`
  from about 4.0 s to 1.2 s with the 536 candidates of the time, same output byte for byte), and the Dijkstra loops work on local
  buffers instead of the search object's stored properties, which dropped Swift's dynamic
  exclusivity checks per access (one-to-many about 1.9× faster, bidirectional about 1.6×).
- HiGHS solves the coverage instance faster than `plan` runs as a whole command, but the
  instance is the matrix our searches built; `plan` proves its coverage answer within {(cover['plan_bound'] - cover['plan']) / cover['plan'] * 100:.1f} % by
  its own bound. The p-median and p-center integer programs need minutes and gigabytes of memory.
{END}"""
    replace_section(path, section, START, END, "# Benchmarks\n\nFigures are measured, not asserted in tests; each section says how to reproduce it.\n")


if __name__ == "__main__":
    main()
