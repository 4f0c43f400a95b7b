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
'converged in 23 steps'
>>> run.path[:3]
array([[ 1.  , -2.  ],
       [ 0.5 , -1.  ],
       [ 0.25, -0.5 ]])
"""

from __future__ import annotations

import contextlib
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
            try:
                optimizer.step([grad])
            except FloatingPointError:
                # the optimizer saw an overflow (e.g. in g²): count the step
                # as taken, record where it left θ, and stop
                diverged_step = t
                path.append(xy.tolist())
                values.append(_safe_value(surface, xy))
                break

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
# Training a network on data
# --------------------------------------------------------------------------


@dataclass(repr=False)
class History:
    """What happened during :func:`fit`.

    Attributes
    ----------
    loss_steps : list of float
        The minibatch loss at every step t = 1, 2, ... (computed before
        the update of step t).  After a divergence its last entry is the
        loss that stopped the run.
    loss_epochs : list of float
        The mean minibatch loss of each epoch (weighted by batch size:
        the average loss over the examples seen in that epoch).
    train_acc, test_acc : list of float, or None
        Accuracy on the whole training and test sets at every evaluation
        (after every epoch by default).  None for regression.
    train_loss, test_loss : list of float
        Loss on the whole training and test sets at every evaluation.
    eval_steps : list of int
        The step t after which each evaluation was made.
    examples_seen : list of int
        Number of training examples used so far, after every step.
    lr_steps : list of float
        The learning rate used at every step.
    steps_run, epochs_run : int
        Completed steps and epochs.
    diverged : bool
    diverged_step : int or None
        The step at which the loss became non-finite or exploded.
    message : str
        "finished 30 epochs (1290 steps)" or "diverged at step 12
        (epoch 1): ...".
    seconds : float
        Wall-clock training time (varies from run to run).
    """

    loss_steps: list = field(default_factory=list)
    loss_epochs: list = field(default_factory=list)
    train_acc: list | None = None
    test_acc: list | None = None
    train_loss: list = field(default_factory=list)
    test_loss: list = field(default_factory=list)
    eval_steps: list = field(default_factory=list)
    examples_seen: list = field(default_factory=list)
    lr_steps: list = field(default_factory=list)
    steps_run: int = 0
    epochs_run: int = 0
    diverged: bool = False
    diverged_step: int | None = None
    message: str = ""
    seconds: float = 0.0

    def __repr__(self):
        parts = [self.message]
        if self.loss_epochs:
            parts.append(f"last epoch loss={self.loss_epochs[-1]:.4g}")
        if self.test_acc:
            parts.append(f"test_acc={self.test_acc[-1]:.4f}")
        return "History(" + "; ".join(parts) + ")"


def _unpack_data(data):
    """(X_train, y_train, X_test, y_test) from a Dataset or a tuple."""
    if hasattr(data, "X_train"):
        return data.X_train, data.y_train, data.X_test, data.y_test
    try:
        parts = tuple(data)
    except TypeError:
        raise TypeError("data must be a Dataset or a tuple (X_train, "
                        "y_train, X_test, y_test) or (X, y)") from None
    if len(parts) == 2:
        return parts[0], parts[1], None, None
    if len(parts) == 4:
        return parts
    raise ValueError(f"data must be a Dataset or a tuple (X_train, y_train,"
                     f" X_test, y_test) or (X, y), got {len(parts)} items")


def _check_xy(model, loss, X, y, name):
    """Validate one split once, so the training loop can skip checks."""
    from optlib.data import _as_X

    X = _as_X(X, f"X_{name}")
    n_in = getattr(model, "n_in", None)
    if n_in is not None and X.shape[1] != n_in:
        raise ValueError(f"X_{name} has {X.shape[1]} features, the first "
                         f"layer expects {n_in}")
    if len(y) != len(X):
        raise ValueError(f"X_{name} has {len(X)} examples but y_{name} has "
                         f"{len(y)}")
    check = getattr(loss, "check_target", None)
    if check is not None:
        out = model.forward(X[:1])
        y = check(y, (len(X), out.shape[1]))
    return X, y


def evaluate(model, X, y, loss="cross_entropy"):
    """The loss and accuracy of ``model`` on (X, y).

    Returns ``(loss, accuracy)``; accuracy is the fraction of rows whose
    largest output is the label, or None for a regression loss ("mse").
    """
    from optlib.nn import get_loss

    loss = get_loss(loss)
    out = model.forward(X)
    with np.errstate(all="ignore"):
        value = loss.forward(out, y)
    if _is_classification(loss):
        return value, float(np.mean(np.argmax(out, axis=1)
                                    == np.asarray(y).reshape(-1)))
    return value, None


def accuracy(model, X, y):
    """Fraction of the rows of X whose predicted class (argmax) is y."""
    out = model.forward(X)
    y = np.asarray(y)
    if y.shape != (len(out),):
        raise ValueError(f"y must have shape ({len(out)},), got {y.shape}")
    return float(np.mean(np.argmax(out, axis=1) == y))


def _is_classification(loss):
    from optlib.nn import SoftmaxCrossEntropy

    return isinstance(loss, SoftmaxCrossEntropy)


def _blas_threads(n):
    """Limit the BLAS library to n threads inside a ``with`` block.

    The matrices of this course are small: a second BLAS thread mostly
    waits for the first (and, on a busy machine, for a free core), so
    one thread is faster.  Needs threadpoolctl (installed with
    scikit-learn); without it, or with n=None, nothing changes.
    """
    if n is None:
        return contextlib.nullcontext()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:                            # pragma: no cover
        return contextlib.nullcontext()
    return threadpool_limits(limits=n, user_api="blas")


def fit(model, optimizer, data, epochs, batch_size=32, seed=0,
        loss="cross_entropy", schedule=None, eval_every="epoch",
        max_loss=None, blas_threads=1):
    """Train ``model`` with ``optimizer`` on minibatches of ``data``.

    Each epoch shuffles the training set (``np.random.default_rng(seed)``,
    one generator for the whole run) and cuts it into minibatches of
    ``batch_size`` (see :func:`optlib.data.minibatches`).  For every
    minibatch (X_b, y_b), step t = 1, 2, ...::

        lr  = schedule(t)                       (if a schedule is given)
        L_t, g_t = model.loss_and_grads(X_b, y_b, loss)
        optimizer.step(g_t)                     (θ updated in place)

    **Divergence.**  The run stops cleanly, with ``diverged=True``, the
    step number and a message (no NumPy warnings), when L_t is nan or
    inf, when L_t > ``max_loss`` (default: 1000 × max(L_1, 1), L_1 the
    first minibatch loss), or when the optimizer rejects a non-finite
    gradient.

    Parameters
    ----------
    model : optlib.nn.Sequential
    optimizer : optlib.optim.Optimizer
        Created over ``model.parameters()`` (checked).
    data : Dataset or tuple
        A :class:`optlib.data.Dataset`, ``(X_train, y_train, X_test,
        y_test)`` or ``(X_train, y_train)`` (no test set).
    epochs : int
        Passes over the training set.
    batch_size : int or None, default 32
        None is full-batch gradient descent.
    seed : int, default 0
        Seeds the shuffling; the model's initial weights have their own
        seed (``mlp(..., seed=...)``).
    loss : "cross_entropy", "mse" or a loss object
    schedule : callable, optional
        ``schedule(t) -> lr`` sets ``optimizer.lr`` before step t (see
        :mod:`optlib.schedules`).
    eval_every : "epoch", int or None
        Evaluate loss (and accuracy) on the whole training and test sets
        after every epoch, every ``eval_every`` steps, or never.
    max_loss : float, optional
        Loss above which the run counts as diverged.
    blas_threads : int or None, default 1
        Threads for NumPy's matrix products during training; one is
        fastest for small networks (None leaves the library's setting).

    Returns
    -------
    History

    Examples
    --------
    >>> from optlib.data import load_digits
    >>> from optlib.nn import mlp
    >>> from optlib.optim import Adam
    >>> data = load_digits()
    >>> model = mlp([64, 32, 10], seed=0)
    >>> hist = fit(model, Adam(model.parameters(), lr=1e-2), data, epochs=3)
    >>> hist.message
    'finished 3 epochs (129 steps)'
    >>> hist.test_acc[-1] > 0.9
    True
    """
    from optlib.data import _check_batch_size, minibatches
    from optlib.nn import get_loss

    epochs = _check_int(epochs, "epochs", low=1)
    loss = get_loss(loss)
    X_train, y_train, X_test, y_test = _unpack_data(data)
    X_train, y_train = _check_xy(model, loss, X_train, y_train, "train")
    has_test = X_test is not None
    if has_test:
        X_test, y_test = _check_xy(model, loss, X_test, y_test, "test")
    n = len(X_train)
    bs = _check_batch_size(batch_size, n)
    if schedule is not None and not callable(schedule):
        raise TypeError("schedule must be callable: schedule(t) -> lr")
    if eval_every != "epoch" and eval_every is not None:
        eval_every = _check_int(eval_every, "eval_every", low=1)
    if max_loss is not None:
        max_loss = _check_positive(max_loss, "max_loss")
    if blas_threads is not None:
        blas_threads = _check_int(blas_threads, "blas_threads", low=1)
    params = model.parameters()
    opt_params = getattr(optimizer, "params", None)
    if opt_params is not None and (
            len(opt_params) != len(params)
            or any(a is not b for a, b in zip(opt_params, params))):
        raise ValueError("optimizer was not created over "
                         "model.parameters(); create it as "
                         "Adam(model.parameters(), lr=...)")

    classify = _is_classification(loss)
    hist = History(train_acc=[] if classify else None,
                   test_acc=[] if classify and has_test else None)
    step_fn = getattr(model, "_loss_and_grads", None)
    if step_fn is None:
        step_fn = model.loss_and_grads
    rng = np.random.default_rng(seed)
    loss_steps, seen, lrs = (hist.loss_steps, hist.examples_seen,
                             hist.lr_steps)

    def run_eval(t):
        hist.eval_steps.append(t)
        for X, y, losses, accs in (
                (X_train, y_train, hist.train_loss, hist.train_acc),
                (X_test, y_test, hist.test_loss, hist.test_acc)):
            if X is None:
                continue
            out = model._forward(X) if hasattr(model, "_forward") \
                else model.forward(X)
            losses.append(loss.forward(out, y))
            if accs is not None:
                accs.append(float(np.mean(np.argmax(out, axis=1) == y)))

    t = 0
    n_seen = 0
    reason = None
    start = time.perf_counter()
    with np.errstate(all="ignore"), _blas_threads(blas_threads):
        for epoch in range(1, epochs + 1):
            total = 0.0
            for Xb, yb in minibatches(X_train, y_train, bs,
                                      rng if bs < n else None):
                t += 1
                if schedule is not None:
                    optimizer.lr = schedule(t)
                value, grads = step_fn(Xb, yb, loss)
                if t == 1 and max_loss is None:
                    max_loss = 1e3 * max(value, 1.0)
                if not math.isfinite(value):
                    reason = f"the loss is {value}"
                elif value > max_loss:
                    reason = (f"the loss {value:.3g} exceeds "
                              f"max_loss={max_loss:.3g}")
                else:
                    try:
                        optimizer.step(grads)
                    except FloatingPointError:
                        reason = ("the optimizer met a gradient or a state "
                                  "that is not finite")
                loss_steps.append(value)
                if reason is not None:
                    break
                m = len(yb)
                total += value * m
                n_seen += m
                seen.append(n_seen)
                lrs.append(getattr(optimizer, "lr", math.nan))
                if eval_every.__class__ is int and t % eval_every == 0:
                    run_eval(t)
            if reason is not None:
                break
            hist.loss_epochs.append(total / n)
            hist.epochs_run = epoch
            if eval_every == "epoch":
                run_eval(t)
    hist.seconds = time.perf_counter() - start
    hist.steps_run = t if reason is None else t - 1
    if reason is not None:
        hist.diverged, hist.diverged_step = True, t
        hist.message = (f"diverged at step {t} (epoch {epoch}): {reason}; "
                        "try a smaller learning rate")
    else:
        hist.message = f"finished {epochs} epochs ({t} steps)"
    return hist
