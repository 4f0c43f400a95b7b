"""Redraw latency of the ipywidgets explorers (no timing asserts in tests).

For each widget kind the chapters use, build the widget once, then time
``figure.png(i)`` for every slider position, uncached (what a student
waits for when the slider moves to a position not seen before).  Prints
the median and the worst frame in milliseconds, and the load average
(figures from a busy machine are not comparable).

    python benchmarks/widgets.py
"""

import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from optlib import widgets  # noqa: E402
from optlib.data import load_digits  # noqa: E402
from optlib.optim import SGD, Adam  # noqa: E402
from optlib.surfaces import bowl, rosenbrock  # noqa: E402


def frames(box, repeats=3):
    """Uncached frame times (ms) of every position of ``box``: wall-clock
    and CPU (the CPU time of this process, less sensitive to other load)."""
    live = box.figure
    n = len(box.slider.options)
    wall, cpu = [], []
    for _ in range(repeats):
        for i in range(n):
            t, c = time.perf_counter(), time.process_time()
            live.png(i)
            wall.append(1000 * (time.perf_counter() - t))
            cpu.append(1000 * (time.process_time() - c))
    return wall, cpu


def main():
    kinds = {}
    kinds["sweep, one optimizer (bowl)"] = widgets.explore(
        bowl(), lambda p, lr: SGD(p, lr=lr),
        [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.49, 0.51], steps=400)
    kinds["sweep, two optimizers (Rosenbrock)"] = widgets.explore(
        rosenbrock, {"SGD": lambda p, lr: SGD(p, lr=lr * 1e-3),
                     "Adam": lambda p, lr: Adam(p, lr=lr)},
        [0.01, 0.03, 0.1, 0.3], steps=500)
    raw = load_digits(standardize=False)
    rng = np.random.default_rng(0)
    k = 24
    preds = [rng.integers(0, 10, size=k) for _ in range(6)]
    kinds["digits grid"] = widgets.digits_widget(
        raw.X_test[:k], raw.y_test[:k], preds,
        [str(i) for i in range(6)], [f"position {i}" for i in range(6)])
    x = np.linspace(0, 3, 20)
    kinds["line fit"] = widgets.line_fit_widget(
        x, 2 * x + 1 + rng.normal(0, 0.3, 20), np.linspace(0, 4, 9))
    print(f"load average {os.getloadavg()[0]:.1f} "
          f"(1 min), {os.cpu_count()} cores")
    print(f"{'widget':36s} {'median ms':>9s} {'worst ms':>9s} "
          f"{'CPU median':>10s} {'CPU worst':>9s}")
    for name, box in kinds.items():
        wall, cpu = frames(box)
        print(f"{name:36s} {statistics.median(wall):9.1f} {max(wall):9.1f} "
              f"{statistics.median(cpu):10.1f} {max(cpu):9.1f}")


if __name__ == "__main__":
    main()
