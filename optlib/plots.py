"""Contours, optimizer paths and loss curves in one readable style.

Every figure of the course goes through these few functions, so every figure
has labelled axes, a title, the Okabe–Ito colour-blind-safe palette
(:data:`PALETTE`) and a line style and marker per series, so that colour is
never the only cue.  Each function takes an optional ``ax`` and returns the
Axes (``compare_grid`` returns the Figure).

Also: :func:`digit_grid` (digit images with a model's guesses),
:func:`plot_sensitivity` (final loss against the learning rate),
:func:`draw_line_fit` (a line on data and its loss curve) and
:func:`figure_png`, which renders any of them to PNG bytes for the
explorers and widgets without pyplot.

>>> from optlib import plots
>>> from optlib.surfaces import rosenbrock
>>> plots.use_style()
>>> ax = plots.contour(rosenbrock, title="Rosenbrock")
>>> ax.get_xlabel()
'$x$'
"""

from __future__ import annotations

import io
import math

import numpy as np

from optlib.surfaces import as_surface

__all__ = [
    "PALETTE",
    "OKABE_ITO",
    "LINESTYLES",
    "MARKERS",
    "CMAP",
    "use_style",
    "style",
    "contour",
    "draw_paths",
    "digit_titles",
    "draw_line_fit_slope",
    "plot_paths",
    "loss_curves",
    "compare_grid",
    "as_path",
    "digit_grid",
    "plot_sensitivity",
    "draw_line_fit",
    "line_loss",
    "figure_png",
    "RIGHT",
    "WRONG",
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
    # an uncompressed intermediate PNG: the same pixels, decoded at once
    # (zlib's time here bought nothing; issue 14)
    fig.savefig(buf, format="png", dpi=RESOLUTION * dpi,
                pil_kwargs={"compress_level": 0})
    image = Image.open(buf).convert("RGB")
    small = image.quantize(256, method=Image.Quantize.MEDIANCUT,
                           dither=Image.Dither.NONE)
    out = io.BytesIO()
    # zlib level 8: 1 % more bytes than level 9 (optimize=True), in less
    # than half its time (measured on the book's 57 figures, issue 14)
    small.save(out, format="png", compress_level=8)
    display = {"width": round(image.width / RESOLUTION),
               "height": round(image.height / RESOLUTION)}
    return out.getvalue(), display


#: Colours of a right and a wrong guess (Okabe–Ito blue and vermillion).
RIGHT, WRONG = OKABE_ITO["blue"], OKABE_ITO["vermillion"]


def figure_png(draw, figsize=(6.4, 4.4), dpi=100, tight=True, colors=None):
    """PNG bytes of a bare matplotlib Figure drawn by ``draw(fig)``.

    No pyplot, so nothing is displayed twice in a notebook.  ``tight``
    crops to the drawing (``bbox_inches="tight"``); ``tight=False`` keeps
    the whole canvas, so pixel positions measured in ``draw`` stay exact.
    ``colors`` quantizes the picture to that many colours (a smaller PNG)
    when that is smaller.

    >>> png = figure_png(lambda fig: fig.add_subplot().plot([0, 1]))
    >>> png[:4]
    b'\\x89PNG'
    """
    import matplotlib as mpl
    from matplotlib.figure import Figure

    rc = style()
    if not tight:
        rc["savefig.bbox"] = "standard"
    with mpl.rc_context(rc):
        fig = Figure(figsize=figsize, dpi=dpi, facecolor="white")
        draw(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    bbox_inches="tight" if tight else None,
                    metadata={"Software": None})
    return _quantize(buf.getvalue(), colors)


def _quantize(png, colors):
    """Shrink a PNG to a palette image (lossless-looking, ~3× smaller)."""
    if not colors:
        return png
    try:
        from PIL import Image
    except ImportError:   # pragma: no cover - Pillow ships with matplotlib
        return png
    img = Image.open(io.BytesIO(png)).convert("RGB")
    img = img.quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                       dither=Image.Dither.NONE)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue() if len(out.getvalue()) < len(png) else png


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
    surface : optlib.surfaces.Surface, or what ``trajectory`` accepts
        An object with ``value(xy)`` and ``grad(xy)`` is drawn through
        :func:`optlib.surfaces.as_surface` (its box: ``bounds`` or its
        own).
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

    surface = as_surface(surface, bounds)
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
    surface
        As in :func:`contour`; a surface without ``bounds`` is drawn over
        a box around the paths.
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
    surface = as_surface(surface, bounds, [as_path(p) for p in paths])
    ax = contour(surface, ax=ax, levels=levels, log=log, title=title,
                 bounds=bounds, figsize=figsize)
    draw_paths(ax, paths, labels, bounds or surface.bounds, legend=legend,
               markevery=markevery, start=start)
    return ax


