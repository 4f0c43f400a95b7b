"""optlib: the teaching library of the course *Optimizing Neural Networks*.

Modules
-------
optim      torch.optim's SGD, Adagrad, RMSprop, Adam, AdamW on NumPy arrays
functions  2-D test surfaces with gradients, Hessians and known minima
nn         a tiny NumPy network with backpropagation and gradient checks
data       scikit-learn's digits and synthetic sets, splits, minibatches
train      a training loop with divergence detection; 2-D trajectories
plots      contours, paths and loss curves in one colour-blind-safe style
explorer   self-contained HTML explorers for the static web page
widgets    ipywidgets explorers (imported lazily: needs ipywidgets)
"""

import importlib

__version__ = "0.1.0"

_SUBMODULES = ("optim", "functions", "nn", "data", "train", "plots",
               "explorer", "widgets", "schedules")


def __getattr__(name):
    # Lazy submodule import keeps ``import optlib`` light (no matplotlib,
    # no ipywidgets until asked for).
    if name in _SUBMODULES:
        return importlib.import_module(f"optlib.{name}")
    raise AttributeError(f"module 'optlib' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_SUBMODULES))
