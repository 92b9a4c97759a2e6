#!/usr/bin/env python3
"""Compares PatrolMap's car routes with OSRM's (osrm-bindings, its own car.lua) on an OSM extract.

Run through tools/osrm-compare/run, which makes the venv and the release build first; see the
README there. Writes docs/routing-quality.md (or --out).
"""

import argparse
import datetime
import os
import shlex
import subprocess
import sys

import osmium

import checks
import engines
import measure
import osm_facts
import pairs as pair_choice
import prepare
import report
import speeds
import stats
import terrain

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("PATROLMAP_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", default=os.path.join(SHARED, "andorra.osm.pbf"), help="OSM extract (.osm.pbf, .osm, .osm.gz)")
    parser.add_argument("--dem", default=os.path.join(SHARED, "N42E001.hgt.zip"), help="SRTM tile(s) for `patrolmap import dem`; 'none' for no DEM")
    parser.add_argument("--pairs", type=int, default=250, help="number of random pairs (default 250)")
    parser.add_argument("--seed", type=int, default=14, help="random seed (default 14)")
    parser.add_argument("--patrolmap", default=os.path.join(ROOT, ".build", "release", "patrolmap"), help="patrolmap binary")
    parser.add_argument("--cache", default=os.path.join(ROOT, ".build-osrm"), help="cache folder")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "routing-quality.md"), help="report to write")
    parser.add_argument("--findings", default=os.path.join(ROOT, "tools", "osrm-compare", "findings.md"), help="hand-written analysis to include")
    parser.add_argument("--worst", type=int, default=10, help="pairs to list as the most different (default 10)")
    return parser.parse_args()


def as_pbf(extract, cache):
    """The extract as .osm.pbf (osrm-extract reads no .osm.gz), converted once into the cache."""
    if extract.endswith(".pbf"):
        return extract
    target = os.path.join(cache, "extract-" + prepare.key_of(prepare.file_hash(extract)) + ".osm.pbf")
    if not os.path.exists(target):
        with osmium.SimpleWriter(target + ".tmp.osm.pbf") as writer:
            for obj in osmium.FileProcessor(extract):
                writer.add(obj)
        os.replace(target + ".tmp.osm.pbf", target)
    return target


def commit_line(binary):
    def git(*args):
        return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short=12", "HEAD")
    sources = git("log", "-1", "--format=%h", "--", "Sources", "Package.swift")
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no", "--", "Sources", "Package.swift") else ""
    return (
        f"measured: checkout at commit {head}, whose routing code (Sources/, Package.swift) is that of commit {sources}{dirty}; "
        f"binary {os.path.relpath(binary, ROOT)}, sha256 {prepare.file_hash(binary)[:12]}"
    )


def main():
    args = arguments()
    os.makedirs(args.cache, exist_ok=True)
    dem = None if args.dem == "none" else args.dem
    binary = os.path.abspath(args.patrolmap)
    extract = as_pbf(os.path.abspath(args.extract), args.cache)

    print("osrm-compare: reading the extract", file=sys.stderr)
    facts = osm_facts.read(extract)
    barriers = facts.barriers()
    positions = checks.position_index(facts)
    lats = [lat for _, lat in facts.node_lonlat.values()]
    lat0 = (min(lats) + max(lats)) / 2

    print("osrm-compare: preparing OSRM data and the PatrolMap package", file=sys.stderr)
    base = prepare.osrm_data(args.cache, extract)
    pkg, flat_pkg, _ = prepare.package(args.cache, binary, extract, dem)
    engine = engines.OSRMEngine(base)

    print(f"osrm-compare: choosing {args.pairs} pairs (seed {args.seed})", file=sys.stderr)
    chosen, refused = pair_choice.choose(facts, engine, args.pairs, args.seed)
    by_index = dict(enumerate(chosen))

    print("osrm-compare: routing", file=sys.stderr)
    route_cache = os.path.join(args.cache, "routes-" + prepare.key_of(prepare.file_hash(binary), pkg))
    ours = engines.patrolmap_routes(binary, pkg, by_index, os.path.join(route_cache, "dem" if dem else "nodem"))
    measured = [measure.pair(i, a, b, engine.route(a, b), ours[i], facts, positions, barriers, lat0) for i, (a, b) in by_index.items()]
    summary = stats.summary(measured)
    worst = stats.worst(measured, args.worst)
    flat_summary, flat = None, {}
    if dem:
        flat_routes = engines.patrolmap_routes(binary, flat_pkg, by_index, os.path.join(route_cache, "flat"))
        flat = {i: r["route"]["duration_s"] for i, r in flat_routes.items() if r["route"]}
        flat_measured = [measure.pair(i, a, b, engine.route(a, b), flat_routes[i], facts, positions, barriers, lat0) for i, (a, b) in by_index.items()]
        flat_summary = stats.summary(flat_measured)
    climbs = {}
    if dem:
        srtm = terrain.SRTM([dem])
        climbs = {p["index"]: terrain.climb(p["ours"]["geometry"], srtm) for p in worst}
    by_class = speeds.by_class(summary["done"], facts, binary, pkg, os.path.join(route_cache, "graph"))

    command = "tools/osrm-compare/run " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    header = [
        commit_line(binary),
        f"date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"command: `{command.strip()}`",
    ]
    setup = [
        f"extract: {os.path.basename(args.extract)} ({len(facts.ways)} highway ways, {len(barriers)} barrier nodes on them of which "
        f"{sum(v == 'blocked' for v in barriers.values())} stop a car, {len(facts.restrictions)} car turn restrictions, "
        f"{facts.ignored_restrictions} restriction relations not for cars or malformed)",
        f"DEM: {os.path.basename(dem) if dem else 'none'}",
        f"OSRM: {prepare._osrm_version()}, its car.lua, MLD; routes with steps, full overview, node annotations",
        f"PatrolMap: `patrolmap route MAP --from lon,lat --to lon,lat --profile car --format json` on `import osm`{' + `import dem`' if dem else ''}",
        f"pairs: {args.pairs} with seed {args.seed}: points drawn on car-class ways by length, kept when OSRM snaps both within "
        f"{pair_choice.SNAP_M:.0f} m and its route is at least {pair_choice.MIN_ROUTE_M:.0f} m ({refused} draws refused)",
        f"same path: both routes have ≥ {100 * measure.SAME_PATH:.0f} % of their length within {measure.REACH_M:.0f} m of the other's line",
    ]
    findings = open(args.findings).read() if os.path.exists(args.findings) else "(no findings file)"
    report.write(args.out, header, setup, summary, flat_summary, worst, flat, climbs, by_class, findings)
    s = summary
    print(
        f"osrm-compare: {s['routed']}/{s['pairs']} routed; duration ratio median {s['duration_ratio']['median']:.3f} "
        f"(p10 {s['duration_ratio']['p10']:.3f}, p90 {s['duration_ratio']['p90']:.3f}); same path {s['same_path']}/{s['routed']}; "
        f"barriers {s['ours']['barriers']}, banned turns {s['ours']['restrictions']}, one-way {s['ours']['oneway']}; "
        f"steps/km {s['ours']['steps_per_km']:.2f} vs {s['osrm']['steps_per_km']:.2f}; wrote {os.path.relpath(args.out, ROOT)}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
