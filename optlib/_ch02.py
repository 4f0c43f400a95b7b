"""Helpers for chapters 2 and 3: the loss of a line as a 2-D surface.

A line y' = w x + b fitted by the mean squared error to data
(x_i, y_i), i = 1..n, has the loss

.. math::
    L(w, b) = \\frac{1}{n} \\sum_{i=1}^n (w x_i + b - y_i)^2 ,

a quadratic bowl in the two parameters (w, b).  :func:`regression_surface`
wraps it as an :class:`optlib.functions.Surface`, so the chapters can draw
its contours and run :func:`optlib.train.trajectory` on it exactly as on
the textbook surfaces.

:func:`zero_one_loss` and :func:`logistic_loss` are the two losses of a
one-parameter classifier (a threshold c) that chapter 2 compares, and
:func:`central_difference` estimates a gradient numerically.

:func:`line_fit_widget` and :func:`line_fit_explorer` are the chapter's
interactive figure: a slider over the slope w of a line, showing the line
on the data and its point on the curve L(w), live (ipywidgets) and on the
static page (no kernel).
"""

from __future__ import annotations

import numpy as np

from optlib.functions import Surface

__all__ = ["regression_surface", "zero_one_loss", "logistic_loss",
           "central_difference", "line_fit_widget", "line_fit_explorer"]


def _as_1d(a, name):
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


def regression_surface(x, y, margin=2.0):
    """The mean squared error of the line w x + b as a 2-D surface.

    Expanding the square gives a quadratic in (w, b) whose coefficients
    are averages over the data, so the surface is cheap on any grid:

    .. math::
        L(w, b) = \\overline{x^2} w^2 + 2 \\bar{x} w b + b^2
                  - 2 \\overline{xy} w - 2 \\bar{y} b + \\overline{y^2},

    .. math::
        \\nabla L = 2 \\begin{pmatrix} \\overline{x^2} w + \\bar{x} b
                    - \\overline{xy} \\\\ \\bar{x} w + b - \\bar{y}
                    \\end{pmatrix}, \\qquad
        \\nabla^2 L = 2 \\begin{pmatrix} \\overline{x^2} & \\bar{x} \\\\
                      \\bar{x} & 1 \\end{pmatrix}.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        The inputs and targets (at least two distinct x values).
    margin : float, default 2.0
        Half-width of the plotting box around the minimum, in both w
        and b.

    Returns
    -------
    Surface
        ``value``, ``grad``, ``hessian`` in the point ``(w, b)``; its
        ``minima[0]`` is the least-squares solution.

    Examples
    --------
    >>> s = regression_surface([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> s.minima[0].round(12)          # y = 2x + 1 exactly
    array([2., 1.])
    >>> round(s.value([2.0, 1.0]), 12)
    0.0
    """
    x, y = _as_1d(x, "x"), _as_1d(y, "y")
    if x.shape != y.shape:
        raise ValueError(f"x and y must have the same length, got "
                         f"{x.size} and {y.size}")
    if np.ptp(x) == 0:
        raise ValueError("x needs at least two distinct values to fit a "
                         "line")
    if not (np.isfinite(margin) and margin > 0):
        raise ValueError(f"margin must be positive, got {margin}")
    mx, my = x.mean(), y.mean()
    mxx, mxy, myy = (x * x).mean(), (x * y).mean(), (y * y).mean()

    def f(w, b):
        return (mxx * w * w + 2 * mx * w * b + b * b
                - 2 * mxy * w - 2 * my * b + myy)

    def df(w, b):
        return 2 * (mxx * w + mx * b - mxy), 2 * (mx * w + b - my)

    def d2f(w, b):
        return (2 * mxx, 2 * mx), (2 * mx, 2.0)

    # the normal equations: the gradient is zero at the minimum
    w_star, b_star = np.linalg.solve([[mxx, mx], [mx, 1.0]], [mxy, my])
    m = float(margin)
    bounds = ((w_star - m, w_star + m), (b_star - m, b_star + m))
    return Surface(
        "regression", r"$\frac{1}{n}\sum_i (w x_i + b - y_i)^2$",
        f, df, d2f, minima=[(w_star, b_star)], bounds=bounds,
        x0=(w_star - 0.8 * m, b_star + 0.6 * m),
        description="mean squared error of a line")


