"""Paths of optimizers on 2-D surfaces, sweeps, noisy gradients, replays.

* :func:`trajectory` runs an optimizer on a surface from a start point and
  records the path θ₀, θ₁, ..., θ_k, stopping cleanly when it converges
  or diverges (a flag, the step and a message; no NumPy warnings).
* :func:`sweep` runs it for each value of one hyperparameter: the data of
  every explorer (:mod:`optlib.explorer`, :mod:`optlib.widgets`);
  :func:`best_on_surface` picks each optimizer's best run of a sweep.
* Noisy gradients for ``grad_fn``: :func:`noisy_grad` (∇f + Gaussian
  noise), :func:`minibatch_grad` (a least-squares minibatch gradient);
  :func:`gradient_variance` measures the scatter of minibatch gradients.
* Leaving a saddle: :func:`escape_step` (first step past a threshold),
  :func:`escape_steps` and :func:`escape_steps_theory` on x² − y²,
  :func:`count_escapes` (noisy runs that leave a local minimum).
* :func:`replay` feeds an optimizer a given sequence of gradients for one
  scalar parameter (:func:`piecewise_constant` builds one);
  :func:`step_sizes` and :func:`effective_lr` measure how far it moves.

Depends on :mod:`optlib.optim` and :mod:`optlib.surfaces` only.

Example
-------
>>> import numpy as np
>>> from optlib.optim import SGD
>>> class Bowl:                     # f(x, y) = x² + y²
...     def value(self, xy): return float(xy @ xy)
...     def grad(self, xy): return 2 * xy
>>> run = trajectory(lambda p: SGD(p, lr=0.25), Bowl(), [1.0, -2.0], 100)
>>> run.message
'converged in 23 steps'
>>> run.path[:3]
array([[ 1.  , -2.  ],
       [ 0.5 , -1.  ],
       [ 0.25, -0.5 ]])
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from optlib.checks import (as_point, blas_threads, format_value, integer,
                           positive)

__all__ = ["Trajectory", "trajectory", "Run", "Sweep", "sweep",
           "best_on_surface", "noisy_grad", "minibatch_grad",
           "gradient_variance", "escape_step", "escape_steps",
           "escape_steps_theory", "count_escapes", "replay", "step_sizes",
           "piecewise_constant", "effective_lr", "taylor_decrease"]


# --------------------------------------------------------------------------
# One path
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


def trajectory(make_optimizer, surface, x0, steps, tol=1e-6,
               max_norm=1e6, grad_fn=None, seed=0, schedule=None,
               max_value=None):
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
    * **diverged** also when the budget of ``steps`` runs out with the
      loss grown by orders of magnitude: f(θ_steps) > ``max_value``, by
      default 1000 × max(f(θ₀), 1), the threshold of
      :func:`optlib.train.fit`.  ``diverged_step`` is then the first step
      from which f stayed above ``max_value``, and the path is cut there.
      A loss that spikes past it and comes back down is judged by where
      the run ends (converged, or stopped), not by the spike.
    * **stopped** after ``steps`` steps otherwise.

    Parameters
    ----------
    make_optimizer : callable
        ``make_optimizer(params)`` returns an optimizer over the list
        ``params = [xy]``, e.g. ``lambda p: SGD(p, lr=0.1)``.  It must
        have ``step(grads)``.
    surface : object
        Has ``value(xy) -> float`` and ``grad(xy) -> array (2,)``, e.g. a
        :class:`optlib.surfaces.Surface`.
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
    schedule : callable, optional
        ``schedule(t)`` → η_t, set as the optimizer's ``lr`` before step t
        (t = 1, 2, ...), e.g. :func:`optlib.schedules.step_decay`.
    max_value : float, optional
        A run whose budget ran out with f above this has diverged, even
        inside the box ``max_norm``.  Default 1000 × max(f(θ₀), 1): a loss
        that grew a thousandfold (or past 1000 from a start below 1);
        pass ``math.inf`` to rely on ``max_norm`` alone.

    Returns
    -------
    Trajectory
        The path, its values and how the run ended.

    Examples
    --------
    >>> from optlib.optim import SGD
    >>> class Line:                      # f(x, y) = x² (flat in y)
    ...     def value(self, xy): return float(xy[0] ** 2)
    ...     def grad(self, xy): return np.array([2 * xy[0], 0.0])
    >>> trajectory(lambda p: SGD(p, lr=1.5), Line(), [1, 0], 50).message
    'diverged at step 20'

    Each step sends x to −2x, so ‖θ‖ leaves the box (10⁶) at step 20.
    With a budget of 10 steps the run never leaves the box, but f has
    grown from 1 to 4¹⁰; it passed 1000 × max(f(θ₀), 1) = 1000 at step 5
    (f = 1024) and stayed above:

    >>> trajectory(lambda p: SGD(p, lr=1.5), Line(), [1, 0], 10).message
    'diverged at step 5'
    """
    steps = integer(steps, "steps")
    tol = positive(tol, "tol", allow_zero=True)
    max_norm = positive(max_norm, "max_norm")
    if not callable(make_optimizer):
        raise TypeError("make_optimizer must be callable, e.g. "
                        "lambda p: SGD(p, lr=0.1)")
    for name in ("value", "grad"):
        if not callable(getattr(surface, name, None)):
            raise TypeError(f"surface must have a {name}(xy) method")
    if grad_fn is not None and not callable(grad_fn):
        raise TypeError("grad_fn must be callable: grad_fn(xy, t, rng)")
    if schedule is not None and not callable(schedule):
        raise TypeError("schedule must be callable: schedule(t) -> lr")
    if max_value is not None:
        max_value = float(max_value)
        if math.isnan(max_value):
            raise ValueError("max_value must be a number, got nan")
    xy = as_point(x0)
    optimizer = make_optimizer([xy])
    if not callable(getattr(optimizer, "step", None)):
        raise TypeError("make_optimizer(params) must return an "
                        "optimizer with a step(grads) method")
    rng = np.random.default_rng(seed)
    # optlib's own optimizers: step without re-checking the gradient (the
    # loop below has: float, shape (2,), finite, a fresh array)
    from optlib.optim import Optimizer
    apply = (optimizer._apply if isinstance(optimizer, Optimizer)
             and type(optimizer).step is Optimizer.step
             else optimizer.step)

    path = []
    values = []
    diverged_step = converged_step = None
    isfinite, hypot = math.isfinite, math.hypot
    t = 0
    with np.errstate(all="ignore"):
        while True:
            # --- check the current point θ_t -----------------------------
            x, y = point = xy.tolist()
            path.append(point)
            value = _safe_value(surface, xy)
            values.append(value)
            if (not (isfinite(x) and isfinite(y))
                    or hypot(x, y) > max_norm or not isfinite(value)):
                diverged_step = t
                break
            grad = _as_grad(surface.grad(xy), "surface.grad")
            if np.may_share_memory(grad, xy):   # e.g. grad(xy) returns xy
                grad = grad.copy()
            gx, gy = grad.tolist()
            if not (isfinite(gx) and isfinite(gy)):
                diverged_step = t + 1
                break
            if hypot(gx, gy) < tol:
                converged_step = t
                break
            if t == steps:
                break
            # --- take step t + 1 -------------------------------------------
            if grad_fn is not None:
                grad = _as_grad(grad_fn(xy.copy(), t + 1, rng), "grad_fn")
                if not np.isfinite(grad).all():
                    diverged_step = t + 1
                    break
            t += 1
            if schedule is not None:
                optimizer.lr = schedule(t)
            try:
                apply([grad])
            except FloatingPointError:
                # the optimizer saw an overflow (e.g. in g²): count the step
                # as taken, record where it left θ, and stop
                diverged_step = t
                path.append(xy.tolist())
                values.append(_safe_value(surface, xy))
                break

    if diverged_step is None and converged_step is None and t > 0:
        # the budget ran out: a loss grown a thousandfold (fit's rule) has
        # diverged; the divergence step is where it last rose past the
        # threshold, and the path is cut there like any diverged run's
        if max_value is None:
            max_value = 1e3 * max(values[0], 1.0)
        if values[-1] > max_value:
            k = t
            while k > 0 and values[k - 1] > max_value:
                k -= 1
            diverged_step = t = k
            del path[k + 1:], values[k + 1:]
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


