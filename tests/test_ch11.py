import math
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from optlib import explorer, functions  # noqa: E402
from optlib._ch11 import (Result, best_by, best_on_surface,  # noqa: E402
                          grid_search, plot_sensitivity)
from optlib.data import moons  # noqa: E402
from optlib.nn import mlp  # noqa: E402
from optlib.optim import SGD, Adam  # noqa: E402


def _fake(name, lr, val, train=None, diverged=False):
    hist = SimpleNamespace(diverged=diverged, message="",
                           test_loss=[] if diverged else [val],
                           train_loss=[] if diverged else [train or val])
    return Result(name, lr, hist, None)


def test_grid_search_gives_every_run_the_same_start_and_budget():
    data = moons(seed=0)
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr),
              "again": lambda p, lr: SGD(p, lr=lr)}
    runs = grid_search(lambda: mlp([2, 8, 2], seed=0), makers,
                       {"SGD": [0.1, 0.5], "again": [0.1]}, data, epochs=2)
    assert [(r.name, r.lr) for r in runs] == [("SGD", 0.1), ("SGD", 0.5),
                                             ("again", 0.1)]
    # same optimizer, same lr: identical runs (same weights, same batches)
    assert runs[0].history.loss_steps == runs[2].history.loss_steps
    assert runs[0].history.loss_steps != runs[1].history.loss_steps
    assert runs[0].val_loss == pytest.approx(runs[0].history.test_loss[-1])


def test_grid_search_refuses_mismatched_or_empty_grids():
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr)}
    model = lambda: mlp([2, 4, 2], seed=0)  # noqa: E731
    with pytest.raises(ValueError, match="same optimizers"):
        grid_search(model, makers, {"Adam": [1e-3]}, moons(seed=0), 1)
    with pytest.raises(ValueError, match="empty"):
        grid_search(model, makers, {"SGD": []}, moons(seed=0), 1)
    with pytest.raises(TypeError):
        grid_search(None, makers, {"SGD": [0.1]}, moons(seed=0), 1)


def test_a_diverged_run_is_reported_and_never_selected():
    data = moons(seed=0)
    runs = grid_search(lambda: mlp([2, 8, 2], seed=0),
                       {"SGD": lambda p, lr: SGD(p, lr=lr, momentum=0.9)},
                       {"SGD": [0.1, 1e4]}, data, epochs=2)
    assert runs[1].diverged and math.isinf(runs[1].val_loss)
    assert best_by(runs)["SGD"] is runs[0]


def test_best_by_picks_the_smallest_loss_per_optimizer():
    runs = [_fake("A", 0.1, 0.5), _fake("A", 0.3, 0.2),
            _fake("A", 1.0, 0.0, diverged=True),
            _fake("B", 1e-3, 0.4, train=0.01), _fake("B", 3e-3, 0.3,
                                                     train=0.02),
            _fake("C", 1.0, 0.0, diverged=True)]
    best = best_by(runs)
    assert list(best) == ["A", "B", "C"]
    assert best["A"].lr == 0.3 and best["B"].lr == 3e-3
    assert best["C"] is None
    assert best_by(runs, "train_loss")["B"].lr == 1e-3


def test_sensitivity_plot_marks_diverged_runs_above_the_finite_ones():
    runs = [_fake("A", 0.1, 0.5), _fake("A", 0.3, 0.2),
            _fake("A", 1.0, 0.0, diverged=True), _fake("B", 1e-3, 0.4)]
    ax = plot_sensitivity(runs)
    crosses = [ln for ln in ax.lines if ln.get_marker() == "X"]
    assert len(crosses) == 1
    assert crosses[0].get_xdata()[0] == 1.0
    assert crosses[0].get_ydata()[0] > 0.5
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="key"):
        plot_sensitivity(runs, key="test_loss")
    with pytest.raises(ValueError, match="every run diverged"):
        plot_sensitivity([_fake("A", 1.0, 0.0, diverged=True)])


def test_best_on_surface_prefers_fewest_steps_then_lowest_value():
    bowl = functions.bowl(0.1, 2.0)          # GD diverges for lr > 0.5
    makers = {"GD": lambda p, lr: SGD(p, lr=lr),
              "huge": lambda p, lr: SGD(p, lr=100 * lr)}
    sw = explorer.sweep(bowl, makers, [0.1, 0.3, 0.6], steps=400, tol=1e-4)
    best = best_on_surface(sw)
    lr, tr = best["GD"]
    assert lr == 0.3 and tr.converged       # faster than 0.1; 0.6 diverges
    assert best["huge"] is None              # every run diverged
    # no run converges in 5 steps: the lowest final value wins instead
    short = explorer.sweep(bowl, {"Adam": lambda p, lr: Adam(p, lr=lr)},
                           [0.01, 0.1, 0.5], steps=5, tol=1e-4)
    lr, tr = best_on_surface(short)["Adam"]
    finals = [r.trajectory.values[-1] for r in short]
    assert not tr.converged and tr.values[-1] == min(finals)
    assert lr == short[int(np.argmin(finals))].value
