"""Contours, optimizer paths and loss curves in one readable style.

Every figure of the course goes through these few functions, so every figure
has labelled axes, a title, the Okabe–Ito colour-blind-safe palette
(:data:`PALETTE`) and a line style and marker per series, so that colour is
never the only cue.  Each function takes an optional ``ax`` and returns the
Axes (``compare_grid`` returns the Figure).

>>> from optlib import plots
>>> from optlib.functions import rosenbrock
>>> plots.use_style()
>>> ax = plots.contour(rosenbrock, title="Rosenbrock")
>>> ax.get_xlabel()
'$x$'
"""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "PALETTE",
    "OKABE_ITO",
    "LINESTYLES",
    "MARKERS",
    "CMAP",
    "use_style",
    "style",
    "contour",
    "plot_paths",
    "loss_curves",
    "compare_grid",
    "as_path",
]

#: The eight Okabe–Ito colours by name (Okabe & Ito 2008).
OKABE_ITO = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "bluish green": "#009E73",
    "reddish purple": "#CC79A7",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "black": "#000000",
    "yellow": "#F0E442",
}

#: Series colours in order of use (yellow last: weak on white).
PALETTE = list(OKABE_ITO.values())

#: Line styles in order of use: solid, dashed, dash-dot, dotted, then
#: custom dash patterns, so eight series stay distinct in grey-scale too.
LINESTYLES = ["-", "--", "-.", ":", (0, (6, 2)), (0, (3, 1, 1, 1, 1, 1)),
              (0, (1, 3)), (0, (8, 2, 2, 2))]

#: Markers in order of use (end points of paths, sparse marks on curves).
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]

#: Colour map of contour backgrounds: perceptually uniform, and light
#: enough at the top that dark paths stay visible.
CMAP = "viridis"

# -- house style: sizes, fonts and the figure format (one place) -----------
#: Width, in inches at ``figure.dpi`` = 100 (so 100 px per inch on the
#: page), that every figure is shown at, at most: 480 px.  On a 390 px
#: phone (358 px of text column) the figure shrinks by 0.75 and 11 pt text
#: is still 11 px high; on a desktop it is shown at this size exactly.
FIGURE_WIDTH = 4.8
#: Smallest font size (pt) in a figure: 11 pt is 15 px at 100 dpi.
MIN_FONT_SIZE = 11
#: Figures are drawn at twice their display size (sharp on high-resolution
#: screens) and shown at their display size (the PNG's width and height).
RESOLUTION = 2

_RC = {
    "figure.figsize": (FIGURE_WIDTH, 3.4),
    "figure.dpi": 100,
    "figure.facecolor": "white",   # legible on a dark-mode page too
    "figure.edgecolor": "white",
    "savefig.facecolor": "white",
    "savefig.bbox": "tight",
    "axes.facecolor": "white",
    "axes.edgecolor": "#333333",
    "axes.labelcolor": "black",
    "axes.titlesize": 12,
    "axes.labelsize": MIN_FONT_SIZE,
    "axes.grid": True,
    "grid.color": "#b0b0b0",
    "grid.alpha": 0.5,
    "grid.linewidth": 0.6,
    "font.size": MIN_FONT_SIZE,
    "xtick.labelsize": MIN_FONT_SIZE,
    "ytick.labelsize": MIN_FONT_SIZE,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "text.color": "black",
    "legend.fontsize": MIN_FONT_SIZE,
    "legend.title_fontsize": MIN_FONT_SIZE,
    "figure.titlesize": 12,
    "legend.framealpha": 0.9,
    "legend.facecolor": "white",
    "lines.linewidth": 2.0,
    "lines.markersize": 6,
    "image.cmap": CMAP,
}


def style():
    """The rc parameters of the course (a dict for ``plt.rc_context``)."""
    from cycler import cycler
    rc = dict(_RC)
    rc["axes.prop_cycle"] = (cycler(color=PALETTE)
                             + cycler(linestyle=LINESTYLES))
    return rc


def use_style():
    """Apply the course style to matplotlib globally.

    Readable font sizes (at least :data:`MIN_FONT_SIZE` pt), a light grid,
    white figure and axes backgrounds (so figures stay legible on a
    dark-mode page) and a property cycle that changes colour *and* line
    style together.  In Jupyter it also sets how figures are shown
    (:func:`_house_png`): side-by-side panels stacked, at most
    :data:`FIGURE_WIDTH` wide, as a PNG at :data:`RESOLUTION` times its
    display size.
    """
    import matplotlib as mpl
    mpl.rcParams.update(style())
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return
    from matplotlib.figure import Figure
    try:  # the inline backend sets its own formats when first imported
        import matplotlib_inline.backend_inline  # noqa: F401
    except ImportError:
        pass
    formatters = shell.display_formatter.formatters
    for mime in ("image/svg+xml", "application/pdf", "image/jpeg"):
        formatters[mime].pop(Figure, None)
    formatters["image/png"].for_type(Figure, _house_png)


