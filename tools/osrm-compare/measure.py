"""One pair's figures: both routes' durations, distances, steps, overlap and rule violations."""

import math

import checks
from osm_facts import distance_m
from overlap import share_within

REACH_M = 15.0
SAME_PATH = 0.9


def _osrm_side(answer, facts):
    route = answer["routes"][0]
    leg = route["legs"][0]
    nodes = [int(n) for n in leg["annotation"]["nodes"]]
    nodes = [n for k, n in enumerate(nodes) if k == 0 or nodes[k - 1] != n]
    return {
        "duration": route["duration"],
        "distance": route["distance"],
        "steps": len(leg["steps"]),
        "geometry": [tuple(p) for p in route["geometry"]["coordinates"]],
        "nodes": nodes,
        "turn_s": route["duration"] - sum(leg["annotation"]["duration"]),
        "segments": list(zip(zip(nodes, nodes[1:]), leg["annotation"]["distance"], leg["annotation"]["duration"])),
    }


def _our_side(answer, facts, positions):
    geometry = [tuple(p) for p in answer["geometry"]["coordinates"]]
    return {
        "duration": answer["duration_s"],
        "distance": answer["distance_m"],
        "steps": len(answer["steps"]),
        "geometry": geometry,
        "nodes": checks.nodes_from_geometry(geometry, facts, positions),
        "walk_m": answer["walk_m"],
    }


def _violations(side, facts, barriers):
    passed = checks.barriers_passed(side["nodes"], barriers)
    return {
        "barriers": sorted(n for n, v in passed if v == "blocked"),
        "gates": sorted(n for n, v in passed if v == "gate"),
        "oneway": checks.oneway_violations(side["nodes"], facts),
        "restrictions": checks.restriction_violations(side["nodes"], facts),
    }


def _edge_lengths_by_class(nodes, other_edges, facts):
    """Metres of a route's OSM edges the other route does not use, by highway class."""
    by_class = {}
    for (a, b), ways in zip(zip(nodes, nodes[1:]), checks.edge_ways(nodes, facts)):
        if not ways or (a, b) in other_edges:
            continue
        cls = facts.ways[ways[0][0]][1].get("highway", "?")
        by_class[cls] = by_class.get(cls, 0.0) + distance_m(facts.node_lonlat[a], facts.node_lonlat[b])
    return by_class


def pair(index, a, b, osrm_answer, our_record, facts, positions, barriers, lat0):
    """The figures of one pair, or a record saying which engine found no route."""
    out = {"index": index, "from": a, "to": b}
    if osrm_answer.get("code") != "Ok":
        out["failed"] = "osrm: " + str(osrm_answer.get("code"))
        return out
    if our_record["route"] is None:
        out["failed"] = f"patrolmap exit {our_record['exit']}: {our_record['error'].splitlines()[-1] if our_record['error'] else ''}"
        return out
    theirs = _osrm_side(osrm_answer, facts)
    ours = _our_side(our_record["route"], facts, positions)
    out["osrm"], out["ours"] = theirs, ours
    out["duration_ratio"] = ours["duration"] / theirs["duration"] if theirs["duration"] > 0 else math.inf
    out["distance_ratio"] = ours["distance"] / theirs["distance"] if theirs["distance"] > 0 else math.inf
    out["overlap_ours"] = share_within(ours["geometry"], theirs["geometry"], REACH_M, lat0)
    out["overlap_osrm"] = share_within(theirs["geometry"], ours["geometry"], REACH_M, lat0)
    out["same_path"] = out["overlap_ours"] >= SAME_PATH and out["overlap_osrm"] >= SAME_PATH
    out["violations"] = {"ours": _violations(ours, facts, barriers), "osrm": _violations(theirs, facts, barriers)}
    their_edges = set(zip(theirs["nodes"], theirs["nodes"][1:]))
    our_edges = set(zip(ours["nodes"], ours["nodes"][1:]))
    out["only_ours"] = _edge_lengths_by_class(ours["nodes"], their_edges, facts)
    out["only_osrm"] = _edge_lengths_by_class(theirs["nodes"], our_edges, facts)
    return out
