"""Helpers for chapter 4, *Stochastic gradient descent*.

* :func:`least_squares` builds a small two-parameter regression problem and
  its loss surface (a :class:`optlib.functions.Surface`), so minibatch
  noise can be watched on contours.
* :func:`minibatch_grad_fn` turns it into a ``grad_fn`` for
  :func:`optlib.train.trajectory`: the gradient on a random minibatch.
* :func:`gradient_variance` measures how far minibatch gradients scatter
  around the full gradient, for several batch sizes, at a fixed parameter
  point.
"""

from __future__ import annotations

import contextlib
import math
from numbers import Integral

import numpy as np

__all__ = ["least_squares", "minibatch_grad_fn", "gradient_variance"]


def _batch_size(batch_size, n):
    if not isinstance(batch_size, Integral) or isinstance(batch_size, bool):
        raise TypeError(f"batch_size must be an integer, got "
                        f"{batch_size!r}")
    if not 1 <= batch_size <= n:
        raise ValueError(f"batch_size must be between 1 and the number of "
                         f"examples {n}, got {batch_size}")
    return int(batch_size)


def least_squares(n=200, noise=0.5, seed=0):
    r"""A two-parameter least-squares problem and its loss surface.

    Inputs xᵢ ∈ ℝ² are drawn with correlated coordinates, targets are
    yᵢ = xᵢ·θ_true + noise·εᵢ with θ_true = (1, −1), and the loss is the
    mean squared error

    .. math::
        f(\theta) = \frac{1}{2n}\sum_{i=1}^n (x_i^\top\theta - y_i)^2
                  = \tfrac12 \theta^\top A\theta - b^\top\theta + c,

    with A = XᵀX/n, b = Xᵀy/n, c = yᵀy/(2n).  Its minimum is θ* = A⁻¹b.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray, shape (n,)
    surface : optlib.functions.Surface
        f with its gradient Aθ − b and Hessian A; ``minima[0]`` is θ*.
    """
    from optlib.functions import Surface

    if not isinstance(n, Integral) or n < 2:
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    if not (math.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise must be >= 0 and finite, got {noise}")
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, 2))
    X = np.column_stack([z[:, 0], 0.6 * z[:, 0] + 0.5 * z[:, 1]])
    theta_true = np.array([1.0, -1.0])
    y = X @ theta_true + noise * rng.standard_normal(n)
    A = X.T @ X / n
    b = X.T @ y / n
    c = y @ y / (2 * n)
    a11, a12, a22 = A[0, 0], A[0, 1], A[1, 1]
    b1, b2 = b

    def f(x1, x2):
        return (0.5 * (a11 * x1 * x1 + 2 * a12 * x1 * x2 + a22 * x2 * x2)
                - b1 * x1 - b2 * x2 + c)

    def df(x1, x2):
        return (a11 * x1 + a12 * x2 - b1, a12 * x1 + a22 * x2 - b2)

    def d2f(x1, x2):
        zero = 0.0 * x1
        return ((a11 + zero, a12 + zero), (a12 + zero, a22 + zero))

    opt = np.linalg.solve(A, b)
    bounds = ((opt[0] - 2.5, opt[0] + 2.5), (opt[1] - 2.5, opt[1] + 2.5))
    surface = Surface(
        "least_squares", r"$\frac{1}{2n}\sum_i (x_i^\top\theta - y_i)^2$",
        f, df, d2f, minima=[opt], bounds=bounds,
        x0=(opt[0] - 2.0, opt[1] + 2.0),
        description=f"least squares on {n} examples")
    return X, y, surface


def minibatch_grad_fn(X, y, batch_size):
    r"""A ``grad_fn`` for :func:`optlib.train.trajectory`: a minibatch
    gradient of the least-squares loss of :func:`least_squares`.

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
    if not isinstance(n, Integral) or n < 2:
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    sizes = [_batch_size(b, n) for b in batch_sizes]
    if not isinstance(draws, Integral) or draws < 1:
        raise ValueError(f"draws must be a positive integer, got {draws!r}")
    with _one_blas_thread():
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


def _one_blas_thread():
    """Small matrices: one BLAS thread is faster (see optlib.train.fit)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:                                # pragma: no cover
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")
