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
Each cell shows the median and, in parentheses, the minimum.

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


def median_seconds(step, repeats, warmup=20):
    """Median and minimum wall time of ``step()`` over ``repeats`` calls.

    The warm-up matters for torch, whose first few steps are slow.  On a
    busy machine the median includes time slices lost to other processes
    (a thread that waits for a core loses ~4-8 ms); the minimum is the
    cost of the step itself.
    """
    for _ in range(warmup):
        step()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        step()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def problem(n, seed=0):
    """A parameter and two gradients that the steps alternate between."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal(n), [rng.standard_normal(n) for _ in "ab"]


def time_optlib(cls_name, kwargs, n, repeats):
    w, (g1, g2) = problem(n)
    opt = getattr(optim, cls_name)([w], **kwargs)
    grads = [[g1], [g2]]
    count = [0]

    def step():
        count[0] += 1
        opt.step(grads[count[0] % 2])

    return median_seconds(step, repeats)


def time_torch(cls_name, kwargs, n, repeats, foreach):
    w, (g1, g2) = problem(n)
    w = torch.tensor(w)
    grads = [torch.tensor(g1), torch.tensor(g2)]
    opt = getattr(torch.optim, cls_name)([w], foreach=foreach, **kwargs)
    count = [0]

    def step():
        count[0] += 1
        w.grad = grads[count[0] % 2]
        opt.step()

    with torch.no_grad():
        return median_seconds(step, repeats)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[10_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=None,
                        help="timed calls per cell (default: 400 for "
                             "small sizes, 40 for large)")
    parser.add_argument("--torch-threads", type=int, default=None,
                        help="torch.set_num_threads (default: torch's)")
    args = parser.parse_args(argv)
    if torch is not None and args.torch_threads:
        torch.set_num_threads(args.torch_threads)

    print(f"numpy {np.__version__}, python {platform.python_version()}, "
          f"{os.cpu_count()} cpus, load average "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if torch is not None:
        print(f"torch {torch.__version__}, "
              f"{torch.get_num_threads()} torch threads")
    else:
        print("torch not importable: optlib column only")
    print("microseconds per step: median (minimum); ratio = optlib / "
          "torch foreach")
    header = f"{'optimizer':21s} {'n':>9s} {'optlib':>15s}"
    if torch is not None:
        header += f" {'torch':>15s} {'torch foreach':>15s} {'ratio':>11s}"
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        repeats = args.repeats or (400 if n <= 100_000 else 40)
        for label, cls_name, kwargs in CASES:
            ours = time_optlib(cls_name, kwargs, n, repeats)
            row = f"{label:21s} {n:9d} {cell(ours)}"
            if torch is not None:
                single = time_torch(cls_name, kwargs, n, repeats, False)
                multi = time_torch(cls_name, kwargs, n, repeats, True)
                ratio = [a / b for a, b in zip(ours, multi)]
                row += (f" {cell(single)} {cell(multi)} "
                        f"{ratio[0]:5.2f}({ratio[1]:4.2f})")
            print(row, flush=True)


def cell(times):
    median, minimum = times
    return f"{median * 1e6:7.0f}({minimum * 1e6:6.0f})"


if __name__ == "__main__":
    main()
