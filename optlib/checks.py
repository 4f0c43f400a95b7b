"""Argument checks, formatters and the BLAS-thread limiter shared by optlib.

The bottom layer of the library: it imports nothing from ``optlib``, so
every module may use it.  Each check returns the value in a clean form
(``int``, ``float``, a float array) or raises ``TypeError``/``ValueError``
with the argument's name, before anything is changed.

>>> integer(3, "steps")
3
>>> positive(0.5, "lr")
0.5
>>> as_point([1, -2]).tolist()
[1.0, -2.0]
>>> format_value(0.05)
'lr = 0.05'
"""

from __future__ import annotations

import contextlib
import html
import math
from numbers import Integral, Real

import numpy as np

__all__ = ["integer", "number", "positive", "as_point", "as_1d", "as_matrix",
           "batch_size", "flag", "format_value", "escape", "blas_threads"]


def integer(value, name, low=0):
    """``value`` as an int >= ``low`` (a bool is not an integer)."""
    if not isinstance(value, Integral) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    if value < low:
        raise ValueError(f"{name} must be >= {low}, got {value}")
    return int(value)


def number(value, name, low=None):
    """``value`` as a finite float, >= ``low`` when given.

    >>> number(3, "condition", low=1)
    3.0
    """
    if not isinstance(value, Real) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value) or (low is not None and value < low):
        bound = f" >= {low:g}" if low is not None else ""
        raise ValueError(f"{name} must be a finite number{bound}, got "
                         f"{value}")
    return value


def positive(value, name, allow_zero=False):
    """``value`` as a finite float > 0 (>= 0 with ``allow_zero``)."""
    if not isinstance(value, Real) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {value!r}")
    value = float(value)
    ok = value >= 0 if allow_zero else value > 0
    if not ok or math.isnan(value):
        sign = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be {sign}, got {value}")
    return value


def flag(value, name):
    """``value`` as a bool; only True or False are accepted."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def as_point(x0, name="x0"):
    """A finite point (x, y) as a new float array of shape (2,)."""
    try:
        xy = np.array(x0, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a point (x, y) of two numbers, got "
                        f"{x0!r}") from None
    if xy.shape != (2,):
        raise ValueError(f"{name} must be a point (x, y) of shape (2,), got "
                         f"shape {xy.shape}")
    if not np.isfinite(xy).all():
        raise ValueError(f"{name} must be finite, got {xy.tolist()}")
    return xy


def as_1d(a, name):
    """A non-empty, finite 1-D float array."""
    try:
        arr = np.asarray(a, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be an array of numbers") from None
    if arr.ndim != 1 or arr.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array, got shape "
                         f"{arr.shape}")
    if not np.isfinite(arr).all():
        raise ValueError(f"{name} must be finite")
    return arr


def as_matrix(X, name="X", allow_1d=True):
    """X as a 2-D float64 array (examples × features).

    With ``allow_1d`` a 1-D X is one feature per example.
    """
    try:
        X = np.asarray(X)
    except Exception:                              # ragged lists etc.
        raise TypeError(f"{name} must be an array of numbers") from None
    if X.dtype == bool or not (np.issubdtype(X.dtype, np.integer)
                               or np.issubdtype(X.dtype, np.floating)):
        raise TypeError(f"{name} must hold numbers, got dtype {X.dtype}")
    if X.ndim == 1 and allow_1d:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError(f"{name} must be 2-D (examples × features), got "
                         f"shape {X.shape}")
    return X.astype(np.float64, copy=False)


def batch_size(value, n):
    """A minibatch size as an int; None means the full batch (n), and a
    size larger than the data set is clipped to n."""
    if value is None:
        return n
    if not isinstance(value, Integral) or isinstance(value, bool):
        raise TypeError(f"batch_size must be a positive integer or None "
                        f"(full batch), got {value!r}")
    if value < 1:
        raise ValueError(f"batch_size must be >= 1, got {value}")
    return min(int(value), n)


def format_value(value, param="lr"):
    """A slider label: ``"lr = 0.05"``, ``"betas = (0.9, 0.99)"``.

    >>> format_value((0.9, 0.99), "betas")
    'betas = (0.9, 0.99)'
    """
    if isinstance(value, Real) and not isinstance(value, bool):
        text = f"{float(value):g}" if not isinstance(
            value, Integral) else str(int(value))
    elif isinstance(value, (tuple, list)):
        text = "(" + ", ".join(
            f"{v:g}" if isinstance(v, Real) else str(v)
            for v in value) + ")"
    else:
        text = str(value)
    return f"{param} = {text}" if param else text


def escape(text):
    """``text`` escaped for HTML text and attribute values."""
    return html.escape(str(text), quote=True)


def blas_threads(n=1):
    """A context manager limiting BLAS to ``n`` threads (None: no limit).

    Small matrix products are faster on one thread, and one thread
    everywhere keeps results reproducible.  Needs threadpoolctl (installed
    with scikit-learn); without it, or with ``n=None``, it does nothing.
    """
    if n is None:
        return contextlib.nullcontext()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:                                # pragma: no cover
        return contextlib.nullcontext()
    return threadpool_limits(limits=n, user_api="blas")