# --------------------------------------------------------------------------
# Sweeps: one path per value of a hyperparameter
# --------------------------------------------------------------------------


@dataclass
class Run:
    """One slider position: a value and the trajectories it produced.

    Attributes
    ----------
    value : object
        The hyperparameter value passed to ``make_optimizer``.
    label : str
        How the slider shows it, e.g. ``"lr = 0.05"``.
    trajectories : dict
        Optimizer name → ``Trajectory`` (one entry, named
        ``""``, when a single optimizer was swept).
    """

    value: object
    label: str
    trajectories: dict = field(default_factory=dict)

    @property
    def trajectory(self):
        """The (first) trajectory: the one when a single optimizer ran."""
        return next(iter(self.trajectories.values()))

    @property
    def outcome(self):
        """ "converged in 37 steps", or "SGD: …; Adam: …" for several."""
        if len(self.trajectories) == 1 and "" in self.trajectories:
            return self.trajectory.message
        return "; ".join(f"{k}: {t.message}"
                         for k, t in self.trajectories.items())

    @property
    def text(self):
        """The label with the outcome: "lr = 0.05 → converged in 37 steps".
        """
        return f"{self.label} \u2192 {self.outcome}"


class Sweep(Sequence):
    """The runs of a sweep over one hyperparameter (a list of :class:`Run`).

    Attributes: ``surface``, ``param``, ``x0``, ``steps``, ``names`` (the
    optimizer names), ``runs``; ``values``, ``labels`` and ``texts`` are
    lists with one entry per run.
    """

    def __init__(self, surface, param, runs, x0, steps, names):
        self.surface = surface
        self.param = param
        self.runs = list(runs)
        self.x0 = np.asarray(x0, dtype=np.float64)
        self.steps = steps
        self.names = list(names)

    def __getitem__(self, i):
        return self.runs[i]

    def __len__(self):
        return len(self.runs)

    @property
    def values(self):
        return [r.value for r in self.runs]

    @property
    def labels(self):
        return [r.label for r in self.runs]

    @property
    def texts(self):
        return [r.text for r in self.runs]

    def summary(self):
        """One line per run: the value and the outcome (plain text)."""
        return "\n".join(self.texts)

    def __repr__(self):
        return (f"<Sweep of {self.param} over {len(self)} values on "
                f"{getattr(self.surface, 'name', 'a surface')}>\n"
                + self.summary())


