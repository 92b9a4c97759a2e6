"""Random car pairs with a fixed seed: points on drivable OSM ways that OSRM snaps to within 1 m.

The pairs depend only on the extract, the seed and OSRM, never on PatrolMap, so the same pairs
are measured before and after a change to PatrolMap.
"""

import bisect
import random

from osm_facts import CAR_HIGHWAYS, distance_m

SNAP_M = 1.0
MIN_ROUTE_M = 500.0


def _segments(facts):
    """Every segment of a car-class way, in way and node order, with its length."""
    out = []
    for way in sorted(facts.ways):
        nodes, tags = facts.ways[way]
        if tags.get("highway") not in CAR_HIGHWAYS:
            continue
        for a, b in zip(nodes, nodes[1:]):
            if a in facts.node_lonlat and b in facts.node_lonlat:
                pa, pb = facts.node_lonlat[a], facts.node_lonlat[b]
                out.append((pa, pb, distance_m(pa, pb)))
    return out


def choose(facts, engine, count, seed):
    """`count` pairs ((lon, lat), (lon, lat)) of OSRM-snapped positions, and how many draws were refused."""
    rng = random.Random(seed)
    segments = _segments(facts)
    cumulative = []
    total = 0.0
    for _, _, length in segments:
        total += length
        cumulative.append(total)

    def draw():
        a, b, _ = segments[bisect.bisect_left(cumulative, rng.random() * total)]
        t = rng.random()
        return (round(a[0] + t * (b[0] - a[0]), 7), round(a[1] + t * (b[1] - a[1]), 7))

    pairs, refused = [], 0
    while len(pairs) < count and refused < 20 * count:
        a, b = draw(), draw()
        answer = engine.route(a, b, detail=False)
        ok = answer.get("code") == "Ok"
        if ok:
            waypoints = answer["waypoints"]
            ok = all(w["distance"] <= SNAP_M for w in waypoints) and answer["routes"][0]["distance"] >= MIN_ROUTE_M
        if ok:
            pairs.append(tuple(tuple(w["location"]) for w in waypoints))
        else:
            refused += 1
    return pairs, refused
