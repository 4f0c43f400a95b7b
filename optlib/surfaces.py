"""Two-dimensional test surfaces with gradients, Hessians and known minima.

Every surface is a :class:`Surface`: a function f(x, y) with its analytic
gradient ∇f and Hessian ∇²f, the points where ∇f = 0 that matter
(``minima``, ``saddles``, ``maxima``), a plotting box ``bounds`` and a
suggested starting point ``x0``.

``value``, ``grad`` and ``hessian`` take one point ``xy`` of shape ``(2,)``
or a whole grid stacked on the first axis, shape ``(2, ...)``:

>>> import numpy as np
>>> from optlib.surfaces import rosenbrock
>>> rosenbrock.value([1, 1])
0.0
>>> X, Y = np.meshgrid(np.linspace(-2, 2, 5), np.linspace(-1, 3, 4))
>>> rosenbrock.value(np.stack([X, Y])).shape
(4, 5)
>>> rosenbrock.grad([0.0, 0.0])
array([-2.,  0.])

Surfaces
--------
``bowl(a, b)``, ``ill_conditioned(condition)``   quadratic bowls
``rosenbrock``, ``beale``, ``himmelblau``, ``rastrigin``
``saddle`` (x² − y²), ``monkey_saddle`` (x³ − 3xy²)
``two_minima`` (one local and one global minimum) and its 1-D slice
``two_minima_1d``.  ``SURFACES`` maps each name to its surface.

Built from data or for one lesson: :func:`least_squares` (the mean squared
error of a two-weight linear model, also :func:`line_fit` for a line
w x + b) and :func:`soft_abs` (a smoothed :math:`|x| + |y|`).

Your own function: :func:`from_function` makes a :class:`Surface` from
f(x, y) alone (the gradient and Hessian it lacks come from central
differences, :func:`central_difference`); :func:`as_surface` turns
anything :func:`optlib.trajectory.trajectory` accepts (an object with
``value(xy)`` and ``grad(xy)``) into a Surface for the plots.

Critical points: :func:`classify` names one from its Hessian's
eigenvalues; :func:`fraction_minima` measures how rarely a random
symmetric matrix is positive definite.
"""

from __future__ import annotations

import math

import numpy as np

from optlib.checks import as_1d, integer, number

__all__ = [
    "Surface",
    "from_function",
    "as_surface",
    "central_difference",
    "Curve",
    "bowl",
    "ill_conditioned",
    "quadratic",
    "rosenbrock",
    "beale",
    "himmelblau",
    "rastrigin",
    "saddle",
    "monkey_saddle",
    "two_minima",
    "two_minima_1d",
    "SURFACES",
    "least_squares",
    "line_fit",
    "soft_abs",
    "classify",
    "fraction_minima",
]


def _as_xy(xy, what="xy"):
    """Return ``xy`` as a float64 array whose first axis has length 2."""
    if isinstance(xy, (str, bytes)):
        raise TypeError(f"{what} must be numbers, got a string")
    try:
        arr = np.asarray(xy)
    except Exception as exc:  # ragged lists etc.
        raise TypeError(f"{what} must be an array of numbers: {exc}") from None
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number)
                                   or arr.dtype == bool):
        raise TypeError(f"{what} must be an array of real numbers, got dtype "
                        f"{arr.dtype}")
    if np.iscomplexobj(arr):
        raise TypeError(f"{what} must be real, got complex numbers")
    if arr.ndim == 0 or arr.shape[0] != 2:
        raise ValueError(
            f"{what} must have shape (2,) for one point or (2, ...) for a "
            f"grid stacked on the first axis; got shape {arr.shape}")
    return arr.astype(np.float64)


def _is_point(xy):
    """True for a float64 array of shape (2,): the optimizer's own point."""
    return (type(xy) is np.ndarray and xy.shape == (2,)
            and xy.dtype == np.float64)


def _newton(grad, hess, p, iters=50):
    """Polish a critical point ∇f(p) = 0 by Newton's method."""
    p = np.asarray(p, dtype=np.float64)
    for _ in range(iters):
        step = np.linalg.solve(hess(p), grad(p))
        p = p - step
        if np.max(np.abs(step)) < 1e-15:
            break
    return p