def _check_callable(fn, what):
    if not callable(fn):
        raise TypeError(f"{what} must be callable: "
                        f"make_optimizer(params, value) -> optimizer, e.g. "
                        f"lambda p, lr: SGD(p, lr=lr)")


def sweep(surface, make_optimizer, values, x0=None, steps=100, param="lr",
          grad_fn=None, labels=None, tol=1e-6, max_norm=1e6, seed=0,
          make_grad_fn=None):
    """Run optimizers on ``surface`` for each value of one hyperparameter.

    For every value v in ``values`` and every optimizer, this calls
    ``optlib.train.trajectory(lambda p: make_optimizer(p, v), surface,
    x0, steps, tol, max_norm, grad_fn, seed)``.

    Parameters
    ----------
    surface : optlib.surfaces.Surface
    make_optimizer : callable or dict of callables
        ``make_optimizer(params, value) -> optimizer``, e.g.
        ``lambda p, lr: SGD(p, lr=lr, momentum=0.9)``.  A dict
        ``{"SGD": ..., "Adam": ...}`` runs several optimizers per value
        (a side-by-side explorer).
    values : sequence
        The hyperparameter values, in slider order (numbers, tuples such
        as betas, anything ``make_optimizer`` accepts).
    x0 : array_like (2,), optional
        The start; defaults to ``surface.x0``.
    steps : int
        Maximum number of steps per run.
    param : str
        The name shown on the slider ("lr", "momentum", "β₁", ...).
    grad_fn : callable, optional
        ``grad_fn(xy, t, rng)``: a noisy gradient used by every run (see
        :func:`trajectory`); each run gets a fresh
        ``np.random.default_rng(seed)``.
    labels : sequence of str, optional
        Slider labels, one per value (e.g. "β₁=0.9, β₂=0.999"); default
        ``"lr = 0.05"`` from ``param`` and the value.
    tol, max_norm, seed
        Passed to :func:`trajectory`.
    make_grad_fn : callable, optional
        ``make_grad_fn(value) -> grad_fn`` when the gradient itself depends
        on the swept value (a sweep over the batch size).

    Returns
    -------
    Sweep
        A list of :class:`Run`, one per value.
    """
    if isinstance(make_optimizer, Mapping):
        makers = dict(make_optimizer)
        if not makers:
            raise ValueError("make_optimizer is an empty dict")
        for k, fn in makers.items():
            if not isinstance(k, str) or not k:
                raise TypeError("optimizer names must be non-empty strings")
            _check_callable(fn, f"make_optimizer[{k!r}]")
    else:
        _check_callable(make_optimizer, "make_optimizer")
        makers = {"": make_optimizer}
    if isinstance(values, (str, bytes)) or not isinstance(
            values, (Sequence, np.ndarray)):
        raise TypeError("values must be a list of hyperparameter values")
    values = list(values)
    if not values:
        raise ValueError("values must not be empty")
    if labels is None:
        labels = [format_value(v, param) for v in values]
    else:
        labels = [str(lab) for lab in labels]
        if len(labels) != len(values):
            raise ValueError(f"got {len(values)} values but {len(labels)} "
                             f"labels")
    if grad_fn is not None and make_grad_fn is not None:
        raise ValueError("give grad_fn or make_grad_fn, not both")
    if make_grad_fn is not None and not callable(make_grad_fn):
        raise TypeError("make_grad_fn must be callable: value -> grad_fn")
    if x0 is None:
        x0 = surface.x0
    runs = []
    for v, lab in zip(values, labels):
        gf = make_grad_fn(v) if make_grad_fn is not None else grad_fn
        trajs = {}
        for name, fn in makers.items():
            trajs[name] = trajectory(lambda p, fn=fn, v=v: fn(p, v),
                                     surface, x0, steps, tol=tol,
                                     max_norm=max_norm, grad_fn=gf,
                                     seed=seed)
        runs.append(Run(v, lab, trajs))
    return Sweep(surface, param, runs, x0, steps, makers)