def logistic_loss(c, x, y):
    """Mean cross-entropy of the threshold classifier p = σ(x − c).

    The classifier says "class 1" with probability σ(x − c), so ``c`` is
    the threshold where it is undecided.  With labels y ∈ {0, 1} and
    s_i = 2 y_i − 1,

    .. math::
        L(c) = \\frac{1}{n}\\sum_i \\log\\big(1 + e^{-s_i (x_i - c)}\\big),

    computed stably with ``np.logaddexp``.  Smooth and convex in ``c``.
    ``c`` may be an array of thresholds; the result has its shape.
    """
    x, y = _as_1d(x, "x"), _as_1d(y, "y")
    c = np.asarray(c, dtype=np.float64)
    s = 2 * y - 1
    margins = s * np.subtract.outer(-c, -x)       # s_i (x_i - c)
    return np.logaddexp(0.0, -margins).mean(axis=-1)


def zero_one_loss(c, x, y):
    """Error rate of the rule "class 1 when x > c".

    .. math::
        L_{0-1}(c) = \\frac{1}{n}\\sum_i
        \\big[\\,\\mathbb{1}(x_i > c) \\neq y_i\\,\\big]

    Piecewise constant in ``c``: it only changes when ``c`` crosses a data
    point, so its derivative is 0 wherever it exists.
    """
    x, y = _as_1d(x, "x"), _as_1d(y, "y")
    c = np.asarray(c, dtype=np.float64)
    pred = np.subtract.outer(c, x) < 0            # x_i > c
    return (pred != (y > 0.5)).mean(axis=-1)


def central_difference(f, theta, h=1e-6):
    """Estimate the gradient of a scalar function by central differences.

    .. math::
        \\frac{\\partial f}{\\partial \\theta_j} \\approx
        \\frac{f(\\theta + h e_j) - f(\\theta - h e_j)}{2h}

    The error is O(h²) from the Taylor series plus about ε·|f|/h from
    rounding (ε ≈ 2.2e-16), so h ≈ 1e-5 .. 1e-6 is best in float64.

    Parameters
    ----------
    f : callable
        ``f(theta) -> float``.
    theta : array_like
        The point; it is not modified.
    h : float, default 1e-6
        The step.

    Returns
    -------
    ndarray
        The estimated gradient, shape of ``theta``.
    """
    if not (np.isfinite(h) and h > 0):
        raise ValueError(f"h must be positive, got {h}")
    theta = np.array(theta, dtype=np.float64)
    grad = np.empty_like(theta)
    for j in np.ndindex(theta.shape):
        old = theta[j]
        theta[j] = old + h
        up = float(f(theta))
        theta[j] = old - h
        down = float(f(theta))
        theta[j] = old
        grad[j] = (up - down) / (2 * h)
    return grad


# ---------------------------------------------------------------------------
# A slider over the slope w: the fitted line and its point on L(w)
# ---------------------------------------------------------------------------


def _line_loss(w, x, y, b):
    """L(w) = mean((w x + b − y)²) for an array of slopes w."""
    return np.mean((np.multiply.outer(w, x) + b - y) ** 2, axis=-1)


def _draw_line_fit(ax1, ax2, x, y, ws, b, w=None):
    """The data and the curve L(w); with ``w``, also the line and point."""
    from optlib.plots import PALETTE

    grid = np.linspace(min(ws), max(ws), 301)
    loss = _line_loss(grid, x, y, b)
    xs = np.array([x.min() - 0.3, x.max() + 0.3])
    ax1.plot(x, y, linestyle="none", marker="o", markersize=4,
             color=PALETTE[0], label="data")
    ax1.set(xlim=tuple(xs), ylim=(y.min() - 1.5, y.max() + 1.5),
            xlabel="$x$", ylabel="$y$",
            title=f"The line $y = w x + {b:g}$")
    ax2.plot(grid, loss, color=PALETTE[0], label="$L(w)$")
    ax2.set(xlim=(grid[0], grid[-1]), ylim=(0, 1.05 * loss.max()),
            xlabel="slope $w$", ylabel="mean squared error $L(w)$",
            title="Its loss $L(w)$")
    if w is not None:
        ax1.plot(xs, w * xs + b, color=PALETTE[1], linestyle="--",
                 label=f"$w = {w:.2f}$")
        ax1.legend(loc="upper left")
        ax2.plot([w], [_line_loss(w, x, y, b)], marker="o", markersize=9,
                 color=PALETTE[1], markeredgecolor="black",
                 linestyle="none", label=f"$w = {w:.2f}$")
        ax2.legend(loc="upper center")


def _line_texts(x, y, ws, b):
    texts = []
    for w in ws:
        r = w * x + b - y
        texts.append(f"w = {w:.2f}: L(w) = {np.mean(r * r):.3f}, "
                     f"dL/dw = {2 * np.mean(r * x):+.3f}")
    return texts


