#!/usr/bin/env python3
"""Writes the scaling section of BENCHMARKS.md from tools/bench/scale.sh's results.

    scale_report.py BENCHMARKS.md OUT SIZE...

OUT is scale.sh's folder (.build-bench): OUT/results/SIZE/ holds each step's stdout (*.out),
"status wall_s peak_kb" (*.time), ours.out and peers.out (JSON). Only the text between the
`<!-- scale-bench -->` markers is replaced (added at the end when missing), atomically. A step
that failed or timed out shows as such; a peer whose distances differ from ours is marked.
"""
import datetime
import json
import math
import os
import platform
import subprocess
import sys

from bench_section import replace_section

START, END = "<!-- scale-bench:start -->", "<!-- scale-bench:end -->"
PEERS = [("scipy", "SciPy"), ("igraph", "igraph"), ("networkx", "NetworkX")]


def read(path, default=None):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return default


def step(folder, name):
    """(ok, wall seconds, peak MB, why) of one measured step; ok False when it failed or was absent."""
    text = read(os.path.join(folder, f"{name}.time"))
    if text is None:
        return False, None, None, "not run"
    parts = text.split()
    status = int(parts[0])
    wall = float(parts[1]) if len(parts) > 1 else None
    peak = int(parts[2]) / 1024 if len(parts) > 2 else None
    if status == 124:
        return False, wall, peak, "stopped at the time limit"
    if status != 0:
        return False, wall, peak, f"exit status {status}"
    return True, wall, peak, None


def json_out(folder, name):
    ok, *_ = step(folder, name)
    if not ok:
        return None
    try:
        return json.loads(read(os.path.join(folder, f"{name}.out")))
    except (TypeError, ValueError):
        return None


def seconds(v):
    if v is None:
        return "—"
    if v < 1:
        return f"{v * 1000:.1f} ms"
    return f"{v:.2f} s" if v < 100 else f"{v:.0f} s"


def exponent(xs, ys):
    """Least-squares slope of log y over log x (the growth exponent), or None with < 2 points."""
    points = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x and y and x > 0 and y > 0]
    if len(points) < 2:
        return None
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    sxx = sum((p[0] - mx) ** 2 for p in points)
    return sum((p[0] - mx) * (p[1] - my) for p in points) / sxx if sxx else None


def collect(out, size):
    folder = os.path.join(out, "results", size)
    r = {"size": size, "folder": folder}
    r["info"] = json_out(folder, "info")
    r["ours"] = json_out(folder, "ours")
    r["peers"] = json_out(folder, "peers")
    for name in ["generate", "info", "export", "ours", "peers", "route", "coverage", "plan"]:
        r[name + "_step"] = step(folder, name)
    r["package_bytes"] = int((read(os.path.join(folder, "package_bytes"), "0") or "0").strip() or 0)
    return r


def cell(r, name):
    ok, wall, _, why = r[name + "_step"]
    return seconds(wall) if ok else f"{why}" + (f" ({seconds(wall)})" if wall and why != "not run" else "")