def _stack_panels(fig):
    """Panels side by side in a figure wider than the page: one column.

    Only a single row of plain subplots is rearranged (from
    ``plt.subplots(1, n)``); anything else is left as drawn.
    """
    width, height = fig.get_size_inches()
    axes = [ax for ax in fig.axes if ax.get_visible()]
    if width <= 1.25 * FIGURE_WIDTH or len(axes) < 2:
        return False
    specs = [ax.get_subplotspec() for ax in axes]
    if any(spec is None for spec in specs):
        return False
    grid = specs[0].get_gridspec()
    if grid.nrows != 1 or grid.ncols != len(axes) or any(
            spec.get_gridspec() is not grid or spec.colspan.start != i
            or len(spec.colspan) != 1 for i, spec in enumerate(specs)):
        return False
    from matplotlib.gridspec import GridSpec
    column = GridSpec(len(axes), 1, figure=fig)
    for i, ax in enumerate(axes):
        ax.set_subplotspec(column[i, 0])
    fig.set_size_inches(width / len(axes), height * len(axes) * 0.9)
    if fig.get_layout_engine() is None:
        fig.set_layout_engine("constrained")
    return True


def _narrow_legends(fig):
    """A figure legend in one long row, under or over stacked panels,
    is redrawn in three columns outside the panels."""
    for old in list(fig.legends):
        if getattr(old, "_ncols", 1) <= 3:
            continue
        handles = old.legend_handles
        labels = [text.get_text() for text in old.texts]
        upper = old._loc in (1, 2, 9)  # upper right, left, center
        old.remove()
        fig.legend(handles, labels, ncols=3,
                   loc=f"outside {'upper' if upper else 'lower'} center")


def _house_png(fig):
    """A figure as the course shows it: ``(png bytes, display size)``.

    Panels side by side are stacked (:func:`_stack_panels`), the figure is
    scaled to at most :data:`FIGURE_WIDTH` wide (text keeps its size in
    points, so it grows relative to the plot), drawn at
    :data:`RESOLUTION` times the display size and stored with an
    adaptive 256-colour palette (a quarter of the bytes, no visible
    change on these plots).  IPython shows it at the display size.
    """
    import io

    from PIL import Image

    if _stack_panels(fig):
        _narrow_legends(fig)
    width, height = fig.get_size_inches()
    if width > FIGURE_WIDTH:
        fig.set_size_inches(FIGURE_WIDTH, height * FIGURE_WIDTH / width)
    dpi = fig.dpi
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=RESOLUTION * dpi)
    image = Image.open(buf).convert("RGB")
    small = image.quantize(256, method=Image.Quantize.MEDIANCUT,
                           dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, format="png", optimize=True)
    display = {"width": round(image.width / RESOLUTION),
               "height": round(image.height / RESOLUTION)}
    return out.getvalue(), display


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _pyplot():
    import matplotlib.pyplot as plt
    return plt


def _get_ax(ax, figsize=None):
    if ax is not None:
        return ax
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=figsize, facecolor="white")
    return ax


def as_path(p):
    """A (k, 2) float array from a path: an array or a ``Trajectory``.

    Rows that are not finite (the last point of a run that blew up) are
    dropped.
    """
    if hasattr(p, "path"):
        p = p.path
    arr = np.asarray(p, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"a path must have shape (k, 2) or be a "
                         f"Trajectory; got shape {arr.shape}")
    return arr[np.isfinite(arr).all(axis=1)]


def _check_surface(surface):
    for name in ("value", "bounds"):
        if not hasattr(surface, name):
            raise TypeError(f"surface must be an optlib.functions.Surface "
                            f"(it has no {name!r})")


def _levels(Z, n, log):
    """Contour levels: evenly spaced, or geometric above the minimum."""
    finite = Z[np.isfinite(Z)]
    lo, hi = float(finite.min()), float(finite.max())
    if hi <= lo:
        hi = lo + 1.0
    if log:
        span = hi - lo
        return lo + np.concatenate([[0.0], np.geomspace(span * 1e-4, span,
                                                        n - 1)])
    return np.linspace(lo, hi, n)


def _default_title(surface):
    return f"{surface.name}: {surface.latex}"