def central_difference(f, theta, h=1e-6, *, vectorised=False):
    r"""Estimate the gradient of a function by central differences.

    .. math::
        \frac{\partial f}{\partial \theta_j} \approx
        \frac{f(\theta + h e_j) - f(\theta - h e_j)}{2h}

    Accuracy: the Taylor series leaves an error of about h² f‴/6, and
    rounding f to a relative ε (ε ≈ 2.2e-16 in float64) adds about ε f/h
    (sizes in absolute value).  The sum is smallest near h = ε^(1/3) ≈
    6e-6 (for f and f‴ of order 1), where both are ≈ 1e-11: h ≈ 1e-5 ..
    1e-6 is best.

    Parameters
    ----------
    f : callable
        ``f(theta) -> float``; with ``vectorised=True``, ``theta`` has
        shape ``(n, ...)`` (the n coordinates on the first axis, one point
        per trailing index) and ``f(theta)`` returns ``theta.shape[1:]``
        values at once, so the cost is 2n calls whatever the number of
        points (a surface's f(x, y) on a grid).
    theta : array_like
        The point (or points); it is not modified.
    h : float, default 1e-6
        The step.

    Returns
    -------
    ndarray
        The estimated gradient, shape of ``theta``.
    """
    if not (isinstance(h, (int, float)) and np.isfinite(h) and h > 0):
        raise ValueError(f"h must be positive, got {h}")
    theta = np.array(theta, dtype=np.float64)
    grad = np.empty_like(theta)
    index = (range(theta.shape[0]) if vectorised
             else np.ndindex(theta.shape))
    for j in index:
        old = np.copy(theta[j])
        theta[j] = old + h
        up = np.asarray(f(theta), dtype=np.float64)
        theta[j] = old - h
        down = np.asarray(f(theta), dtype=np.float64)
        theta[j] = old
        grad[j] = (up - down) / (2 * h)
    return grad


#: steps of the finite differences of :func:`from_function`: ε^(1/3) for
#: a gradient from f, 1e-4 for the outer difference of a Hessian
FD_STEP = 6e-6
FD_STEP_HESSIAN = 1e-4


def _check_vectorised(f, bounds, what):
    """Call f(x, y) on a 3 × 3 grid; explain a non-vectorised function."""
    (x_lo, x_hi), (y_lo, y_hi) = bounds
    X, Y = np.meshgrid(np.linspace(x_lo, x_hi, 3), np.linspace(y_lo, y_hi, 3))
    hint = (f"{what} must work on NumPy arrays (it is called on whole "
            "grids for contours): use NumPy's functions (np.sin, np.exp, "
            "np.sqrt, np.where for if/else) instead of math.sin, math.exp, "
            "...")
    try:
        with np.errstate(all="ignore"):
            out = f(X, Y)
    except (TypeError, ValueError) as err:
        raise TypeError(f"{hint}; calling it on arrays of shape (3, 3) "
                        f"raised {type(err).__name__}: {err}") from None
    parts = out if what.startswith("the gradient") else [out]
    for part in parts:
        try:
            np.broadcast_to(np.asarray(part, dtype=np.float64), X.shape)
        except (TypeError, ValueError):
            raise TypeError(f"{hint}; on arrays of shape (3, 3) it returned "
                            f"{type(part).__name__} of shape "
                            f"{np.shape(part)}") from None


def _fd_grad(f):
    """∇f(x, y) by vectorised central differences (step FD_STEP)."""
    def df(x, y):
        xy = np.stack(np.broadcast_arrays(np.asarray(x, np.float64),
                                          np.asarray(y, np.float64)))
        return tuple(central_difference(lambda t: f(t[0], t[1]), xy,
                                        FD_STEP, vectorised=True))
    return df


def _fd_hessian(df):
    """∇²f(x, y): central differences of the gradient (FD_STEP_HESSIAN)."""
    def d2f(x, y):
        xy = np.stack(np.broadcast_arrays(np.asarray(x, np.float64),
                                          np.asarray(y, np.float64)))
        rows = [central_difference(
            lambda t, i=i: np.asarray(df(t[0], t[1])[i], np.float64)
            * np.ones(t.shape[1:]), xy, FD_STEP_HESSIAN, vectorised=True)
            for i in (0, 1)]
        sym = (rows[0][1] + rows[1][0]) / 2        # symmetric by definition
        return (rows[0][0], sym), (sym, rows[1][1])
    return d2f


