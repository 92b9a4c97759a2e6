"""The console's route and dispatch against OSRM's own server on the same OSM extract.

Both servers run on this machine's 2 cores: `patrolmap serve` on the imported package (as
tools/osrm-compare imports it) and `osrm-routed` (shipped inside the osrm-bindings wheel,
MLD, 2 threads) on car.lua's data. On the same random car pairs (tools/osrm-compare/pairs.py):

- latency, one request at a time over a kept-alive loopback connection: what the client sees,
  and for ours also the milliseconds the server logs per request (inside the server);
  OSRM's in-process latency (Python bindings) beside them;
- requests per second: wrk, 2 threads, CONNECTIONS connections, SECONDS each.

A route is asked for with steps and the full geometry from both (ours: /api/route?profile=car,
whose JSON always has them; OSRM: steps=true&overview=full&geometries=geojson). Andorra's
package has one post, so our dispatch is a ranking of one post plus its route: OSRM's peer
for it is the route from that post. Writes the marked console-bench section of BENCHMARKS.md.

    python console_bench.py --patrolmap BIN [--pairs 200] [--seconds 30] [--connections 16]
"""

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools", "osrm-compare"))
sys.path.insert(0, os.path.join(ROOT, "tools", "bench"))
import engines  # noqa: E402
import osm_facts  # noqa: E402
import pairs as pair_choice  # noqa: E402
import prepare  # noqa: E402
from bench_section import replace_section  # noqa: E402

import osrm  # noqa: E402

SHARED = os.environ.get("PATROLMAP_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
START, END = "<!-- console-bench:start -->", "<!-- console-bench:end -->"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patrolmap", default=os.path.join(ROOT, ".build", "release", "patrolmap"))
    parser.add_argument("--extract", default=os.path.join(SHARED, "andorra.osm.pbf"))
    parser.add_argument("--dem", default=os.path.join(SHARED, "N42E001.hgt.zip"))
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--cache", default=os.path.join(ROOT, ".build-osrm"))
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--binary-note", default="", help="where the binary comes from, when it is not this checkout's build")
    parser.add_argument("--results", help="rewrite the section from the JSON a run printed, measuring nothing")
    return parser.parse_args()


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, path, process, seconds=300):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"console-bench: the server on port {port} exited ({process.returncode})")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            c.request("GET", path)
            c.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"console-bench: no answer on port {port}")