# ---------------------------------------------------------------------------
# contours and paths
# ---------------------------------------------------------------------------


def contour(surface, ax=None, levels=25, log=None, title=None, n=200,
            bounds=None, filled=True, mark=True, colorbar=False,
            figsize=None):
    """Draw the level sets of a 2-D surface.

    Parameters
    ----------
    surface : optlib.functions.Surface
    ax : matplotlib Axes, optional
        Drawn into a new figure when omitted.
    levels : int or sequence
        Number of levels, or the levels themselves.
    log : bool, optional
        Space levels geometrically above the minimum, f_min + s·10^(−4…0),
        which shows narrow valleys (Rosenbrock, Beale).  Defaults to the
        surface's ``log_levels``.
    title : str, optional
        Defaults to the surface's name and formula.
    n : int
        Grid points per axis.
    bounds : ((xmin, xmax), (ymin, ymax)), optional
        Defaults to ``surface.bounds``.
    filled : bool
        Filled bands under thin lines (True) or lines only.
    mark : bool
        Mark the known minima (★) and saddles (✕).
    colorbar : bool
        Add a colour bar labelled f(x, y).

    Returns
    -------
    matplotlib Axes
    """
    from matplotlib.colors import BoundaryNorm
    import matplotlib as mpl

    _check_surface(surface)
    ax = _get_ax(ax, figsize)
    bounds = bounds or surface.bounds
    X, Y, Z = surface.grid(n, bounds)
    log = surface.log_levels if log is None else bool(log)
    if np.ndim(levels) == 0:
        lv = _levels(Z, int(levels), log)
    else:
        lv = np.asarray(levels, dtype=np.float64)
    cmap = mpl.colormaps[CMAP]
    norm = BoundaryNorm(lv, cmap.N, extend="max")
    if filled:
        cs = ax.contourf(X, Y, Z, levels=lv, cmap=cmap, norm=norm,
                         extend="max", alpha=0.5)
        ax.contour(X, Y, Z, levels=lv, colors="#444444", linewidths=0.4,
                   alpha=0.5)
    else:
        cs = ax.contour(X, Y, Z, levels=lv, cmap=cmap, norm=norm,
                        linewidths=1.0)
    if colorbar:
        cb = ax.figure.colorbar(cs, ax=ax)
        cb.set_label("$f(x, y)$")
    if mark:
        (x0, x1), (y0, y1) = bounds

        def inside(p):
            return x0 <= p[0] <= x1 and y0 <= p[1] <= y1
        mins = [p for p in surface.minima if inside(p)]
        sads = [p for p in getattr(surface, "saddles", []) if inside(p)]
        if mins:
            m = np.array(mins)
            ax.plot(m[:, 0], m[:, 1], linestyle="none", marker="*",
                    markersize=13, color="white", markeredgecolor="black",
                    label="minimum", zorder=4)
        if sads:
            s = np.array(sads)
            ax.plot(s[:, 0], s[:, 1], linestyle="none", marker="X",
                    markersize=9, color="white", markeredgecolor="black",
                    label="saddle point", zorder=4)
    ax.set_xlim(*bounds[0])
    ax.set_ylim(*bounds[1])
    ax.set_xlabel("$x$")
    ax.set_ylabel("$y$")
    ax.grid(False)
    ax.set_title(_default_title(surface) if title is None else title)
    return ax


