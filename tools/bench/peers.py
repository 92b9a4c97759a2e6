#!/usr/bin/env python3
"""Shortest-path peers on PatrolMap's exported graph: SciPy, igraph and NetworkX.

    peers.py queries GRAPH_DIR PAIRS.csv SOURCES.csv N_PAIRS N_SOURCES   # draw the queries
    peers.py run GRAPH_DIR PAIRS.csv SOURCES.csv                        # time the peers

The graph is `patrolmap export graph` output (edges in exact milliseconds), so every peer
answers on exactly the same numbers; `run` checks the answers agree and prints JSON timings
(best of three, seconds).
"""
import csv
import json
import random
import sys
import time


def load_edges(folder):
    src, dst, ms = [], [], []
    with open(f"{folder}/edges.csv") as f:
        for row in csv.DictReader(f):
            whole, frac = row["seconds"].split(".")
            src.append(int(row["from"])); dst.append(int(row["to"])); ms.append(int(whole) * 1000 + int(frac))
    with open(f"{folder}/nodes.csv") as f:
        n = sum(1 for _ in f) - 1
    return n, src, dst, ms


def read_ids(path):
    with open(path) as f:
        return [[int(x) for x in line.strip().split(",")] for line in list(f)[1:] if line.strip()]


def best(runs, body):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        value = body()
        times.append(time.perf_counter() - start)
    return min(times), value


def queries(folder, pairs_path, sources_path, n_pairs, n_sources):
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components
    n, src, dst, ms = load_edges(folder)
    g = sp.csr_matrix(([1] * len(src), (src, dst)), shape=(n, n))
    _, labels = connected_components(g, directed=True, connection="strong")
    largest = max(set(labels), key=list(labels).count)
    nodes = [v for v in range(n) if labels[v] == largest]
    rng = random.Random(20261129)
    with open(pairs_path, "w") as f:
        f.write("from,to\n")
        for _ in range(n_pairs):
            a, b = rng.sample(nodes, 2)
            f.write(f"{a},{b}\n")
    with open(sources_path, "w") as f:
        f.write("source\n")
        for v in rng.sample(nodes, n_sources):
            f.write(f"{v}\n")


def run(folder, pairs_path, sources_path):
    import numpy as np
    import scipy
    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra
    n, src, dst, ms = load_edges(folder)
    pairs = read_ids(pairs_path)
    sources = [s[0] for s in read_ids(sources_path)]
    results = {"versions": {"scipy": scipy.__version__}}
    # Parallel edges: keep the cheapest, as a shortest path would.
    best_edge = {}
    for a, b, c in zip(src, dst, ms):
        if (a, b) not in best_edge or c < best_edge[(a, b)]:
            best_edge[(a, b)] = c
    keys = list(best_edge)
    rows = [k[0] for k in keys]; cols = [k[1] for k in keys]; vals = [best_edge[k] for k in keys]
    # SciPy treats explicit zeros as missing edges: shift zero-cost transfer edges to a tiny cost
    # and round the answers back (ms are integers; the shift stays far below 1 ms).
    eps = 1e-9
    matrix = sp.csr_matrix(([v if v > 0 else eps for v in vals], (rows, cols)), shape=(n, n))
    t, checksum = best(3, lambda: sum(int(round(dijkstra(matrix, indices=a)[b])) for a, b in pairs))
    results["scipy_one_to_one_s"] = t
    results["one_to_one_checksum_ms"] = checksum
    t, _ = best(3, lambda: [dijkstra(matrix, indices=s) for s in sources])
    results["scipy_one_to_all_s"] = t
    try:
        import igraph
        results["versions"]["igraph"] = igraph.__version__
        graph = igraph.Graph(n=n, edges=keys, directed=True)
        graph.es["w"] = vals
        t, check = best(3, lambda: sum(int(graph.distances(source=a, target=b, weights="w")[0][0]) for a, b in pairs))
        assert check == checksum, "igraph disagrees"
        results["igraph_one_to_one_s"] = t
        t, _ = best(3, lambda: [graph.distances(source=s, weights="w") for s in sources])
        results["igraph_one_to_all_s"] = t
    except ImportError:
        results["igraph"] = "not installed"
    try:
        import networkx as nx
        results["versions"]["networkx"] = nx.__version__
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(zip(rows, cols, vals))
        t, check = best(1, lambda: sum(nx.dijkstra_path_length(graph, a, b) for a, b in pairs))
        assert check == checksum, "networkx disagrees"
        results["networkx_one_to_one_s"] = t
        t, _ = best(1, lambda: [nx.single_source_dijkstra_path_length(graph, s) for s in sources])
        results["networkx_one_to_all_s"] = t
    except ImportError:
        results["networkx"] = "not installed"
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if sys.argv[1] == "queries":
        queries(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    else:
        run(sys.argv[2], sys.argv[3], sys.argv[4])