def draw_paths(ax, paths, labels, bounds, legend=True, markevery=None,
               start=True, legend_outside=False):
    """The paths of :func:`plot_paths` on an Axes that has its contours.

    ``paths`` is a list of (k, 2) arrays or Trajectories, ``labels`` one
    string per path.  Returns the artists it added (lines, the start
    marker, the legend), so a live figure can redraw just these
    (:class:`optlib.widgets.LiveFigure`).  ``legend_outside`` puts the
    legend to the right of the plot always (a fixed place: no search for
    the best one, which a live figure would pay at every frame).
    """
    added = []
    starts = []
    for i, (p, lab) in enumerate(zip(paths, labels)):
        arr = as_path(p)
        if len(arr) == 0:
            continue
        color = PALETTE[i % len(PALETTE)]
        ls = LINESTYLES[i % len(LINESTYLES)]
        mk = MARKERS[i % len(MARKERS)]
        added += ax.plot(arr[:, 0], arr[:, 1], color=color, linestyle=ls,
                         linewidth=2.0, marker=mk, markevery=[len(arr) - 1],
                         markersize=8, markeredgecolor="black",
                         label=str(lab), zorder=5, clip_on=True)
        if markevery:
            added += ax.plot(arr[::markevery, 0], arr[::markevery, 1],
                             linestyle="none", marker=".", color=color,
                             markersize=4, zorder=5)
        starts.append(arr[0])
    if start and starts:
        st = np.unique(np.array(starts), axis=0)
        added += ax.plot(st[:, 0], st[:, 1], marker="o", markersize=8,
                         color="white", markeredgecolor="black", zorder=6,
                         linestyle="none", label="start")
    ax.set_xlim(*bounds[0])
    ax.set_ylim(*bounds[1])
    if legend:
        handles, labs = ax.get_legend_handles_labels()
        if handles:
            if len(handles) > 5 or legend_outside:
                added.append(ax.legend(loc="upper left",
                                       bbox_to_anchor=(1.02, 1.0),
                                       borderaxespad=0))
            else:
                added.append(ax.legend(loc="best"))
    return added


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


# ---------------------------------------------------------------------------
# digits, a contest's sensitivity, a line fit
# ---------------------------------------------------------------------------


def digit_titles(y_true, y_pred):
    """Each panel's title in :func:`digit_grid`: (text, style) pairs.

    "✓ 7" in blue for a right guess, "✗ 3 (is 8)" in bold vermillion for a
    wrong one (a symbol *and* a colour, so it reads in grey-scale too).

    >>> digit_titles([7, 8], [7, 3])[1][0]
    '✗ 3 (is 8)'
    """
    out = []
    for t, p in zip(np.asarray(y_true).reshape(-1),
                    np.asarray(y_pred).reshape(-1)):
        ok = p == t
        text = f"\u2713 {p}" if ok else f"\u2717 {p} (is {t})"
        out.append((text, {"fontsize": 9, "color": RIGHT if ok else WRONG,
                           "fontweight": "normal" if ok else "bold"}))
    return out


def digit_grid(images, y_true, y_pred, ncols=8, title=None, fig=None,
               size=1.1):
    """Draw digit images with their predicted labels.

    Parameters
    ----------
    images : array_like, shape (k, 64) or (k, 8, 8)
        Raw pixel values (grey levels, e.g. 0..16); dark ink on white.
    y_true, y_pred : array_like of int, shape (k,)
        The true and the predicted digits.
    ncols : int, default 8
        Images per row.
    title : str, optional
        Figure title; the default reports the accuracy on these images.
    fig : matplotlib Figure, optional
        Drawn into this (cleared) figure; a new one is created otherwise.
    size : float, default 1.1
        Inches per image.

    Returns
    -------
    matplotlib Figure
        Each panel's title reads "✓ 7" (right) or "✗ 3 (is 8)" (wrong).
    """
    images = np.asarray(images, dtype=np.float64)
    y_true = np.asarray(y_true).reshape(-1)
    y_pred = np.asarray(y_pred).reshape(-1)
    k = len(images)
    if k == 0:
        raise ValueError("digit_grid needs at least one image")
    if images.shape[1:] not in ((64,), (8, 8)):
        raise ValueError(f"images must have shape (k, 64) or (k, 8, 8), "
                         f"got {images.shape}")
    if len(y_true) != k or len(y_pred) != k:
        raise ValueError(f"need one true and one predicted label per "
                         f"image: {k} images, {len(y_true)} true, "
                         f"{len(y_pred)} predicted labels")
    if not (isinstance(ncols, int) and ncols >= 1):
        raise ValueError(f"ncols must be a positive integer, got {ncols!r}")
    images = images.reshape(k, 8, 8)
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)
    if fig is None:
        fig = _pyplot().figure(figsize=(size * ncols, size * nrows + 0.6),
                         facecolor="white")
    else:
        fig.clf()
    axes = fig.subplots(nrows, ncols, squeeze=False)
    titles = digit_titles(y_true, y_pred)
    for i, ax in enumerate(axes.flat):
        ax.set_axis_off()
        if i >= k:
            continue
        ax.imshow(images[i], cmap="gray_r", vmin=0,
                  vmax=max(16.0, images.max()))
        text, style = titles[i]
        ax.set_title(text, **style)
    acc = float(np.mean(y_pred == y_true))
    fig.suptitle(title if title is not None
                 else f"{int(np.sum(y_pred == y_true))} of {k} right "
                      f"(accuracy {acc:.2f})")
    return fig


