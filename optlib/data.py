"""Data sets, splits, standardisation and minibatches.

Everything is seeded (``np.random.default_rng(seed)``), returns float64
features and never downloads: the digits come from the copy bundled with
scikit-learn (8×8 images of handwritten digits, 1797 examples, 10 classes).

Example
-------
>>> data = load_digits()
>>> data.X_train.shape, data.X_test.shape, data.n_classes
((1347, 64), (450, 64), 10)
>>> rng = np.random.default_rng(0)
>>> sizes = [len(yb) for Xb, yb in minibatches(data.X_train, data.y_train,
...                                            500, rng)]
>>> sizes
[500, 500, 347]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np

from optlib.checks import as_matrix, batch_size as check_batch_size, integer

__all__ = ["Dataset", "load_digits", "linear_regression", "moons",
           "correlated_regression", "scaled_features", "train_test_split",
           "standardize", "minibatches"]


@dataclass(repr=False)
class Dataset:
    """A train/test split of one data set.

    Attributes
    ----------
    X_train, X_test : ndarray, shape (n, d), float64
    y_train, y_test : ndarray, shape (n,)
        Integer labels 0, ..., n_classes - 1 for classification, floats
        for regression.
    n_classes : int or None
        None for regression.
    feature_names : list of str, optional
    name : str, optional
    true_params : dict, optional
        For synthetic regression data, the parameters that generated it
        (``{"w": ..., "b": ...}``).
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    n_classes: int | None = None
    feature_names: list | None = None
    name: str = ""
    true_params: dict | None = None

    @property
    def n_features(self):
        """The number of input features d."""
        return self.X_train.shape[1]

    def __iter__(self):
        """Unpack as ``X_train, y_train, X_test, y_test = data``."""
        return iter((self.X_train, self.y_train, self.X_test, self.y_test))

    def __repr__(self):
        kind = (f"{self.n_classes} classes" if self.n_classes is not None
                else "regression")
        name = f"{self.name}: " if self.name else ""
        return (f"Dataset({name}{len(self.y_train)} train, "
                f"{len(self.y_test)} test, {self.n_features} features, "
                f"{kind})")


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------


def _as_y(y, n, name="y"):
    y = np.asarray(y)
    if y.ndim == 0:
        raise ValueError(f"{name} must be an array, one entry per example")
    if len(y) != n:
        raise ValueError(f"X has {n} examples but {name} has {len(y)}; "
                         "they must have the same length")
    return y


def _n_test(test_size, n):
    """Number of test examples: ceil(test_size·n) for a fraction."""
    if isinstance(test_size, bool):
        raise TypeError("test_size must be a fraction in (0, 1) or a count")
    if isinstance(test_size, Integral):
        if not 1 <= test_size < n:
            raise ValueError(f"test_size={test_size} must be between 1 and "
                             f"{n - 1} (n = {n})")
        return int(test_size)
    if isinstance(test_size, Real):
        if not 0 < test_size < 1:
            raise ValueError(f"test_size must be in (0, 1), got {test_size}")
        k = math.ceil(test_size * n)
        if not 1 <= k < n:
            raise ValueError(f"test_size={test_size} leaves an empty train "
                             f"or test set for n = {n}")
        return k
    raise TypeError(f"test_size must be a fraction in (0, 1) or a count, "
                    f"got {test_size!r}")


# --------------------------------------------------------------------------
# splitting and scaling
# --------------------------------------------------------------------------


