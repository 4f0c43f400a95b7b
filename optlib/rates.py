r"""Convergence rates of gradient descent and momentum on quadratics.

On a quadratic L(θ) = ½ (θ − θ*)ᵀ H (θ − θ*), every method of this module
acts on each eigendirection of H on its own: along a direction of
curvature λ the gradient is g = λ x, with x the coordinate of θ − θ*.
The *rate* is the factor by which the error shrinks per step in the long
run (the spectral radius of the step's matrix): below 1 the run
converges, and the error falls like rate^t.

* Gradient descent, x_t = (1 − ηλ) x_{t−1}: :func:`gd_rate` is
  abs(1 − ηλ).
* Heavy-ball momentum in torch's form, b_t = μ b_{t−1} + g_t,
  θ_t = θ_{t−1} − η b_t, is the 2×2 recursion

  .. math::
      \begin{pmatrix} x_t \\ b_t \end{pmatrix} =
      \begin{pmatrix} 1 - \eta\lambda & -\eta\mu \\ \lambda & \mu
      \end{pmatrix}
      \begin{pmatrix} x_{t-1} \\ b_{t-1} \end{pmatrix}

  (:func:`momentum_matrix`, b_0 = 0 gives torch's b_1 = g_1); its rate
  (:func:`momentum_rate`) is the larger modulus of the roots of
  z² − (1 + μ − ηλ) z + μ = 0.  Stable iff 0 < ηλ < 2(1 + μ)
  (:func:`stability_limit`).
* Nesterov momentum in torch's form, θ_t = θ_{t−1} − η (g_t + μ b_t):
  matrix [[1 − ηλ(1+μ), −ημ²], [λ, μ]], characteristic polynomial
  z² − (1 + μ)(1 − ηλ) z + μ(1 − ηλ) (:func:`nesterov_rate`); stable iff
  0 < ηλ < 2(1 + μ)/(1 + 2μ).
* For curvatures in [λ_min, λ_max] (condition number κ = λ_max/λ_min) the
  rate of a setting is the worst of the two ends (:func:`worst_rate`).
  Gradient descent is best at η = 2/(λ_min + λ_max), rate (κ−1)/(κ+1)
  (:func:`optimal_gd`); momentum at η* = 4/(√λ_max + √λ_min)²,
  μ* = ((√κ−1)/(√κ+1))², rate (√κ−1)/(√κ+1) (:func:`optimal_momentum`,
  Polyak 1964; Goh 2017).
* :func:`measured_rate` reads the rate off a run's path, to check all of
  the above against :class:`optlib.optim.SGD`.

Every function accepts NumPy arrays and broadcasts them (a heat map over
a grid of η and μ is one call).

Example
-------
>>> round(float(gd_rate(0.09, 0.2)), 3)           # GD along a flat axis
0.982
>>> round(float(momentum_rate(0.09, 0.9, 20.0)), 4)   # complex roots: √μ
0.9487
>>> lr, mu, rate = optimal_momentum(0.2, 20.0)      # κ = 100
>>> print(f"{lr:.4f} {mu:.4f} {rate:.4f}")
0.1653 0.6694 0.8182
>>> float(stability_limit(0.9, 20.0))              # 2(1 + μ)/λ
0.19
"""

from __future__ import annotations

import numpy as np

from optlib.checks import positive

__all__ = ["gd_rate", "momentum_matrix", "momentum_rate", "nesterov_matrix",
           "nesterov_rate", "stability_limit", "worst_rate", "optimal_gd",
           "optimal_momentum", "measured_rate"]


def _arrays(*values):
    return np.broadcast_arrays(*(np.asarray(v, dtype=float)
                                 for v in values))


def _larger_root(trace, det):
    """The largest modulus of the roots of z² − trace·z + det."""
    disc = np.sqrt(trace * trace - 4 * det + 0j)
    rate = np.maximum(abs(trace + disc), abs(trace - disc)) / 2
    return rate.real if np.ndim(rate) else float(rate.real)


def gd_rate(lr, lam):
    """abs(1 − ηλ): gradient descent's factor per step along curvature λ.

    >>> gd_rate([0.05, 0.1, 0.2], 20.0)
    array([0., 1., 3.])
    """
    lr, lam = _arrays(lr, lam)
    rate = abs(1 - lr * lam)
    return rate if rate.ndim else float(rate)


def momentum_matrix(lr, momentum, lam):
    """The matrix M with (x_t, b_t) = M (x_{t−1}, b_{t−1}), heavy ball.

    For arrays the matrices stack on the last two axes.

    >>> momentum_matrix(0.1, 0.5, 2.0)
    array([[ 0.8 , -0.05],
           [ 2.  ,  0.5 ]])
    """
    lr, mu, lam = _arrays(lr, momentum, lam)
    return np.stack([np.stack([1 - lr * lam, -lr * mu], -1),
                     np.stack([lam, mu], -1)], -2)


def momentum_rate(lr, momentum, lam):
    """The heavy ball's rate: the largest root modulus of z² − (1+μ−ηλ)z + μ.

    Equals the spectral radius of :func:`momentum_matrix`; √μ whenever
    the roots are complex, (1 − √μ)² ≤ ηλ ≤ (1 + √μ)².  Above 1 the run
    diverges.  Vectorised over arrays.

    >>> momentum_rate(0.09, [0.0, 0.8, 0.99], 0.2).round(4)
    array([0.982 , 0.8944, 0.995 ])
    """
    lr, mu, lam = _arrays(lr, momentum, lam)
    return _larger_root(1 + mu - lr * lam, mu)