def best_on_surface(sw):
    """Each optimizer's best run of a multi-optimizer sweep.

    The best run converges in the fewest steps; if no run of that
    optimizer converged, the best is the one with the lowest final
    value f(θ_k); runs that diverged never win.

    Parameters
    ----------
    sw : Sweep
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


# --------------------------------------------------------------------------
# Noisy and minibatch gradients
# --------------------------------------------------------------------------


def noisy_grad(surface, noise):
    r"""A ``grad_fn`` for :func:`trajectory`: ∇f + noise.

    Returns ``grad_fn(xy, t, rng) = surface.grad(xy) + noise · ξ`` with
    ξ ~ N(0, I₂) drawn from the run's seeded ``rng``: an unbiased gradient
    whose noise has standard deviation ``noise`` per coordinate, a model
    of the minibatch noise of stochastic gradient descent.
    """
    if noise < 0 or not math.isfinite(noise):
        raise ValueError(f"noise must be >= 0 and finite, got {noise}")
    noise = float(noise)

    def grad_fn(xy, t, rng):
        return surface.grad(xy) + noise * rng.standard_normal(2)

    return grad_fn


def _batch_size(batch_size, n):
    batch_size = integer(batch_size, "batch_size", 1)
    if batch_size > n:
        raise ValueError(f"batch_size must be between 1 and the number of "
                         f"examples {n}, got {batch_size}")
    return batch_size


def minibatch_grad(X, y, batch_size):
    r"""A ``grad_fn`` for :func:`trajectory`: a minibatch gradient
    of the least-squares loss ½ mean((X θ − y)²) (see
    :func:`optlib.surfaces.least_squares`).

    Each call draws B = ``batch_size`` distinct indices ℬ with the run's
    seeded ``rng`` and returns

    .. math::
        g = \frac{1}{B}\sum_{i\in\mathcal B} x_i (x_i^\top\theta - y_i),

    an unbiased estimate of the full gradient Aθ − b.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"X must have shape (n, 2) and y shape (n,); got "
                         f"{X.shape} and {y.shape}")
    n = X.shape[0]
    batch_size = _batch_size(batch_size, n)

    def grad_fn(xy, t, rng):
        idx = rng.choice(n, size=batch_size, replace=False)
        xb = X[idx]
        return xb.T @ (xb @ xy - y[idx]) / batch_size

    return grad_fn


def gradient_variance(batch_grad, n, batch_sizes, draws=100, seed=0):
    r"""Scatter of minibatch gradients around the full gradient.

    With g the full gradient (the mean of the n per-example gradients
    gᵢ) and g_ℬ the mean over a random minibatch ℬ of size B drawn
    without replacement, this returns the Monte Carlo estimate of

    .. math::
        V(B) = \mathbb E\,\|g_\mathcal{B} - g\|^2
             = \frac{\sigma^2}{B}\,\frac{n - B}{n - 1},
        \qquad \sigma^2 = \frac1n\sum_{i=1}^n \|g_i - g\|^2,

    the *total* variance (summed over all parameters).  For B ≪ n it is
    σ²/B: four times the batch, half the noise (in standard deviation).

    Parameters
    ----------
    batch_grad : callable
        ``batch_grad(idx)`` → the gradient on the examples ``idx`` as one
        flat float array (the mean over those examples).
    n : int
        Number of examples.
    batch_sizes : sequence of int
        The batch sizes B to measure, each between 1 and n.
    draws : int
        Minibatches drawn per batch size.
    seed : int
        Seed of ``np.random.default_rng``.

    Returns
    -------
    variance : ndarray
        The measured V(B), one per batch size.
    sigma2 : float
        σ², computed exactly from the n per-example gradients.
    """
    n = integer(n, "n", 2)
    sizes = [_batch_size(b, n) for b in batch_sizes]
    draws = integer(draws, "draws", 1)
    with blas_threads(1):
        full = np.asarray(batch_grad(np.arange(n)), dtype=np.float64)
        per_example = np.array([batch_grad(np.array([i]))
                                for i in range(n)])
        sigma2 = float(np.mean(np.sum((per_example - full) ** 2, axis=1)))
        rng = np.random.default_rng(seed)
        variance = []
        for b in sizes:
            total = 0.0
            for _ in range(draws):
                idx = rng.choice(n, size=b, replace=False)
                diff = np.asarray(batch_grad(idx)) - full
                total += float(diff @ diff)
            variance.append(total / draws)
    return np.array(variance), sigma2


# --------------------------------------------------------------------------
# Leaving a saddle point or a local minimum
# --------------------------------------------------------------------------


