"""Runs a car route through OSRM (in process) and through `patrolmap route` (one process a pair)."""

import concurrent.futures
import json
import os
import subprocess

import osrm


def _plain(value):
    if isinstance(value, osrm.Object):
        return {k: _plain(value[k]) for k in value}
    if isinstance(value, osrm.Array):
        return [_plain(v) for v in value]
    return value


class OSRMEngine:
    """OSRM's MLD engine on prepared data (`andorra.osrm` and its siblings)."""

    def __init__(self, base):
        self.engine = osrm.OSRM(storage_config=base, algorithm="MLD", use_shared_memory=False)

    def route(self, a, b, detail=True):
        """OSRM's answer as plain JSON: steps, full geometry, node ids, per-segment durations."""
        params = osrm.RouteParameters(
            coordinates=[a, b],
            steps=detail,
            overview="full" if detail else "false",
            annotations=["nodes", "duration", "distance"] if detail else [],
            geometries="geojson",
            generate_hints=False,
        )
        try:
            return _plain(self.engine.Route(params))
        except RuntimeError as error:
            return {"code": str(error)}


def _position(p):
    return f"{p[0]:.6f},{p[1]:.6f}"


def patrolmap_route(binary, package, a, b):
    """`patrolmap route --profile car --format json` from a to b: (parsed JSON or None, exit code, stderr)."""
    command = [binary, "route", package, "--from", _position(a), "--to", _position(b), "--profile", "car", "--format", "json", "--lang", "en"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return None, done.returncode, done.stderr.strip()
    return json.loads(done.stdout), 0, ""


def patrolmap_routes(binary, package, pairs, cache_dir):
    """Our routes for {index: (a, b)}, cached one JSON file a pair under cache_dir, two processes at a time."""
    os.makedirs(cache_dir, exist_ok=True)

    def one(index):
        path = os.path.join(cache_dir, f"{index:04d}.json")
        if os.path.exists(path):
            with open(path) as f:
                return json.load(f)
        answer, code, err = patrolmap_route(binary, package, *pairs[index])
        record = {"route": answer, "exit": code, "error": err}
        with open(path + ".tmp", "w") as f:
            json.dump(record, f)
        os.replace(path + ".tmp", path)
        return record

    indices = sorted(pairs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(indices, pool.map(one, indices)))