class Surface:
    """A function f(x, y) with its gradient, Hessian and landmarks.

    Parameters
    ----------
    name : str
        Short identifier (the key in ``SURFACES``).
    latex : str
        The formula, for titles: ``r"$(1-x)^2 + 100(y-x^2)^2$"``.
    f, df, d2f : callable
        ``f(x, y)`` → array, ``df(x, y)`` → ``(fx, fy)``,
        ``d2f(x, y)`` → ``((fxx, fxy), (fxy, fyy))``; x, y are float arrays
        of any (equal) shape (write them with NumPy functions).  ``df`` or
        ``d2f`` None: central differences (see :func:`from_function` for
        their accuracy).
    minima, saddles, maxima : list of points
        Critical points (∇f = 0).  ``minima[0]`` is the global minimum when
        the surface has one.
    bounds : ((xmin, xmax), (ymin, ymax))
        The box used for plots (and by tests of the global minimum).
    x0 : point
        A suggested start for an optimizer.
    log_levels : bool
        Whether contours look best with logarithmic spacing.
    bounded_below : bool
        False for the saddles, which go to −∞.
    """

    def __init__(self, name, latex, f, df=None, d2f=None, *, minima=(),
                 saddles=(), maxima=(), bounds, x0, log_levels=False,
                 bounded_below=True, description=""):
        for what, fn in (("f", f), ("df", df), ("d2f", d2f)):
            if not (fn is None and what != "f") and not callable(fn):
                raise TypeError(f"{what} must be a function of (x, y), got "
                                f"{type(fn).__name__}")
        self.name = name
        self.latex = latex
        _check_vectorised(f, bounds, "f(x, y)")
        if df is not None:
            _check_vectorised(df, bounds, "the gradient df(x, y)")
        #: what comes from central differences: () or ("grad", "hessian")
        self.numerical = tuple(k for k, fn in (("grad", df),
                                               ("hessian", d2f))
                               if fn is None)
        df = _fd_grad(f) if df is None else df
        d2f = _fd_hessian(df) if d2f is None else d2f
        self._f, self._df, self._d2f = f, df, d2f
        self.minima = [np.asarray(p, dtype=np.float64) for p in minima]
        self.saddles = [np.asarray(p, dtype=np.float64) for p in saddles]
        self.maxima = [np.asarray(p, dtype=np.float64) for p in maxima]
        (x_lo, x_hi), (y_lo, y_hi) = bounds
        self.bounds = ((float(x_lo), float(x_hi)), (float(y_lo), float(y_hi)))
        self.x0 = np.asarray(x0, dtype=np.float64)
        self.log_levels = bool(log_levels)
        self.bounded_below = bool(bounded_below)
        self.description = description

    # evaluation --------------------------------------------------------------
    def value(self, xy):
        """f(xy): a float for one point, an array of the grid's shape."""
        if _is_point(xy):                         # fast path: one point
            with np.errstate(all="ignore"):
                return float(self._f(xy[0], xy[1]))
        xy = _as_xy(xy)
        with np.errstate(all="ignore"):
            out = np.asarray(self._f(xy[0], xy[1]), dtype=np.float64)
        out = np.broadcast_to(out, xy.shape[1:]).copy()
        return float(out) if out.ndim == 0 else out

    __call__ = value

    def grad(self, xy):
        """∇f(xy) = (∂f/∂x, ∂f/∂y), same shape as ``xy``."""
        if _is_point(xy):                         # fast path: one point
            with np.errstate(all="ignore"):
                gx, gy = self._df(xy[0], xy[1])
            return np.array([gx, gy], dtype=np.float64)
        xy = _as_xy(xy)
        with np.errstate(all="ignore"):
            gx, gy = self._df(xy[0], xy[1])
            out = np.stack([np.broadcast_to(np.asarray(g, np.float64),
                                            xy.shape[1:])
                            for g in (gx, gy)])
        return out

    def hessian(self, xy):
        """∇²f(xy): shape ``(2, 2)`` for a point, ``(2, 2, ...)`` for a grid.
        """
        xy = _as_xy(xy)
        with np.errstate(all="ignore"):
            (hxx, hxy), (hyx, hyy) = self._d2f(xy[0], xy[1])
            rows = [[np.broadcast_to(np.asarray(h, np.float64), xy.shape[1:])
                     for h in row] for row in ((hxx, hxy), (hyx, hyy))]
        return np.stack([np.stack(r) for r in rows])

    # landmarks ---------------------------------------------------------------
    @property
    def global_min(self):
        """The global minimum (a point), or None if f is unbounded below."""
        return self.minima[0] if (self.minima and self.bounded_below) else None

    @property
    def f_min(self):
        """f at the global minimum, or None."""
        p = self.global_min
        return None if p is None else self.value(p)

    def grid(self, n=200, bounds=None):
        """``(X, Y, Z)`` on an ``n`` × ``n`` grid over ``bounds``."""
        (x_lo, x_hi), (y_lo, y_hi) = bounds or self.bounds
        X, Y = np.meshgrid(np.linspace(x_lo, x_hi, n),
                           np.linspace(y_lo, y_hi, n))
        return X, Y, self.value(np.stack([X, Y]))

    def __repr__(self):
        return f"<Surface {self.name}: {self.latex}>"


def from_function(f, grad=None, hessian=None, *, name="f", latex=None,
                  bounds=((-3.0, 3.0), (-3.0, 3.0)), x0=None, minima=(),
                  saddles=(), maxima=(), log_levels=False):
    r"""A :class:`Surface` from your own ``f(x, y)``, for every tool here.

    >>> import numpy as np
    >>> s = from_function(lambda x, y: np.sin(x) + y ** 2)
    >>> s.grad([0.0, 1.0]).round(8)
    array([1., 2.])
    >>> bool(abs(s.hessian([0.0, 1.0]) - [[0, 0], [0, 2]]).max() < 1e-5)
    True

    ``f`` must be vectorised: it is called with arrays x, y of any shape
    (NumPy's ``np.sin``, not ``math.sin``; ``np.where`` for if/else); a
    function that is not gets a TypeError saying so.

    Without ``grad(x, y) -> (fx, fy)`` the gradient comes from central
    differences (:func:`central_difference`) with step h = ε^(1/3) ≈
    6e-6 (ε = 2.2e-16): error ≈ h² f‴/6 + ε f/h, about 1e-10 for a
    function whose values and derivatives are of order 1 (the tests check
    1e-8 relative on Rosenbrock).  Without ``hessian(x, y) -> ((fxx,
    fxy), (fxy, fyy))`` the Hessian is the central difference of the
    gradient with step 1e-4: truncation ≈ (1e-4)² f⁗/6 ≈ 2e-9, and
    rounding ≈ ε f/(6e-6 · 1e-4) ≈ 4e-7 when the gradient is itself
    numerical (the tests check 1e-5 relative).  Enough for paths,
    contours and :func:`classify`; not for functions that vary on scales
    below about 1e-3.  ``surface.numerical`` names what was estimated.

    ``bounds`` is the plotting box, ``x0`` (default: its centre) a start;
    ``minima``, ``saddles`` and ``maxima`` are optional landmarks.
    """
    if x0 is None:
        (x_lo, x_hi), (y_lo, y_hi) = bounds
        x0 = ((x_lo + x_hi) / 2, (y_lo + y_hi) / 2)
    return Surface(name, f"${name}(x, y)$" if latex is None else latex, f,
                   grad, hessian, minima=minima, saddles=saddles,
                   maxima=maxima, bounds=bounds, x0=x0,
                   log_levels=log_levels)


