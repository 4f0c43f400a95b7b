"""Helpers for chapter 6, *Saddle points and local minima*.

Four small experiments, kept here so the chapter shows only the idea:

* :func:`classify` names a critical point from the eigenvalues of its
  Hessian.
* :func:`escape_steps` and :func:`escape_steps_theory` count the steps
  gradient descent needs to leave the saddle x² − y² when it starts a
  distance ε from the ridge y = 0.
* :func:`noisy_grad` and :func:`count_escapes` add Gaussian noise to the
  gradient of a surface and count how many seeded runs leave a local
  minimum.
* :func:`fraction_minima` draws random symmetric "Hessians" and measures
  how often all their eigenvalues are positive, dimension by dimension.
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np

__all__ = ["classify", "escape_steps", "escape_steps_theory",
           "noisy_grad", "count_escapes", "fraction_minima"]


def _positive(value, name):
    if not isinstance(value, Real) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a positive finite number, got "
                         f"{value}")
    return float(value)


def _count(value, name, low=1):
    if not isinstance(value, Integral) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    if value < low:
        raise ValueError(f"{name} must be >= {low}, got {value}")
    return int(value)


def classify(hessian, tol=1e-9):
    r"""Classify a critical point by the eigenvalues of its Hessian.

    At a point where ∇f = 0, the second-order Taylor expansion is
    f(θ + d) ≈ f(θ) + ½ dᵀ H d.  With the eigenvalues λ₁ ≤ ... ≤ λ_n of
    the symmetric Hessian H:

    * all λᵢ > 0: a **minimum** (f rises in every direction);
    * all λᵢ < 0: a **maximum**;
    * some λᵢ > 0 and some λⱼ < 0: a **saddle**;
    * otherwise (some |λᵢ| ≤ ``tol`` and no sign change): **degenerate**,
      the second-order test cannot decide (e.g. the monkey saddle, whose
      Hessian at the origin is zero).

    Parameters
    ----------
    hessian : array_like, shape (n, n)
        A symmetric matrix.
    tol : float, default 1e-9
        Eigenvalues with absolute value ≤ ``tol`` count as zero.

    Returns
    -------
    label : str
        "minimum", "maximum", "saddle" or "degenerate".
    eigenvalues : ndarray, shape (n,)
        In increasing order.

    Examples
    --------
    >>> classify([[2.0, 0.0], [0.0, -2.0]])[0]
    'saddle'
    """
    h = np.asarray(hessian, dtype=np.float64)
    if h.ndim != 2 or h.shape[0] != h.shape[1] or h.size == 0:
        raise ValueError(f"hessian must be a square matrix, got shape "
                         f"{h.shape}")
    if not np.isfinite(h).all():
        raise ValueError("hessian must be finite")
    if not np.allclose(h, h.T, rtol=1e-10, atol=1e-12):
        raise ValueError("hessian must be symmetric")
    tol = float(tol)
    eig = np.linalg.eigvalsh(h)
    pos, neg = eig > tol, eig < -tol
    if pos.any() and neg.any():
        label = "saddle"
    elif pos.all():
        label = "minimum"
    elif neg.all():
        label = "maximum"
    else:
        label = "degenerate"
    return label, eig


def escape_steps_theory(distance, lr, threshold=1.0):
    r"""Steps gradient descent needs to leave the saddle x² − y².

    On f = x² − y² the gradient is (2x, −2y), so one step of gradient
    descent multiplies y by (1 + 2η): y_t = (1 + 2η)ᵗ ε.  The run has
    escaped when |y_t| ≥ ``threshold``, i.e. after

    .. math::
        t^\ast = \left\lceil \frac{\ln(\text{threshold}/\varepsilon)}
                 {\ln(1 + 2\eta)} \right\rceil

    steps: only *logarithmic* in 1/ε, but every halving of ε costs the
    same number of extra steps, and those steps are spent near the
    saddle where the gradient is tiny.
    """
    distance = _positive(distance, "distance")
    lr = _positive(lr, "lr")
    threshold = _positive(threshold, "threshold")
    if distance >= threshold:
        return 0
    ratio = math.log(threshold / distance) / math.log1p(2 * lr)
    # guard against ratio landing a hair above an integer by rounding
    return int(math.ceil(ratio - 1e-9))


def escape_steps(distance, lr, x_start=-1.5, threshold=1.0,
                 max_steps=10_000):
    """Measure the escape time from the saddle x² − y² with gradient descent.

    Runs :func:`optlib.train.trajectory` with ``SGD(lr=lr)`` on
    :data:`optlib.functions.saddle` from (``x_start``, ``distance``) and
    returns the first step t with |y_t| ≥ ``threshold`` (compare
    :func:`escape_steps_theory`), and the trajectory itself.
    """
    from optlib.functions import saddle
    from optlib.optim import SGD
    from optlib.train import trajectory

    distance = _positive(distance, "distance")
    lr = _positive(lr, "lr")
    threshold = _positive(threshold, "threshold")
    max_steps = _count(max_steps, "max_steps")
    budget = escape_steps_theory(distance, lr, threshold) + 2
    if budget > max_steps:
        raise ValueError(f"escaping needs about {budget} steps, more than "
                         f"max_steps={max_steps}")
    run = trajectory(lambda p: SGD(p, lr=lr), saddle,
                     [float(x_start), distance], budget, tol=0.0)
    hits = np.flatnonzero(np.abs(run.path[:, 1]) >= threshold)
    return int(hits[0]), run


def noisy_grad(surface, noise):
    r"""A ``grad_fn`` for :func:`optlib.train.trajectory`: ∇f + noise.

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