def main():
    path, out, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
    results = [collect(out, s) for s in sizes]
    load_start = (read(os.path.join(out, "load_start"), "?") or "?").strip()
    load_end = (read(os.path.join(out, "load_end"), "?") or "?").strip()
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    versions = next((r["peers"]["versions"] for r in results if r["peers"]), {})

    lines = [START, "## Scaling: township → county → province (`make bench`)", ""]
    lines += [
        "**Reproduce:** `make bench` (`tools/bench/scale.sh`; `BENCH_SIZES=\"township county\"` for fewer sizes). It",
        "builds release binaries, generates the county and province packages with `tools/bench/make_region.py`",
        "into `.build-bench/` (deterministic, never committed), installs the peers into a virtual environment",
        "there, exports each car routing graph (`export graph --profile car`), runs our searches",
        "(`tools/bench/` in-process) and the peers on the same graph and the same random queries, checks",
        "that every peer's distances equal ours (checksums of exact milliseconds), times whole commands",
        "(wall time and peak RSS from `/usr/bin/time`), and rewrites this section.",
        "",
        f"**Machine:** {datetime.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores of an {cpu}, "
        f"shared with other jobs — load average {load_start} at the start, {load_end} at the end. {swift}, release build. "
        f"Peers: SciPy {versions.get('scipy', '—')} (NumPy {versions.get('numpy', '—')}), python-igraph "
        f"{versions.get('igraph', '—')}, NetworkX {versions.get('networkx', '—')}.",
        "",
        "### The maps",
        "",
        "| size | package | area km² | villages | households | posts | graph nodes (car) | directed edges (car) | generated in |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        info, ours = r["info"] or {}, r["ours"] or {}
        posts = info.get("posts", {})
        n_posts = sum(posts.values()) if isinstance(posts, dict) else "—"
        gen = "(committed: SampleMaps/gongli)" if r["size"] == "township" else cell(r, "generate")
        lines.append(
            f"| {r['size']} | {r['package_bytes'] / 1e6:,.0f} MB | {info.get('area_km2', 0):,.0f} | {info.get('villages', '—'):,} | "
            f"{info.get('households', 0):,} | {n_posts} | {ours.get('graph_nodes', 0):,} | {ours.get('graph_edges', 0):,} | {gen} |"
            if info and ours else f"| {r['size']} | {r['package_bytes'] / 1e6:,.0f} MB | — | — | — | — | — | — | {gen} |")

    lines += ["", "### Shortest paths on the same graph", "",
              "One-to-all is one search from a source to every node (the best run's total over the sources,",
              "divided by their number); p2p is one query between two random nodes of the largest strongly connected component",
              "(ours bidirectional, SciPy and igraph a full search, NetworkX stops at the target). A ratio is the",
              "peer's time over ours: above 1× PatrolMap is faster.", "",
              "| size | workload | PatrolMap | " + " | ".join(label for _, label in PEERS) + " |",
              "|---|---|---:|" + "---:|" * len(PEERS)]
    for r in results:
        ours, peers = r["ours"], r["peers"]
        if not ours:
            lines.append(f"| {r['size']} | all | ours: {cell(r, 'ours')} | | | |")
            continue
        for label, mine_key, peer_key, count_key, check in [
            ("one-to-all, per search", "one_to_all_s", "one_to_all", "sources", "one_to_all_checksum_ms"),
            ("p2p, per query", "one_to_one_bidirectional_s", "one_to_one", "pairs", "one_to_one_checksum_ms"),
            ("multi-source (5 sources), per search", "multi_source_s", "multi_source", None, "multi_source_checksum_ms"),
        ]:
            count = ours[count_key] if count_key else max(1, ours["sources"] // ours["multi_source_group"])
            mine = ours[mine_key] / count
            cells = [seconds(mine)]
            for key, _ in PEERS:
                if not peers:
                    cells.append(f"failed: {cell(r, 'peers')}")
                elif f"{key}_failed" in peers:
                    cells.append(peers[f"{key}_failed"])
                elif f"{key}_{peer_key}_s" not in peers:
                    cells.append("—")
                elif peers.get(check) != ours.get(check):
                    cells.append("**distances differ from ours**")
                else:
                    t = peers[f"{key}_{peer_key}_s"] / count
                    cells.append(f"{seconds(t)} ({t / mine:.2f}×)")
            lines.append(f"| {r['size']} | {label} | " + " | ".join(cells) + " |")
        if peers and "scipy_build_s" in peers:
            lines.append(f"| {r['size']} | build the graph (ours: car costs and CSR from the network; SciPy: CSR from the edge list) | "
                         f"{seconds(ours['build_graph_s'])} | {seconds(peers['scipy_build_s'])} ({peers['scipy_build_s'] / ours['build_graph_s']:.2f}×) | | |")

    # The scaling table: each metric by size, with its growth exponent over directed edges.
    edges = [(r["ours"] or {}).get("graph_edges") for r in results]
    metrics = []

    def add(label, values, fmt=seconds):
        metrics.append((label, values, fmt))

    def ours_value(r, key, per=None):
        o = r["ours"]
        if not o or key not in o:
            return None
        return o[key] / (o[per] if per else 1)

    add("load the package, in-process", [ours_value(r, "load_map_s") for r in results])
    add("build the road network, in-process", [ours_value(r, "build_network_s") for r in results])
    add("build the car graph, in-process", [ours_value(r, "build_graph_s") for r in results])
    add("load + network + graph", [sum(v) if all(v) else None for v in
                                   ([ours_value(r, k) for k in ["load_map_s", "build_network_s", "build_graph_s"]] for r in results)])
    add("`info`, whole command", [r["info_step"][1] if r["info_step"][0] else None for r in results])
    add("`info` peak RSS", [r["info_step"][2] if r["info_step"][0] else None for r in results], lambda v: "—" if v is None else f"{v:,.0f} MB")
    add("`info` peak RSS per directed car edge",
        [(r["info_step"][2] * 1048576 / e) if r["info_step"][0] and e else None for r, e in zip(results, edges)],
        lambda v: "—" if v is None else f"{v:,.0f} B")
    add("car graph arrays per directed edge (with the search layout; target ≤ 64 B)",
        [sum(r["ours"]["graph_arrays_bytes"].values()) / e if r["ours"] and e else None for r, e in zip(results, edges)],
        lambda v: "—" if v is None else f"{v:.1f} B")
    add("one-to-all search", [ours_value(r, "one_to_all_s", "sources") for r in results])
    add("p2p query (bidirectional)", [ours_value(r, "one_to_one_bidirectional_s", "pairs") for r in results])
    add("`export graph --profile car`, whole command", [r["export_step"][1] if r["export_step"][0] else None for r in results])
    add("`route` first → last household, whole command", [r["route_step"][1] if r["route_step"][0] else None for r in results])
    add("`coverage`, whole command", [r["coverage_step"][1] if r["coverage_step"][0] else None for r in results])
    add("`coverage` peak RSS", [r["coverage_step"][2] if r["coverage_step"][0] else None for r in results], lambda v: "—" if v is None else f"{v:,.0f} MB")
    add("`plan --add 3 --minutes 15`, whole command", [r["plan_step"][1] if r["plan_step"][0] else None for r in results])

    lines += ["", "### Scaling table", "",
              "Growth exponent: the least-squares slope of log(figure) over log(directed car edges) across the sizes",
              "measured (1 = linear). A failed or stopped step says so instead of a figure.", "",
              "| figure | " + " | ".join(r["size"] for r in results) + " | growth exponent |",
              "|---|" + "---:|" * (len(results) + 1)]
    step_of = {"`info`, whole command": "info", "`info` peak RSS": "info", "`export graph --profile car`, whole command": "export",
               "`route` first → last household, whole command": "route", "`coverage`, whole command": "coverage",
               "`coverage` peak RSS": "coverage", "`plan --add 3 --minutes 15`, whole command": "plan"}
    for label, values, fmt in metrics:
        cells = []
        for r, v in zip(results, values):
            if v is None and label in step_of:
                cells.append(cell(r, step_of[label]))
            else:
                cells.append(fmt(v))
        g = exponent(edges, values)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {'—' if g is None else f'{g:.2f}'} |")

    biggest = next((r for r in reversed(results) if r["ours"]), None)
    if biggest:
        arrays = biggest["ours"]["graph_arrays_bytes"]
        e = biggest["ours"]["graph_edges"]
        total = sum(arrays.values())
        lines += ["", f"Car graph arrays on the {biggest['size']} map ({e:,} directed edges, {total / 1e6:,.1f} MB, "
                  f"{total / e:.1f} B per edge, the search layout the first search makes included; the road network they refer to is not counted):", "",
                  "| array | MB | bytes per directed edge | share |", "|---|---:|---:|---:|"]
        for name, b in sorted(arrays.items(), key=lambda kv: -kv[1]):
            lines.append(f"| `{name}` | {b / 1e6:,.1f} | {b / e:.1f} | {b / total * 100:.0f} % |")
    lines.append(END)
    section = "\n".join(lines)

    replace_section(path, section, START, END, "# Benchmarks\n")


if __name__ == "__main__":
    main()
