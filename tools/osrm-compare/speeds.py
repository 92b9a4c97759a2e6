"""Speeds by highway class on each engine's own routes.

OSRM's come from its per-segment annotations (distance, duration; turn penalties are not in
them). Ours from `patrolmap export graph --profile car`: the route's consecutive graph nodes
are matched to the exported edges between their positions (a junction has one graph node per
arriving edge, whose out-edges carry the turn costs), and of those the one whose length fits
and, among equals, the fastest (so, like OSRM's, our figures leave most turn costs out).
"""

import csv
import os
import subprocess

import checks
from osm_facts import distance_m


def _export(binary, pkg, folder):
    if not os.path.exists(os.path.join(folder, "edges.csv")):
        subprocess.run([binary, "export", "graph", pkg, "--profile", "car", "-o", folder], check=True, capture_output=True)
    with open(os.path.join(folder, "nodes.csv")) as f:
        nodes = {int(r["id"]): (round(float(r["lon"]) * 1e7), round(float(r["lat"]) * 1e7)) for r in csv.DictReader(f)}
    edges = {}
    with open(os.path.join(folder, "edges.csv")) as f:
        for r in csv.DictReader(f):
            key = (nodes[int(r["from"])], nodes[int(r["to"])])
            edges.setdefault(key, []).append((float(r["seconds"]), float(r["meters"])))
    return nodes, edges


def by_class(done, facts, binary, pkg, folder):
    """[(highway, OSRM metres, OSRM seconds, our metres, our seconds)] sorted by OSRM metres."""
    totals = {}

    def add(cls, k, metres, seconds):
        row = totals.setdefault(cls, [0.0, 0.0, 0.0, 0.0])
        row[k] += metres
        row[k + 1] += seconds

    edge_index = facts.edge_ways()
    for p in done:
        for pair_nodes, metres, seconds in p["osrm"]["segments"]:
            ways = edge_index.get(pair_nodes)
            if ways:
                add(facts.ways[ways[0][0]][1].get("highway", "?"), 0, metres, seconds)

    graph_nodes, graph_edges = _export(binary, pkg, folder)
    positions = checks.position_index(facts)
    osm_to_graph = {}
    for g, key in graph_nodes.items():
        for osm in positions.get(key, []):
            osm_to_graph.setdefault(osm, g)
    for p in done:
        nodes = p["ours"]["nodes"]
        junctions = [k for k, n in enumerate(nodes) if n in osm_to_graph]
        for k0, k1 in zip(junctions, junctions[1:]):
            candidates = graph_edges.get((graph_nodes[osm_to_graph[nodes[k0]]], graph_nodes[osm_to_graph[nodes[k1]]]))
            ways = edge_index.get((nodes[k0], nodes[k0 + 1]))
            if not candidates or not ways:
                continue
            along = sum(distance_m(facts.node_lonlat[a], facts.node_lonlat[b]) for a, b in zip(nodes[k0:k1], nodes[k0 + 1 : k1 + 1]))
            seconds, metres = min(candidates, key=lambda c: (abs(c[1] - along), c[0]))
            add(facts.ways[ways[0][0]][1].get("highway", "?"), 2, metres, seconds)
    return sorted(((cls, *row) for cls, row in totals.items()), key=lambda r: (-r[1], r[0]))
