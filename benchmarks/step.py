"""Time one ``step`` of every optlib optimizer against torch.optim.

Usage::

    python benchmarks/step.py                  # 10_000 and 1_000_000 params
    python benchmarks/step.py --sizes 10000 --repeats 300
    python benchmarks/step.py --torch-threads 1

For each optimizer (torch's defaults plus the momentum / Nesterov /
centered / AMSGrad variants) and each size, one float64 parameter array of
that size is updated from two fixed gradients, alternately.  The
implementations are timed *interleaved* (optlib, torch ``foreach=False``,
torch ``foreach=True``, optlib, ...) after a warm-up, so a burst of load
from other processes hits all three alike.  Each cell shows the median
wall time of one ``step`` in microseconds and, in parentheses, the
minimum: on a busy machine the median includes time slices lost to other
processes, the minimum is closest to the cost of the step itself.  The
last column is optlib's time divided by torch foreach's, medians
(minima); below 1 means optlib is faster.

NumPy runs each ufunc on one thread; torch may use several for large
arrays (the header prints how many), and fuses each update line into one
pass.  torch is optional: without it only the optlib column is printed.
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

# name, class name (the same in optlib and torch.optim), keyword arguments
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


def problem(n, seed=0):
    """A parameter and two gradients that the steps alternate between."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal(n), [rng.standard_normal(n) for _ in "ab"]


def optlib_stepper(cls_name, kwargs, n):
    w, grads = problem(n)
    opt = getattr(optim, cls_name)([w], **kwargs)
    count = [0]

    def step():
        count[0] += 1
        opt.step([grads[count[0] % 2]])

    return step


def torch_stepper(cls_name, kwargs, n, foreach):
    w, grads = problem(n)
    w = torch.tensor(w)
    grads = [torch.tensor(g) for g in grads]
    opt = getattr(torch.optim, cls_name)([w], foreach=foreach, **kwargs)
    count = [0]

    def step():
        count[0] += 1
        w.grad = grads[count[0] % 2]
        with torch.no_grad():
            opt.step()

    return step


def interleaved_times(steps, repeats, warmup=20):
    """Median and minimum seconds per call of each function in ``steps``.

    The warm-up matters for torch, whose first few steps are slow.
    """
    for step in steps:
        for _ in range(warmup):
            step()
    times = [[] for _ in steps]
    for _ in range(repeats):
        for step, record in zip(steps, times):
            t0 = time.perf_counter()
            step()
            record.append(time.perf_counter() - t0)
    return [(statistics.median(t), min(t)) for t in times]


def cell(times):
    median, minimum = times
    return f"{median * 1e6:7.0f}({minimum * 1e6:6.0f})"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[10_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=None,
                        help="timed calls per cell (default: 400 for "
                             "small sizes, 60 for large)")
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
    print("microseconds of wall time per step: median (minimum); "
          "ratio = optlib / torch foreach")
    header = f"{'optimizer':21s} {'n':>9s} {'optlib':>15s}"
    if torch is not None:
        header += f" {'torch':>15s} {'torch foreach':>15s} {'ratio':>11s}"
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        repeats = args.repeats or (400 if n <= 100_000 else 60)
        for label, cls_name, kwargs in CASES:
            steps = [optlib_stepper(cls_name, kwargs, n)]
            if torch is not None:
                steps += [torch_stepper(cls_name, kwargs, n, foreach)
                          for foreach in (False, True)]
            times = interleaved_times(steps, repeats)
            row = f"{label:21s} {n:9d} " + " ".join(cell(t) for t in times)
            if torch is not None:
                ours, multi = times[0], times[2]
                ratio = [a / b for a, b in zip(ours, multi)]
                row += f" {ratio[0]:5.2f}({ratio[1]:4.2f})"
            print(row, flush=True)


if __name__ == "__main__":
    main()
