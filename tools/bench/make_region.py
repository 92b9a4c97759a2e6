#!/usr/bin/env python3
"""Writes a large synthetic but road-like map package for the scaling benchmark.

    make_region.py county|province|tiny-region OUTDIR [--seed N]

Deterministic: the same size and seed give the same bytes. The package is an ordinary map
package (map.json, boundary.geojson, roads.geojson, households.csv, posts.geojson) that every
`patrolmap` command reads. It is generated on demand by `make bench` into .build-bench/ and
never committed.

The road network is a warped, jittered brick lattice of junctions (planar: no two roads cross
without a junction; interior degree 3, with a few diagonals for degree 4 and some removed
links for dead ends and degree-2 bends), about 33 junctions per km² as on SampleMaps/gongli.
Every 24th row and column is a secondary road and every 8th row a tertiary road, all as long
LineStrings; the rest are runs of unclassified, residential and service roads, tracks (some
too narrow for a car) and footpaths, with more tracks and paths where a smooth "hill" field is
high. Each link has 0–2 intermediate vertices. Villages are square cells of 2.5 km (each
belongs to one station); households sit in hamlets around junctions of their village, at a
density per size (county: 150 per km², as a populous loess county; province: 40 per km², a
province's rural average). Stations split the region into blocks (county: 4 × 4 = 16), each
with a station and two police rooms on its roads. Synthetic data: no real person or place.

Sizes (junction grid, spacing 174 m):
- tiny-region: 40 × 40, 2 × 2 stations (a quick check of this script);
- county: 360 × 360 (≈ 3,900 km², 50× gongli), 4 × 4 stations;
- province: 1,600 × 1,600 (≈ 77,000 km²), 16 × 16 stations: over 2 million graph nodes and
  5 million directed car edges.
"""
import argparse
import json
import math
import os

import numpy as np

SIZES = {
    # columns = rows of junctions, stations per side, households per km²
    "tiny-region": (40, 2, 150.0),
    "county": (360, 4, 150.0),
    "province": (1600, 16, 40.0),
}
SPACING_M = 174.0
VILLAGE_M = 2500.0
LON0, LAT0 = 108.95, 34.90  # the south-west corner, near Fuping County
M_PER_DEG_LAT = 111_132.0

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "建国秀英伟洋芳敏静丽强磊军勇艳杰娟涛明超霞平刚桂兰华红玉梅兵斌辉鹏浩宇亮凯文博"
VILLAGE_FIRST = "东西南北上下前后大小新老高石柳杨李王张刘马白黑红青黄金银松梅桃杏枣槐桑榆河山沟川塬坪"
VILLAGE_SECOND = "家庄岭沟坡湾塬坪峪河泉寨堡台头口门窑店铺园林"
VILLAGE_SUFFIX = "村"


def to_lonlat(x, y):
    """Local metres east and north of the corner to longitude and latitude (spherical approximation)."""
    lat = LAT0 + y / M_PER_DEG_LAT
    lon = LON0 + x / (111_320.0 * np.cos(np.radians(lat)))
    return lon, lat


def junctions(n, rng):
    """Positions (metres) of an n × n warped, jittered lattice, index = row * n + column."""
    col, row = np.meshgrid(np.arange(n, dtype=float), np.arange(n, dtype=float))
    x = col * SPACING_M + rng.uniform(-0.28, 0.28, (n, n)) * SPACING_M
    y = row * SPACING_M + rng.uniform(-0.28, 0.28, (n, n)) * SPACING_M
    # A smooth warp so that rows and columns bend like valley roads (amplitude below the spacing).
    x += 0.35 * SPACING_M * np.sin(y / 2300.0 + 0.7) * np.cos(x / 5100.0)
    y += 0.35 * SPACING_M * np.sin(x / 2900.0 + 1.9) * np.cos(y / 4300.0)
    return x.ravel(), y.ravel()


def hills(x, y):
    """A smooth field in [0, 1]: high means mountain (more tracks and paths)."""
    v = np.sin(x / 9000.0) * np.cos(y / 7000.0) + 0.5 * np.sin((x + y) / 4100.0 + 1.0)
    return (v + 1.5) / 3.0


