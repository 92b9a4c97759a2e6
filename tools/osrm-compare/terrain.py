"""Climb along a route line, read straight from the SRTM tiles (not through PatrolMap's DEM).

Tells a real climb (one direction rises, the other falls) from DEM noise on a road cut into a
valley side (the line rises and falls by about as much both ways, so both directions slow).
"""

import math
import struct
import zipfile

from osm_facts import distance_m


class SRTM:
    """SRTM .hgt tiles (in .zip or bare), bilinear."""

    def __init__(self, paths):
        self.tiles = {}
        for path in paths:
            if path.endswith(".zip"):
                with zipfile.ZipFile(path) as z:
                    for name in z.namelist():
                        if name.lower().endswith(".hgt"):
                            self._add(name.rsplit("/", 1)[-1], z.read(name))
            else:
                with open(path, "rb") as f:
                    self._add(path.rsplit("/", 1)[-1], f.read())

    def _add(self, name, data):
        lat = int(name[1:3]) * (1 if name[0].upper() == "N" else -1)
        lon = int(name[4:7]) * (1 if name[3].upper() == "E" else -1)
        n = int(math.isqrt(len(data) // 2))
        self.tiles[(lat, lon)] = (n, struct.unpack(f">{n * n}h", data))

    def elevation(self, lon, lat):
        tile = self.tiles.get((math.floor(lat), math.floor(lon)))
        if tile is None:
            return None
        n, z = tile
        row = (math.floor(lat) + 1 - lat) * (n - 1)
        col = (lon - math.floor(lon)) * (n - 1)
        r0, c0 = min(int(row), n - 2), min(int(col), n - 2)
        fr, fc = row - r0, col - c0
        corners = [z[(r0 + dr) * n + c0 + dc] for dr in (0, 1) for dc in (0, 1)]
        if min(corners) < -1000:
            return None
        top = corners[0] * (1 - fc) + corners[1] * fc
        bottom = corners[2] * (1 - fc) + corners[3] * fc
        return top * (1 - fr) + bottom * fr


def climb(line, srtm, step_m=30.0):
    """(metres risen, metres fallen) along a (lon, lat) line sampled every step_m."""
    samples = []
    for a, b in zip(line, line[1:]):
        n = max(1, math.ceil(distance_m(a, b) / step_m))
        samples += [(a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(n)]
    samples.append(line[-1])
    heights = [h for h in (srtm.elevation(*p) for p in samples) if h is not None]
    rise = sum(max(0.0, y - x) for x, y in zip(heights, heights[1:]))
    fall = sum(max(0.0, x - y) for x, y in zip(heights, heights[1:]))
    return rise, fall