def as_surface(surface, bounds=None, paths=()):
    """A :class:`Surface` from anything ``trajectory`` accepts, for plots.

    A Surface is returned as it is.  Any other object needs ``value(xy)``
    and ``grad(xy)`` for one point (what
    :func:`optlib.trajectory.trajectory` needs); ``value`` may also take a
    grid ``np.stack([X, Y])`` (else it is called point by point).  Its
    plotting box is ``bounds``, else its own ``bounds``, else the box
    around ``paths`` (arrays of shape (k, 2) or Trajectories) with a
    margin; with none of these, a ValueError asks for ``bounds``.
    """
    if isinstance(surface, Surface):
        return surface
    for method in ("value", "grad"):
        if not callable(getattr(surface, method, None)):
            raise TypeError(f"surface must have a {method}(xy) method (a "
                            "Surface, or see surfaces.from_function)")
    bounds = bounds or getattr(surface, "bounds", None)
    if bounds is None:
        points = [np.asarray(getattr(p, "path", p), dtype=np.float64)
                  .reshape(-1, 2) for p in paths]
        points = [p[np.isfinite(p).all(axis=1)] for p in points]
        points = np.concatenate(points) if points else np.empty((0, 2))
        if not len(points):
            raise ValueError(
                f"{type(surface).__name__} has no 'bounds' and there are no "
                "paths to take them from: pass bounds=((xmin, xmax), "
                "(ymin, ymax))")
        lo, hi = points.min(axis=0), points.max(axis=0)
        pad = np.maximum(0.1 * (hi - lo), 0.5)
        bounds = ((lo[0] - pad[0], hi[0] + pad[0]),
                  (lo[1] - pad[1], hi[1] + pad[1]))

    def f(x, y):
        xy = np.stack(np.broadcast_arrays(x, y))
        try:
            out = np.asarray(surface.value(xy), dtype=np.float64)
            if out.shape == xy.shape[1:]:
                return out
        except (TypeError, ValueError):
            pass
        return np.array([surface.value(np.array(p)) for p in
                         xy.reshape(2, -1).T],
                        dtype=np.float64).reshape(xy.shape[1:])

    def df(x, y):
        xy = np.stack(np.broadcast_arrays(x, y))
        g = np.array([surface.grad(np.array(p)) for p in
                      xy.reshape(2, -1).T], dtype=np.float64)
        return tuple(g.T.reshape(xy.shape))

    name = getattr(surface, "name", type(surface).__name__)
    return from_function(
        f, df, name=name, latex=getattr(surface, "latex", f"${name}$"),
        bounds=bounds, x0=getattr(surface, "x0", None),
        minima=getattr(surface, "minima", ()),
        saddles=getattr(surface, "saddles", ()),
        log_levels=getattr(surface, "log_levels", False))


class Curve:
    """A function of one variable with f', f'' and its landmarks."""

    def __init__(self, name, latex, f, df, d2f, *, minima, maxima, bounds,
                 x0):
        self.name, self.latex = name, latex
        self._f, self._df, self._d2f = f, df, d2f
        self.minima = [float(m) for m in minima]
        self.maxima = [float(m) for m in maxima]
        self.bounds = tuple(float(b) for b in bounds)
        self.x0 = float(x0)

    @staticmethod
    def _x(x):
        if isinstance(x, (str, bytes)):
            raise TypeError("x must be a number or an array of numbers")
        arr = np.asarray(x)
        if not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool) \
                or np.iscomplexobj(arr):
            raise TypeError(f"x must be real numbers, got dtype {arr.dtype}")
        return arr.astype(np.float64)

    def _eval(self, fn, x):
        x = self._x(x)
        with np.errstate(all="ignore"):
            out = np.broadcast_to(np.asarray(fn(x), np.float64), x.shape)
        return float(out) if out.ndim == 0 else out.copy()

    def value(self, x):
        """f(x)."""
        return self._eval(self._f, x)

    __call__ = value

    def grad(self, x):
        """f'(x)."""
        return self._eval(self._df, x)

    def second(self, x):
        """f''(x)."""
        return self._eval(self._d2f, x)

    def __repr__(self):
        return f"<Curve {self.name}: {self.latex}>"


