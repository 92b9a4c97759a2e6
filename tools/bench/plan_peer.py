#!/usr/bin/env python3
"""Planning peer: PySAL spopt's maximal covering model (MCLP) on PatrolMap's own plan instance.

    patrolmap plan MAP --add K --minutes T --instance DIR
    python3 tools/bench/plan_peer.py DIR            # prints JSON

spopt takes a dense demand × facility cost matrix. It is built from the instance files
(`times.csv` holds only the candidate times that beat the existing posts): one column per
candidate, plus one column for the existing posts together (each household's baseline time),
fixed open as a predefined facility, so p = K + 1. Missing times become the cap, which is past
the threshold and never better than the baseline, so the optimum is unchanged. spopt builds
the model with PuLP and solves it with CBC, the solver PuLP ships.

The value printed is recomputed from the sites spopt chose (residents within T of a chosen
site or an existing post), so it compares directly with `plan`'s value and the MILP optimum.
Build (matrix + PuLP model) and solve times are reported apart.
"""
import json
import os
import sys
import time

import numpy as np

# The instance reader is plan_check's, so both read the files the same way.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plan-check"))
from plan_check import load  # noqa: E402


def main():
    import pulp
    import spopt
    from spopt.locate import MCLP

    problem, w, b, cand, house, secs, n_cand = load(sys.argv[1])
    assert problem["objective"] == "coverage", "the peer solves the coverage objective (plan --objective coverage)"
    k, threshold, cap = problem["choose"], problem["threshold_s"], problem["cap_s"]

    start = time.perf_counter()
    cost = np.full((len(w), n_cand + 1), float(cap))
    cost[house, cand] = secs
    cost[:, n_cand] = b
    predefined = np.zeros(n_cand + 1, dtype=int)
    predefined[n_cand] = 1
    model = MCLP.from_cost_matrix(cost, w, service_radius=threshold, p_facilities=k + 1, predefined_facilities_arr=predefined)
    build_s = time.perf_counter() - start

    start = time.perf_counter()
    model.solve(pulp.PULP_CBC_CMD(msg=False))
    solve_s = time.perf_counter() - start

    chosen = [j for j in range(n_cand) if model.fac_vars[j].value() > 0.5]
    best = np.minimum(b, cost[:, chosen].min(axis=1)) if chosen else b
    value = float(w[best <= threshold].sum())
    print(json.dumps({
        "peer": "spopt MCLP", "versions": {"spopt": spopt.__version__, "pulp": pulp.__version__},
        "solver": "CBC (PuLP's bundled PULP_CBC_CMD)", "status": pulp.LpStatus[model.problem.status],
        "households": len(w), "candidates": n_cand, "choose": k, "selected": chosen,
        "value": value, "model_objective": float(pulp.value(model.problem.objective)),
        "build_s": build_s, "solve_s": solve_s, "total_s": build_s + solve_s,
    }, indent=2))


if __name__ == "__main__":
    main()