def _check_line_args(x, y, ws, initial):
    x, y = _as_1d(x, "x"), _as_1d(y, "y")
    ws = _as_1d(ws, "ws")
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    if initial is None:
        initial = (len(ws) - 1) // 2
    if not (isinstance(initial, int) and 0 <= initial < len(ws)):
        raise ValueError(f"initial must be an index into the {len(ws)} "
                         f"slopes, got {initial!r}")
    return x, y, ws, initial


def line_fit_widget(x, y, ws, b=1.0, initial=None):
    """A slider over the slope w: the line w x + b and its loss L(w).

    The ipywidgets twin of :func:`line_fit_explorer` (same slopes, same
    texts).  ``ws`` are the slider's values; ``b`` is held fixed.
    """
    from optlib._ch01 import figure_png, frames_widget

    x, y, ws, initial = _check_line_args(x, y, ws, initial)

    def render(i):
        def draw(fig):
            ax1, ax2 = fig.subplots(1, 2)
            _draw_line_fit(ax1, ax2, x, y, ws, b, w=ws[i])
            fig.set_layout_engine("constrained")
        return figure_png(draw, figsize=(9.6, 3.8))

    return frames_widget(render, [f"{w:.2f}" for w in ws],
                         _line_texts(x, y, ws, b), "slope w",
                         initial=initial)


def line_fit_explorer(x, y, ws, b=1.0, initial=None, width=760,
                      height=330, dpi=100):
    """Static HTML: a slider over w moves the line and its point on L(w).

    The data and the curve L(w) are one PNG drawn by matplotlib; the line
    and the point of every slider position are SVG elements placed with
    the axes' own data-to-pixel transforms, so they sit exactly on the
    picture.  Works with no kernel (see
    :class:`optlib._ch01.FrameExplorer`).
    """
    import base64
    import hashlib
    import io

    import matplotlib as mpl
    from matplotlib.figure import Figure

    from optlib import plots
    from optlib._ch01 import FrameExplorer

    x, y, ws, initial = _check_line_args(x, y, ws, initial)
    W, H = int(width), int(height)
    with mpl.rc_context(plots.style()):
        mpl.rcParams["savefig.bbox"] = "standard"     # keep the pixels
        fig = Figure(figsize=(W / dpi, H / dpi), dpi=dpi,
                     facecolor="white")
        ax1 = fig.add_axes([0.07, 0.15, 0.39, 0.74])
        ax2 = fig.add_axes([0.58, 0.15, 0.39, 0.74])
        _draw_line_fit(ax1, ax2, x, y, ws, b)
        fig.canvas.draw()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    metadata={"Software": None})

    def px(ax, xd, yd):
        u, v = ax.transData.transform((xd, yd))
        return u, H - v

    box = ax1.get_window_extent()
    png = buf.getvalue()
    tag = hashlib.sha256(png + ws.tobytes()).hexdigest()[:10]
    clip = f"optlib-clip-{tag}"
    base = (f'<image x="0" y="0" width="{W}" height="{H}" href="data:'
            f'image/png;base64,{base64.b64encode(png).decode("ascii")}"/>'
            f'<defs><clipPath id="{clip}"><rect x="{box.x0:.1f}" '
            f'y="{H - box.y1:.1f}" width="{box.width:.1f}" '
            f'height="{box.height:.1f}"/></clipPath></defs>')
    x_lo, x_hi = ax1.get_xlim()
    frames = []
    for w in ws:
        (u0, v0), (u1, v1) = (px(ax1, x_lo, w * x_lo + b),
                              px(ax1, x_hi, w * x_hi + b))
        cu, cv = px(ax2, w, float(_line_loss(w, x, y, b)))
        frames.append(
            f'<line x1="{u0:.1f}" y1="{v0:.1f}" x2="{u1:.1f}" '
            f'y2="{v1:.1f}" stroke="{plots.PALETTE[1]}" stroke-width="2.5"'
            f' stroke-dasharray="9 4" clip-path="url(#{clip})"/>'
            f'<circle cx="{cu:.1f}" cy="{cv:.1f}" r="6" '
            f'fill="{plots.PALETTE[1]}" stroke="#000" stroke-width="1"/>')
    alt = ("Left: a scatter plot of the data with a dashed line of slope "
           "w. Right: the U-shaped curve of the mean squared error L(w) "
           "with a dot at the current w. The slider changes w.")
    return FrameExplorer(
        base, frames, _line_texts(x, y, ws, b), W, H, "slope w",
        "Turn the slope: the line and its loss", initial=initial,
        caption="The dot on L(w) is lowest when the dashed line passes "
                "through the middle of the data.", alt=alt)