def train_test_split(X, y, test_size=0.25, seed=0, stratify=False):
    """Split X, y into a random train part and test part.

    Returns ``X_train, X_test, y_train, y_test`` (scikit-learn's order).
    This is scikit-learn's ``train_test_split`` (``random_state=seed``),
    with the arguments checked first; for an integer seed the same random
    draws are made here, without importing scikit-learn (the tests check
    the parts are identical).

    Parameters
    ----------
    X : array_like, shape (n, d)
    y : array_like, shape (n,) or (n, k)
    test_size : float in (0, 1) or int
        Fraction (rounded up, as scikit-learn does) or number of test
        examples.
    seed : int
        scikit-learn's ``random_state``.
    stratify : bool or array_like, default False
        True keeps the class proportions of ``y`` in both parts (an array
        stratifies by its values instead).
    """
    X = as_matrix(X)
    n = len(X)
    y = _as_y(y, n)
    n_test = _n_test(test_size, n)
    if stratify is False or stratify is None:
        groups = None
    else:
        groups = y if stratify is True else _as_y(stratify, n, "stratify")
    if (isinstance(seed, Integral) and not isinstance(seed, bool)
            and (groups is None or np.ndim(groups) == 1)):
        # scikit-learn's draws, without its slow import (see the tests)
        if groups is None:
            order = np.random.RandomState(int(seed)).permutation(n)
            train, test = order[n_test:], order[:n_test]
        else:
            train, test = _stratified_split(groups, n_test, int(seed))
        return X[train], X[test], y[train], y[test]
    from sklearn.model_selection import train_test_split as sk_split

    # scikit-learn's split, with the test size already checked and counted
    return sk_split(X, y, test_size=n_test, random_state=seed,
                    stratify=groups)


def standardize(X_train, X_test=None):
    """Scale every feature to mean 0 and standard deviation 1.

    .. math:: x' = (x - \\mu_{\\text{train}}) / \\sigma_{\\text{train}}

    scikit-learn's ``StandardScaler``, fitted on ``X_train`` only (the test
    set must not leak into training), with its arithmetic (bit for bit,
    see the tests) but without importing scikit-learn.  Constant columns (σ = 0, such as the
    always-blank corner pixels of the digits) are centred but not divided.
    Returns ``(X_train_scaled, X_test_scaled)``; the second is None when
    ``X_test`` is None.  The inputs are not modified.

    >>> a, b = standardize([[0.0, 1.0], [2.0, 1.0]], [[4.0, 3.0]])
    >>> a.tolist(), b.tolist()
    ([[-1.0, 0.0], [1.0, 0.0]], [[3.0, 2.0]])
    """
    X_train = as_matrix(X_train, "X_train")
    if X_test is None:
        return _scale_like_sklearn(X_train, X_train[:0])[0], None
    X_test = as_matrix(X_test, "X_test")
    if X_test.shape[1] != X_train.shape[1]:
        raise ValueError(f"X_test has {X_test.shape[1]} features but "
                         f"X_train has {X_train.shape[1]}")
    return _scale_like_sklearn(X_train, X_test)


# --------------------------------------------------------------------------
# minibatches
# --------------------------------------------------------------------------


def minibatches(X, y, batch_size, rng=None):
    """Yield the minibatches ``(X_batch, y_batch)`` of one epoch.

    The examples are shuffled with ``rng`` (a ``np.random.Generator`` or
    an int seed; None keeps the original order), then cut into
    consecutive batches of ``batch_size``; the last batch holds the
    remainder, so every example is used exactly once per epoch.
    ``batch_size=None`` yields one full batch; a ``batch_size`` larger
    than the data set is clipped to it.  Call once per epoch (with the
    same Generator, so every epoch gets a new order).

    The batches are views of one shuffled copy of X and y.
    """
    X, y, batch_size = _check_minibatch_args(X, y, batch_size)
    if rng is not None:
        if not isinstance(rng, np.random.Generator):
            rng = np.random.default_rng(rng)
        order = rng.permutation(len(X))          # a new order each epoch
        X, y = X[order], y[order]
    for start in range(0, len(X), batch_size):
        yield X[start:start + batch_size], y[start:start + batch_size]


def _check_minibatch_args(X, y, batch_size):
    X = as_matrix(X)
    y = _as_y(y, len(X))
    if len(X) == 0:
        raise ValueError("cannot make minibatches of an empty data set")
    return X, y, check_batch_size(batch_size, len(X))


# --------------------------------------------------------------------------
# data sets
# --------------------------------------------------------------------------


