"""Chapter 11 helpers: a fair optimizer contest and its figures.

A fair contest gives every optimizer the same model, the same data, the
same budget (epochs, batch size, seed) and its own small grid of learning
rates, then picks each optimizer's best rate on data it was not trained
on (a validation split), never on the test set.

* :func:`grid_search` trains a fresh model for every (optimizer, η) pair;
* :func:`best_by` picks each optimizer's best run (diverged runs never
  win);
* :func:`plot_sensitivity` draws the final loss against η for every
  optimizer on one log-log axes, with diverged runs marked at the top;
* :func:`best_on_surface` does the same selection for a 2-D
  :class:`optlib.explorer.Sweep` (fewest steps to converge, else the
  lowest final value).

>>> from optlib.data import moons
>>> from optlib.nn import mlp
>>> from optlib.optim import SGD
>>> runs = grid_search(lambda: mlp([2, 8, 2], seed=0),
...                    {"SGD": lambda p, lr: SGD(p, lr=lr)},
...                    {"SGD": [0.1, 1.0]}, moons(seed=0), epochs=2)
>>> [f"{r.name} {r.lr:g}" for r in runs]
['SGD 0.1', 'SGD 1']
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["Result", "grid_search", "best_by", "plot_sensitivity",
           "best_on_surface"]


@dataclass(repr=False)
class Result:
    """One training run of the contest.

    Attributes
    ----------
    name : str
        The optimizer's name (a key of ``makers``).
    lr : float
        Its learning rate η.
    history : optlib.train.History
        What :func:`optlib.train.fit` recorded; the "test" fields hold
        the held-out split passed to ``fit`` (here: the validation set).
    model : optlib.nn.Sequential
        The trained model (for a final look at the real test set).
    """

    name: str
    lr: float
    history: object
    model: object

    @property
    def diverged(self):
        return bool(self.history.diverged)

    @property
    def train_loss(self):
        """Loss on the whole training split after the last epoch (inf if
        the run diverged)."""
        h = self.history
        return math.inf if h.diverged or not h.train_loss \
            else float(h.train_loss[-1])

    @property
    def val_loss(self):
        """Loss on the held-out split after the last epoch (inf if the
        run diverged)."""
        h = self.history
        return math.inf if h.diverged or not h.test_loss \
            else float(h.test_loss[-1])

    def __repr__(self):
        return (f"Result({self.name}, lr={self.lr:g}: "
                f"{self.history.message})")


def grid_search(make_model, makers, grids, data, epochs=10, batch_size=32,
                seed=0):
    """Train a fresh model for every optimizer and every η of its grid.

    For each name in ``makers`` and each η in ``grids[name]``::

        model = make_model()                    (same initial weights)
        opt   = makers[name](model.parameters(), η)
        fit(model, opt, data, epochs, batch_size, seed)   (same shuffling)

    Parameters
    ----------
    make_model : callable
        ``make_model()`` returns a new model; it must return the same
        initial weights every time (seed it), or the contest is unfair.
    makers : dict
        Optimizer name → ``make(params, lr)``.
    grids : dict
        Optimizer name → sequence of learning rates (same keys as
        ``makers``).
    data : Dataset or tuple
        Passed to :func:`optlib.train.fit`; its test part is the split the
        selection looks at (use a validation split, not the test set).
    epochs, batch_size, seed
        The shared budget.

    Returns
    -------
    list of Result
        In the order of ``makers``, then of each grid.
    """
    from optlib.train import fit

    if not callable(make_model):
        raise TypeError("make_model must be callable: make_model() -> model")
    if set(makers) != set(grids):
        raise ValueError(f"makers and grids must name the same optimizers, "
                         f"got {sorted(makers)} and {sorted(grids)}")
    results = []
    for name, make in makers.items():
        lrs = list(grids[name])
        if not lrs:
            raise ValueError(f"the grid of {name!r} is empty")
        for lr in lrs:
            model = make_model()
            opt = make(model.parameters(), lr)
            hist = fit(model, opt, data, epochs=epochs,
                       batch_size=batch_size, seed=seed)
            results.append(Result(name, float(lr), hist, model))
    return results


def best_by(results, key="val_loss"):
    """Each optimizer's best run: the smallest ``key`` among its runs.

    Diverged runs never win.  Returns a dict name → Result (None for an
    optimizer whose every run diverged), in order of first appearance.
    """
    best = {}
    for r in results:
        score = getattr(r, key)
        if r.name not in best:
            best[r.name] = None
        if r.diverged or not math.isfinite(score):
            continue
        cur = best[r.name]
        if cur is None or score < getattr(cur, key):
            best[r.name] = r
    return best


def plot_sensitivity(results, key="val_loss", ax=None, title=None,
                     ylabel=None, legend=True):
    """Final loss against η, one line per optimizer, on log-log axes.

    Runs that diverged have no loss: each is drawn as a large ✕ in its
    optimizer's colour on a dotted line near the top of the axes,
    labelled "diverged".

    Parameters
    ----------
    results : list of Result
    key : {"val_loss", "train_loss"}
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    from optlib import plots

    if key not in ("val_loss", "train_loss"):
        raise ValueError(f"key must be 'val_loss' or 'train_loss', got "
                         f"{key!r}")
    if ax is None:
        import matplotlib.pyplot as plt
        _, ax = plt.subplots(figsize=(6.4, 4.4))
    names = list(dict.fromkeys(r.name for r in results))
    finite = [getattr(r, key) for r in results
              if math.isfinite(getattr(r, key))]
    if not finite:
        raise ValueError("every run diverged: nothing to plot")
    top = max(finite) * 4.0
    any_diverged = False
    for i, name in enumerate(names):
        runs = [r for r in results if r.name == name]
        color = plots.PALETTE[i % len(plots.PALETTE)]
        ok = [(r.lr, getattr(r, key)) for r in runs
              if math.isfinite(getattr(r, key))]
        if ok:
            xs, ys = zip(*ok)
            ax.plot(xs, ys, color=color,
                    linestyle=plots.LINESTYLES[i % len(plots.LINESTYLES)],
                    marker=plots.MARKERS[i % len(plots.MARKERS)],
                    markersize=6, label=name)
        bad = [r.lr for r in runs if not math.isfinite(getattr(r, key))]
        if bad:
            any_diverged = True
            ax.plot(bad, [top] * len(bad), linestyle="none", marker="X",
                    markersize=11, color=color, markeredgecolor="black",
                    zorder=5)
    if any_diverged:
        ax.axhline(top, color="black", linestyle=":", linewidth=0.8)
        ax.annotate("✕ = diverged", xy=(0.01, top), xycoords=("axes "
                    "fraction", "data"), xytext=(0, 4),
                    textcoords="offset points", fontsize=9)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("learning rate η (log scale)")
    default = {"val_loss": "final validation loss",
               "train_loss": "final training loss"}[key]
    ax.set_ylabel((ylabel or default) + " (log scale)")
    ax.set_title(title or default.capitalize() + " against η")
    if legend:
        ax.legend(loc="best", fontsize=8)
    return ax


def best_on_surface(sw):
    """Each optimizer's best run of a multi-optimizer sweep.

    The best run converges in the fewest steps; if no run of that
    optimizer converged, the best is the one with the lowest final
    value f(θ_k); runs that diverged never win.

    Parameters
    ----------
    sw : optlib.explorer.Sweep
        From ``sweep(surface, {name: make, ...}, lrs, ...)``.

    Returns
    -------
    dict
        name → ``(lr, Trajectory)``, or ``None`` when every run diverged.
    """
    best = {}
    for name in sw.names:
        scored = []
        for run in sw:
            tr = run.trajectories[name]
            if tr.diverged:
                continue
            final = float(tr.values[-1])
            if not np.isfinite(final):
                continue
            score = (0, tr.converged_step, final) if tr.converged \
                else (1, final, 0)
            scored.append((score, run.value, tr))
        if not scored:
            best[name] = None
            continue
        score, lr, tr = min(scored, key=lambda s: s[0])
        best[name] = (lr, tr)
    return best
