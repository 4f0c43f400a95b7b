"""optlib: the teaching library of the course *Optimizing Neural Networks*.

Modules, from the bottom layer up (each imports only those above it)::

    checks      argument checks, formatters and the BLAS-thread limiter
    optim       torch.optim's SGD, Adagrad, RMSprop, Adam, AdamW on NumPy arrays
    schedules   learning-rate schedules: constant, step decay, cosine, warm-up
    surfaces    2-D test surfaces, least-squares surfaces, critical points
    trajectory  optimizer paths on surfaces, sweeps, noisy gradients, replays
    rates       convergence rates of GD and momentum on quadratics, optima
    errata      the source article's Adam and AdaGrad, Reddi's counterexample
    data        scikit-learn's digits and synthetic sets, splits, minibatches
    nn          a tiny NumPy network with backpropagation and gradient checks
    train       fit with divergence detection, evaluation, a fair grid search
    plots       contours, paths, loss curves and digits in one accessible style
    explorer    self-contained HTML explorers for the static web page
    playground  the live in-browser optimizer playground (same rules, in JS)
    widgets     ipywidgets explorers (imported lazily: needs ipywidgets)
"""

import importlib

__version__ = "0.1.0"

_SUBMODULES = ("checks", "optim", "schedules", "surfaces", "trajectory",
               "rates", "errata", "data", "nn", "train", "plots", "explorer",
               "playground", "widgets")


def __getattr__(name):
    # Lazy submodule import keeps ``import optlib`` light (no matplotlib,
    # no ipywidgets until asked for).
    if name in _SUBMODULES:
        return importlib.import_module(f"optlib.{name}")
    raise AttributeError(f"module 'optlib' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_SUBMODULES))
