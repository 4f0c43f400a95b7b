"""Time one ``step`` of every optlib optimizer against torch.optim.

Usage::

    python benchmarks/step.py                  # 10_000 and 1_000_000 params
    python benchmarks/step.py --sizes 10000 --repeats 300

For each optimizer (torch's defaults plus the momentum / Nesterov /
centered / AMSGrad variants) and each size, one float64 parameter array of
that size is updated from a fixed gradient; the table shows the median
wall time of one ``step`` in microseconds over ``--repeats`` calls (after a
warm-up), for optlib and, when torch is importable, for torch.optim with
``foreach=False`` (one tensor at a time) and ``foreach=True``.  The last
column is optlib's time divided by torch foreach's (< 1: optlib faster).

Timings depend on the machine and on what else runs on it: the table
prints the thread count torch uses and the load average.  NumPy runs each
ufunc on one thread; torch may use several for large arrays.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

import numpy as np

import optlib.optim as optim

try:  # torch is optional: only for the comparison columns
    import torch
except ImportError:  # pragma: no cover - depends on the environment
    torch = None

# name, optlib class, keyword arguments (torch's names, so shared)
CASES = [
    ("SGD", "SGD", dict(lr=1e-3)),
    ("SGD momentum", "SGD", dict(lr=1e-3, momentum=0.9)),
    ("SGD nesterov", "SGD", dict(lr=1e-3, momentum=0.9, nesterov=True)),
    ("Adagrad", "Adagrad", dict(lr=1e-2)),
    ("RMSprop", "RMSprop", dict(lr=1e-2)),
    ("RMSprop mom+centered", "RMSprop",
     dict(lr=1e-2, momentum=0.9, centered=True)),
    ("Adam", "Adam", dict(lr=1e-3)),
    ("Adam amsgrad", "Adam", dict(lr=1e-3, amsgrad=True)),
    ("AdamW", "AdamW", dict(lr=1e-3)),
    ("AdamW amsgrad", "AdamW", dict(lr=1e-3, amsgrad=True)),
]


def median_seconds(step, repeats, warmup=5):
    """Median wall time of ``step()`` over ``repeats`` calls."""
    for _ in range(warmup):
        step()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        step()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_optlib(cls_name, kwargs, n, repeats, seed=0):
    rng = np.random.default_rng(seed)
    w = rng.standard_normal(n)
    g = rng.standard_normal(n)
    opt = getattr(optim, cls_name)([w], **kwargs)
    grads = [g]
    return median_seconds(lambda: opt.step(grads), repeats)


def time_torch(cls_name, kwargs, n, repeats, foreach, seed=0):
    rng = np.random.default_rng(seed)
    w = torch.tensor(rng.standard_normal(n), dtype=torch.float64)
    w.grad = torch.tensor(rng.standard_normal(n), dtype=torch.float64)
    opt = getattr(torch.optim, cls_name)([w], foreach=foreach, **kwargs)
    with torch.no_grad():
        return median_seconds(opt.step, repeats)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[10_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=None,
                        help="timed calls per cell (default: 400 for "
                             "small sizes, 40 for large)")
    args = parser.parse_args(argv)

    print(f"numpy {np.__version__}, python {platform.python_version()}, "
          f"{os.cpu_count()} cpus, load average "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if torch is not None:
        print(f"torch {torch.__version__}, "
              f"{torch.get_num_threads()} torch threads")
    else:
        print("torch not importable: optlib column only")
    header = (f"{'optimizer':22s} {'n':>9s} {'optlib us':>10s} "
              f"{'torch us':>10s} {'foreach us':>10s} {'optlib/fe':>9s}")
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        repeats = args.repeats or (400 if n <= 100_000 else 40)
        for label, cls_name, kwargs in CASES:
            ours = time_optlib(cls_name, kwargs, n, repeats)
            row = f"{label:22s} {n:9d} {ours * 1e6:10.1f} "
            if torch is not None:
                single = time_torch(cls_name, kwargs, n, repeats, False)
                multi = time_torch(cls_name, kwargs, n, repeats, True)
                row += (f"{single * 1e6:10.1f} {multi * 1e6:10.1f} "
                        f"{ours / multi:9.2f}")
            print(row, flush=True)


if __name__ == "__main__":
    main()
