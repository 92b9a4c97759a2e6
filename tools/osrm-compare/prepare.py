"""Prepares both engines' data once per input: OSRM's MLD files and PatrolMap's imported package.

Each lives in a folder named by a hash of everything it is made from, so a re-run with the
same inputs reuses it and a changed input (extract, DEM, car.lua, osrm-bindings, the patrolmap
binary) makes a new one.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys

import osrm


def file_hash(path):
    """SHA-256 of a file's bytes, hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def key_of(*parts):
    """A short folder key from strings."""
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def car_lua():
    """The car profile shipped inside osrm-bindings."""
    return os.path.join(os.path.dirname(osrm.__file__), "share", "profiles", "car.lua")


def _run(command, log):
    with open(log, "a") as f:
        f.write("$ " + " ".join(command) + "\n")
        f.flush()
        done = subprocess.run(command, stdout=f, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        sys.exit(f"osrm-compare: {' '.join(command)} failed (exit {done.returncode}); see {log}")


def osrm_data(cache, extract):
    """Runs osrm-extract (car.lua), osrm-partition and osrm-customize; returns the .osrm base path."""
    profile = car_lua()
    version = _osrm_version()
    folder = os.path.join(cache, "osrm-" + key_of(file_hash(extract), file_hash(profile), version))
    base = os.path.join(folder, "map.osrm")
    if os.path.exists(os.path.join(folder, "done")):
        return base
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    pbf = os.path.join(folder, "map.osm.pbf")
    shutil.copyfile(extract, pbf)
    log = os.path.join(folder, "prepare.log")
    tool = [sys.executable, "-m", "osrm"]
    _run(tool + ["extract", "-p", profile, pbf], log)
    _run(tool + ["partition", base], log)
    _run(tool + ["customize", base], log)
    open(os.path.join(folder, "done"), "w").close()
    return base


def _osrm_version():
    from importlib.metadata import version

    return "osrm-bindings " + version("osrm-bindings")


def package(cache, binary, extract, dem):
    """`patrolmap import osm` (and `import dem` when a DEM is given) into a cached package folder.

    Also makes a copy without the DEM beside it (for telling the slope model's share of a
    difference). Returns (package, flat package, import report text).
    """
    parts = [file_hash(binary), file_hash(extract)] + ([file_hash(dem)] if dem else [])
    folder = os.path.join(cache, "package-" + key_of(*parts))
    pkg, flat = os.path.join(folder, "map"), os.path.join(folder, "map-flat")
    log = os.path.join(folder, "import.log")
    if not os.path.exists(os.path.join(folder, "done")):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        _run([binary, "import", "osm", extract, "-o", pkg, "--lang", "en"], log)
        shutil.copytree(pkg, flat)
        if dem:
            _run([binary, "import", "dem", dem, "--into", pkg, "--lang", "en"], log)
        open(os.path.join(folder, "done"), "w").close()
    with open(log) as f:
        return pkg, flat, f.read()


def map_has_dem(pkg):
    """Whether the package's map.json names a DEM layer."""
    with open(os.path.join(pkg, "map.json")) as f:
        return "dem" in json.load(f).get("layers", {})