ROAD_TAGS = {
    "secondary": '"highway":"secondary","surface":"asphalt","width":7',
    "tertiary": '"highway":"tertiary","surface":"asphalt","width":5.5',
    "unclassified": '"highway":"unclassified","surface":"concrete","width":3.5',
    "residential": '"highway":"residential","surface":"concrete","width":4',
    "service": '"highway":"service","surface":"concrete","width":3',
    "track2": '"highway":"track","tracktype":"grade2","surface":"gravel","width":3',
    "track3": '"highway":"track","tracktype":"grade3","surface":"dirt","width":2.8',
    "track4": '"highway":"track","tracktype":"grade4","surface":"dirt","width":2',
    "path": '"highway":"path","surface":"dirt"',
}
LOWLAND = (["unclassified", "residential", "service", "track2", "track3", "track4", "path"],
           [0.34, 0.22, 0.06, 0.18, 0.10, 0.04, 0.06])
UPLAND = (["unclassified", "track2", "track3", "track4", "path"], [0.22, 0.22, 0.22, 0.12, 0.22])


def uniforms(rng):
    """An endless stream of uniform draws in [0, 1), drawn from rng a million at a time."""
    while True:
        yield from rng.random(1 << 20).tolist()


def minor_class(u, hill):
    names, weights = UPLAND if hill > 0.55 else LOWLAND
    for name, weight in zip(names, weights):
        u -= weight
        if u < 0:
            return name
    return names[-1]


class Writer:
    """Formats coordinates and writes a FeatureCollection feature by feature."""

    def __init__(self, path):
        self.file = open(path, "w", encoding="utf-8", newline="\n")
        self.file.write('{"type":"FeatureCollection","features":[\n')
        self.first = True
        self.buffer = []

    def feature(self, text):
        self.buffer.append(text if self.first else ",\n" + text)
        self.first = False
        if len(self.buffer) >= 20000:
            self.file.write("".join(self.buffer))
            self.buffer = []

    def close(self):
        self.file.write("".join(self.buffer) + "\n]}\n")
        self.file.close()


def pair_strings(lon, lat):
    return [f"[{a:.7f},{b:.7f}]" for a, b in zip(lon.tolist(), lat.tolist())]


def links(n, rng, x, y):
    """Undirected links (a, b) between junction indices, and which are kept."""
    idx = np.arange(n * n).reshape(n, n)
    row, col = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    # Horizontal: every junction to its east neighbour.
    horizontal = np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], axis=1)
    # Vertical: the brick pattern, plus every 24th column in full (the north–south secondaries).
    vmask = ((row[:-1] + col[:-1]) % 2 == 0) | (col[:-1] % 24 == 0)
    vertical = np.stack([idx[:-1][vmask], idx[1:][vmask]], axis=1)
    vertical_arterial = (col[:-1][vmask] % 24 == 0)
    # Diagonals inside bricks (no vertical at the cell's east side), about 5 % of the cells.
    dmask = ((row[:-1, :-1] + col[:-1, :-1]) % 2 == 0) & (col[:-1, 1:] % 24 != 0) & (col[:-1, :-1] % 24 != 0)
    dmask &= rng.random(dmask.shape) < 0.10
    diagonal = np.stack([idx[:-1, :-1][dmask], idx[1:, 1:][dmask]], axis=1)
    return horizontal, vertical, vertical_arterial, diagonal


