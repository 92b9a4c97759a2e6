"""Writes docs/routing-quality.md from the measured pairs: all deterministic but the header lines."""

import os


def _pct(x):
    return f"{100 * x:.1f} %"


def _classes(by_class):
    parts = sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{cls} {m / 1000:.2f}" for cls, m in parts if m >= 50) or "—"


def _pos(p):
    return f"{p[0]:.6f},{p[1]:.6f}"


def _flags(p):
    out = []
    for engine in ("ours", "osrm"):
        v = p["violations"][engine]
        name = "ours" if engine == "ours" else "OSRM"
        for key, label in (("barriers", "barrier"), ("oneway", "one-way"), ("restrictions", "banned turn"), ("gates", "gate")):
            if v[key]:
                out.append(f"{name}: {len(v[key])} {label}")
    if p["ours"]["walk_m"] > 5:
        out.append(f"ours walks {p['ours']['walk_m']:.0f} m")
    return "; ".join(out) or "—"


def _ratio_row(name, q, target=""):
    return f"| {name} | {q['p10']:.3f} | {q['median']:.3f} | {q['p90']:.3f} | {target} |"


def write(path, header, setup, s, flat_s, worst, flat, climbs, speeds, findings):
    """header: lines that name the commit, date and command; setup: facts about the inputs.

    flat_s: the same figures for our routes on the package without the DEM (None without a DEM);
    flat: our duration without the DEM by pair; climbs: (rise, fall) along our line by pair.
    """
    lines = ["# Routing quality: PatrolMap's car routes against OSRM", ""]
    lines += [f"- {h}" for h in header]
    lines += [""]
    lines += [f"- {x}" for x in setup]
    lines += ["", "Everything below this line is a deterministic function of the inputs above.", ""]
    lines += ["## Figures", ""]
    lines += [f"{s['routed']} of {s['pairs']} pairs routed by both engines.", ""]
    lines += ["| ours / OSRM | p10 | median | p90 | target |", "|---|---:|---:|---:|---|"]
    lines += [_ratio_row("duration ratio", s["duration_ratio"], "median 0.9–1.1")]
    lines += [_ratio_row("distance ratio", s["distance_ratio"])]
    lines += [_ratio_row("our length within 15 m of OSRM's line", s["overlap_ours"])]
    lines += [_ratio_row("OSRM's length within 15 m of ours", s["overlap_osrm"])]
    lines += ["", "| figure | PatrolMap | OSRM | target |", "|---|---:|---:|---|"]
    same = s["same_path"] / s["routed"]
    lines += [f"| same path (both overlaps ≥ 90 %) | {s['same_path']} of {s['routed']} ({_pct(same)}) | | ≥ 80 % |"]
    for key, label, target in (
        ("barriers", "routes through a barrier that stops a car", "0"),
        ("restrictions", "routes making a banned turn", "0"),
        ("oneway", "routes against a one-way", "0"),
        ("gates", "routes through a gate (allowed, with a delay)", ""),
    ):
        lines += [f"| {label} | {s['ours'][key]} | {s['osrm'][key]} | {target} |"]
    lines += [f"| steps per km (all routes) | {s['ours']['steps_per_km']:.2f} | {s['osrm']['steps_per_km']:.2f} | ours ≤ 1.5 × OSRM's |"]
    lines += [f"| steps per km, ours / OSRM's | {s['ours']['steps_per_km'] / s['osrm']['steps_per_km']:.2f} (median of routes {s['steps_ratio_median']:.2f}) | | ≤ 1.5 |"]
    lines += [f"| route km in all | {s['ours']['km']:.1f} | {s['osrm']['km']:.1f} | |"]
    lines += [f"| our walk from the pair's points to the road | median {s['walk_median']:.1f} m, {s['snapped_far']} pairs over 5 m | | |"]
    if s["failed"]:
        lines += ["", "Pairs not routed by both:", ""]
        lines += [f"- pair {p['index']} {_pos(p['from'])} → {_pos(p['to'])}: {p['failed']}" for p in s["failed"]]
    if flat_s:
        lines += ["", "Our routes on the same package without the DEM (`import osm` only), against the same OSRM routes:", ""]
        lines += ["| ours (no DEM) / OSRM | p10 | median | p90 | target |", "|---|---:|---:|---:|---|"]
        lines += [_ratio_row("duration ratio", flat_s["duration_ratio"], "median 0.9–1.1")]
        lines += [_ratio_row("distance ratio", flat_s["distance_ratio"])]
        lines += [_ratio_row("our length within 15 m of OSRM's line", flat_s["overlap_ours"])]
        lines += [_ratio_row("OSRM's length within 15 m of ours", flat_s["overlap_osrm"])]
        flat_same = flat_s["same_path"] / flat_s["routed"]
        lines += ["", f"Same path {flat_s['same_path']} of {flat_s['routed']} ({_pct(flat_same)}); steps per km {flat_s['ours']['steps_per_km']:.2f} "
                  f"({flat_s['ours']['steps_per_km'] / flat_s['osrm']['steps_per_km']:.2f} × OSRM's); routes through a car barrier {flat_s['ours']['barriers']}, "
                  f"banned turns {flat_s['ours']['restrictions']}, against a one-way {flat_s['ours']['oneway']}."]
    if speeds:
        lines += ["", "## Speeds by road class", ""]
        lines += ["Metres over seconds on each engine's own routes (OSRM from its per-segment annotations, without its turn", "penalties; ours from the exported car graph's edges along our routes, slope included).", ""]
        lines += ["| highway | OSRM km | OSRM km/h | our km | our km/h |", "|---|---:|---:|---:|---:|"]
        for cls, om, os_, um, us in speeds:
            lines += [f"| {cls} | {om / 1000:.1f} | {3.6 * om / os_ if os_ else 0:.1f} | {um / 1000:.1f} | {3.6 * um / us if us else 0:.1f} |"]
    lines += ["", "## The 10 pairs whose durations differ most", ""]
    lines += ["Durations in seconds. *flat*: our route on the same package without the DEM. *climb*: metres up / down", "along our line, read from the SRTM tile every 30 m (not through our DEM). *turns*: the seconds of OSRM's", "turn penalties in its duration. *only ours* / *only OSRM*: km by highway class of the OSM edges one route", "uses and the other does not.", ""]
    lines += ["| pair | from → to | OSRM s | ours s | ratio | flat s | climb m | turns s | overlap ours/OSRM | only ours | only OSRM | notes |", "|---|---|---:|---:|---:|---:|---|---:|---|---|---|---|"]
    for p in worst:
        f = flat.get(p["index"])
        flat_s = f"{f:.0f}" if f is not None else "—"
        c = climbs.get(p["index"])
        climb_s = f"↑{c[0]:.0f} ↓{c[1]:.0f}" if c else "—"
        lines += [
            f"| {p['index']} | {_pos(p['from'])} → {_pos(p['to'])} | {p['osrm']['duration']:.0f} | {p['ours']['duration']:.0f} | {p['duration_ratio']:.2f} | {flat_s} | {climb_s} | {p['osrm']['turn_s']:.0f} | "
            f"{_pct(p['overlap_ours'])} / {_pct(p['overlap_osrm'])} | {_classes(p['only_ours'])} | {_classes(p['only_osrm'])} | {_flags(p)} |"
        ]
    lines += ["", "## Every route that breaks a rule", ""]
    broken = [(p, e) for p in s["done"] for e in ("ours", "osrm") if any(p["violations"][e][k] for k in ("barriers", "oneway", "restrictions"))]
    for p, e in broken:
        v = p["violations"][e]
        what = [f"barrier node n{n}" for n in v["barriers"]]
        what += [f"against one-way w{w} (n{a} → n{b})" for w, a, b in v["oneway"]]
        what += [f"{value} of relation r{rel}" for rel, value in v["restrictions"]]
        lines += [f"- pair {p['index']} {_pos(p['from'])} → {_pos(p['to'])}, {'PatrolMap' if e == 'ours' else 'OSRM'}: {'; '.join(what)}"]
    if not broken:
        lines += ["None."]
    lines += ["", "## Why they differ", ""]
    lines += [findings.strip(), ""]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join(lines))
