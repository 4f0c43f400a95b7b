"""How closely optlib follows torch.optim: one step, and long runs.

Usage (torch is needed; it is optional for the course)::

    python benchmarks/torch_parity.py

Prints, in float64:

1. **One step.**  For every optimizer (torch's defaults and the variants
   of ``benchmarks/step.py``), the largest relative difference between
   optlib and torch (``foreach=False``) after one and after ten steps on
   a random problem: a few units in the last place, the rounding of
   torch's fused multiply-adds.
2. **A long run on a sensitive problem.**  Plain RMSprop (lr = 1e-2) on
   the random quadratic ½θᵀAθ (20 parameters, curvatures from 0.1 to 10,
   minimum at 0, θ₀ ~ N(0, 1)), 200 and 1000 steps: the largest
   elementwise difference between optlib and torch, and, for scale,
   between torch and torch started one ulp away (``np.nextafter`` on
   every entry of θ₀).  While the run descends the two agree to rounding;
   once it reaches the minimum, RMSprop's steps g/√v keep a size of
   order η and the dynamics amplify any rounding: optlib and torch then
   differ about as much as torch does from itself after a one-ulp
   change of the start.  The formulas agree; the problem is sensitive.

The API page ("Coming from torch.optim") quotes these figures.
"""

from __future__ import annotations

import numpy as np
import torch

import optlib.optim as optim

CASES = [
    ("SGD", dict(lr=1e-2)),
    ("SGD", dict(lr=1e-2, momentum=0.9, nesterov=True)),
    ("Adagrad", dict(lr=1e-2)),
    ("RMSprop", dict(lr=1e-2)),
    ("RMSprop", dict(lr=1e-2, momentum=0.9, centered=True)),
    ("Adam", dict(lr=1e-3)),
    ("Adam", dict(lr=1e-3, amsgrad=True)),
    ("AdamW", dict(lr=1e-3)),
]


def quadratic(n=50, low=1e-2, high=1e2, b_scale=1.0, seed=0):
    """(A, b, θ₀) of ½θᵀAθ − bᵀθ, eigenvalues log-spaced in [low, high]."""
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    A = q @ np.diag(np.geomspace(low, high, n)) @ q.T
    return A, b_scale * rng.standard_normal(n), rng.standard_normal(n)


def run_optlib(name, kw, A, b, theta0, steps):
    theta = theta0.copy()
    opt = getattr(optim, name)([theta], **kw)
    for _ in range(steps):
        opt.step([A @ theta - b])
    return theta


def run_torch(name, kw, A, b, theta0, steps):
    theta = torch.tensor(theta0, dtype=torch.float64)
    opt = getattr(torch.optim, name)([theta], foreach=False, **kw)
    At, bt = torch.from_numpy(A), torch.from_numpy(b)
    for _ in range(steps):
        theta.grad = At @ theta - bt
        opt.step()
    return theta.numpy()


def main():
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, numpy {np.__version__}, float64")
    A, b, theta0 = quadratic()
    print("\n1. max |optlib - torch| / max |torch|, random quadratic")
    print(f"{'optimizer':44} {'1 step':>9} {'10 steps':>9}")
    for name, kw in CASES:
        row = []
        for steps in (1, 10):
            ours = run_optlib(name, kw, A, b, theta0, steps)
            ref = run_torch(name, kw, A, b, theta0, steps)
            row.append(np.abs(ours - ref).max() / np.abs(ref).max())
        label = f"{name}({', '.join(f'{k}={v}' for k, v in kw.items())})"
        print(f"{label:44} {row[0]:9.1e} {row[1]:9.1e}")

    print("\n2. plain RMSprop(lr=1e-2) on 0.5 theta'A theta (n=20, "
          "curvatures 0.1..10): max elementwise difference")
    A, b, theta0 = quadratic(20, 0.1, 10.0, b_scale=0.0)
    kw = dict(lr=1e-2)
    print(f"{'steps':>6} {'optlib-torch':>13} {'torch-torch(+1ulp)':>19} "
          f"{'max|theta|':>11}")
    for steps in (200, 1000):
        ref = run_torch("RMSprop", kw, A, b, theta0, steps)
        ours = run_optlib("RMSprop", kw, A, b, theta0, steps)
        nudged = run_torch("RMSprop", kw, A, b,
                           np.nextafter(theta0, np.inf), steps)
        print(f"{steps:6d} {np.abs(ours - ref).max():13.1e} "
              f"{np.abs(nudged - ref).max():19.1e} "
              f"{np.abs(ref).max():11.3f}")


if __name__ == "__main__":
    main()
