"""Training a network on data: ``fit``, evaluation and a fair contest.

* :func:`fit` trains a network from :mod:`optlib.nn` on a
  :class:`optlib.data.Dataset` with minibatches, records the loss of every
  step and the accuracy after every epoch, and stops cleanly (a flag, the
  step and a message) when the run diverges.
* :func:`evaluate` and :func:`accuracy` score a model on data.
* :func:`grid_search` trains a fresh model for every optimizer and every
  learning rate of its grid; :func:`best_by` picks each optimizer's best
  run on held-out data (diverged runs never win).

Paths on 2-D surfaces are in :mod:`optlib.trajectory`.

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
import time
from dataclasses import dataclass, field

import numpy as np

from optlib.checks import (as_matrix, batch_size as check_batch_size,
                           blas_threads as limit_blas, integer, positive)

__all__ = ["History", "fit", "evaluate", "accuracy", "Result",
           "grid_search", "best_by", "DIGITS_SETUP", "digits_run"]


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
        The learning rate used at every step (nan when the optimizer's
        parameter groups have different rates).
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
    X = as_matrix(X, f"X_{name}")
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
        return value, _fraction_right(out, np.asarray(y).reshape(-1))
    return value, None


def accuracy(model, X, y):
    """Fraction of the rows of X whose predicted class (argmax) is y."""
    out = model.forward(X)
    y = np.asarray(y)
    if y.shape != (len(out),):
        raise ValueError(f"y must have shape ({len(out)},), got {y.shape}")
    return _fraction_right(out, y)


def _fraction_right(out, y):
    """The accuracy of outputs (n × classes) against labels y (n,)."""
    return float(np.mean(np.argmax(out, axis=1) == y))


def _is_classification(loss):
    from optlib.nn import SoftmaxCrossEntropy

    return isinstance(loss, SoftmaxCrossEntropy)


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
    from optlib.data import minibatches
    from optlib.nn import get_loss

    epochs = integer(epochs, "epochs", low=1)
    loss = get_loss(loss)
    X_train, y_train, X_test, y_test = _unpack_data(data)
    X_train, y_train = _check_xy(model, loss, X_train, y_train, "train")
    has_test = X_test is not None
    if has_test:
        X_test, y_test = _check_xy(model, loss, X_test, y_test, "test")
    n = len(X_train)
    bs = check_batch_size(batch_size, n)
    if schedule is not None and not callable(schedule):
        raise TypeError("schedule must be callable: schedule(t) -> lr")
    if eval_every != "epoch" and eval_every is not None:
        eval_every = integer(eval_every, "eval_every", low=1)
    if max_loss is not None:
        max_loss = positive(max_loss, "max_loss")
    if blas_threads is not None:
        blas_threads = integer(blas_threads, "blas_threads", low=1)
    params = model.parameters()
    opt_params = getattr(optimizer, "params", None)
    order = None        # parameter groups may list them in another order
    if opt_params is not None:
        where = {id(p): i for i, p in enumerate(params)}
        order = [where.get(id(p)) for p in opt_params]
        if len(opt_params) != len(params) or sorted(
                i for i in order if i is not None) != list(range(len(params))):
            raise ValueError("optimizer was not created over "
                             "model.parameters() (each once, in one list "
                             "or in parameter groups); create it as "
                             "Adam(model.parameters(), lr=...)")
        if order == list(range(len(params))):
            order = None

    # optlib's own optimizers: after a fully checked first step, step
    # with only the finiteness test (the model's gradients keep the
    # parameters' shapes and dtype, which the first step has checked)
    from optlib.optim import Optimizer
    fast = (isinstance(optimizer, Optimizer)
            and type(optimizer).step is Optimizer.step)

    classify = _is_classification(loss)
    hist = History(train_acc=[] if classify else None,
                   test_acc=[] if classify and has_test else None)
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
            out = model.forward(X, check=False)
            losses.append(loss.forward(out, y))
            if accs is not None:
                accs.append(_fraction_right(out, y))

    t = 0
    n_seen = 0
    reason = None
    start = time.perf_counter()
    with np.errstate(all="ignore"), limit_blas(blas_threads):
        for epoch in range(1, epochs + 1):
            total = 0.0
            for Xb, yb in minibatches(X_train, y_train, bs,
                                      rng if bs < n else None):
                t += 1
                if schedule is not None:
                    optimizer.lr = schedule(t)
                value, grads = model.loss_and_grads(Xb, yb, loss, check=False)
                if t == 1 and max_loss is None:
                    max_loss = 1e3 * max(value, 1.0)
                if not math.isfinite(value):
                    reason = f"the loss is {value}"
                elif value > max_loss:
                    reason = (f"the loss {value:.3g} exceeds "
                              f"max_loss={max_loss:.3g}")
                else:
                    if order is not None:
                        grads = [grads[i] for i in order]
                    try:
                        if fast and t > 1:
                            if not _all_finite(grads):
                                raise FloatingPointError
                            optimizer._apply(grads)
                        else:
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
                try:    # nan for groups with different rates
                    lrs.append(optimizer.lr)
                except (AttributeError, ValueError):
                    lrs.append(math.nan)
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
        unit = "epoch" if epochs == 1 else "epochs"
        hist.message = f"finished {epochs} {unit} ({t} steps)"
    return hist


# --------------------------------------------------------------------------
# A fair contest: a grid of learning rates per optimizer
# --------------------------------------------------------------------------


# The course's standard digits experiment: every chapter that compares
# optimizers on the digits uses it, so their numbers compare across chapters.
DIGITS_SETUP = {"sizes": (64, 32, 10), "activation": "relu", "epochs": 10,
                "batch_size": 32, "seed": 0}


def digits_run(make_optimizer, data=None, *, epochs=10, batch_size=32,
               seed=0, schedule=None, sizes=(64, 32, 10)):
    """The standard digits experiment with one optimizer.

    A fresh ``mlp(sizes, seed=seed)`` (64 → 32 → 10, ReLU) trained by
    :func:`fit` on ``data`` (default :func:`optlib.data.load_digits`: the
    standardised, stratified 75/25 split with seed 0) for ``epochs`` epochs
    of minibatches of ``batch_size``.  A chapter that departs from this
    setup passes other arguments and says why.

    ``make_optimizer(params)`` builds the optimizer, e.g.
    ``lambda p: SGD(p, lr=0.1)``.  Returns ``(model, history)``.

    >>> from optlib.optim import SGD
    >>> model, h = digits_run(lambda p: SGD(p, lr=0.1), epochs=1)
    >>> h.message
    'finished 1 epoch (43 steps)'
    """
    from optlib.data import load_digits
    from optlib.nn import mlp

    if not callable(make_optimizer):
        raise TypeError("make_optimizer must be a function of the "
                        "parameters, e.g. lambda p: SGD(p, lr=0.1); got "
                        f"{type(make_optimizer).__name__}")
    data = load_digits(seed=0) if data is None else data
    model = mlp(list(sizes), seed=seed)
    history = fit(model, make_optimizer(model.parameters()), data,
                  epochs=epochs, batch_size=batch_size, seed=seed,
                  schedule=schedule)
    return model, history


@dataclass(repr=False)
class Result:
    """One training run of the contest.

    Attributes
    ----------
    name : str
        The optimizer's name (a key of ``make_optimizer``).
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


