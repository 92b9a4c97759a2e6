"""Path overlap of two route lines: the share of one's length within a distance of the other."""

import math

from osm_facts import EARTH_RADIUS_M

PIECE_M = 5.0
CELL_M = 50.0


def _plane(coordinates, lat0):
    """Longitude/latitude to metres on a local equirectangular plane (good to 0.1 % over a country)."""
    kx = math.radians(1) * EARTH_RADIUS_M * math.cos(math.radians(lat0))
    ky = math.radians(1) * EARTH_RADIUS_M
    return [(lon * kx, lat * ky) for lon, lat in coordinates]


def _segment_distance(p, a, b):
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


class _SegmentGrid:
    def __init__(self, points, reach):
        self.reach = reach
        self.cells = {}
        self.segments = list(zip(points, points[1:]))
        for i, (a, b) in enumerate(self.segments):
            for cx in range(int((min(a[0], b[0]) - reach) // CELL_M), int((max(a[0], b[0]) + reach) // CELL_M) + 1):
                for cy in range(int((min(a[1], b[1]) - reach) // CELL_M), int((max(a[1], b[1]) + reach) // CELL_M) + 1):
                    self.cells.setdefault((cx, cy), []).append(i)

    def near(self, p):
        cell = (int(p[0] // CELL_M), int(p[1] // CELL_M))
        return any(_segment_distance(p, *self.segments[i]) <= self.reach for i in self.cells.get(cell, ()))


def _pieces(points):
    """Midpoints and lengths of the line cut into pieces of at most PIECE_M."""
    for a, b in zip(points, points[1:]):
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        n = max(1, math.ceil(length / PIECE_M))
        for k in range(n):
            t = (k + 0.5) / n
            yield (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])), length / n


def near_pieces(line, other, reach_m, lat0):
    """[(piece midpoint in metres, length, near)] of `line` against `other` ((lon, lat) lists)."""
    a, b = _plane(line, lat0), _plane(other, lat0)
    if len(b) < 2:
        return [(p, length, False) for p, length in _pieces(a)]
    grid = _SegmentGrid(b, reach_m)
    return [(p, length, grid.near(p)) for p, length in _pieces(a)]


def share_within(line, other, reach_m, lat0):
    """Share (0–1) of `line`'s length within `reach_m` of `other`; 1 for a line of no length."""
    pieces = near_pieces(line, other, reach_m, lat0)
    total = sum(length for _, length, _ in pieces)
    return 1.0 if total == 0 else sum(length for _, length, near in pieces if near) / total


def length_m(line, lat0):
    """Length of a (lon, lat) line in metres on the local plane."""
    pts = _plane(line, lat0)
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(pts, pts[1:]))
