"""Training loops: 2-D trajectories on test surfaces and ``fit`` on data.

Two loops, both with divergence detection that stops cleanly (a flag, the
step number and a message) instead of filling arrays with NaN or printing
NumPy overflow warnings:

* :func:`trajectory` runs an optimizer on a 2-D surface from a starting
  point and records the path θ₀, θ₁, ..., θ_k.
* :func:`fit` trains a network from :mod:`optlib.nn` on a
  :class:`optlib.data.Dataset` with minibatches and records the loss of
  every step and the accuracy after every epoch.

Example
-------
>>> import numpy as np
>>> from optlib.optim import SGD
>>> class Bowl:                     # f(x, y) = x² + y²
...     def value(self, xy): return float(xy @ xy)
...     def grad(self, xy): return 2 * xy
>>> run = trajectory(lambda p: SGD(p, lr=0.25), Bowl(), [1.0, -2.0], 100)
>>> run.message
'converged in 21 steps'
>>> run.path[:3]
array([[ 1.   , -2.   ],
       [ 0.5  , -1.   ],
       [ 0.25 , -0.5  ]])
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from numbers import Integral, Real

import numpy as np

__all__ = ["Trajectory", "trajectory", "History", "fit", "evaluate",
           "accuracy"]


# --------------------------------------------------------------------------
# small argument checks
# --------------------------------------------------------------------------


def _check_int(value, name, low=0):
    if not isinstance(value, Integral) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    if value < low:
        raise ValueError(f"{name} must be >= {low}, got {value}")
    return int(value)


def _check_positive(value, name, allow_zero=False):
    if not isinstance(value, Real) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {value!r}")
    value = float(value)
    ok = value >= 0 if allow_zero else value > 0
    if not ok or math.isnan(value):
        sign = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be {sign}, got {value}")
    return value


# --------------------------------------------------------------------------
# 2-D trajectories
# --------------------------------------------------------------------------


@dataclass(repr=False)
class Trajectory:
    """The path of one optimizer run on a 2-D surface.

    Attributes
    ----------
    path : ndarray, shape (k + 1, 2)
        θ₀ (the start), θ₁, ..., θ_k, where k = ``steps_run``.  After a
        divergence the last row is the point that left the safe region
        (it may be huge, inf or nan).
    values : ndarray, shape (k + 1,)
        f(θ_t) for every row of ``path``.
    steps_run : int
        Number of optimizer steps taken (k).
    diverged : bool
        True when the run was stopped because it blew up.
    diverged_step : int or None
        The step t at which divergence was detected.
    converged : bool
        True when ‖∇f(θ_k)‖ < ``tol`` (see :func:`trajectory`).
    converged_step : int or None
        k, the number of steps taken to get there.
    message : str
        "converged in 37 steps", "diverged at step 12" or
        "stopped after 200 steps".
    """

    path: np.ndarray
    values: np.ndarray
    steps_run: int
    diverged: bool = False
    diverged_step: int | None = None
    converged: bool = False
    converged_step: int | None = None
    message: str = ""

    @property
    def final(self):
        """The last point of the path, θ_k."""
        return self.path[-1]

    def __repr__(self):
        return (f"Trajectory({self.message}; start={self.path[0].tolist()}, "
                f"end={self.path[-1].tolist()}, "
                f"f(end)={self.values[-1]:.6g})")


def _as_point(x0):
    try:
        xy = np.array(x0, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"x0 must be a point (x, y) of two numbers, got "
                        f"{x0!r}") from None
    if xy.shape != (2,):
        raise ValueError(f"x0 must be a point (x, y) of shape (2,), got "
                         f"shape {xy.shape}")
    if not np.isfinite(xy).all():
        raise ValueError(f"x0 must be finite, got {xy.tolist()}")
    return xy


def trajectory(optimizer_factory, surface, x0, steps, tol=1e-6,
               max_norm=1e6, grad_fn=None, seed=0):
    """Run an optimizer on a 2-D surface and record its path.

    Starting at θ₀ = ``x0``, for t = 1, 2, ..., ``steps``::

        g_t = ∇f(θ_{t-1})             (or grad_fn(θ_{t-1}, t, rng))
        θ_t = optimizer.step([g_t])    (in place, on one array xy)

    Stopping rules, checked at every point θ_k (including θ₀ and the last):

    * **converged** when the true gradient is small,
      ‖∇f(θ_k)‖₂ < ``tol``, with ``surface.grad`` even when ``grad_fn``
      supplies noisy gradients; ``converged_step = k``.
    * **diverged** when θ_k is not finite, ‖θ_k‖₂ > ``max_norm``, f(θ_k)
      is not finite, or the gradient at θ_k is not finite (then the step
      k + 1 cannot be taken and ``diverged_step = k + 1``).  No NumPy
      overflow warning is printed.
    * **stopped** after ``steps`` steps otherwise.

    Parameters
    ----------
    optimizer_factory : callable
        ``optimizer_factory(params)`` returns an optimizer over the list
        ``params = [xy]``, e.g. ``lambda p: SGD(p, lr=0.1)``.  It must
        have ``step(grads)``.
    surface : object
        Has ``value(xy) -> float`` and ``grad(xy) -> array (2,)``, e.g. a
        :class:`optlib.functions.Surface`.
    x0 : array_like, shape (2,)
        The starting point.
    steps : int
        The maximum number of steps.
    tol : float, default 1e-6
        Gradient-norm tolerance for convergence; 0 disables it.
    max_norm : float, default 1e6
        A point farther than this from the origin counts as diverged.
    grad_fn : callable, optional
        ``grad_fn(xy, t, rng) -> array (2,)`` replaces the gradient used
        for the update (noisy or stochastic gradients).  ``rng`` is
        ``np.random.default_rng(seed)``, created once per run; ``xy`` is a
        copy, so modifying it has no effect.
    seed : int, default 0
        Seed of the ``rng`` passed to ``grad_fn``.

    Returns
    -------
    Trajectory

    Examples
    --------
    >>> from optlib.optim import SGD
    >>> class Line:                      # f(x, y) = x² (flat in y)
    ...     def value(self, xy): return float(xy[0] ** 2)
    ...     def grad(self, xy): return np.array([2 * xy[0], 0.0])
    >>> trajectory(lambda p: SGD(p, lr=1.5), Line(), [1, 0], 50).message
    'diverged at step 20'
    """
    steps = _check_int(steps, "steps")
    tol = _check_positive(tol, "tol", allow_zero=True)
    max_norm = _check_positive(max_norm, "max_norm")
    if not callable(optimizer_factory):
        raise TypeError("optimizer_factory must be callable, e.g. "
                        "lambda p: SGD(p, lr=0.1)")
    for name in ("value", "grad"):
        if not callable(getattr(surface, name, None)):
            raise TypeError(f"surface must have a {name}(xy) method")
    if grad_fn is not None and not callable(grad_fn):
        raise TypeError("grad_fn must be callable: grad_fn(xy, t, rng)")
    xy = _as_point(x0)
    optimizer = optimizer_factory([xy])
    if not callable(getattr(optimizer, "step", None)):
        raise TypeError("optimizer_factory(params) must return an "
                        "optimizer with a step(grads) method")
    rng = np.random.default_rng(seed)

    path = [xy.copy()]
    values = []
    diverged_step = converged_step = None
    t = 0
    with np.errstate(all="ignore"):
        while True:
            # --- check the current point θ_t -----------------------------
            if (not (math.isfinite(xy[0]) and math.isfinite(xy[1]))
                    or math.hypot(xy[0], xy[1]) > max_norm):
                values.append(_safe_value(surface, xy))
                diverged_step = t
                break
            value = _safe_value(surface, xy)
            values.append(value)
            if not math.isfinite(value):
                diverged_step = t
                break
            grad = _as_grad(surface.grad(xy), "surface.grad")
            if not (math.isfinite(grad[0]) and math.isfinite(grad[1])):
                diverged_step = t + 1
                break
            if math.hypot(grad[0], grad[1]) < tol:
                converged_step = t
                break
            if t == steps:
                break
            # --- take step t + 1 -------------------------------------------
            if grad_fn is not None:
                grad = _as_grad(grad_fn(xy.copy(), t + 1, rng), "grad_fn")
                if not (math.isfinite(grad[0]) and math.isfinite(grad[1])):
                    diverged_step = t + 1
                    break
            optimizer.step([grad])
            t += 1
            path.append(xy.copy())

    if diverged_step is not None:
        message = f"diverged at step {diverged_step}"
    elif converged_step is not None:
        message = f"converged in {converged_step} steps"
    else:
        message = f"stopped after {t} steps"
    return Trajectory(path=np.array(path), values=np.array(values, float),
                      steps_run=t, diverged=diverged_step is not None,
                      diverged_step=diverged_step,
                      converged=converged_step is not None,
                      converged_step=converged_step, message=message)


def _safe_value(surface, xy):
    try:
        value = float(surface.value(xy))
    except OverflowError:
        value = math.inf
    return value


def _as_grad(g, name):
    g = np.asarray(g, dtype=float)
    if g.shape != (2,):
        raise ValueError(f"{name} must return an array of shape (2,), got "
                         f"shape {g.shape}")
    return g