def grid_search(make_model, make_optimizer, grids, data, epochs=10,
                batch_size=32, seed=0):
    """Train a fresh model for every optimizer and every η of its grid.

    For each name in ``make_optimizer`` and each η in ``grids[name]``::

        model = make_model()                    (same initial weights)
        opt   = make_optimizer[name](model.parameters(), η)
        fit(model, opt, data, epochs, batch_size, seed)   (same shuffling)

    Parameters
    ----------
    make_model : callable
        ``make_model()`` returns a new model; it must return the same
        initial weights every time (seed it), or the contest is unfair.
    make_optimizer : dict
        Optimizer name → ``make(params, lr)``.
    grids : dict
        Optimizer name → sequence of learning rates (same keys as
        ``make_optimizer``).
    data : Dataset or tuple
        Passed to :func:`optlib.train.fit`; its test part is the split the
        selection looks at (use a validation split, not the test set).
    epochs, batch_size, seed
        The shared budget.

    Returns
    -------
    list of Result
        In the order of ``make_optimizer``, then of each grid.
    """
    if not callable(make_model):
        raise TypeError("make_model must be callable: make_model() -> model")
    if not isinstance(make_optimizer, dict):
        raise TypeError("make_optimizer must be a dict: name -> "
                        "make(params, lr)")
    if set(make_optimizer) != set(grids):
        raise ValueError(f"make_optimizer and grids must name the same "
                         f"optimizers, got {sorted(make_optimizer)} and "
                         f"{sorted(grids)}")
    results = []
    for name, make in make_optimizer.items():
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


# --------------------------------------------------------------------------
# fit's fast path (issue 14: chapters in seconds)
# --------------------------------------------------------------------------


def _all_finite(arrays):
    """True when every entry of every array is finite (call it inside
    ``np.errstate(all="ignore")``): a dot product per array, the
    elementwise test only when that is not finite."""
    for a in arrays:
        flat = a.ravel()
        if not (math.isfinite(np.dot(flat, flat)) or np.isfinite(a).all()):
            return False
    return True