# ---------------------------------------------------------------------------
# Quadratic bowls
# ---------------------------------------------------------------------------


def bowl(a=0.1, b=2.0):
    r"""The quadratic bowl f(x, y) = a x² + b y² (a, b > 0).

    The Hessian is constant, ∇²f = diag(2a, 2b), so the curvatures are 2a
    and 2b and the condition number is κ = max(a, b) / min(a, b).  Gradient
    descent with learning rate η multiplies each coordinate by (1 − 2aη)
    and (1 − 2bη) per step: it converges iff η < 1 / max(a, b), and the
    default ``bowl()`` = 0.1x² + 2y² (κ = 20) zig-zags across the narrow y
    direction long before η = 0.5, the point of divergence.
    """
    for nm, v in (("a", a), ("b", b)):
        if isinstance(v, bool) or not isinstance(v, (int, float, np.number)):
            raise TypeError(f"{nm} must be a number, got {type(v).__name__}")
        if not (math.isfinite(v) and v > 0):
            raise ValueError(f"{nm} must be a positive finite number, "
                             f"got {v}")
    a, b = float(a), float(b)
    # the box keeps the same aspect whatever a and b: contour f = f(x0)
    # the box: 5 along the flat axis, at least half that along the steep
    # one (so both directions stay visible when the bowl is narrow)
    if b >= a:
        rx, ry = 5.0, max(5.0 * math.sqrt(a / b), 2.5)
    else:
        rx, ry = max(5.0 * math.sqrt(b / a), 2.5), 5.0
    x0 = (-0.9 * rx, 0.4 * ry)
    return Surface(
        "bowl", rf"${a:g}x^2 + {b:g}y^2$",
        lambda x, y: a * x * x + b * y * y,
        lambda x, y: (2 * a * x, 2 * b * y),
        lambda x, y: ((2 * a, 0.0), (0.0, 2 * b)),
        minima=[(0.0, 0.0)], bounds=((-rx, rx), (-ry, ry)), x0=x0,
        log_levels=False,
        description=f"quadratic bowl, condition number "
                    f"{max(a, b) / min(a, b):g}")


def ill_conditioned(condition=20):
    """The bowl 0.1x² + 0.1·condition·y², condition number ``condition``.

    ``ill_conditioned(20)`` is the default ``bowl()`` = 0.1x² + 2y².
    """
    condition = number(condition, "condition", 1)
    s = bowl(0.1, 0.1 * condition)
    s.name = "ill_conditioned"
    return s


# ---------------------------------------------------------------------------
# The classics
# ---------------------------------------------------------------------------


def quadratic(condition=20, angle=0):
    """The bowl 0.1x'² + 0.1·condition·y'² in axes turned by ``angle`` degrees.

    x' = c x + s y, y' = −s x + c y with c = cos, s = sin of the angle, so
    f = A x² + 2B xy + C y² with A = a c² + b s², B = (a − b) c s,
    C = a s² + b c² (a = 0.1, b = 0.1·condition).  The condition number
    is ``condition`` whatever the angle; ``quadratic(κ, 0)`` is
    ``ill_conditioned(κ)``.  Turning the axes away from the coordinate
    axes is what defeats a per-coordinate step size (AdaGrad, RMSProp,
    Adam): the preconditioning story.
    """
    condition = number(condition, "condition", 1)
    angle = number(angle, "angle")
    a, b = 0.1, 0.1 * condition
    rad = angle * math.pi / 180
    c, s = math.cos(rad), math.sin(rad)
    A = a * c * c + b * s * s
    B = (a - b) * c * s
    C = a * s * s + b * c * c
    p, q = 5.0, 5.0 * math.sqrt(a / b)
    hx = max(math.sqrt(p * p * c * c + q * q * s * s), 2.5)
    hy = max(math.sqrt(p * p * s * s + q * q * c * c), 2.5)
    return Surface(
        "quadratic", rf"${A:.3g}x^2 + {2 * B:.3g}xy + {C:.3g}y^2$",
        lambda x, y: A * x * x + 2 * B * x * y + C * y * y,
        lambda x, y: (2 * A * x + 2 * B * y, 2 * B * x + 2 * C * y),
        lambda x, y: ((2 * A, 2 * B), (2 * B, 2 * C)),
        minima=[(0.0, 0.0)], bounds=((-hx, hx), (-hy, hy)),
        x0=(-0.9 * hx, 0.4 * hy),
        description=f"quadratic, condition number {condition:g}, axes "
                    f"turned {angle:g} degrees")