def write_roads(path, n, rng, x, y, lon, lat):
    corners = pair_strings(lon, lat)
    horizontal, vertical, vertical_arterial, diagonal = links(n, rng, x, y)
    out = Writer(path)
    count = {"features": 0, "links": 0}
    road_id = 0

    draw = uniforms(rng)
    xs, ys = x.tolist(), y.tolist()

    def bends(a, b, k):
        """k intermediate vertices between junctions a and b, offset a little to the side."""
        dx, dy = xs[b] - xs[a], ys[b] - ys[a]
        points = []
        for i in range(1, k + 1):
            t, side = i / (k + 1), 0.24 * next(draw) - 0.12
            py = ys[a] + t * dy + side * dx
            plat = LAT0 + py / M_PER_DEG_LAT
            plon = LON0 + (xs[a] + t * dx - side * dy) / (111_320.0 * math.cos(math.radians(plat)))
            points.append(f"[{plon:.7f},{plat:.7f}]")
        return points

    def emit(cls, chain):
        nonlocal road_id
        road_id += 1
        coords = [corners[chain[0]]]
        for a, b in zip(chain[:-1], chain[1:]):
            coords.extend(bends(a, b, int(next(draw) * 3)))
            coords.append(corners[b])
        count["features"] += 1
        count["links"] += len(chain) - 1
        out.feature(f'{{"type":"Feature","id":"r{road_id}","properties":{{{ROAD_TAGS[cls]}}},'
                    f'"geometry":{{"type":"LineString","coordinates":[{",".join(coords)}]}}}}')

    hill = hills(x, y).tolist()
    # Rows: long roads. Secondary and tertiary rows whole; the others in runs of one class.
    for r in range(n):
        row = list(range(r * n, r * n + n))
        if r % 24 == 0:
            emit("secondary", row)
            continue
        if r % 8 == 0:
            emit("tertiary", row)
            continue
        c = 0
        while c < n - 1:
            run = 1 + int(math.log(1.0 - next(draw)) / math.log(1 - 1 / 9.0))  # geometric, mean 9
            end = min(n - 1, c + run)
            if next(draw) < 0.07:  # a gap: dead ends and bends either side
                c = end
                continue
            emit(minor_class(next(draw), hill[row[c]]), row[c:end + 1])
            c = end
    # Columns every 24th: whole north–south secondaries.
    for c in range(0, n, 24):
        emit("secondary", [r * n + c for r in range(n)])
    # Brick verticals and diagonals: one short road each.
    for (a, b), arterial in zip(vertical.tolist(), vertical_arterial.tolist()):
        if arterial or next(draw) < 0.05:
            continue
        emit(minor_class(next(draw), hill[a]), [a, b])
    for a, b in diagonal.tolist():
        emit(minor_class(next(draw), hill[a]), [a, b])
    out.close()
    return count


def village_names(count, rng):
    names = [f + s + VILLAGE_SUFFIX for f in VILLAGE_FIRST for s in VILLAGE_SECOND]
    rng.shuffle(names)
    if count <= len(names):
        return names[:count]
    # More villages than names: number the repeats, as 一村, 二村 are numbered in real counties.
    return [names[i % len(names)][:-1] + f"{i // len(names) + 1}" + VILLAGE_SUFFIX for i in range(count)]


def ring(x0, y0, x1, y1):
    lon, lat = to_lonlat(np.array([x0, x1, x1, x0, x0]), np.array([y0, y0, y1, y1, y0]))
    return "[[" + ",".join(pair_strings(lon, lat)) + "]]"