def load_digits(test_size=0.25, seed=0, standardize=True):
    """scikit-learn's bundled handwritten digits, split and scaled.

    1797 grey-level 8×8 images (64 features, values 0–16) of the digits
    0–9.  The split is stratified (every digit in the same proportion in
    train and test); with the defaults that is 1347 train and 450 test
    examples.  ``standardize=True`` scales each pixel with the training
    set's mean and standard deviation (see :func:`standardize`).

    No download: the data ship with scikit-learn.  The split and the
    scaling are scikit-learn's (:func:`train_test_split`,
    :func:`standardize`), computed without importing scikit-learn (whose
    import takes longer than the rest of a chapter's set-up); the tests
    check the result equals scikit-learn's, bit for bit.
    """
    X, y = _digits_arrays()
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=test_size, seed=seed, stratify=True)
    if standardize:
        X_train, X_test = _standardize(X_train, X_test)
    return Dataset(X_train, y_train, X_test, y_test, n_classes=10,
                   feature_names=[f"pixel_{r}_{c}" for r in range(8)
                                  for c in range(8)], name="digits")


_standardize = standardize


def linear_regression(n=200, n_features=1, noise=0.5, seed=0,
                      test_size=0.25, w=None, b=1.0):
    """Synthetic linear data: y = X w + b + noise·ε.

    X ~ N(0, 1) (n × n_features), ε ~ N(0, 1).  ``w`` defaults to
    draws from U(-2, 2) (for one feature, w = 2).  The generating
    ``w`` and ``b`` are returned in ``true_params``.
    """
    n = integer(n, "n", 4)
    n_features = integer(n_features, "n_features", 1)
    if not isinstance(noise, Real) or isinstance(noise, bool) or noise < 0:
        raise ValueError(f"noise must be a number >= 0, got {noise!r}")
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, n_features))
    if w is None:
        w = (np.array([2.0]) if n_features == 1
             else rng.uniform(-2, 2, n_features))
    w = np.asarray(w, dtype=float).reshape(-1)
    if len(w) != n_features:
        raise ValueError(f"w has {len(w)} entries, expected n_features="
                         f"{n_features}")
    y = X @ w + float(b) + noise * rng.standard_normal(n)
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=test_size, seed=seed)
    return Dataset(X_train, y_train, X_test, y_test, n_classes=None,
                   feature_names=[f"x{i}" for i in range(n_features)],
                   name="linear regression",
                   true_params={"w": w, "b": float(b)})


def moons(n=200, noise=0.1, seed=0, test_size=0.25):
    """Two interleaving half circles in 2-D (scikit-learn's make_moons).

    A small non-linear classification problem: a linear model cannot
    separate the classes, a small MLP can.  Stratified split.
    """
    from sklearn.datasets import make_moons

    n = integer(n, "n", 4)
    if not isinstance(noise, Real) or isinstance(noise, bool) or noise < 0:
        raise ValueError(f"noise must be a number >= 0, got {noise!r}")
    X, y = make_moons(n_samples=n, noise=float(noise), random_state=seed)
    X_train, X_test, y_train, y_test = train_test_split(
        X, y.astype(np.int64), test_size=test_size, seed=seed,
        stratify=True)
    return Dataset(X_train, y_train, X_test, y_test, n_classes=2,
                   feature_names=["x1", "x2"], name="moons")


def correlated_regression(n=200, noise=0.5, seed=0):
    """Two correlated features and a noisy linear target.

    x₁ = z₁, x₂ = 0.6 z₁ + 0.5 z₂ with z ~ N(0, I), and
    y = x·θ_true + noise·ε with θ_true = (1, −1): the least-squares
    problem of the chapter on SGD (its loss surface is
    :func:`optlib.surfaces.least_squares` of ``X, y``).

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray, shape (n,)

    >>> X, y = correlated_regression(n=5)
    >>> X.shape, y.shape
    ((5, 2), (5,))
    """
    n = integer(n, "n", 2)
    if not (isinstance(noise, Real) and math.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise must be >= 0 and finite, got {noise}")
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, 2))
    X = np.column_stack([z[:, 0], 0.6 * z[:, 0] + 0.5 * z[:, 1]])
    theta_true = np.array([1.0, -1.0])
    y = X @ theta_true + noise * rng.standard_normal(n)
    return X, y