def count_escapes(surface, start, boundary_x, lr, noise, runs=50,
                  steps=300, seed=0):
    """Count noisy-gradient runs that end on the left of ``boundary_x``.

    Run ``runs`` seeded trajectories (seeds ``seed``, ``seed + 1``, ...) of
    ``SGD(lr=lr)`` with :func:`noisy_grad` from ``start`` for ``steps``
    steps.  A run *escaped* when its final x is below ``boundary_x`` (for
    :data:`optlib.functions.two_minima`: the x of the saddle between the
    local minimum on the right and the global one on the left).

    Returns
    -------
    escaped : int
        Number of runs that ended left of the boundary.
    finals : ndarray, shape (runs, 2)
        The final points.
    """
    from optlib.optim import SGD
    from optlib.train import trajectory

    runs = _count(runs, "runs")
    steps = _count(steps, "steps")
    grad_fn = noisy_grad(surface, noise)
    finals = np.empty((runs, 2))
    for i in range(runs):
        run = trajectory(lambda p: SGD(p, lr=lr), surface, start, steps,
                         tol=0.0, grad_fn=grad_fn, seed=seed + i)
        if run.diverged:
            raise FloatingPointError(f"run {i} {run.message}; lower lr or "
                                     f"noise")
        finals[i] = run.final
    return int(np.sum(finals[:, 0] < boundary_x)), finals


def fraction_minima(dims, samples=20_000, seed=0):
    r"""How often is a random symmetric matrix positive definite?

    A crude model of the Hessian at a critical point of a high-dimensional
    loss (after Dauphin et al. 2014 and the random-matrix results they
    cite): H = (A + Aᵀ)/√(2n) with A an n × n matrix of independent
    standard normals (the Gaussian orthogonal ensemble).  Each eigenvalue
    is equally likely to be positive or negative, but *all* n of them
    being positive, which a minimum needs, becomes very rare as n grows
    (the probability falls roughly like exp(−c n²)).

    Parameters
    ----------
    dims : sequence of int
        The dimensions n to try.
    samples : int
        Matrices drawn per dimension.
    seed : int
        Seed for ``np.random.default_rng``.

    Returns
    -------
    minima : ndarray
        Fraction of matrices with all eigenvalues > 0, per dimension.
    negative : ndarray
        Mean fraction of negative eigenvalues (the *index*), per dimension.
    """
    samples = _count(samples, "samples")
    dims = [_count(n, "dimension") for n in dims]
    rng = np.random.default_rng(seed)
    minima, negative = [], []
    for n in dims:
        a = rng.standard_normal((samples, n, n))
        h = (a + np.swapaxes(a, 1, 2)) / math.sqrt(2 * n)
        eig = np.linalg.eigvalsh(h)
        minima.append(np.mean(np.all(eig > 0, axis=1)))
        negative.append(np.mean(eig < 0))
    return np.array(minima), np.array(negative)