def escape_step(path, threshold=1.0):
    """First step t with :math:`|y_t|` ≥ ``threshold`` (leaving a saddle), or None.

    >>> escape_step(np.array([[0, 0.1], [0, 0.5], [0, 2.0]]))
    2
    """
    path = np.asarray(path, dtype=np.float64)
    out = np.flatnonzero(np.abs(path[:, 1]) >= threshold)
    return int(out[0]) if out.size else None


def escape_steps_theory(distance, lr, threshold=1.0):
    r"""Steps gradient descent needs to leave the saddle x² − y².

    On f = x² − y² the gradient is (2x, −2y), so one step of gradient
    descent multiplies y by (1 + 2η): y_t = (1 + 2η)ᵗ ε.  The run has
    escaped when :math:`|y_t|` ≥ ``threshold``, i.e. after

    .. math::
        t^\ast = \left\lceil \frac{\ln(\text{threshold}/\varepsilon)}
                 {\ln(1 + 2\eta)} \right\rceil

    steps: only *logarithmic* in 1/ε, but every halving of ε costs the
    same number of extra steps, and those steps are spent near the
    saddle where the gradient is tiny.
    """
    distance = positive(distance, "distance")
    lr = positive(lr, "lr")
    threshold = positive(threshold, "threshold")
    if distance >= threshold:
        return 0
    ratio = math.log(threshold / distance) / math.log1p(2 * lr)
    # guard against ratio landing a hair above an integer by rounding
    return int(math.ceil(ratio - 1e-9))


def escape_steps(distance, lr, x_start=-1.5, threshold=1.0,
                 max_steps=10_000):
    """Measure the escape time from the saddle x² − y² with gradient descent.

    Runs :func:`trajectory` with ``SGD(lr=lr)`` on
    ``optlib.surfaces.saddle`` from (``x_start``, ``distance``) and
    returns the first step t with :math:`|y_t|` ≥ ``threshold`` (compare
    :func:`escape_steps_theory`), and the trajectory itself.
    """
    from optlib.optim import SGD
    from optlib.surfaces import saddle

    distance = positive(distance, "distance")
    lr = positive(lr, "lr")
    threshold = positive(threshold, "threshold")
    max_steps = integer(max_steps, "max_steps", 1)
    budget = escape_steps_theory(distance, lr, threshold) + 2
    if budget > max_steps:
        raise ValueError(f"escaping needs about {budget} steps, more than "
                         f"max_steps={max_steps}")
    run = trajectory(lambda p: SGD(p, lr=lr), saddle,
                     [float(x_start), distance], budget, tol=0.0)
    return escape_step(run.path, threshold), run


def count_escapes(surface, start, boundary_x, lr, noise, runs=50,
                  steps=300, seed=0):
    """Count noisy-gradient runs that end on the left of ``boundary_x``.

    Run ``runs`` seeded trajectories (seeds ``seed``, ``seed + 1``, ...) of
    ``SGD(lr=lr)`` with :func:`noisy_grad` from ``start`` for ``steps``
    steps.  A run *escaped* when its final x is below ``boundary_x`` (for
    ``optlib.surfaces.two_minima``: the x of the saddle between the
    local minimum on the right and the global one on the left).

    Returns
    -------
    escaped : int
        Number of runs that ended left of the boundary.
    finals : ndarray, shape (runs, 2)
        The final points.
    """
    from optlib.optim import SGD

    runs = integer(runs, "runs", 1)
    steps = integer(steps, "steps", 1)
    grad_fn = noisy_grad(surface, noise)
    finals = _escape_finals(surface, start, lr, float(noise), runs, steps,
                            seed)
    if finals is not None:
        return int(np.sum(finals[:, 0] < boundary_x)), finals
    finals = np.empty((runs, 2))
    for i in range(runs):
        run = trajectory(lambda p: SGD(p, lr=lr), surface, start, steps,
                         tol=0.0, grad_fn=grad_fn, seed=seed + i)
        if run.diverged:
            raise FloatingPointError(f"run {i} {run.message}; lower lr or "
                                     f"noise")
        finals[i] = run.final
    return int(np.sum(finals[:, 0] < boundary_x)), finals


# --------------------------------------------------------------------------
# Replaying a gradient sequence
# --------------------------------------------------------------------------