def plot_sensitivity(results, key="val_loss", ax=None, title=None,
                     ylabel=None, legend=True):
    """Final loss against η, one line per optimizer, on log-log axes.

    Runs that diverged have no loss: each is drawn as a large ✕ in its
    optimizer's colour on a dotted line near the top of the axes,
    labelled "diverged".

    Parameters
    ----------
    results : list of optlib.train.Result
    key : {"val_loss", "train_loss"}
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    if key not in ("val_loss", "train_loss"):
        raise ValueError(f"key must be 'val_loss' or 'train_loss', got "
                         f"{key!r}")
    ax = _get_ax(ax, figsize=(6.4, 4.4))
    names = list(dict.fromkeys(r.name for r in results))
    finite = [getattr(r, key) for r in results
              if math.isfinite(getattr(r, key))]
    if not finite:
        raise ValueError("every run diverged: nothing to plot")
    top = max(finite) * 4.0
    any_diverged = False
    for i, name in enumerate(names):
        runs = [r for r in results if r.name == name]
        color = PALETTE[i % len(PALETTE)]
        ok = [(r.lr, getattr(r, key)) for r in runs
              if math.isfinite(getattr(r, key))]
        if ok:
            xs, ys = zip(*ok)
            ax.plot(xs, ys, color=color,
                    linestyle=LINESTYLES[i % len(LINESTYLES)],
                    marker=MARKERS[i % len(MARKERS)],
                    markersize=6, label=name)
        bad = [r.lr for r in runs if not math.isfinite(getattr(r, key))]
        if bad:
            any_diverged = True
            ax.plot(bad, [top] * len(bad), linestyle="none", marker="X",
                    markersize=11, color=color, markeredgecolor="black",
                    zorder=5)
    if any_diverged:
        ax.axhline(top, color="black", linestyle=":", linewidth=0.8)
        ax.annotate("✕ = diverged", xy=(0.01, top), xycoords=("axes "
                    "fraction", "data"), xytext=(0, 4),
                    textcoords="offset points", fontsize=9)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("learning rate η (log scale)")
    default = {"val_loss": "final validation loss",
               "train_loss": "final training loss"}[key]
    ax.set_ylabel((ylabel or default) + " (log scale)")
    ax.set_title(title or default.capitalize() + " against η")
    if legend:
        ax.legend(loc="best", fontsize=8)
    return ax


def line_loss(w, x, y, b):
    """L(w) = mean((w x + b − y)²) for an array of slopes w."""
    return np.mean((np.multiply.outer(w, x) + b - y) ** 2, axis=-1)


def draw_line_fit(ax1, ax2, x, y, ws, b, w=None):
    """Draw data (x, y) on ``ax1`` and the curve L(w) over the slopes
    ``ws`` (with the intercept ``b`` fixed) on ``ax2``; with ``w``, also
    the line w x + b and its point on L(w).  Returns the artists that
    depend on ``w`` (a live figure redraws just these)."""

    grid = np.linspace(min(ws), max(ws), 301)
    loss = line_loss(grid, x, y, b)
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
        return draw_line_fit_slope(ax1, ax2, x, y, b, w)
    return []


def draw_line_fit_slope(ax1, ax2, x, y, b, w):
    """The line w x + b on ``ax1`` and its point on L(w) on ``ax2`` (the
    part of :func:`draw_line_fit` that moves with w); returns the artists
    it added."""
    xs = np.array([x.min() - 0.3, x.max() + 0.3])
    added = ax1.plot(xs, w * xs + b, color=PALETTE[1], linestyle="--",
                     label=f"$w = {w:.2f}$")
    added.append(ax1.legend(loc="upper left"))
    added += ax2.plot([w], [line_loss(w, x, y, b)], marker="o",
                      markersize=9, color=PALETTE[1],
                      markeredgecolor="black", linestyle="none",
                      label=f"$w = {w:.2f}$")
    added.append(ax2.legend(loc="upper center"))
    return added


# ---------------------------------------------------------------------------
# The momentum rate map (optlib.rates on a grid of η and μ)
# ---------------------------------------------------------------------------

__all__ += ["rate_map"]


def rate_map(lam_min, lam_max, runs=(), ax=None, title=None, n=300,
             nesterov=True, lr_max=None):
    """Heat map of heavy-ball momentum's rate over (η, μ) for curvatures
    in [λ_min, λ_max], from :func:`optlib.rates.worst_rate`.

    Draws the rate (the error's factor per step, lower is faster) with
    labelled contour lines, the unstable region (rate ≥ 1) in grey with
    its edge η = 2(1 + μ)/λ_max, Nesterov's edge 2(1 + μ)/((1 + 2μ)λ_max)
    (``nesterov=True``), gradient descent (the bottom row, μ = 0) and
    Polyak's optimum (η*, μ*) as a star.  ``runs``: (η, μ, text) triples
    marked with a dot and labelled with ``text`` (e.g. a measured rate;
    ``None`` for no label).  Returns the Axes.

    >>> ax = rate_map(0.2, 20.0, runs=[(0.09, 0.9, "0.949")])
    >>> ax.get_xlabel(), ax.get_ylabel()
    ('learning rate η', 'momentum μ')
    """
    from optlib.rates import optimal_momentum, stability_limit, worst_rate

    lr_star, mu_star, best = optimal_momentum(lam_min, lam_max)
    lr_max = lr_max or 1.1 * stability_limit(1.0, lam_max)
    ax = _get_ax(ax, figsize=(6.4, 5.6))
    lr, mu = np.meshgrid(np.linspace(lr_max / n, lr_max, n),
                         np.linspace(0.0, 0.999, n))
    rate = worst_rate(lr, mu, lam_min, lam_max)
    shown = np.ma.masked_where(rate >= 1, rate)
    import matplotlib

    cmap = matplotlib.colormaps[CMAP].with_extremes(bad="#d9d9d9")
    mesh = ax.pcolormesh(lr, mu, shown, cmap=cmap, vmin=best, vmax=1.0,
                         shading="auto", rasterized=True)
    ax.figure.colorbar(mesh, ax=ax, label="rate per step (lower = faster)",
                       pad=0.02)
    levels = [v for v in (0.85, 0.9, 0.95, 0.98, 0.99) if v > best]
    lines = ax.contour(lr, mu, rate, levels=levels, colors="#303030",
                       linewidths=0.8)
    ax.clabel(lines, fmt="%g", fontsize=10)
    mus = np.linspace(0.0, 0.999, 200)
    ax.plot(stability_limit(mus, lam_max), mus, color="black",
            label=r"edge: $\eta\lambda_{\max} = 2(1 + \mu)$")
    if nesterov:
        ax.plot(stability_limit(mus, lam_max, nesterov=True), mus,
                color=PALETTE[1], linestyle="--",
                label=r"Nesterov's edge: $2(1 + \mu)/(1 + 2\mu)$")
    ax.plot([lr_star], [mu_star], marker="*", markersize=16,
            color=PALETTE[2], markeredgecolor="black", linestyle="none",
            label=f"optimum η* = {lr_star:.3g}, μ* = {mu_star:.3g}")
    for i, (run_lr, run_mu, text) in enumerate(runs):
        ax.plot([run_lr], [run_mu], marker="o", markersize=6,
                color="white", markeredgecolor="black", linestyle="none",
                label="runs (measured rate)" if i == 0 else None)
        if text is not None:
            ax.annotate(text, (run_lr, run_mu), xytext=(6, -4),
                        textcoords="offset points", fontsize=10,
                        color="black",
                        bbox=dict(boxstyle="round,pad=0.15", fc="white",
                                  ec="none", alpha=0.8))
    ax.set(xlim=(0, lr_max), ylim=(0, 1), xlabel="learning rate η",
           ylabel="momentum μ")
    ax.grid(False)
    ax.set_title(title or "Momentum's rate, condition number "
                 f"{lam_max / lam_min:g}")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2,
              fontsize=9, frameon=False)
    return ax