def write_package(size, folder, seed):
    n, stations_side, density = SIZES[size]
    rng = np.random.default_rng(seed)
    os.makedirs(folder, exist_ok=True)
    x, y = junctions(n, rng)
    lon, lat = to_lonlat(x, y)
    roads = write_roads(os.path.join(folder, "roads.geojson"), n, rng, x, y, lon, lat)

    # Boundary: the region, and villages as square cells (each in one station's block).
    lo, hi = -0.5 * SPACING_M, (n - 0.5) * SPACING_M
    cells = max(1, int(round((hi - lo) / VILLAGE_M)))
    size_m = (hi - lo) / cells
    names = village_names(cells * cells, rng)
    station_block = max(1, math.ceil(cells / stations_side))
    out = Writer(os.path.join(folder, "boundary.geojson"))
    out.feature(f'{{"type":"Feature","properties":{{"kind":"jurisdiction","name":"合成{size}辖区"}},'
                f'"geometry":{{"type":"Polygon","coordinates":{ring(lo, lo, hi, hi)}}}}}')
    for vy in range(cells):
        for vx in range(cells):
            station = (vy // station_block) * stations_side + vx // station_block + 1
            out.feature(f'{{"type":"Feature","properties":{{"kind":"village","name":"{names[vy * cells + vx]}",'
                        f'"station":"S{station:03d}"}},"geometry":{{"type":"Polygon","coordinates":'
                        f'{ring(lo + vx * size_m, lo + vy * size_m, lo + (vx + 1) * size_m, lo + (vy + 1) * size_m)}}}}}')
    out.close()

    # Households: hamlets at junctions of each village, houses scattered around them.
    village_of = (np.clip(((y - lo) // size_m).astype(int), 0, cells - 1) * cells
                  + np.clip(((x - lo) // size_m).astype(int), 0, cells - 1))
    order = np.argsort(village_of, kind="stable")
    starts = np.searchsorted(village_of[order], np.arange(cells * cells + 1))
    per_village = density * (size_m / 1000.0) ** 2
    households = 0
    with open(os.path.join(folder, "households.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,village,group,number,lon,lat,head,members,phone,tags,note\n")
        for v in range(cells * cells):
            members_of = order[starts[v]:starts[v + 1]]
            if len(members_of) == 0:
                continue
            total = int(rng.poisson(per_village))
            groups = max(1, int(round(total / 80)))
            hubs = rng.choice(members_of, size=groups)
            group_of = rng.integers(0, groups, total)
            # Houses within the region, each listed in the village its position lies in.
            hx = np.clip(x[hubs[group_of]] + rng.normal(0, 70, total), lo + 1, hi - 1)
            hy = np.clip(y[hubs[group_of]] + rng.normal(0, 70, total), lo + 1, hi - 1)
            cell = (np.clip(((hy - lo) // size_m).astype(int), 0, cells - 1) * cells
                    + np.clip(((hx - lo) // size_m).astype(int), 0, cells - 1)).tolist()
            hlon, hlat = to_lonlat(hx, hy)
            members = rng.integers(1, 7, total)
            surname = rng.integers(0, len(SURNAMES), total)
            g1 = rng.integers(0, len(GIVEN), total)
            g2 = rng.integers(0, len(GIVEN), total)
            tagged = rng.random(total)
            rows = []
            numbers = [0] * groups
            for i in range(total):
                households += 1
                g = int(group_of[i])
                numbers[g] += 1
                tag = "elderly_alone" if tagged[i] < 0.04 else ("left_behind_children" if tagged[i] < 0.07 else "")
                rows.append(f"H{households:07d},{names[cell[i]]},{g + 1},{numbers[g]},{hlon[i]:.7f},{hlat[i]:.7f},"
                            f"{SURNAMES[surname[i]]}{GIVEN[g1[i]]}{GIVEN[g2[i]]},{members[i]},"
                            f"100{households:08d},{tag},\n")
            f.write("".join(rows))

    # Posts: per station block, the station at the secondary crossing nearest the block's
    # centre and two police rooms at junctions a third of the block away.
    block_m = (hi - lo) / stations_side
    out = Writer(os.path.join(folder, "posts.geojson"))
    for sy in range(stations_side):
        for sx in range(stations_side):
            number = sy * stations_side + sx + 1
            cx, cy = lo + (sx + 0.5) * block_m, lo + (sy + 0.5) * block_m
            spots = [("station", f"S{number:03d}派出所", cx, cy),
                     ("police_room", f"S{number:03d}东警务室", cx + block_m / 3, cy - block_m / 6),
                     ("police_room", f"S{number:03d}西警务室", cx - block_m / 3, cy + block_m / 6)]
            for kind, name, px, py in spots:
                c = int(np.clip(round((px + 0.5 * SPACING_M - lo) / SPACING_M - 0.5), 0, n - 1))
                r = int(np.clip(round((py + 0.5 * SPACING_M - lo) / SPACING_M - 0.5), 0, n - 1))
                if kind == "station":
                    c, r = min(n - 1, 24 * round(c / 24)), min(n - 1, 24 * round(r / 24))
                j = r * n + c
                out.feature(f'{{"type":"Feature","properties":{{"kind":"{kind}","name":"{name}",'
                            f'"phone":"0913-{number:03d}{len(kind) % 10}110"}},"geometry":{{"type":"Point",'
                            f'"coordinates":[{lon[j]:.7f},{lat[j]:.7f}]}}}}')
    out.close()

    manifest = {
        "name": size, "title": f"合成{size}辖区 (synthetic {size})", "crs": "EPSG:4490", "working_crs": "auto",
        "synthetic": True,
        "source": f"synthetic: generated by tools/bench/make_region.py {size} --seed {seed}; no real person or household",
        "date": "2026-12",
        "layers": {"boundary": "boundary.geojson", "households": "households.csv", "posts": "posts.geojson",
                   "roads": "roads.geojson"},
    }
    with open(os.path.join(folder, "map.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return {"size": size, "junctions": n * n, "roads": roads["features"], "links": roads["links"],
            "villages": cells * cells, "stations": stations_side ** 2, "households": households,
            "area_km2": round(((hi - lo) / 1000) ** 2, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=sorted(SIZES))
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    print(json.dumps(write_package(args.size, args.folder, args.seed), ensure_ascii=False))


if __name__ == "__main__":
    main()