def replay(make_optimizer, grads, x0=0.0, schedule=None, bounds=None):
    """Feed an optimizer a given sequence of gradients for one number x.

    Step t (t = 1, 2, ...) sets ``lr = schedule(t)`` (if given), applies
    ``grads[t - 1]`` and projects x back onto ``bounds = (low, high)``
    (if given).  The gradients do not depend on x: this shows how an
    optimizer responds to the *history* of its gradients.

    Parameters
    ----------
    make_optimizer : callable
        ``make_optimizer(params)`` → optimizer over one array of shape (1,).
    grads : sequence of float
        g_1, g_2, ... (finite numbers).
    x0 : float
        The start.
    schedule : callable, optional
        ``schedule(t)`` → η_t.
    bounds : (float, float), optional
        Project every iterate onto this interval.

    Returns
    -------
    ndarray, shape (len(grads) + 1,)
        x_0, x_1, ...; after the first iterate that is not finite (a run
        that blew up) the rest is NaN.

    >>> from optlib.optim import SGD
    >>> replay(lambda p: SGD(p, lr=0.1), [1.0, 2.0, -3.0]).round(12)
    array([ 0. , -0.1, -0.3,  0. ])
    """
    g = np.asarray(grads, dtype=np.float64).ravel()
    if g.size == 0:
        raise ValueError("grads must not be empty")
    if not np.isfinite(g).all():
        raise ValueError("grads must be finite numbers")
    if schedule is not None and not callable(schedule):
        raise TypeError("schedule must be callable: schedule(t) -> lr")
    x = np.array([float(x0)])
    opt = make_optimizer([x])
    xs = np.full(g.size + 1, np.nan)
    xs[0] = x[0]
    with np.errstate(all="ignore"):
        for t in range(1, g.size + 1):
            if schedule is not None:
                opt.lr = schedule(t)
            opt.step([g[t - 1:t]])
            if bounds is not None:
                np.clip(x, bounds[0], bounds[1], out=x)
            xs[t] = x[0]
            if not np.isfinite(x[0]):
                break
    return xs


def step_sizes(make_optimizer, grads):
    """The step lengths :math:`|x_t - x_{t-1}|` for each gradient of ``grads`` fed in turn.

    The steps of :func:`replay` from 0.  A step that is not finite (a run
    that blew up) is reported as ``inf`` and ends the record: the rest is
    NaN.

    Examples
    --------
    >>> from optlib.optim import SGD
    >>> step_sizes(lambda p: SGD(p, lr=0.1), [1.0, 2.0, -3.0])
    array([0.1, 0.2, 0.3])
    """
    xs = replay(make_optimizer, grads)
    with np.errstate(invalid="ignore"):
        out = np.abs(np.diff(xs))
    bad = np.flatnonzero(~np.isfinite(xs[1:]))
    if bad.size:
        out[bad[0]] = np.inf
        out[bad[0] + 1:] = np.nan
    return out


def piecewise_constant(*pieces):
    """A gradient sequence from (value, count) pairs.

    >>> piecewise_constant((1.0, 2), (10.0, 3)).tolist()
    [1.0, 1.0, 10.0, 10.0, 10.0]
    """
    if not pieces:
        raise ValueError("give at least one (value, count) pair")
    parts = []
    for value, count in pieces:
        if int(count) != count or count < 0:
            raise ValueError(f"counts must be non-negative integers, got "
                             f"{count!r}")
        parts.append(np.full(int(count), float(value)))
    return np.concatenate(parts)


def effective_lr(make_optimizer, surface, x0, steps):
    """Run an optimizer and measure its effective learning rate per step.

    For an optimizer without momentum each step is θ_t = θ_{t−1} − η_t ⊙ g_t
    with a per-coordinate factor η_t; this returns η_t = (θ_{t−1} − θ_t)/g_t
    (NaN where g_t = 0).

    Parameters
    ----------
    make_optimizer : callable, ``make_optimizer(params)`` → optimizer
    surface : object with ``grad(xy)``
    x0 : point (2,)
    steps : int

    Returns
    -------
    path : ndarray (steps + 1, 2)
    lrs : ndarray (steps, 2)
    """
    xy = as_point(x0)
    steps = integer(steps, "steps", 1)
    opt = make_optimizer([xy])
    path = [xy.copy()]
    lrs = np.full((steps, 2), np.nan)
    for t in range(steps):
        g = surface.grad(xy)
        before = xy.copy()
        opt.step([g])
        nz = g != 0
        lrs[t, nz] = (before[nz] - xy[nz]) / g[nz]
        path.append(xy.copy())
    return np.array(path), lrs


# --------------------------------------------------------------------------
# Preconditioning: the same quadratic, turned (chapters 8 and 9)
# --------------------------------------------------------------------------


def start_in_axes(angle, point=(-4.5, 1.0)):
    """The point whose coordinates in ``quadratic(κ, angle)``'s own axes
    are ``point``.

    ``surfaces.quadratic`` turns its axes by ``angle`` degrees: x' = c x +
    s y, y' = −s x + c y.  This returns (x, y) = (c x' − s y', s x' + c y'),
    so runs from ``start_in_axes(a, p)`` on ``quadratic(κ, a)`` start at
    the same distances along the flat and the steep direction for every
    angle a; a rotation-invariant method (gradient descent) then takes
    exactly the same path, turned.

    >>> start_in_axes(0)
    array([-4.5,  1. ])
    >>> start_in_axes(90).round(12)
    array([-1. , -4.5])
    """
    rad = float(angle) * math.pi / 180
    c, s = math.cos(rad), math.sin(rad)
    p = as_point(point, "point")
    return np.array([c * p[0] - s * p[1], s * p[0] + c * p[1]])


