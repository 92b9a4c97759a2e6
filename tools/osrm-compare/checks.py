"""Checks one route's OSM node sequence against the car rules: barriers, one-ways, turn restrictions."""

from osm_facts import car_oneway


def nodes_from_geometry(coordinates, facts, position_index):
    """The OSM node ids of a route's vertices, matched by position (7 decimals, as both tools write).

    Vertices that are no OSM node (a snapped start or end in the middle of a segment) are left out.
    Where several nodes share a position, the one joined by a way to the previous node is taken.
    """
    edges = facts.edge_ways()
    nodes = []
    for lon, lat in coordinates:
        candidates = position_index.get((round(lon * 1e7), round(lat * 1e7)), [])
        if not candidates:
            continue
        pick = candidates[0]
        if nodes and len(candidates) > 1:
            pick = next((c for c in candidates if (nodes[-1], c) in edges), pick)
        if not nodes or nodes[-1] != pick:
            nodes.append(pick)
    return nodes


def position_index(facts):
    """(lon·1e7, lat·1e7) -> node ids at that position, for the nodes of highway ways."""
    index = {}
    for node, (lon, lat) in sorted(facts.node_lonlat.items()):
        index.setdefault((round(lon * 1e7), round(lat * 1e7)), []).append(node)
    return index


def edge_ways(nodes, facts):
    """For each consecutive pair of nodes, the [(way, forward)] it runs on (empty when no way joins them)."""
    index = facts.edge_ways()
    return [index.get((a, b), []) for a, b in zip(nodes, nodes[1:])]


def barriers_passed(nodes, barriers):
    """The barrier nodes a route passes through (its first and last node excluded): [(node, verdict)]."""
    return [(n, barriers[n]) for n in nodes[1:-1] if n in barriers]


def oneway_violations(nodes, facts):
    """The [(way, from node, to node)] a route drives against the car's one-way direction."""
    found = []
    for (a, b), ways in zip(zip(nodes, nodes[1:]), edge_ways(nodes, facts)):
        if not ways:
            continue
        wrong = [(way, fwd) for way, fwd in ways if car_oneway(facts.ways[way][1]) == (-1 if fwd else 1)]
        if len(wrong) == len(ways):
            found.append((wrong[0][0], a, b))
    return found


def _runs(nodes, ways_per_edge):
    """The route as runs of one way: [(way ids of the run, first node index, last node index)].

    A run ends where the edge's way set changes or where the route turns back on itself (a U-turn).
    """
    runs = []
    for i, ways in enumerate(ways_per_edge):
        ids = frozenset(w for w, _ in ways)
        u_turn = i > 0 and nodes[i + 1] == nodes[i - 1]
        if runs and runs[-1][0] == ids and ids and not u_turn:
            runs[-1][2] = i + 1
        else:
            runs.append([ids, i, i + 1])
    return runs


def restriction_violations(nodes, facts):
    """The restriction relations a route breaks: [(relation id, value)].

    Via node: the route enters the via node on the `from` way and leaves it on the `to` way
    (`no_*`), or on another way (`only_*`). Via ways: the route leaves `from`, drives exactly the
    via ways, then takes `to` (`no_*`) or another way (`only_*`). A route that ends on the way
    in between breaks nothing.
    """
    runs = _runs(nodes, edge_ways(nodes, facts))
    broken = []
    for rel, value, from_way, (via_kind, via), to_way in facts.restrictions:
        banned = value.startswith("no_")
        for k, (ids, _, last) in enumerate(runs):
            if from_way not in ids:
                continue
            if via_kind == "node":
                if nodes[last] != via[0] or k + 1 >= len(runs):
                    continue
                after = runs[k + 1][0]
            else:
                needed = set(via)
                j = k + 1
                while j < len(runs) and needed and runs[j][0] & needed:
                    needed -= runs[j][0]
                    j += 1
                if needed or j >= len(runs) or j == k + 1:
                    continue
                after = runs[j][0]
            if not after:
                continue
            if (to_way in after) == banned:
                broken.append((rel, value))
                break
    return broken
