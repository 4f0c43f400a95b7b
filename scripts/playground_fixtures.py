"""Write the fixtures that check the playground's JavaScript against optlib.

    python scripts/playground_fixtures.py          # writes the JSON
    python scripts/playground_fixtures.py --check  # exit 1 if out of date

``tests/fixtures/playground.json`` holds, all computed by optlib:

* ``surfaces``: value and gradient of every playground surface (with
  several arguments) at points spread over its box, and its box and x0;
* ``trajectories``: the path, the values and the outcome of every update
  rule and option combination on several surfaces (and a few runs that
  diverge, converge, or have gradient noise);
* ``noise``: the shared counter-based generator's numbers;
* ``format``: Python's ``format(v, ".6g")`` (and .4g, .3g) of awkward
  numbers, which the JavaScript's ``fmtG`` must reproduce;
* ``rates``: :mod:`optlib.rates` (momentum and Nesterov rates, stability
  limits, worst rates, Polyak's optimum) at settings on both sides of
  every edge, a rate-map grid, and the rate map's texts
  (``optlib.playground.rate_map_texts``), for the playground's rate map.

``node --test tests/js/*.test.js`` compares the JavaScript with this file;
``tests/test_playground.py`` regenerates it in memory and compares it with
the committed one, so changing a rule on one side only fails a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pathlib
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from optlib import playground as pg  # noqa: E402
from optlib.trajectory import trajectory  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "playground.json"

SURFACE_CASES = [
    ("bowl", {}), ("bowl", {"a": 1.0, "b": 3.0}), ("bowl", {"a": 2.0,
                                                            "b": 0.5}),
    ("ill_conditioned", {}), ("ill_conditioned", {"condition": 50.0}),
    ("quadratic", {}), ("quadratic", {"condition": 20.0, "angle": 30.0}),
    ("quadratic", {"condition": 100.0, "angle": -45.0}),
    ("quadratic", {"condition": 3.7, "angle": 71.0}),
    ("rosenbrock", {}), ("beale", {}), ("himmelblau", {}), ("saddle", {}),
    ("monkey_saddle", {}), ("two_minima", {}),
]

# every rule and option combination (run on several surfaces below)
RULES = [
    {"optimizer": "SGD", "lr": 0.02},
    {"optimizer": "SGD", "lr": 0.02, "momentum": 0.9},
    {"optimizer": "SGD", "lr": 0.02, "momentum": 0.9, "dampening": 0.5},
    {"optimizer": "SGD", "lr": 0.02, "momentum": 0.9, "nesterov": True},
    {"optimizer": "SGD", "lr": 0.02, "weight_decay": 0.1},
    {"optimizer": "SGD", "lr": 0.02, "momentum": 0.5, "nesterov": True,
     "weight_decay": 0.01},
    {"optimizer": "Adagrad", "lr": 0.5},
    {"optimizer": "Adagrad", "lr": 0.5, "lr_decay": 0.1,
     "weight_decay": 0.05},
    {"optimizer": "Adagrad", "lr": 0.5, "initial_accumulator_value": 0.1,
     "eps": 1e-3},
    {"optimizer": "RMSprop", "lr": 0.01},
    {"optimizer": "RMSprop", "lr": 0.01, "alpha": 0.9, "centered": True},
    {"optimizer": "RMSprop", "lr": 0.01, "momentum": 0.9},
    {"optimizer": "RMSprop", "lr": 0.01, "alpha": 0.9, "centered": True,
     "momentum": 0.5, "weight_decay": 0.1, "eps": 1e-4},
    {"optimizer": "Adam", "lr": 0.1},
    {"optimizer": "Adam", "lr": 0.1, "amsgrad": True},
    {"optimizer": "Adam", "lr": 0.1, "weight_decay": 0.1},
    {"optimizer": "Adam", "lr": 0.05, "beta1": 0.5, "beta2": 0.99,
     "eps": 1e-6},
    {"optimizer": "AdamW", "lr": 0.1},
    {"optimizer": "AdamW", "lr": 0.1, "weight_decay": 0.5, "amsgrad": True},
] + [
    {"optimizer": "AdamVariant", "lr": 0.05, "square": sq, "sqrt": rt,
     "bias_correction": bc}
    for sq, rt, bc in itertools.product([True, False], repeat=3)
] + [
    {"optimizer": "AdamVariant", "lr": 0.05, "eps": 1e-7, "square": False,
     "sqrt": False, "bias_correction": False},        # the article's Adam
]

RULE_SURFACES = [("quadratic", {"condition": 20.0, "angle": 30.0}),
                 ("rosenbrock", {}), ("himmelblau", {})]
RULE_STEPS = 30

# special runs: divergence, convergence, escape, noise, a long run
SPECIAL = [
    ("bowl", {}, None, 100, {"optimizer": "SGD", "lr": 0.55}, 0.0),
    # the loss grows a thousandfold inside the box: diverged by fit's rule
    ("bowl", {}, None, 100, {"optimizer": "SGD", "lr": 0.51}, 0.0),
    ("bowl", {"a": 1.0, "b": 1.0}, [1.0, -2.0], 100,
     {"optimizer": "SGD", "lr": 0.25}, 0.0),
    ("quadratic", {"condition": 50.0, "angle": 20.0}, None, 200,
     {"optimizer": "SGD", "lr": 0.15, "momentum": 0.8}, 0.0),
    ("rosenbrock", {}, None, 60, {"optimizer": "SGD", "lr": 0.01}, 0.0),
    ("rosenbrock", {}, None, 600, {"optimizer": "Adam", "lr": 0.05}, 0.0),
    ("beale", {}, None, 150, {"optimizer": "Adam", "lr": 0.05}, 0.0),
    ("saddle", {}, None, 80, {"optimizer": "RMSprop", "lr": 0.05}, 0.0),
    ("saddle", {}, None, 80, {"optimizer": "SGD", "lr": 0.1}, 0.0),
    ("monkey_saddle", {}, None, 80,
     {"optimizer": "SGD", "lr": 0.05, "momentum": 0.9}, 0.0),
    ("two_minima", {}, None, 150,
     {"optimizer": "SGD", "lr": 0.05, "momentum": 0.9}, 0.0),
    ("two_minima", {}, None, 150, {"optimizer": "Adagrad", "lr": 0.5}, 0.0),
    ("himmelblau", {}, [0.0, 0.0], 150,
     {"optimizer": "AdamVariant", "lr": 0.1, "square": False,
      "sqrt": True, "bias_correction": True}, 0.0),
    ("quadratic", {"condition": 20.0, "angle": 30.0}, None, 120,
     {"optimizer": "SGD", "lr": 0.1}, 0.5),
    ("rosenbrock", {}, None, 120, {"optimizer": "Adam", "lr": 0.05}, 2.0),
    ("himmelblau", {}, None, 120,
     {"optimizer": "RMSprop", "lr": 0.02, "centered": True}, 1.0),
]

FORMAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.123456789, 1234567.0,
                 123456.4, 999999.5, 9999995.0, 1e-5, 0.0001, 0.00012345678,
                 1e16, 1.5e-300, 2.5, 0.5, 1e6, 123.456, -98765.4321,
                 3.14159265358979, 1e21, 6.02214076e23, 7e-7, 1e100,
                 float("inf"), float("-inf"), 0.000099999949, 12345.5,
                 2.675, 1.0000005]


def _points(surface, n=25, seed=0):
    rng = np.random.default_rng(seed)
    (x0, x1), (y0, y1) = surface.bounds
    return [[float(x), float(y)] for x, y in zip(rng.uniform(x0, x1, n),
                                                 rng.uniform(y0, y1, n))]


def _surface_fixture(name, args):
    s = pg.make_surface(name, args)
    pts = _points(s)
    return {"name": name, "args": args, "points": pts,
            "values": [s.value(np.array(p)) for p in pts],
            "grads": [s.grad(np.array(p)).tolist() for p in pts],
            "bounds": [list(b) for b in s.bounds], "x0": s.x0.tolist(),
            "curvatures": (np.linalg.eigvalsh(s.hessian(np.zeros(2)))
                           .tolist() if name in ("bowl", "ill_conditioned",
                                                 "quadratic") else None)}


def _run_fixture(name, args, x0, steps, rule, noise, seed=0):
    settings = pg._settings(rule)
    s = pg.make_surface(name, args)
    start = list(x0) if x0 is not None else s.x0.tolist()
    grad_fn = pg.noisy_grad(s, noise, seed) if noise else None
    run = trajectory(pg.make_optimizer(settings), s, start, steps,
                     grad_fn=grad_fn)
    return {"surface": name, "args": args, "x0": start, "steps": steps,
            "settings": settings, "noise": noise, "seed": seed,
            "path": run.path.tolist(), "values": run.values.tolist(),
            "message": run.message, "steps_run": run.steps_run,
            "diverged_step": run.diverged_step,
            "converged_step": run.converged_step,
            "outcome": pg.outcome(run), "label": pg.run_label(settings)}


def build():
    """The fixtures as a dict (what the JSON file holds)."""
    surfaces = [_surface_fixture(n, a) for n, a in SURFACE_CASES]
    runs = [_run_fixture(n, a, None, RULE_STEPS, rule, 0.0)
            for rule in RULES for n, a in RULE_SURFACES]
    runs += [_run_fixture(*case) for case in SPECIAL]
    noise = [{"seed": s, "t": t, "i": i, "hash": pg._hash32(s, t, i),
              "gaussian": pg._gaussian(s, t, i)}
             for s in (0, 1, 12345, 2 ** 32 - 1)
             for t in (1, 2, 3, 999, 70000) for i in (0, 1)]
    fmt = [{"value": v, "g6": pg.format_g(v, 6), "g4": pg.format_g(v, 4),
            "g3": pg.format_g(v, 3)} for v in FORMAT_VALUES]
    return {"about": "made by scripts/playground_fixtures.py from optlib; "
                     "do not edit",
            "surfaces": surfaces, "trajectories": runs, "noise": noise,
            "format": fmt, "rates": _rates_fixture()}


# --------------------------------------------------------------------------
# The rate map's mathematics (optlib.rates) and texts
# --------------------------------------------------------------------------

RATE_LRS = [1e-4, 0.001, 0.05, 0.09, 0.1, 0.1653, 0.19, 0.2, 0.5, 1.0, 3.9]
RATE_MUS = [0.0, 0.5, 0.6694, 0.8, 0.9, 0.99]
RATE_LAMS = [0.2, 1.0, 4.0, 20.0, -2.0]
RATE_RANGES = [(0.2, 20.0), (0.2, 4.0), (1.0, 1.0), (0.2, 200.0)]
# the rate map's grid: cell centres, as playground_core.js's rate_grid
GRID = {"lam_min": 0.2, "lam_max": 20.0, "n": 12, "m": 10}
RATE_MAP_CASES = [
    ("ill_conditioned", {"condition": 100.0},
     [{"optimizer": "SGD", "lr": 0.09},
      {"optimizer": "SGD", "lr": 0.1653, "momentum": 0.6694}], 2),
    ("quadratic", {"condition": 20.0, "angle": 30.0},
     [{"optimizer": "SGD", "lr": 0.2, "momentum": 0.9,
       "nesterov": True}], 1),
    ("bowl", {"a": 1.0, "b": 3.0},
     [{"optimizer": "SGD", "lr": 0.5, "momentum": 0.3}], 1),
]


def _rates_fixture():
    from optlib import rates
    cases = [{"lr": lr, "mu": mu, "lam": lam,
              "momentum_rate": rates.momentum_rate(lr, mu, lam),
              "nesterov_rate": rates.nesterov_rate(lr, mu, lam)}
             for lr in RATE_LRS for mu in RATE_MUS for lam in RATE_LAMS]
    limits = [{"mu": mu, "lam": lam, "nesterov": nest,
               "limit": rates.stability_limit(mu, lam, nesterov=nest)}
              for mu in RATE_MUS for lam in RATE_LAMS[:4]
              for nest in (False, True)]
    worst = [{"lr": lr, "mu": mu, "lam_min": lo, "lam_max": hi,
              "nesterov": nest,
              "rate": rates.worst_rate(lr, mu, lo, hi, nesterov=nest)}
             for lr in RATE_LRS[::2] for mu in RATE_MUS
             for lo, hi in RATE_RANGES for nest in (False, True)]
    optimal = [{"lam_min": lo, "lam_max": hi,
                "optimal": list(rates.optimal_momentum(lo, hi))}
               for lo, hi in RATE_RANGES]
    g = GRID
    lr_max = 1.1 * rates.stability_limit(1.0, g["lam_max"])
    lr = lr_max * (np.arange(g["n"]) + 0.5) / g["n"]
    mu = (g["m"] - np.arange(g["m"]) - 0.5) / g["m"]
    lrs, mus = np.meshgrid(lr, mu)
    grid = dict(g, lr_max=lr_max, rates={
        str(nest).lower(): rates.worst_rate(lrs, mus, g["lam_min"],
                                            g["lam_max"], nesterov=nest)
        .ravel().tolist() for nest in (False, True)})
    texts = []
    for surface, args, runs, number in RATE_MAP_CASES:
        play = pg.playground(surface, runs, surface_args=args, steps=10,
                             rate_map=number)
        texts.append({"surface": surface, "args": args,
                      "runs": play.config["runs"],
                      "rate_map": play.config["rate_map"],
                      "curvatures": list(pg.curvatures(surface, args)),
                      "texts": pg.rate_map_texts(play.config)})
    return {"cases": cases, "limits": limits, "worst": worst,
            "optimal": optimal, "grid": grid, "texts": texts}


def dumps(data):
    """The file's text (inf written as the string "inf")."""
    def fix(v):
        if isinstance(v, float) and not np.isfinite(v):
            return "nan" if v != v else ("inf" if v > 0 else "-inf")
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        if isinstance(v, list):
            return [fix(x) for x in v]
        return v
    return json.dumps(fix(data), indent=None, separators=(",", ":"),
                      allow_nan=False) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="only compare with the committed file")
    args = ap.parse_args(argv)
    text = dumps(build())
    if args.check:
        same = OUT.exists() and OUT.read_text() == text
        print(f"{OUT.relative_to(ROOT)} is "
              f"{'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text) / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
