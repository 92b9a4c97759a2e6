#!/usr/bin/env python3
"""Regenerates the tiny-map variants in Tests/Fixtures from SampleMaps/tiny.

Run from the package root:  python3 Tests/Fixtures/make_tiny_variants.py
Needs PROJ's cs2cs (proj-bin) and iconv; the tests themselves need neither, they read the
committed output. See README.md beside this script for what each file is for.
"""
import csv
import io
import json
import math
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
TINY = ROOT / "SampleMaps" / "tiny"
OUT = ROOT / "Tests" / "Fixtures"
GEOJSON_LAYERS = ["boundary", "roads", "posts", "landmarks"]


def cs2cs_to_wgs84(points):
    """EPSG:4545 (easting, northing) -> EPSG:4326 (lon, lat) through one cs2cs call.

    The exact command: cs2cs -f %.10f EPSG:4545 EPSG:4326
    cs2cs follows the EPSG axis order on both sides: northing easting in, latitude longitude out.
    """
    text = "".join(f"{y} {x}\n" for x, y in points)
    result = subprocess.run(["cs2cs", "-f", "%.10f", "EPSG:4545", "EPSG:4326"],
                            input=text, capture_output=True, text=True, check=True)
    out = []
    for line in result.stdout.splitlines():
        lat, lon = line.split()[:2]
        out.append((float(lon), float(lat)))
    return out


# GCJ-02 forward, written from the published formula (Krasovsky 1940 constants), independently
# of Sources/PatrolGeo/GCJ02.swift, whose inverse the GCJ-02 fixture exercises.
KRASOVSKY_A = 6378245.0
KRASOVSKY_EE = 0.00669342162296594323


def gcj02_from_wgs84(lon, lat):
    x, y = lon - 105.0, lat - 35.0
    d_lat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
             + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
             + (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
             + (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0)
    d_lon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
             + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
             + (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
             + (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - KRASOVSKY_EE * math.sin(rad) ** 2
    d_lat = d_lat * 180.0 / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * math.sqrt(magic)) * math.pi)
    d_lon = d_lon * 180.0 / (KRASOVSKY_A / math.sqrt(magic) * math.cos(rad) * math.pi)
    return lon + d_lon, lat + d_lat


def positions(geometry):
    """Every [x, y] list of a geometry, in order, so they can be rewritten in place."""
    def walk(c):
        if isinstance(c[0], (int, float)):
            yield c
        else:
            for part in c:
                yield from walk(part)
    return list(walk(geometry["coordinates"]))


def number(v):
    return float(f"{v:.10f}")


def write_geojson(path, features):
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    path.write_text('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def main():
    layers = {name: json.loads((TINY / f"{name}.geojson").read_text(encoding="utf-8"))["features"] for name in GEOJSON_LAYERS}
    rows = list(csv.DictReader(io.StringIO((TINY / "households.csv").read_text(encoding="utf-8"))))
    slots = [p for name in GEOJSON_LAYERS for f in layers[name] for p in positions(f["geometry"])]
    metres = [(p[0], p[1]) for p in slots] + [(float(r["x"]), float(r["y"])) for r in rows]
    wgs84 = cs2cs_to_wgs84(metres)

    for variant, crs, convert in [("tiny-wgs84", "EPSG:4326", lambda p: p),
                                  ("tiny-gcj02", "GCJ-02", lambda p: gcj02_from_wgs84(*p))]:
        folder = OUT / variant
        folder.mkdir(exist_ok=True)
        converted = [convert(p) for p in wgs84]
        for slot, (lon, lat) in zip(slots, converted):
            slot[0], slot[1] = number(lon), number(lat)
        for name in GEOJSON_LAYERS:
            write_geojson(folder / f"{name}.geojson", layers[name])
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "village", "group", "number", "lon", "lat", "head", "members", "phone", "tags", "note"])
        for row, (lon, lat) in zip(rows, converted[len(slots):]):
            writer.writerow([row["id"], row["village"], row["group"], row["number"], f"{lon:.10f}", f"{lat:.10f}",
                             row["head"], row["members"], row["phone"], row["tags"], row["note"]])
        (folder / "households.csv").write_text(out.getvalue(), encoding="utf-8")
        manifest = json.loads((TINY / "map.json").read_text(encoding="utf-8"))
        manifest["name"] = variant
        manifest["crs"] = crs
        manifest["source"] = f"SampleMaps/tiny converted by Tests/Fixtures/make_tiny_variants.py ({crs})"
        (folder / "map.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # The same WGS 84 ledger with the Chinese headers a station's spreadsheet uses, saved as
    # GB18030 by iconv:  iconv -f UTF-8 -t GB18030
    ledger = (OUT / "tiny-wgs84" / "households.csv").read_text(encoding="utf-8").split("\n", 1)[1]
    chinese = "户号,村,组,门牌号,经度,纬度,户主,人口,电话,标签,备注\n" + ledger
    gb = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GB18030"], input=chinese.encode("utf-8"),
                        capture_output=True, check=True).stdout
    (OUT / "ledgers").mkdir(exist_ok=True)
    (OUT / "ledgers" / "households-gb18030.csv").write_bytes(gb)


if __name__ == "__main__":
    main()
