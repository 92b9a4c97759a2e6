#!/usr/bin/env python3
"""Check a `patrolmap plan` answer against the exact optimum of the same instance.

    patrolmap plan MAP --add K --minutes T [--objective coverage|mean|max] --instance DIR
    python3 tools/plan-check/plan_check.py DIR

Reads DIR/households.csv, times.csv and problem.json (written by --instance), builds the
integer program of the objective, solves it with HiGHS through scipy.optimize.milp, and prints
the optimum, the plan's value, its gap, whether the plan's reported bound is a true bound, and
the solve time (model building included). The solver's time limit is 600 s, or
PLAN_CHECK_SECONDS when set. A MILP stopped by its limit is reported as not optimal: its best
solution, when it found one, can still refute a bound but not prove one; when it found none the
report says so ("no solution in 600 s") and the bound stays untested.
Needs scipy >= 1.9 (pip install scipy). Exit status 1 when the bound is violated.
"""
import os
import csv
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix, hstack, vstack, identity, csr_matrix

TIME_LIMIT_S = float(os.environ.get("PLAN_CHECK_SECONDS", "600"))


def load(folder):
    with open(f"{folder}/problem.json") as f:
        problem = json.load(f)
    weights, baseline = [], []
    with open(f"{folder}/households.csv") as f:
        for row in csv.DictReader(f):
            weights.append(float(row["weight"]))
            baseline.append(float(row["baseline_s"]))
    cand, house, secs = [], [], []
    with open(f"{folder}/times.csv") as f:
        for row in csv.DictReader(f):
            cand.append(int(row["candidate"]))
            house.append(int(row["household"]))
            secs.append(float(row["seconds"]))
    with open(f"{folder}/candidates.csv") as f:
        n_cand = sum(1 for _ in csv.DictReader(f))
    return problem, np.array(weights), np.array(baseline), np.array(cand, dtype=int), np.array(house, dtype=int), np.array(secs), n_cand


def solve_coverage(problem, w, b, cand, house, secs, n_cand):
    k, T = problem["choose"], problem["threshold_s"]
    fixed = w[b <= T].sum()
    need = np.where(b > T)[0]
    index = {h: j for j, h in enumerate(need)}
    rows, cols = [], []
    for c, h, t in zip(cand, house, secs):
        if t <= T and h in index:
            rows.append(index[h]); cols.append(c)
    m = len(need)
    # variables: x (n_cand), y (m); maximise w·y
    cover = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(m, n_cand))
    a = hstack([-cover, identity(m)])  # y_i - sum x_c <= 0
    total = hstack([csr_matrix(np.ones((1, n_cand))), csr_matrix((1, m))])
    cons = [LinearConstraint(a, -np.inf, 0), LinearConstraint(total, k, k)]
    c = np.concatenate([np.zeros(n_cand), -w[need]])
    integrality = np.concatenate([np.ones(n_cand), np.zeros(m)])
    res = milp(c, constraints=cons, integrality=integrality, bounds=Bounds(0, 1), options={"time_limit": TIME_LIMIT_S})
    return (None if res.fun is None else fixed - res.fun), res


def solve_assignment(problem, w, b, cand, house, secs, n_cand, center):
    k, cap = problem["choose"], problem["cap_s"]
    n = len(w)
    b = np.minimum(b, cap)
    e = len(cand)
    # variables: x (n_cand), u (n: stay with the baseline), z (e: household h served by candidate c), [R]
    nv = n_cand + n + e + (1 if center else 0)
    assign = hstack([csr_matrix((n, n_cand)), identity(n), coo_matrix((np.ones(e), (house, np.arange(e))), shape=(n, e))]
                    + ([csr_matrix((n, 1))] if center else []))
    link = hstack([-coo_matrix((np.ones(e), (np.arange(e), cand)), shape=(e, n_cand)), csr_matrix((e, n)), identity(e)]
                  + ([csr_matrix((e, 1))] if center else []))
    total = hstack([csr_matrix(np.ones((1, n_cand))), csr_matrix((1, n + e))] + ([csr_matrix((1, 1))] if center else []))
    cons = [LinearConstraint(assign, 1, 1), LinearConstraint(link, -np.inf, 0), LinearConstraint(total, k, k)]
    if center:
        active = w > 0
        time_rows = hstack([csr_matrix((n, n_cand)), coo_matrix((b, (np.arange(n), np.arange(n))), shape=(n, n)),
                            coo_matrix((secs, (house, np.arange(e))), shape=(n, e)), csr_matrix(-np.ones((n, 1)))])
        cons.append(LinearConstraint(time_rows.tocsr()[active], -np.inf, 0))
        c = np.zeros(nv); c[-1] = 1
    else:
        c = np.concatenate([np.zeros(n_cand), w * b, w[house] * secs]) / w.sum()
    integrality = np.concatenate([np.ones(n_cand), np.zeros(nv - n_cand)])
    upper = np.concatenate([np.ones(nv - (1 if center else 0)), [np.inf] if center else []])
    res = milp(c, constraints=cons, integrality=integrality, bounds=Bounds(0, upper), options={"time_limit": TIME_LIMIT_S})
    return res.fun, res


def main():
    folder = sys.argv[1]
    problem, w, b, cand, house, secs, n_cand = load(folder)
    objective = problem["objective"]
    start = time.perf_counter()
    if objective == "coverage":
        optimum, res = solve_coverage(problem, w, b, cand, house, secs, n_cand)
    else:
        optimum, res = solve_assignment(problem, w, b, cand, house, secs, n_cand, objective == "max")
    solve_s = time.perf_counter() - start
    # Status 0: proven optimal. Otherwise (time limit) `optimum` is only the best solution found,
    # so the plan's bound can be refuted (it is beaten by a feasible solution) but not proven;
    # with no solution at all (`optimum` None) nothing is known and the bound stays untested.
    optimal = res.status == 0
    value, bound = problem["value"], problem["bound"]
    if optimum is None:
        gap, bound_ok = None, None
    elif objective == "coverage":
        gap = (optimum - value) / optimum if optimum else 0
        bound_ok = bound >= optimum - 1e-6
    else:
        gap = (value - optimum) / optimum if optimum else 0
        bound_ok = bound <= optimum + 1e-6
    if optimal:
        summary = f"HiGHS: optimum {optimum:.1f} vs ours {value:.1f}"
    elif optimum is None:
        summary = f"HiGHS: no solution in {TIME_LIMIT_S:.0f} s; ours {value:.1f}"
    else:
        summary = f"HiGHS: no proven optimum in {TIME_LIMIT_S:.0f} s; best found {optimum:.1f} vs ours {value:.1f}"
    print(json.dumps({"objective": objective, "candidates": n_cand, "households": len(w), "entries": len(cand),
                      "optimum": None if optimum is None else float(optimum), "optimal": optimal, "plan": value,
                      "gap": gap, "plan_bound": bound, "bound_valid": bound_ok,
                      "bound_proven": bool(bound_ok and optimal), "time_limit_s": TIME_LIMIT_S,
                      "solve_s": solve_s, "solver": res.message, "summary": summary}, indent=2))
    print(summary, file=sys.stderr)
    sys.exit(1 if bound_ok is False else 0)


if __name__ == "__main__":
    main()
