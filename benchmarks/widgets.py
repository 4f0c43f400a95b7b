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
    and CPU (the CPU time of this process, less sensitive to other load).

    The PNG of a position is never reused, but ``LiveFigure`` keeps the
    pixels of titles it has drawn: the first pass over the positions
    draws every title once (a slider moved for the first time), the later
    passes paste them.  ``first`` holds the first pass's wall times."""
    live = box.figure
    n = len(box.slider.options)
    wall, cpu = [], []
    for _ in range(repeats):
        for i in range(n):
            t, c = time.perf_counter(), time.process_time()
            live.png(i)
            wall.append(1000 * (time.perf_counter() - t))
            cpu.append(1000 * (time.process_time() - c))
    return wall, cpu, wall[:n]


def training_digits(raw):
    """Chapter 1's widget: 24 test digits, the guesses of an MLP after
    0, 5, ..., 215 steps of Adam (most guesses settle within a few dozen
    steps, so most titles repeat from one position to the next)."""
    from optlib.data import load_digits, minibatches
    from optlib.nn import mlp

    data = load_digits()
    show = np.arange(24)
    model = mlp([64, 32, 10], seed=0)
    opt = Adam(model.parameters(), lr=0.01)
    rng = np.random.default_rng(0)
    keep = [0, 5, 10, 20, 40, 80, 120, 215]
    guesses = {0: model.classify(data.X_test[show])}
    t = 0
    for _ in range(5):
        for Xb, yb in minibatches(data.X_train, data.y_train, 32, rng):
            opt.step(model.loss_and_grads(Xb, yb, "cross_entropy")[1])
            t += 1
            if t in keep:
                guesses[t] = model.classify(data.X_test[show])
    return widgets.digits_widget(
        raw.X_test[show], data.y_test[show], [guesses[s] for s in keep],
        [str(s) for s in keep], [f"after {s} steps" for s in keep],
        param="training steps")


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
    kinds["digits grid, random guesses"] = widgets.digits_widget(
        raw.X_test[:k], raw.y_test[:k], preds,
        [str(i) for i in range(6)], [f"position {i}" for i in range(6)])
    kinds["digits grid, chapter 1's training"] = training_digits(raw)
    x = np.linspace(0, 3, 20)
    kinds["line fit"] = widgets.line_fit_widget(
        x, 2 * x + 1 + rng.normal(0, 0.3, 20), np.linspace(0, 4, 9))
    print(f"load average {os.getloadavg()[0]:.1f} "
          f"(1 min), {os.cpu_count()} cores")
    print(f"{'widget':36s} {'median ms':>9s} {'worst ms':>9s} "
          f"{'CPU median':>10s} {'CPU worst':>9s} {'1st pass':>9s}")
    for name, box in kinds.items():
        wall, cpu, first = frames(box)
        print(f"{name:36s} {statistics.median(wall):9.1f} {max(wall):9.1f} "
              f"{statistics.median(cpu):10.1f} {max(cpu):9.1f} "
              f"{statistics.median(first):9.1f}")
    print("(1st pass: median of the first visit to each position)")


if __name__ == "__main__":
    main()
