"""Helpers for chapter 8 (AdaGrad), also used by chapter 9 (RMSProp).

* :func:`scaled_features` makes a two-feature regression in which one
  feature is measured on a scale 100 times larger than the other, and
  :func:`regression_surface` turns its mean squared error into a 2-D
  :class:`optlib.functions.Surface` (the loss as a function of the two
  weights), so optimizer paths can be drawn on its contours.
* :func:`soft_abs` is the surface √(1 + x²) + √(1 + y²) − 2: far from the
  minimum its gradient has size about 1 in each coordinate, so the step an
  optimizer takes *is* its effective learning rate.
* :func:`effective_lr` runs an optimizer and records, per step and per
  coordinate, the factor that multiplied the gradient, η_t = Δθ / g.
* :func:`first_step` compares where ε sits: PyTorch's AdaGrad, Keras 3's,
  and the source article's formula as printed.
"""

from __future__ import annotations

import math

import numpy as np

from .functions import Surface

__all__ = ["scaled_features", "regression_surface", "soft_abs",
           "effective_lr", "first_step"]


def scaled_features(n=200, scale=100.0, noise=0.1, seed=0):
    """A regression with one feature on a ``scale`` times larger scale.

    x₁ ~ N(0, 1), z ~ N(0, 1), x₂ = scale·z and
    y = 2x₁ − 3z + noise·ξ, so the best weights are close to
    w* = (2, −3/scale): the large feature needs a small weight.

    Returns
    -------
    X : ndarray (n, 2)
    y : ndarray (n,)
    """
    if n < 2 or scale <= 0 or noise < 0:
        raise ValueError("need n >= 2, scale > 0 and noise >= 0")
    rng = np.random.default_rng(seed)
    x1 = rng.standard_normal(n)
    z = rng.standard_normal(n)
    y = 2.0 * x1 - 3.0 * z + noise * rng.standard_normal(n)
    return np.column_stack([x1, scale * z]), y


def regression_surface(X, y, name="regression", bounds=None, x0=(0.0, 0.0)):
    r"""The mean squared error of a two-weight linear model as a Surface.

    .. math::
        L(w) = \frac{1}{2n}\lVert Xw - y\rVert^2
             = \tfrac12 w^\top A w - c^\top w + \tfrac{1}{2n}\lVert y\rVert^2,
        \quad A = X^\top X / n,\; c = X^\top y / n,

    so ∇L = Aw − c, ∇²L = A and the minimum is w* = A⁻¹c.

    Parameters
    ----------
    X : array (n, 2)
    y : array (n,)
    name : str
    bounds : ((xmin, xmax), (ymin, ymax)), optional
        Plot box; by default a box around the start and w*.
    x0 : point
        The suggested start (the origin by default).
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"need X of shape (n, 2) and y of shape (n,), got "
                         f"{X.shape} and {y.shape}")
    n = X.shape[0]
    A = X.T @ X / n
    c = X.T @ y / n
    k = y @ y / (2 * n)
    w_star = np.linalg.solve(A, c)

    def f(u, v):
        return (0.5 * (A[0, 0] * u * u + 2 * A[0, 1] * u * v
                       + A[1, 1] * v * v) - c[0] * u - c[1] * v + k)

    def df(u, v):
        return (A[0, 0] * u + A[0, 1] * v - c[0],
                A[0, 1] * u + A[1, 1] * v - c[1])

    def d2f(u, v):
        return ((A[0, 0], A[0, 1]), (A[0, 1], A[1, 1]))

    x0 = np.asarray(x0, dtype=np.float64)
    if bounds is None:
        lo = np.minimum(x0, w_star)
        hi = np.maximum(x0, w_star)
        pad = 0.5 * (hi - lo) + 1e-3
        bounds = ((lo[0] - pad[0], hi[0] + pad[0]),
                  (lo[1] - pad[1], hi[1] + pad[1]))
    return Surface(name, r"$\frac{1}{2n}\Vert Xw - y\Vert^2$", f, df, d2f,
                   minima=[w_star], bounds=bounds, x0=x0,
                   description="mean squared error of a linear model")


def soft_abs():
    r"""The surface √(1 + x²) + √(1 + y²) − 2, minimum 0 at the origin.

    Far from the origin the gradient is close to (±1, ±1), like |x| + |y|,
    so a method with a constant learning rate η moves about η per step;
    near the origin it is a bowl of curvature 1.
    """
    def f(x, y):
        return np.sqrt(1 + x * x) + np.sqrt(1 + y * y) - 2

    def df(x, y):
        return x / np.sqrt(1 + x * x), y / np.sqrt(1 + y * y)

    def d2f(x, y):
        return (((1 + x * x) ** -1.5, 0.0 * x),
                (0.0 * x, (1 + y * y) ** -1.5))

    return Surface("soft_abs", r"$\sqrt{1+x^2} + \sqrt{1+y^2} - 2$", f, df,
                   d2f, minima=[(0.0, 0.0)],
                   bounds=((-5.0, 25.0), (-5.0, 15.0)), x0=(20.0, 10.0),
                   description="a smoothed |x| + |y|")


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
    xy = np.array(x0, dtype=np.float64)
    if xy.shape != (2,):
        raise ValueError(f"x0 must be a point (x, y), got {x0!r}")
    if not isinstance(steps, (int, np.integer)) or steps < 1:
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
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


def first_step(g, lr=1.0, rule="torch"):
    r"""The first AdaGrad step |Δθ| for a gradient g, under three rules.

    ``"torch"``   η g / (√(g²) + 1e-10)             (PyTorch, ε outside)
    ``"keras"``   η g / √(0.1 + g² + 1e-7)          (Keras 3: accumulator
                  starts at 0.1, ε inside the root)
    ``"article"`` η g / (g² + 1e-7)                 (the article as printed:
                  no square root)

    >>> round(first_step(1e-3, rule="torch"), 6)
    1.0
    >>> round(first_step(1e-3, rule="article"), 1)
    909.1
    """
    g = abs(float(g))
    if rule == "torch":
        return lr * g / (math.sqrt(g * g) + 1e-10)
    if rule == "keras":
        return lr * g / math.sqrt(0.1 + g * g + 1e-7)
    if rule == "article":
        return lr * g / (g * g + 1e-7)
    raise ValueError(f"rule must be 'torch', 'keras' or 'article', got "
                     f"{rule!r}")
