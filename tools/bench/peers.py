#!/usr/bin/env python3
"""Shortest-path peers on PatrolMap's exported graph: SciPy, igraph and NetworkX.

    peers.py queries GRAPH_DIR PAIRS.csv SOURCES.csv N_PAIRS N_SOURCES   # draw the queries
    peers.py run GRAPH_DIR PAIRS.csv SOURCES.csv [RUNS [NETWORKX_MAX_EDGES]] # time the peers

The graph is `patrolmap export graph` output (edges in exact milliseconds), so every peer
answers on exactly the same numbers; `run` checks the answers agree and prints JSON timings
(best of RUNS, default three, seconds; NetworkX once, and not at all on a graph of more
than NETWORKX_MAX_EDGES directed edges, default 2 million: it needs about 1 KB per edge). Workloads: one-to-one pairs, one-to-all searches from
each source, and multi-source searches from groups of five sources at once; each has a
checksum (the sum of exact millisecond times) that every peer must reproduce.
"""
import csv
import json
import random
import sys
import time


def load_edges(folder):
    """Node count and the edges' sources, targets and exact milliseconds (seconds have 3 decimals)."""
    src, dst, ms = [], [], []
    with open(f"{folder}/edges.csv") as f:
        assert next(f).strip() == "from,to,seconds,meters"
        for line in f:
            a, b, seconds, _ = line.split(",")
            src.append(int(a)); dst.append(int(b)); ms.append(int(seconds.replace(".", "")))
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
    import numpy as np
    g = sp.csr_matrix((np.ones(len(src)), (src, dst)), shape=(n, n))
    _, labels = connected_components(g, directed=True, connection="strong")
    largest = int(np.argmax(np.bincount(labels)))
    nodes = np.flatnonzero(labels == largest).tolist()
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


GROUP = 5  # sources per multi-source search, as in patrolmap-bench


def finite_sum(values):
    """Sum of the finite times, rounded to whole milliseconds (the checksum every tool prints)."""
    import numpy as np
    a = np.asarray(values, dtype=float)
    return int(np.rint(a[np.isfinite(a)]).astype(np.int64).sum())


def run(folder, pairs_path, sources_path, runs=3, networkx_max_edges=2_000_000):
    import numpy as np
    import scipy
    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra
    n, src, dst, ms = load_edges(folder)
    pairs = read_ids(pairs_path)
    sources = [s[0] for s in read_ids(sources_path)]
    groups = [sources[i:i + GROUP] for i in range(0, len(sources), GROUP)]
    results = {"versions": {"scipy": scipy.__version__, "numpy": np.__version__}, "multi_source_group": GROUP}
    results["graph_nodes"], results["graph_edges"] = n, len(src)
    # Parallel edges: keep the cheapest, as a shortest path would.
    a_, b_, c_ = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64), np.array(ms, dtype=np.int64)
    order = np.lexsort((c_, b_, a_))
    a_, b_, c_ = a_[order], b_[order], c_[order]
    first = np.ones(len(a_), dtype=bool)
    first[1:] = (a_[1:] != a_[:-1]) | (b_[1:] != b_[:-1])
    rows, cols, vals = a_[first].tolist(), b_[first].tolist(), c_[first].tolist()
    keys = list(zip(rows, cols))
    del src, dst, ms
    # SciPy treats explicit zeros as missing edges: shift zero-cost transfer edges to a tiny cost
    # and round the answers back (ms are integers; the shift stays far below 1 ms).
    eps = 1e-9
    start = time.perf_counter()
    matrix = sp.csr_matrix(([v if v > 0 else eps for v in vals], (rows, cols)), shape=(n, n))
    results["scipy_build_s"] = time.perf_counter() - start
    t, checksum = best(runs, lambda: sum(int(round(dijkstra(matrix, indices=a)[b])) for a, b in pairs))
    results["scipy_one_to_one_s"] = t
    results["one_to_one_checksum_ms"] = checksum
    t, arrays = best(runs, lambda: [dijkstra(matrix, indices=s) for s in sources])
    results["scipy_one_to_all_s"] = t
    results["one_to_all_checksum_ms"] = sum(finite_sum(a) for a in arrays)
    t, arrays = best(runs, lambda: [dijkstra(matrix, indices=g, min_only=True) for g in groups])
    results["scipy_multi_source_s"] = t
    results["multi_source_checksum_ms"] = sum(finite_sum(a) for a in arrays)
    try:
        import igraph
        results["versions"]["igraph"] = igraph.__version__
        # igraph has no multi-source search: one extra vertex per group, with zero-cost edges
        # to the group's sources (the usual super-source); nothing leads back into them.
        extra = [(n + g, s) for g, group in enumerate(groups) for s in group]
        graph = igraph.Graph(n=n + len(groups), edges=keys + extra, directed=True)
        graph.es["w"] = vals + [0] * len(extra)
        t, check = best(runs, lambda: sum(int(graph.distances(source=a, target=b, weights="w")[0][0]) for a, b in pairs))
        assert check == checksum, "igraph disagrees (one-to-one)"
        results["igraph_one_to_one_s"] = t
        t, rows_ = best(runs, lambda: [graph.distances(source=s, weights="w")[0] for s in sources])
        assert sum(finite_sum(r[:n]) for r in rows_) == results["one_to_all_checksum_ms"], "igraph disagrees (one-to-all)"
        results["igraph_one_to_all_s"] = t
        t, rows_ = best(runs, lambda: [graph.distances(source=n + g, weights="w")[0] for g in range(len(groups))])
        assert sum(finite_sum(r[:n]) for r in rows_) == results["multi_source_checksum_ms"], "igraph disagrees (multi-source)"
        results["igraph_multi_source_s"] = t
    except ImportError:
        results["igraph_failed"] = "not installed"
    except AssertionError as error:
        results["igraph_failed"] = str(error)
    try:
        import networkx as nx
        if len(keys) > networkx_max_edges:
            results["networkx_failed"] = f"not run: {len(keys):,} edges, over its limit of {networkx_max_edges:,}"
            raise ImportError
        results["versions"]["networkx"] = nx.__version__
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(zip(rows, cols, vals))
        t, check = best(1, lambda: sum(nx.dijkstra_path_length(graph, a, b) for a, b in pairs))
        assert check == checksum, "networkx disagrees (one-to-one)"
        results["networkx_one_to_one_s"] = t
        t, maps = best(1, lambda: [nx.single_source_dijkstra_path_length(graph, s) for s in sources])
        assert sum(sum(m.values()) for m in maps) == results["one_to_all_checksum_ms"], "networkx disagrees (one-to-all)"
        results["networkx_one_to_all_s"] = t
        t, maps = best(1, lambda: [nx.multi_source_dijkstra_path_length(graph, set(g)) for g in groups])
        assert sum(sum(m.values()) for m in maps) == results["multi_source_checksum_ms"], "networkx disagrees (multi-source)"
        results["networkx_multi_source_s"] = t
    except ImportError:
        results.setdefault("networkx_failed", "not installed")
    except AssertionError as error:
        results["networkx_failed"] = str(error)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if sys.argv[1] == "queries":
        queries(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    else:
        run(sys.argv[2], sys.argv[3], sys.argv[4], *[int(a) for a in sys.argv[5:7]])