def _rosenbrock():
    def f(x, y):
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2

    def df(x, y):
        return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))

    def d2f(x, y):
        fxy = -400 * x
        return ((2 - 400 * y + 1200 * x * x, fxy), (fxy, 200.0 + 0 * x))

    return Surface("rosenbrock", r"$(1-x)^2 + 100\,(y-x^2)^2$", f, df, d2f,
                   minima=[(1.0, 1.0)], bounds=((-2.0, 2.0), (-1.0, 3.0)),
                   x0=(-1.2, 1.0), log_levels=True,
                   description="Rosenbrock's banana valley, minimum (1, 1)")


_BEALE_C = (1.5, 2.25, 2.625)


def _beale():
    def terms(x, y):
        return [(c - x + x * y ** i, y ** i - 1, i * x * y ** (i - 1))
                for i, c in zip((1, 2, 3), _BEALE_C)]

    def f(x, y):
        return sum(t * t for t, _, _ in terms(x, y))

    def df(x, y):
        ts = terms(x, y)
        return (sum(2 * t * tx for t, tx, _ in ts),
                sum(2 * t * ty for t, _, ty in ts))

    def d2f(x, y):
        fxx = fxy = fyy = 0.0
        for i, c in zip((1, 2, 3), _BEALE_C):
            t = c - x + x * y ** i
            tx, ty = y ** i - 1, i * x * y ** (i - 1)
            txy = i * y ** (i - 1)
            tyy = i * (i - 1) * x * y ** (i - 2) if i > 1 else 0.0 * x
            fxx = fxx + 2 * tx * tx
            fxy = fxy + 2 * (ty * tx + t * txy)
            fyy = fyy + 2 * (ty * ty + t * tyy)
        return ((fxx, fxy), (fxy, fyy))

    return Surface(
        "beale",
        r"$(1.5-x+xy)^2 + (2.25-x+xy^2)^2 + (2.625-x+xy^3)^2$",
        f, df, d2f, minima=[(3.0, 0.5)], saddles=[(0.0, 1.0)],
        bounds=((-1.0, 4.5), (-1.5, 2.0)), x0=(1.0, 1.5), log_levels=True,
        description="Beale's function, minimum (3, 0.5) in a flat valley")


def _himmelblau():
    def f(x, y):
        return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2

    def df(x, y):
        u, v = x * x + y - 11, x + y * y - 7
        return (4 * x * u + 2 * v, 2 * u + 4 * y * v)

    def d2f(x, y):
        u, v = x * x + y - 11, x + y * y - 7
        fxy = 4 * x + 4 * y
        return ((4 * u + 8 * x * x + 2, fxy), (fxy, 4 * v + 8 * y * y + 2))

    def g(p):
        return np.array(df(*p))

    def h(p):
        return np.array(d2f(*p), dtype=np.float64)

    polish = [
        (3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186),
        (3.584428, -1.848126)]
    minima = [_newton(g, h, p) for p in polish]
    minima[0] = np.array([3.0, 2.0])  # exact
    saddles = [_newton(g, h, p) for p in (
        (0.086678, 2.884255), (-3.073026, -0.081353),
        (3.385154, 0.073852), (-0.127961, -1.953715))]
    maxima = [_newton(g, h, (-0.270845, -0.923039))]
    return Surface(
        "himmelblau", r"$(x^2+y-11)^2 + (x+y^2-7)^2$", f, df, d2f,
        minima=minima, saddles=saddles, maxima=maxima,
        bounds=((-5.0, 5.0), (-5.0, 5.0)), x0=(-0.5, 0.5), log_levels=True,
        description="Himmelblau's function: four minima, all with f = 0")


def _rastrigin():
    two_pi = 2 * math.pi

    def f(x, y):
        return (20 + x * x + y * y - 10 * np.cos(two_pi * x)
                - 10 * np.cos(two_pi * y))

    def df(x, y):
        return (2 * x + 10 * two_pi * np.sin(two_pi * x),
                2 * y + 10 * two_pi * np.sin(two_pi * y))

    def d2f(x, y):
        k = 10 * two_pi ** 2
        return ((2 + k * np.cos(two_pi * x), 0.0 * x),
                (0.0 * x, 2 + k * np.cos(two_pi * y)))

    return Surface(
        "rastrigin",
        r"$20 + x^2 + y^2 - 10\cos 2\pi x - 10\cos 2\pi y$",
        f, df, d2f, minima=[(0.0, 0.0)], bounds=((-5.12, 5.12),
                                                 (-5.12, 5.12)),
        x0=(3.3, 2.6), log_levels=False,
        description="Rastrigin's egg crate: many local minima, global at 0")


def _saddle():
    return Surface(
        "saddle", r"$x^2 - y^2$",
        lambda x, y: x * x - y * y,
        lambda x, y: (2 * x, -2 * y),
        lambda x, y: ((2.0, 0.0), (0.0, -2.0)),
        saddles=[(0.0, 0.0)], bounds=((-2.0, 2.0), (-2.0, 2.0)),
        x0=(-1.8, 1e-3), bounded_below=False,
        description="the saddle x² − y²: a minimum along x, a maximum "
                    "along y")