def scaled_features(n=200, scale=100.0, noise=0.1, seed=0):
    """A regression with one feature on a ``scale`` times larger scale.

    x₁ ~ N(0, 1), z ~ N(0, 1), x₂ = scale·z and
    y = 2x₁ − 3z + noise·ξ, so the best weights are close to
    w* = (2, −3/scale): the large feature needs a small weight.

    Returns
    -------
    X : ndarray (n, 2)
    y : ndarray (n,)

    >>> X, y = scaled_features(n=1000, seed=0)
    >>> bool(X[:, 1].std() > 50 * X[:, 0].std())
    True
    """
    n = integer(n, "n", 2)
    if not (scale > 0 and noise >= 0):
        raise ValueError("need n >= 2, scale > 0 and noise >= 0")
    rng = np.random.default_rng(seed)
    x1 = rng.standard_normal(n)
    z = rng.standard_normal(n)
    y = 2.0 * x1 - 3.0 * z + noise * rng.standard_normal(n)
    return np.column_stack([x1, scale * z]), y


# --------------------------------------------------------------------------
# the digits without importing scikit-learn (issue 14: chapters in seconds)
# --------------------------------------------------------------------------


def _digits_arrays():
    """The bundled digits file, read as ``sklearn.datasets.load_digits``
    reads it (pixels as float64, labels as int64), found without importing
    scikit-learn."""
    import gzip
    import importlib.util
    import os

    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("load_digits needs scikit-learn's bundled copy of "
                          "the digits: pip install scikit-learn")
    path = os.path.join(list(spec.submodule_search_locations)[0],
                        "datasets", "data", "digits.csv.gz")
    with gzip.open(path, mode="rt", encoding="utf-8") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :-1], data[:, -1].astype(np.int64)


def _approximate_mode(class_counts, n_draws, rng):
    """scikit-learn's ``utils.extmath._approximate_mode`` (same draws)."""
    continuous = class_counts / class_counts.sum() * n_draws
    floored = np.floor(continuous)
    need_to_add = int(n_draws - floored.sum())
    if need_to_add > 0:
        remainder = continuous - floored
        for value in np.sort(np.unique(remainder))[::-1]:
            (inds,) = np.where(remainder == value)
            add_now = min(len(inds), need_to_add)
            inds = rng.choice(inds, size=add_now, replace=False)
            floored[inds] += 1
            need_to_add -= add_now
            if need_to_add == 0:
                break
    return floored.astype(int)


def _stratified_split(y, n_test, seed):
    """Train and test indices of scikit-learn's
    ``train_test_split(..., test_size=n_test, random_state=seed,
    stratify=y)`` (its ``StratifiedShuffleSplit``, same random draws)."""
    n_train = len(y) - n_test
    classes, y_indices, class_counts = np.unique(
        y, return_inverse=True, return_counts=True)
    if class_counts.min() < 2:
        few = classes[class_counts < 2].tolist()
        raise ValueError(f"a stratified split needs at least 2 examples of "
                         f"every class; these have only 1: {few}")
    if min(n_train, n_test) < len(classes):
        raise ValueError(f"a stratified split needs at least one example "
                         f"of each of the {len(classes)} classes in both "
                         f"parts: {n_train} train and {n_test} test "
                         f"examples is too few")
    class_indices = np.split(np.argsort(y_indices, kind="stable"),
                             np.cumsum(class_counts)[:-1])
    rng = np.random.RandomState(seed)
    n_i = _approximate_mode(class_counts, n_train, rng)
    t_i = _approximate_mode(class_counts - n_i, n_test, rng)
    train, test = [], []
    for i in range(len(classes)):
        permutation = rng.permutation(class_counts[i])
        members = class_indices[i].take(permutation, mode="clip")
        train.extend(members[:n_i[i]])
        test.extend(members[n_i[i]:n_i[i] + t_i[i]])
    return rng.permutation(train), rng.permutation(test)


def _scale_like_sklearn(X_train, X_test):
    """:func:`standardize` (scikit-learn's ``StandardScaler``, fitted on
    ``X_train``), with its arithmetic: the same floats, bit for bit."""
    n = float(len(X_train))
    total = X_train.sum(axis=0)
    mean = total / n
    temp = X_train - total / n
    correction = temp.sum(axis=0)
    temp **= 2
    var = (temp.sum(axis=0) - correction ** 2 / n) / n
    eps = np.finfo(np.float64).eps
    constant = var <= n * eps * var + (n * mean * eps) ** 2
    scale = np.sqrt(var)
    scale[constant | (scale < 10 * eps)] = 1.0
    return (X_train - mean) / scale, (X_test - mean) / scale