def sequential(port, paths):
    """Client-side milliseconds of each GET, one at a time on one kept-alive connection; all must be 200."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    out = []
    for path in paths:
        t = time.perf_counter()
        c.request("GET", path)
        answer = c.getresponse()
        body = answer.read()
        out.append((time.perf_counter() - t) * 1000)
        if answer.status != 200:
            sys.exit(f"console-bench: {answer.status} for {path}: {body[:200]!r}")
    return out


LUA = """local paths = {%s}
local n = 0
function setup(thread) thread:set("n", n * 41); n = n + 1 end
function request() n = n + 1; return wrk.format("GET", paths[(n %% #paths) + 1]) end
"""


def throughput(port, paths, seconds, connections, work, name):
    script = os.path.join(work, name + ".lua")
    with open(script, "w") as f:
        f.write(LUA % ",".join(json.dumps(p) for p in paths))
    done = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", script, f"http://127.0.0.1:{port}"],
        capture_output=True, text=True, check=True)
    text = done.stdout
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", text).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    return {"rps": rate, "non_2xx": int(non2xx.group(1)) if non2xx else 0, "socket_errors": errors.group(1) if errors else None}


def summary(ms):
    return {"p50": quantile(ms, 0.5), "p99": quantile(ms, 0.99), "mean": statistics.fmean(ms), "n": len(ms)}


def position(p):
    return f"{p[0]:.6f},{p[1]:.6f}"


def main():
    args = arguments()
    if args.results:
        with open(args.results) as f:
            results = json.load(f)
        results["binary_note"] = args.binary_note or results.get("binary_note", "")
        replace_section(args.out, section(results, args), START, END, "# Benchmarks\n")
        return
    binary = os.path.abspath(args.patrolmap)
    os.makedirs(args.cache, exist_ok=True)
    load_start = open("/proc/loadavg").read().split()[:3]
    print("console-bench: reading the extract, preparing both engines' data", file=sys.stderr)
    facts = osm_facts.read(args.extract)
    base = prepare.osrm_data(args.cache, args.extract)
    pkg, _, _ = prepare.package(args.cache, binary, args.extract, None if args.dem == "none" else args.dem)
    engine = engines.OSRMEngine(base)
    chosen, _ = pair_choice.choose(facts, engine, args.pairs, args.seed)
    with open(os.path.join(pkg, "posts.geojson")) as f:
        post = json.load(f)["features"][0]["geometry"]["coordinates"]

    # OSRM in process: the same question as over HTTP (steps, full geometry, GeoJSON).
    params = lambda a, b: osrm.RouteParameters(coordinates=[a, b], steps=True, overview="full", geometries="geojson", generate_hints=False)
    in_process = {"route": [], "dispatch": []}
    for key, legs in (("route", chosen), ("dispatch", [(post, b) for _, b in chosen])):
        for a, b in legs:
            t = time.perf_counter()
            engine.engine.Route(params(a, b))
            in_process[key].append((time.perf_counter() - t) * 1000)
    del engine

    ours_paths = {
        "route": [f"/api/route?profile=car&from={position(a)}&to={position(b)}" for a, b in chosen],
        "dispatch": [f"/api/dispatch?profile=car&to={position(b)}" for _, b in chosen],
    }
    osrm_url = "/route/v1/driving/{};{}?steps=true&overview=full&geometries=geojson"
    osrm_paths = {
        "route": [osrm_url.format(position(a), position(b)) for a, b in chosen],
        "dispatch": [osrm_url.format(position(post), position(b)) for _, b in chosen],
    }
    results = {"pairs": len(chosen), "seed": args.seed, "connections": args.connections, "seconds": args.seconds}
    with tempfile.TemporaryDirectory() as work:
        log_path = os.path.join(work, "serve.log")
        ours_port, osrm_port = free_port(), free_port()
        routed = os.path.join(os.path.dirname(osrm.__file__), "bin", "osrm-routed")
        with open(log_path, "w") as log:
            ours = subprocess.Popen([binary, "serve", pkg, "--port", str(ours_port)], stderr=log)
            peer = subprocess.Popen(
                [routed, "--algorithm", "MLD", "--ip", "127.0.0.1", "--port", str(osrm_port), "--threads", "2", base],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_for(ours_port, "/api/health", ours)
                wait_for(osrm_port, osrm_paths["route"][0], peer)
                # Warm: the car graph built, both caches touched once.
                sequential(ours_port, ours_paths["route"][:5] + ours_paths["dispatch"][:5])
                sequential(osrm_port, osrm_paths["route"][:5])
                for key in ("route", "dispatch"):
                    mark = sum(1 for _ in open(log_path))
                    client_ours = sequential(ours_port, ours_paths[key])
                    lines = open(log_path).read().splitlines()[mark:]
                    server_ms = [float(m.group(1)) for m in (re.search(r" 200 ([0-9.]+) ms$", line) for line in lines) if m]
                    client_osrm = sequential(osrm_port, osrm_paths[key])
                    results[key] = {
                        "ours_server": summary(server_ms), "ours_client": summary(client_ours), "osrm_client": summary(client_osrm),
                        "osrm_in_process": summary(in_process[key]),
                        "ours_wrk": throughput(ours_port, ours_paths[key], args.seconds, args.connections, work, "ours-" + key),
                        "osrm_wrk": throughput(osrm_port, osrm_paths[key], args.seconds, args.connections, work, "osrm-" + key),
                    }
            finally:
                for p in (ours, peer):
                    p.terminate()
                    p.wait()
    results["load"] = {"start": load_start, "end": open("/proc/loadavg").read().split()[:3]}
    results["binary_sha256"] = prepare.file_hash(binary)[:12]
    results["binary_note"] = args.binary_note
    results["commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(json.dumps(results, indent=2))
    replace_section(args.out, section(results, args), START, END, "# Benchmarks\n")


def section(r, args):
    def row(key, label):
        x = r[key]
        ratio = lambda a, b: f"{a / b:.1f}×"
        return (
            f"| {label} | {x['ours_server']['p50']:.1f} / {x['ours_server']['p99']:.1f} | {x['ours_client']['p50']:.1f} / {x['ours_client']['p99']:.1f} "
            f"| {x['osrm_client']['p50']:.1f} / {x['osrm_client']['p99']:.1f} | {x['osrm_in_process']['p50']:.1f} / {x['osrm_in_process']['p99']:.1f} "
            f"| {ratio(x['ours_client']['p50'], x['osrm_client']['p50'])} | {x['ours_wrk']['rps']:.0f} | {x['osrm_wrk']['rps']:.0f} "
            f"| {ratio(x['osrm_wrk']['rps'], x['ours_wrk']['rps'])} |"
        )

    errors = [f"{k}: ours {r[k]['ours_wrk']['non_2xx']} non-2xx, {r[k]['ours_wrk']['socket_errors'] or 'no'} socket errors; "
              f"OSRM {r[k]['osrm_wrk']['non_2xx']} non-2xx, {r[k]['osrm_wrk']['socket_errors'] or 'no'} socket errors" for k in ("route", "dispatch")]
    return "\n".join([
        START,
        "## The station console against osrm-routed (Andorra)",
        "",
        f"`tools/bench/console.sh` on commit {r['commit']} (binary sha256 {r['binary_sha256']}{'; ' + r['binary_note'] if r.get('binary_note') else ''}), "
        f"{r['pairs']} random car pairs "
        f"(tools/osrm-compare/pairs.py, seed {r['seed']}) on `andorra.osm.pbf`; load average {' '.join(r['load']['start'])} at the start, "
        f"{' '.join(r['load']['end'])} at the end (2 cores, shared). Ours: `patrolmap serve` on the package `tools/osrm-compare` imports "
        "(with the SRTM tile), `/api/route?profile=car` and `/api/dispatch?profile=car` by lon,lat. OSRM: `osrm-routed` v26.10.0 from the "
        "osrm-bindings wheel, MLD, `--threads 2`, `steps=true&overview=full&geometries=geojson`. Andorra's package has one post, so the "
        "dispatch peer is OSRM's route from that post.",
        "",
        "Latency in ms, p50 / p99, one request at a time on a kept-alive loopback connection (\"inside\" = the time our request log gives; "
        "\"client\" = what the client waits, HTTP included; OSRM in process = the Python bindings, no HTTP). Requests per second: "
        f"wrk, 2 threads, {r['connections']} connections, {r['seconds']} s, wrk on the same 2 cores.",
        "",
        "| question | ours inside | ours client | OSRM client | OSRM in process | latency ours/OSRM (client p50) | ours req/s | OSRM req/s | OSRM/ours req/s |",
        "|---|---|---|---|---|---|---|---|---|",
        row("route", "route A→B"),
        row("dispatch", "dispatch (1 post)"),
        "",
        "wrk: " + "; ".join(errors) + ".",
        END,
    ])


if __name__ == "__main__":
    main()