def _monkey_saddle():
    return Surface(
        "monkey_saddle", r"$x^3 - 3xy^2$",
        lambda x, y: x ** 3 - 3 * x * y * y,
        lambda x, y: (3 * x * x - 3 * y * y, -6 * x * y),
        lambda x, y: ((6 * x, -6 * y), (-6 * y, -6 * x)),
        saddles=[(0.0, 0.0)], bounds=((-1.5, 1.5), (-1.5, 1.5)),
        x0=(1.2, 0.3), bounded_below=False,
        description="the monkey saddle: three valleys; the Hessian at the "
                    "origin is zero")


# The tilted double well (x² − 1)² + c·x (+ k·y²): two minima, the one at
# negative x is lower (global), the one at positive x is a local trap.
_TILT = 0.3
_KY = 0.5


def _double_well_points():
    # critical points of (x² − 1)² + c x:  4x³ − 4x + c = 0
    roots = np.sort(np.roots([4.0, 0.0, -4.0, _TILT]).real)
    pol = []
    for r in roots:
        for _ in range(50):
            r = r - (4 * r ** 3 - 4 * r + _TILT) / (12 * r * r - 4)
        pol.append(float(r))
    return pol  # global min, maximum (in x), local min


def _two_minima():
    x_glob, x_max, x_loc = _double_well_points()
    return Surface(
        "two_minima", rf"$(x^2-1)^2 + {_TILT:g}x + {_KY:g}y^2$",
        lambda x, y: (x * x - 1) ** 2 + _TILT * x + _KY * y * y,
        lambda x, y: (4 * x * (x * x - 1) + _TILT, 2 * _KY * y),
        lambda x, y: ((12 * x * x - 4, 0.0 * x), (0.0 * x, 2 * _KY + 0 * x)),
        minima=[(x_glob, 0.0), (x_loc, 0.0)], saddles=[(x_max, 0.0)],
        bounds=((-2.0, 2.0), (-1.5, 1.5)), x0=(1.8, 1.0),
        description="a tilted double well: a global minimum near x = −1, "
                    "a local one near x = +1")


def _two_minima_1d():
    x_glob, x_max, x_loc = _double_well_points()
    return Curve(
        "two_minima_1d", rf"$(x^2-1)^2 + {_TILT:g}x$",
        lambda x: (x * x - 1) ** 2 + _TILT * x,
        lambda x: 4 * x * (x * x - 1) + _TILT,
        lambda x: 12 * x * x - 4,
        minima=[x_glob, x_loc], maxima=[x_max], bounds=(-2.0, 2.0), x0=1.8)


rosenbrock = _rosenbrock()
beale = _beale()
himmelblau = _himmelblau()
rastrigin = _rastrigin()
saddle = _saddle()
monkey_saddle = _monkey_saddle()
two_minima = _two_minima()
two_minima_1d = _two_minima_1d()

SURFACES = {
    "bowl": bowl(),
    "ill_conditioned": ill_conditioned(),
    "rosenbrock": rosenbrock,
    "beale": beale,
    "himmelblau": himmelblau,
    "rastrigin": rastrigin,
    "saddle": saddle,
    "monkey_saddle": monkey_saddle,
    "two_minima": two_minima,
}


# ---------------------------------------------------------------------------
# Surfaces built from data, and one for a lesson
# ---------------------------------------------------------------------------