def plot_paths(surface, paths, labels=None, ax=None, title=None,
               levels=25, log=None, bounds=None, legend=True,
               markevery=None, figsize=None, start=True):
    """Draw optimizer paths on the contours of ``surface``.

    Parameters
    ----------
    surface : optlib.functions.Surface
    paths : sequence
        Each a (k, 2) array or a ``Trajectory`` (its ``path`` is used).
        A single array or Trajectory is accepted too.
    labels : sequence of str, optional
        One per path.  Defaults to the Trajectory's message, or "path i".
    ax, title, levels, log, bounds
        As in :func:`contour`.
    legend : bool
        Draw a legend (outside the plot area when there are many paths).
    markevery : int, optional
        Put a small marker every ``markevery`` points.
    start : bool
        Mark the start θ₀ with a black-edged circle.

    Paths are clipped to the plot box (the axes limits are ``bounds``).
    Each path has its own colour, line style and end marker.

    Returns
    -------
    matplotlib Axes
    """
    if hasattr(paths, "path") or (
            isinstance(paths, np.ndarray) and paths.ndim == 2):
        paths = [paths]
    paths = list(paths)
    if labels is None:
        labels = [getattr(p, "message", None) or f"path {i + 1}"
                  for i, p in enumerate(paths)]
    elif isinstance(labels, str):
        labels = [labels]
    labels = list(labels)
    if len(labels) != len(paths):
        raise ValueError(f"got {len(paths)} paths but {len(labels)} labels")
    ax = contour(surface, ax=ax, levels=levels, log=log, title=title,
                 bounds=bounds, figsize=figsize)
    bounds = bounds or surface.bounds
    starts = []
    for i, (p, lab) in enumerate(zip(paths, labels)):
        arr = as_path(p)
        if len(arr) == 0:
            continue
        color = PALETTE[i % len(PALETTE)]
        ls = LINESTYLES[i % len(LINESTYLES)]
        mk = MARKERS[i % len(MARKERS)]
        ax.plot(arr[:, 0], arr[:, 1], color=color, linestyle=ls,
                linewidth=2.0, marker=mk, markevery=[len(arr) - 1],
                markersize=8, markeredgecolor="black", label=str(lab),
                zorder=5, clip_on=True)
        if markevery:
            ax.plot(arr[::markevery, 0], arr[::markevery, 1],
                    linestyle="none", marker=".", color=color,
                    markersize=4, zorder=5)
        starts.append(arr[0])
    if start and starts:
        st = np.unique(np.array(starts), axis=0)
        ax.plot(st[:, 0], st[:, 1], marker="o", markersize=8,
                color="white", markeredgecolor="black", zorder=6,
                linestyle="none", label="start")
    ax.set_xlim(*bounds[0])
    ax.set_ylim(*bounds[1])
    if legend:
        handles, labs = ax.get_legend_handles_labels()
        if handles:
            if len(handles) > 5:
                ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0),
                          borderaxespad=0)
            else:
                ax.legend(loc="best")
    return ax


# ---------------------------------------------------------------------------
# loss curves
# ---------------------------------------------------------------------------

_XLABELS = {"step": "step $t$", "epoch": "epoch",
            "examples": "training examples seen"}


def _curve(h, x):
    """(xs, ys) of one history for the requested x axis."""
    if isinstance(h, tuple) and len(h) == 2:
        xs, ys = (np.asarray(a, dtype=np.float64).ravel() for a in h)
        if xs.shape != ys.shape:
            raise ValueError("a (x, y) pair must have equal lengths")
        return xs, ys
    if isinstance(h, dict):
        key = {"epoch": "loss_epochs"}.get(x, "loss_steps")
        ys = h.get(key, h.get("loss"))
        if ys is None:
            raise ValueError(f"dict history has no {key!r} or 'loss'")
        h_seen = h.get("examples_seen")
    elif hasattr(h, "loss_steps") or hasattr(h, "loss_epochs"):
        ys = h.loss_epochs if x == "epoch" else h.loss_steps
        h_seen = getattr(h, "examples_seen", None)
    elif hasattr(h, "values") and hasattr(h, "path"):   # a Trajectory
        ys, h_seen = h.values, None
    else:
        ys, h_seen = h, None
    ys = np.asarray(ys, dtype=np.float64).ravel()
    n = len(ys)
    if x == "step":
        xs = np.arange(n, dtype=np.float64)
        if hasattr(h, "loss_steps") or isinstance(h, dict):
            xs = xs + 1           # losses of steps t = 1, 2, ...
    elif x == "epoch":
        xs = np.arange(1, n + 1, dtype=np.float64)
    else:
        if h_seen is None:
            raise ValueError("x='examples' needs histories with "
                             "examples_seen (from optlib.train.fit) or "
                             "(x, y) pairs")
        seen = np.asarray(h_seen, dtype=np.float64).ravel()
        if seen.size == n:
            xs = seen
        elif seen.size == 1 and n:
            xs = seen[0] * np.arange(1, n + 1) / n
        else:
            raise ValueError(f"examples_seen has {seen.size} entries for "
                             f"{n} losses")
    return xs, ys