@dataclass(repr=False)
class RotationRun:
    """One optimizer on ``quadratic(condition, angle)``.

    Attributes
    ----------
    angle : float
        The turn of the quadratic's axes, in degrees.
    name : str
        The optimizer's name.
    trajectory : Trajectory
        The run, from :func:`start_in_axes`.
    factors : ndarray (2,)
        The per-coordinate factor (θ_{k−1} − θ_k)/g_k of the last step
        whose gradient in that coordinate is not 0: for a
        method without momentum, θ ← θ − P g with P = diag(factors) (η for
        gradient descent, η/(√s + ε) for AdaGrad, η/(√v + ε) for RMSProp).
    condition : float
        The condition number of P H, the curvature that step sees (the
        eigenvalues of P H are real and positive, as P H is similar to
        P^½ H P^½): κ(H) for gradient descent, 1 for a perfect
        preconditioner.  NaN after a divergence.
    """

    angle: float
    name: str
    trajectory: Trajectory
    factors: np.ndarray
    condition: float

    @property
    def text(self):
        """"45°  AdaGrad: stopped after 1000 steps, final loss 2.2e-11,
        κ(PH) = 100"."""
        t = self.trajectory
        return (f"{self.angle:3g}\u00b0  {self.name}: {t.message}, final "
                f"loss {t.values[-1]:.3g}, \u03ba(PH) = "
                f"{self.condition:.3g}")

    def __repr__(self):
        return f"RotationRun({self.text})"


def rotation_runs(make_optimizer, condition=100, angles=(0, 45),
                  point=(-4.5, 1.0), steps=1000, tol=1e-6):
    """Run optimizers on one quadratic turned by several angles.

    Each run starts at :func:`start_in_axes` ``(angle, point)`` on
    :func:`optlib.surfaces.quadratic` ``(condition, angle)``, so only the
    orientation of the valley changes.  A diagonal preconditioner (AdaGrad,
    RMSProp, Adam) can undo axis-aligned ill-conditioning but not a
    turned valley; gradient descent does the same at every angle.

    Parameters
    ----------
    make_optimizer : callable or dict
        ``make_optimizer(params)``, or a dict name → such a function.
    condition : float
        The condition number κ of the quadratic (>= 1).
    angles : sequence of float
        Angles in degrees.
    point : (x', y')
        The start in the quadratic's own axes.
    steps, tol : int, float
        As for :func:`trajectory`.

    Returns
    -------
    list of RotationRun
        Angle by angle, optimizers in the order given.

    Examples
    --------
    >>> from optlib.optim import SGD, Adagrad
    >>> runs = rotation_runs({"GD": lambda p: SGD(p, lr=0.09),
    ...                       "AdaGrad": lambda p: Adagrad(p, lr=1.0)})
    >>> for r in runs:
    ...     print(r.text)
      0°  GD: converged in 755 steps, final loss 2.48e-12, κ(PH) = 100
      0°  AdaGrad: converged in 101 steps, final loss 2.19e-12, κ(PH) = 8.01
     45°  GD: converged in 755 steps, final loss 2.48e-12, κ(PH) = 100
     45°  AdaGrad: stopped after 1000 steps, final loss 2.16e-11, κ(PH) = 100
    """
    from optlib.surfaces import quadratic

    if callable(make_optimizer) and not isinstance(make_optimizer, Mapping):
        makers = {"optimizer": make_optimizer}
    elif isinstance(make_optimizer, Mapping) and make_optimizer:
        makers = dict(make_optimizer)
        for name, make in makers.items():
            _check_callable(make, f"make_optimizer[{name!r}]")
    else:
        raise TypeError("make_optimizer must be a function of the "
                        "parameters, or a dict name -> such a function")
    steps = integer(steps, "steps", 1)
    out = []
    for angle in angles:
        surface = quadratic(condition, angle)
        x0 = start_in_axes(angle, point)
        hessian = np.asarray(surface.hessian(x0), dtype=float)
        for name, make in makers.items():
            run = trajectory(make, surface, x0, steps, tol=tol)
            factors = np.full(2, np.nan)
            k = run.steps_run
            while (k >= 1 and not run.diverged
                   and not np.isfinite(factors).all()):
                before, after = run.path[k - 1], run.path[k]
                g = np.asarray(surface.grad(before), dtype=float)
                todo = (g != 0) & ~np.isfinite(factors)
                factors[todo] = (before[todo] - after[todo]) / g[todo]
                k -= 1
            cond = math.nan
            if np.isfinite(factors).all():
                lam = np.abs(np.linalg.eigvals(factors[:, None] * hessian))
                cond = float(lam.max() / lam.min())
            out.append(RotationRun(float(angle), name, run, factors, cond))
    return out


__all__ += ["start_in_axes", "RotationRun", "rotation_runs"]


# One gradient step against its first-order (Taylor) prediction
# --------------------------------------------------------------------------


