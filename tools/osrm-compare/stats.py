"""Summary statistics over the pairs' figures."""

import math


def quantile(values, q):
    """Linear-interpolation quantile (numpy's default) of a non-empty list."""
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summary(pairs):
    """The report's figures from the measured pairs (those both engines routed)."""
    done = [p for p in pairs if "failed" not in p]
    out = {"pairs": len(pairs), "routed": len(done), "done": done, "failed": [p for p in pairs if "failed" in p]}
    if not done:
        return out
    for key in ("duration_ratio", "distance_ratio", "overlap_ours", "overlap_osrm"):
        values = [p[key] for p in done]
        out[key] = {"p10": quantile(values, 0.1), "median": quantile(values, 0.5), "p90": quantile(values, 0.9), "mean": sum(values) / len(values)}
    out["same_path"] = sum(p["same_path"] for p in done)
    for engine in ("ours", "osrm"):
        v = {k: [p for p in done if p["violations"][engine][k]] for k in ("barriers", "gates", "oneway", "restrictions")}
        out[engine] = {k: len(rows) for k, rows in v.items()}
        out[engine]["steps"] = sum(p[engine]["steps"] for p in done)
        out[engine]["km"] = sum(p[engine]["distance"] for p in done) / 1000
        out[engine]["steps_per_km"] = out[engine]["steps"] / out[engine]["km"]
    step_ratios = [(p["ours"]["steps"] / p["ours"]["distance"]) / (p["osrm"]["steps"] / p["osrm"]["distance"]) for p in done]
    out["steps_ratio_median"] = quantile(step_ratios, 0.5)
    out["snapped_far"] = sum(p["ours"]["walk_m"] > 5 for p in done)
    out["walk_median"] = quantile([p["ours"]["walk_m"] for p in done], 0.5)
    return out


def worst(pairs, count):
    """The pairs whose durations differ most (largest |ln ratio|), lowest overlap first among equals."""
    done = [p for p in pairs if "failed" not in p]
    return sorted(done, key=lambda p: (-abs(math.log(p["duration_ratio"])), min(p["overlap_ours"], p["overlap_osrm"]), p["index"]))[:count]