def least_squares(X, y, *, half=True, name="least_squares", latex=None,
                  bounds=None, x0=None, margin=None, offset=None,
                  description="mean squared error of a linear model"):
    r"""The mean squared error of a two-weight linear model as a Surface.

    .. math::
        L(w) = \frac{s}{2n}\lVert Xw - y\rVert^2
             = s\big(\tfrac12 w^\top M w - m^\top w
                     + \tfrac{1}{2n}\lVert y\rVert^2\big),
        \quad M = X^\top X / n,\; m = X^\top y / n,

    with s = 1 (``half=True``) or s = 2 (``half=False``: the plain mean of
    the squared errors), so ∇L = s(Mw − m), ∇²L = sM and the minimum is
    w* = M⁻¹m.

    Parameters
    ----------
    X : array_like, shape (n, 2)
    y : array_like, shape (n,)
    half : bool
        Whether the loss carries the factor ½.
    name, latex, description : str
        How plots and explorers name the surface.
    bounds : ((xmin, xmax), (ymin, ymax)), optional
        The plot box.  Default: ``w* ± margin`` when ``margin`` is given,
        else a box around the start and w*.
    x0 : point, optional
        The suggested start; default ``w* + offset`` when ``offset`` is
        given, else the origin.

    Examples
    --------
    >>> X = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
    >>> s = least_squares(X, [1.0, 2.0, 3.0])
    >>> s.minima[0].round(12)
    array([1., 2.])
    >>> abs(s.value([1.0, 2.0])) < 1e-12
    True
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (X.shape[0],):
        raise ValueError(f"need X of shape (n, 2) and y of shape (n,), got "
                         f"{X.shape} and {y.shape}")
    if not (np.isfinite(X).all() and np.isfinite(y).all()):
        raise ValueError("X and y must be finite")
    n = X.shape[0]
    M = X.T @ X / n
    m = X.T @ y / n
    k = y @ y / (2 * n)
    if abs(np.linalg.det(M)) <= 1e-12 * max(1.0, np.abs(M).max()) ** 2:
        raise ValueError("the two columns of X are (nearly) linearly "
                         "dependent: no unique minimum")
    s = 1.0 if half else 2.0
    (a11, a12), (_, a22) = M
    b1, b2 = m
    w_star = np.linalg.solve(M, m)

    def f(u, v):
        return s * (0.5 * (a11 * u * u + 2 * a12 * u * v + a22 * v * v)
                    - b1 * u - b2 * v + k)

    def df(u, v):
        return s * (a11 * u + a12 * v - b1), s * (a12 * u + a22 * v - b2)

    def d2f(u, v):
        zero = 0.0 * u
        return ((s * a11 + zero, s * a12 + zero),
                (s * a12 + zero, s * a22 + zero))

    if x0 is None:
        x0 = (w_star + np.asarray(offset, dtype=np.float64)
              if offset is not None else np.zeros(2))
    x0 = np.asarray(x0, dtype=np.float64)
    if bounds is None and margin is not None:
        if not (np.isfinite(margin) and margin > 0):
            raise ValueError(f"margin must be positive, got {margin}")
        bounds = ((w_star[0] - margin, w_star[0] + margin),
                  (w_star[1] - margin, w_star[1] + margin))
    elif bounds is None:
        lo, hi = np.minimum(x0, w_star), np.maximum(x0, w_star)
        pad = 0.5 * (hi - lo) + 1e-3
        bounds = ((lo[0] - pad[0], hi[0] + pad[0]),
                  (lo[1] - pad[1], hi[1] + pad[1]))
    if latex is None:
        latex = (r"$\frac{1}{2n}\Vert Xw - y\Vert^2$" if half
                 else r"$\frac{1}{n}\Vert Xw - y\Vert^2$")
    return Surface(name, latex, f, df, d2f, minima=[w_star], bounds=bounds,
                   x0=x0, description=description)


def line_fit(x, y, margin=2.0):
    r"""The mean squared error of the line w x + b as a surface in (w, b).

    :func:`least_squares` with the columns (x, 1) and no factor ½:

    .. math::
        L(w, b) = \frac{1}{n} \sum_{i=1}^n (w x_i + b - y_i)^2 .

    The plot box is ``margin`` wide around the least-squares line (w*, b*)
    and the suggested start is (w* − 0.8·margin, b* + 0.6·margin).

    >>> s = line_fit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> s.minima[0].round(12)          # y = 2x + 1 exactly
    array([2., 1.])
    """
    x, y = as_1d(x, "x"), as_1d(y, "y")
    if x.shape != y.shape:
        raise ValueError(f"x and y must have the same length, got "
                         f"{x.size} and {y.size}")
    if np.ptp(x) == 0:
        raise ValueError("x needs at least two distinct values to fit a "
                         "line")
    if not (np.isfinite(margin) and margin > 0):
        raise ValueError(f"margin must be positive, got {margin}")
    m = float(margin)
    return least_squares(
        np.column_stack([x, np.ones_like(x)]), y, half=False,
        name="regression", latex=r"$\frac{1}{n}\sum_i (w x_i + b - y_i)^2$",
        margin=m, offset=(-0.8 * m, 0.6 * m),
        description="mean squared error of a line")


def soft_abs():
    r"""The surface √(1 + x²) + √(1 + y²) − 2, minimum 0 at the origin.

    Far from the origin the gradient is close to (±1, ±1), like :math:`|x| + |y|`,
    so a method with a constant learning rate η moves about η per step;
    near the origin it is a bowl of curvature 1.

    >>> soft_abs().grad([0.0, 0.0])
    array([0., 0.])
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


# ---------------------------------------------------------------------------
# Critical points
# ---------------------------------------------------------------------------


def classify(hessian, tol=1e-9):
    r"""Classify a critical point by the eigenvalues of its Hessian.

    At a point where ∇f = 0, the second-order Taylor expansion is
    f(θ + d) ≈ f(θ) + ½ dᵀ H d.  With the eigenvalues λ₁ ≤ ... ≤ λ_n of
    the symmetric Hessian H:

    * all λᵢ > 0: a **minimum** (f rises in every direction);
    * all λᵢ < 0: a **maximum**;
    * some λᵢ > 0 and some λⱼ < 0: a **saddle**;
    * otherwise (some abs(λᵢ) ≤ ``tol`` and no sign change): **degenerate**,
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
    samples = integer(samples, "samples", 1)
    dims = [integer(n, "dimension", 1) for n in dims]
    rng = np.random.default_rng(seed)
    minima, negative = [], []
    for n in dims:
        a = rng.standard_normal((samples, n, n))
        h = (a + np.swapaxes(a, 1, 2)) / math.sqrt(2 * n)
        eig = np.linalg.eigvalsh(h)
        minima.append(np.mean(np.all(eig > 0, axis=1)))
        negative.append(np.mean(eig < 0))
    return np.array(minima), np.array(negative)