def taylor_decrease(loss, params, grads, lrs):
    """Predicted and actual decrease of a loss after one gradient step.

    For each η in ``lrs`` the parameters are moved to θ − η g, the loss is
    measured there, and the parameters are put back.  The first-order
    Taylor expansion f(θ − ηg) ≈ f(θ) − η‖g‖² predicts the decrease
    η‖g‖²; the actual decrease is f(θ) − f(θ − ηg).  Their ratio tends to
    1 as η → 0 and falls as the curvature along g starts to matter.

    Parameters
    ----------
    loss : callable
        ``loss()`` → float, the loss at the current values of ``params``
        (for a network: a closure over the model and its data).
    params : list of ndarray
        The parameters θ, changed in place during the call and restored
        exactly afterwards.
    grads : list of ndarray
        The gradient g at θ, one array per parameter.
    lrs : array_like
        The step sizes η to try (positive).

    Returns
    -------
    predicted, actual : ndarray
        η‖g‖² and f(θ) − f(θ − ηg) for each η.

    Examples
    --------
    On f(x, y) = x² + y² from (1, 0): g = (2, 0), the predicted decrease
    is 4η, the actual one 1 − (1 − 2η)² = 4η − 4η², so the ratio is
    1 − η.

    >>> xy = np.array([1.0, 0.0])
    >>> pred, act = taylor_decrease(lambda: float(xy @ xy), [xy],
    ...                             [2 * xy.copy()], [0.01, 0.5, 1.0])
    >>> pred.tolist(), act.round(12).tolist()
    ([0.04, 2.0, 4.0], [0.0396, 1.0, 0.0])
    >>> xy.tolist()                  # restored
    [1.0, 0.0]
    """
    if not callable(loss):
        raise TypeError("loss must be callable: loss() -> float at the "
                        "current parameters")
    params, grads = list(params), list(grads)
    if len(params) != len(grads):
        raise ValueError(f"params and grads differ in length: "
                         f"{len(params)} and {len(grads)}")
    grads = [np.asarray(g, dtype=float) for g in grads]
    for p, g in zip(params, grads):
        if not isinstance(p, np.ndarray) or p.shape != g.shape:
            raise ValueError("each gradient must have the shape of its "
                             "parameter (params are arrays changed in "
                             "place)")
    lrs = np.asarray(lrs, dtype=float).ravel()
    if lrs.size == 0 or not np.all(np.isfinite(lrs)) or np.any(lrs <= 0):
        raise ValueError("lrs must be positive finite step sizes")
    g2 = float(sum(np.sum(g * g) for g in grads))
    saved = [p.copy() for p in params]
    f0 = float(loss())
    actual = np.empty(lrs.size)
    try:
        with np.errstate(all="ignore"):
            for i, lr in enumerate(lrs):
                for p, p0, g in zip(params, saved, grads):
                    np.subtract(p0, lr * g, out=p)
                actual[i] = f0 - float(loss())
    finally:
        for p, p0 in zip(params, saved):
            p[...] = p0
    return lrs * g2, actual


# --------------------------------------------------------------------------
# count_escapes, all runs at once (issue 14: chapters in seconds)
# --------------------------------------------------------------------------


def _escape_finals(surface, start, lr, noise, runs, steps, seed):
    """The final points of :func:`count_escapes`'s runs, stepped together.

    Run ``i`` is the one :func:`trajectory` takes (``SGD(lr)``, the
    gradient of :func:`noisy_grad`, its own ``default_rng(seed + i)``):
    the same draws and the same arithmetic, one array operation for all
    runs per step instead of one optimizer per run.  Returns None when a
    run leaves the finite, bounded region (or the surface cannot take
    many points at once), so the caller replays the runs one by one and
    reports the divergence as :func:`trajectory` does.
    """
    lr = float(lr)
    xy = np.tile(as_point(start), (runs, 1)).T          # shape (2, runs)
    draws = np.stack([np.random.default_rng(seed + i).standard_normal(
        (steps, 2)) for i in range(runs)], axis=1)      # (steps, runs, 2)
    with np.errstate(all="ignore"):
        for t in range(steps):
            try:
                g = np.asarray(surface.grad(xy), dtype=np.float64)
                values = np.asarray(surface.value(xy), dtype=np.float64)
            except Exception:   # pragma: no cover - a point-only surface
                return None
            if (g.shape != xy.shape or not np.isfinite(g).all()
                    or not np.isfinite(values).all()
                    or not np.isfinite(xy).all()
                    or np.hypot(xy[0], xy[1]).max() > 1e6):
                return None
            xy = xy - lr * (g + noise * draws[t].T)
        if (not np.isfinite(xy).all()
                or np.hypot(xy[0], xy[1]).max() > 1e6
                or not np.isfinite(np.asarray(surface.value(xy))).all()):
            return None
    return xy.T.copy()