def nesterov_matrix(lr, momentum, lam):
    """(x_t, b_t) = M (x_{t−1}, b_{t−1}) for torch's Nesterov momentum.

    >>> nesterov_matrix(0.1, 0.5, 2.0)
    array([[ 0.7  , -0.025],
           [ 2.   ,  0.5  ]])
    """
    lr, mu, lam = _arrays(lr, momentum, lam)
    return np.stack([np.stack([1 - lr * lam * (1 + mu), -lr * mu * mu], -1),
                     np.stack([lam, mu], -1)], -2)


def nesterov_rate(lr, momentum, lam):
    """Nesterov's rate: largest root modulus of z² − (1+μ)(1−ηλ)z + μ(1−ηλ).

    Stable iff 0 < ηλ < 2(1 + μ)/(1 + 2μ).

    >>> round(nesterov_rate(0.09, 0.9, 20.0), 3)      # ηλ = 1.8 > 1.357
    1.899
    """
    lr, mu, lam = _arrays(lr, momentum, lam)
    a = lr * lam
    return _larger_root((1 + mu) * (1 - a), mu * (1 - a))


def stability_limit(momentum, lam, nesterov=False):
    """The largest stable η along curvature λ: 2(1+μ)/λ (heavy ball),
    2(1+μ)/((1+2μ)λ) (Nesterov); μ = 0 gives gradient descent's 2/λ.

    >>> stability_limit([0.0, 0.9], 20.0)
    array([0.1 , 0.19])
    >>> round(stability_limit(0.9, 20.0, nesterov=True), 4)
    0.0679
    """
    mu, lam = _arrays(momentum, lam)
    limit = 2 * (1 + mu) / lam
    if nesterov:
        limit = limit / (1 + 2 * mu)
    return limit if limit.ndim else float(limit)


def worst_rate(lr, momentum, lam_min, lam_max, nesterov=False):
    """The rate on a quadratic with curvatures in [λ_min, λ_max].

    The worst of the two ends: the rate is at most r exactly when
    μ ≤ r² and abs(1 + μ − ηλ) ≤ r + μ/r, and the left side is largest at
    an end of the interval (heavy ball; Nesterov likewise).  μ = 0 is
    gradient descent.

    >>> round(worst_rate(0.09, 0.0, 0.2, 20.0), 3)
    0.982
    """
    rate = nesterov_rate if nesterov else momentum_rate
    worst = np.maximum(rate(lr, momentum, lam_min),
                       rate(lr, momentum, lam_max))
    return worst if np.ndim(worst) else float(worst)


def _check_range(lam_min, lam_max):
    lam_min = positive(lam_min, "lam_min")
    lam_max = positive(lam_max, "lam_max")
    if lam_max < lam_min:
        raise ValueError(f"lam_max must be >= lam_min, got {lam_max!r} < "
                         f"{lam_min!r}")
    return lam_min, lam_max


def optimal_gd(lam_min, lam_max):
    """Gradient descent's best (η, rate): 2/(λ_min+λ_max), (κ−1)/(κ+1).

    >>> lr, rate = optimal_gd(0.2, 20.0)
    >>> print(f"{lr:.4f} {rate:.4f}")
    0.0990 0.9802
    """
    lam_min, lam_max = _check_range(lam_min, lam_max)
    kappa = lam_max / lam_min
    return 2 / (lam_min + lam_max), (kappa - 1) / (kappa + 1)


def optimal_momentum(lam_min, lam_max):
    """Polyak's best heavy ball: (η*, μ*, rate) for curvatures in
    [λ_min, λ_max]: η* = 4/(√λ_max + √λ_min)², μ* = rate²,
    rate = (√κ − 1)/(√κ + 1).

    >>> lr, mu, rate = optimal_momentum(1.0, 1.0)   # κ = 1: one step
    >>> print(lr, mu, rate)
    1.0 0.0 0.0
    """
    lam_min, lam_max = _check_range(lam_min, lam_max)
    root = np.sqrt(lam_max / lam_min)
    rate = float((root - 1) / (root + 1))
    lr = float(4 / (np.sqrt(lam_max) + np.sqrt(lam_min)) ** 2)
    return lr, rate * rate, rate


def measured_rate(path, minimum=(0.0, 0.0), window=None):
    """The rate a run shows: how fast ‖θ_t − θ*‖ shrinks in its 2nd half.

    The error's envelope (its largest value over a window, so that the
    zeros of an oscillation do not count) is compared at the start and at
    the end of the second half of the path: rate = (e_end/e_start)^(1/Δt).
    ``path`` is a (k+1, d) array or a ``Trajectory``; steps whose error
    underflowed to 0 are dropped.

    >>> path = 0.5 ** np.arange(40.0)[:, None] * [1.0, -2.0]
    >>> round(measured_rate(path), 6)
    0.5
    """
    path = np.asarray(getattr(path, "path", path), dtype=float)
    if path.ndim == 1:
        path = path[:, None]
    err = np.linalg.norm(path - np.asarray(minimum, dtype=float), axis=1)
    err = err[np.isfinite(err)]
    nonzero = np.flatnonzero(err > 0)
    err = err[:nonzero[-1] + 1] if nonzero.size else err[:0]
    if err.size < 8:
        raise ValueError("measured_rate needs a path of at least 8 points "
                         f"with a nonzero error, got {err.size}")
    half = err[err.size // 2:]
    w = window or max(1, half.size // 4)
    if not 1 <= w < half.size:
        raise ValueError(f"window must be from 1 to {half.size - 1}")
    first, last = half[:w].max(), half[-w:].max()
    return float((last / first) ** (1 / (half.size - w)))