def loss_curves(histories, labels=None, x="step", logy=True, ax=None,
                title="Training loss", ylabel="loss", markevery=None,
                figsize=None, legend=True):
    """Plot loss curves of several runs on shared axes.

    Parameters
    ----------
    histories : sequence
        Each a 1-D array of losses, an ``(x, y)`` pair, a ``History`` from
        ``optlib.train.fit`` (``loss_steps``/``loss_epochs``/
        ``examples_seen``), a ``Trajectory`` (its ``values``) or a dict
        with those keys.  A single one is accepted too.
    labels : sequence of str, optional
    x : {"step", "epoch", "examples"}
        What the horizontal axis counts.  "examples" puts runs with
        different batch sizes on a common scale of work done.
    logy : bool
        Logarithmic loss axis (falls back to linear if a loss is ≤ 0).
    ax, title, ylabel
        As usual.
    markevery : int, optional
        Spacing of the markers (default: about 8 per curve).

    Non-finite losses (a run that diverged) are left out of the curve.

    Returns
    -------
    matplotlib Axes
    """
    if x not in _XLABELS:
        raise ValueError(f"x must be 'step', 'epoch' or 'examples', "
                         f"got {x!r}")
    single = (hasattr(histories, "loss_steps") or isinstance(histories, dict)
              or hasattr(histories, "path")
              or (isinstance(histories, np.ndarray) and histories.ndim == 1)
              or (isinstance(histories, (list, tuple)) and histories
                  and isinstance(histories[0], (int, float, np.number))))
    if single:
        histories = [histories]
    histories = list(histories)
    if labels is None:
        labels = [f"run {i + 1}" for i in range(len(histories))]
    elif isinstance(labels, str):
        labels = [labels]
    labels = list(labels)
    if len(labels) != len(histories):
        raise ValueError(f"got {len(histories)} histories but "
                         f"{len(labels)} labels")
    ax = _get_ax(ax, figsize)
    all_pos = True
    for i, (h, lab) in enumerate(zip(histories, labels)):
        xs, ys = _curve(h, x)
        ys = np.where(np.isfinite(ys), ys, np.nan)
        if np.any(ys[np.isfinite(ys)] <= 0):
            all_pos = False
        n = len(ys)
        me = markevery or max(1, n // 8)
        ax.plot(xs, ys, color=PALETTE[i % len(PALETTE)],
                linestyle=LINESTYLES[i % len(LINESTYLES)],
                marker=MARKERS[i % len(MARKERS)], markevery=me,
                markersize=5, label=str(lab))
    if logy and all_pos:
        ax.set_yscale("log")
    ax.set_xlabel(_XLABELS[x])
    ax.set_ylabel(ylabel + (" (log scale)" if logy and all_pos else ""))
    ax.set_title(title)
    ax.grid(True, which="major")
    if legend and histories:
        ax.legend(loc="best")
    return ax


# ---------------------------------------------------------------------------
# small multiples
# ---------------------------------------------------------------------------


def compare_grid(surface, panels, titles=None, labels=None, ncols=3,
                 title=None, panel_size=(3.6, 3.0), levels=20, log=None,
                 legend="first"):
    """Small multiples: one contour panel per entry of ``panels``.

    Parameters
    ----------
    surface : Surface or sequence of Surface
        One surface for every panel, or one per panel.
    panels : sequence
        Each entry is what :func:`plot_paths` takes: a path, a Trajectory
        or a list of them.
    titles : sequence of str, optional
        One per panel (default "1", "2", ...).
    labels : sequence of str, optional
        Labels of the paths inside each panel (same for every panel).
    ncols : int
        Panels per row.
    title : str, optional
        The figure's title (``suptitle``).
    legend : {"first", "all", "none"}
        Which panels get a legend.

    Returns
    -------
    matplotlib Figure
    """
    plt = _pyplot()
    panels = list(panels)
    n = len(panels)
    if n == 0:
        raise ValueError("compare_grid needs at least one panel")
    surfaces = (list(surface) if isinstance(surface, (list, tuple))
                else [surface] * n)
    if len(surfaces) != n:
        raise ValueError(f"got {len(surfaces)} surfaces for {n} panels")
    if titles is None:
        titles = [str(i + 1) for i in range(n)]
    titles = list(titles)
    if len(titles) != n:
        raise ValueError(f"got {len(titles)} titles for {n} panels")
    ncols = max(1, min(int(ncols), n))
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(
        nrows, ncols, squeeze=False, facecolor="white",
        figsize=(panel_size[0] * ncols, panel_size[1] * nrows),
        layout="constrained")
    for i, (ax, s, p, t) in enumerate(zip(axes.flat, surfaces, panels,
                                          titles)):
        if hasattr(p, "path") or (isinstance(p, np.ndarray) and p.ndim == 2):
            p = [p]
        lab = labels
        if lab is None:
            lab = [getattr(q, "message", None) or f"path {j + 1}"
                   for j, q in enumerate(p)]
        show = legend == "all" or (legend == "first" and i == 0)
        plot_paths(s, p, labels=lab, ax=ax, title=t, levels=levels,
                   log=log, legend=False)
        if show:
            ax.legend(loc="best", fontsize=8)
    for ax in list(axes.flat)[n:]:
        ax.set_visible(False)
    if title:
        fig.suptitle(title)
    return fig
