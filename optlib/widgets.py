"""ipywidgets explorers, for readers who run the notebook.

The live counterparts of :mod:`optlib.explorer`: a slider over the same
positions redraws the same picture with matplotlib.  One slider,
:func:`frames_widget`, serves them all:

* :func:`sweep_widget` and :func:`explore`: optimizer paths of a
  :class:`optlib.trajectory.Sweep` (the data of the static explorer);
* :func:`digits_widget`: a model's guesses during training;
* :func:`line_fit_widget`: a line and its loss.

ipywidgets is imported only when a widget is built, so ``import optlib``
stays light; versions 7.7 (Colab's) and 8 both work.  The picture is a
PNG in an ``ipywidgets.Image``, drawn with a bare
``matplotlib.figure.Figure`` (no pyplot, no ``Output`` capture), so
building the widget needs no display and a cell that builds one executes
at once under nbclient.

Every widget draws through one fast path, :class:`LiveFigure`: the parts
that never change (contours, data, the loss curve, digit images) are
drawn once; a new slider position redraws only what moves (paths,
markers, titles, legends) over a saved copy of that background
(matplotlib's blitting) and encodes the PNG.

>>> from optlib import widgets
>>> from optlib.surfaces import bowl
>>> from optlib.optim import SGD
>>> box = widgets.explore(bowl(), lambda p, lr: SGD(p, lr=lr),
...                       [0.05, 0.2, 0.45, 0.55])
>>> box.status.value
'lr = 0.2 → stopped after 100 steps'
>>> box.slider.value = 3                 # the image and the text follow
>>> box.status.value
'lr = 0.55 → diverged at step 76'
"""

from __future__ import annotations

import io
import math

import numpy as np

from optlib.checks import escape as _esc
from optlib.surfaces import as_surface
from optlib.trajectory import Sweep, sweep

__all__ = ["LiveFigure", "frames_widget", "sweep_widget", "explore",
           "render_png", "digits_widget", "line_fit_widget"]


def _ipywidgets():
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "optlib.widgets needs ipywidgets: pip install 'ipywidgets>=7.7' "
            "(the static optlib.explorer needs nothing)") from None
    return ipywidgets


class LiveFigure:
    """A figure drawn once, then redrawn quickly at each slider position.

    ``static(fig)`` draws what never changes.  ``dynamic(fig, i)`` draws
    position ``i`` and returns the artists it touched: new ones (lines,
    legends), removed again after the frame, and the figure's or axes'
    own titles, whose text it may change.  Each frame restores the saved
    background, draws only those artists (``Figure.draw_artist``) and
    encodes the canvas as a PNG: no contour or image is drawn twice.

    Titles are cheap to repeat: the pixels of each title a frame draws
    are kept (per title, text and style), and a later frame that shows
    the same title at the same place pastes them back instead of laying
    out and rasterising the text again.  So a slider position whose
    panel titles appeared before (a digit grid in which few guesses
    change) costs little more than the PNG encoding.

    The layout is fixed once, from position ``initial``, so the picture
    does not jump as titles or legends change.

    >>> from optlib import plots
    >>> from optlib.surfaces import bowl
    >>> live = LiveFigure(lambda fig: plots.contour(bowl(), fig.add_subplot()),
    ...                   lambda fig, i: fig.axes[0].plot([0, i], [0, i]))
    >>> live.png(1)[:4]
    b'\\x89PNG'
    """

    def __init__(self, static, dynamic, figsize=(6.4, 4.4), dpi=100,
                 initial=0):
        import matplotlib as mpl
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from optlib import plots

        self._rc = plots.style()
        self._rc["savefig.bbox"] = "standard"
        self._dynamic = dynamic
        with mpl.rc_context(self._rc):
            fig = Figure(figsize=figsize, dpi=dpi, facecolor="white",
                         layout="constrained")
            self._canvas = FigureCanvasAgg(fig)
            static(fig)
            touched = dynamic(fig, initial)      # room for titles, legends
            fig.draw_without_rendering()         # the layout, no pixels
            fig.set_layout_engine("none")        # the layout stays put
            self._clear(touched)
            self._canvas.draw()
            self._background = self._canvas.copy_from_bbox(fig.bbox)
        self.figure = fig
        self._title_pixels = {}      # title key -> (bbox, pixels)

    @staticmethod
    def _is_title(artist):
        fig = artist.figure
        return (artist is getattr(fig, "_suptitle", None)
                or any(artist is ax.title for ax in fig.axes))

    def _clear(self, touched):
        for a in touched:
            if self._is_title(a):
                a.set_text("")
            else:
                a.remove()

    @staticmethod
    def _title_key(a):
        if not a.get_visible() or not a.get_text():
            return None
        # the font by its hash now: Text.set_* changes its FontProperties
        # in place, so the object itself would not keep this frame's font
        return (id(a), a.get_text(), tuple(a.get_position()),
                hash(a.get_fontproperties()), str(a.get_color()),
                a.get_alpha(), a.get_ha(), a.get_va(), a.get_rotation())

    def _draw_title(self, a, done):
        """Draw the title ``a``, or paste its pixels from an earlier frame;
        ``done`` collects the boxes of this frame's titles (a title that
        overlaps another is drawn, never cached, so no patch holds two)."""
        from matplotlib.transforms import Bbox

        def overlaps(box):
            x0, y0, x1, y1 = box
            return any(x0 < u1 and u0 < x1 and y0 < v1 and v0 < y1
                       for u0, v0, u1, v1 in done)

        key = self._title_key(a)
        if key is None:
            return
        hit = self._title_pixels.get(key)
        if hit is not None and not overlaps(hit[0]):
            box, pixels = hit
            self._canvas.restore_region(pixels)
            done.append(box)
            return
        fig = self.figure
        fig.draw_artist(a)
        ext = a.get_window_extent(self._canvas.get_renderer())
        box = Bbox.intersection(ext.padded(1), fig.bbox)
        if box is None:
            return
        box = tuple(box.extents)
        if not overlaps(box):
            self._title_pixels[key] = (box, self._canvas.copy_from_bbox(
                Bbox.from_extents(*box)))
        done.append(box)

    def png(self, i):
        """PNG bytes of position ``i``."""
        import matplotlib as mpl
        from PIL import Image

        fig, canvas = self.figure, self._canvas
        with mpl.rc_context(self._rc):
            canvas.restore_region(self._background)
            touched = self._dynamic(fig, i)
            # titles first (outside the axes, over the background only),
            # pasted from earlier frames where possible; then the rest
            titles = [a for a in touched if self._is_title(a)]
            done = []
            for a in titles:
                self._draw_title(a, done)
            for a in touched:
                if not self._is_title(a):
                    fig.draw_artist(a)
            rgba = np.asarray(canvas.buffer_rgba())
            self._clear(touched)
        buf = io.BytesIO()
        Image.fromarray(rgba[..., :3]).save(buf, format="png",
                                            compress_level=1)
        return buf.getvalue()


def frames_widget(render, labels, texts, param, initial=0, title=None,
                  description_width="initial"):
    """A slider over precomputed positions, drawn with matplotlib.

    Parameters
    ----------
    render : callable
        ``render(i) -> PNG bytes`` of position ``i`` (cached).
    labels : list of str
        The slider's readout at each position.
    texts : list of str
        The status line at each position.
    param : str
        The slider's description.
    initial : int
        The position shown first (drawn before the widget is returned).
    title : str, optional
        A bold line above the slider.
    description_width : str
        Room for the slider's description (ipywidgets' style).

    Returns
    -------
    ipywidgets.VBox
        With attributes ``slider``, ``status`` and ``image``.
    """
    W = _ipywidgets()
    n = len(labels)
    if n == 0 or len(texts) != n:
        raise ValueError("need one text per label")
    if not (isinstance(initial, int) and 0 <= initial < n):
        raise ValueError(f"initial must be an index into the {n} labels")
    cache = {}

    def png(i):
        if i not in cache:
            cache[i] = render(i)
        return cache[i]

    slider = W.SelectionSlider(
        options=[(str(lab), i) for i, lab in enumerate(labels)],
        value=initial, description=param, continuous_update=False,
        readout=True, layout=W.Layout(width="95%"),
        style={"description_width": description_width})
    status = W.Label(value=texts[initial])
    image = W.Image(value=png(initial), format="png",
                    layout=W.Layout(max_width="100%"))

    def on_change(change):
        i = change["new"]
        image.value = png(i)
        status.value = texts[i]

    slider.observe(on_change, names="value")
    children = [slider, status, image]
    if title:
        children.insert(0, W.HTML(value=f"<b>{_esc(title)}</b>"))
    box = W.VBox(children)
    box.slider, box.status, box.image = slider, status, image
    return box


def _sweep_figure(sw, title=None, figsize=(8.0, 4.4), dpi=100, levels=25,
                  log=None, initial=0):
    """The :class:`LiveFigure` of a sweep: contours once, paths per run."""
    from optlib import plots

    names = sw.names
    multi = not (len(names) == 1 and names[0] == "")

    # one box for every frame, also for a surface without bounds
    surface = as_surface(sw.surface, paths=[
        t.path for r in sw for t in r.trajectories.values()])

    def static(fig):
        # contours and a legend that never changes (the optimizers' names;
        # the outcomes are in the title and the status line)
        ax = fig.add_subplot()
        plots.contour(surface, ax, levels=levels, log=log, title="")
        trajs = list(sw[initial].trajectories.values())
        added = plots.draw_paths(ax, trajs, list(names) if multi else
                                 ["path"], surface.bounds,
                                 legend_outside=True)
        for artist in added[:-1]:               # keep only the legend
            artist.remove()

    def dynamic(fig, i):
        run = sw[i]
        ax = fig.axes[0]
        trajs = list(run.trajectories.values())
        ax.set_title(title or (run.text.split(" → ")[0] if multi
                               else run.text))
        return [ax.title] + plots.draw_paths(ax, trajs, names,
                                             surface.bounds, legend=False)

    return LiveFigure(static, dynamic, figsize=figsize, dpi=dpi,
                      initial=initial)


def render_png(sw, index, title=None, figsize=(8.0, 4.4), dpi=100,
               levels=25, log=None):
    """PNG bytes of run ``index`` of the sweep ``sw``: its paths on the
    contours, as the widget draws them (a one-off :class:`LiveFigure`;
    the widget keeps one and redraws only the paths).
    """
    return _sweep_figure(sw, title, figsize, dpi, levels, log,
                         initial=index).png(index)


def sweep_widget(sw, title=None, initial=None, figsize=(8.0, 4.4),
                 dpi=100, levels=25, log=None):
    """An ipywidgets explorer of a :class:`optlib.trajectory.Sweep`.

    A :func:`frames_widget` over the sweep's labels, with the outcome
    ("lr = 0.05 → converged in 37 steps") and the picture.  The contours
    are drawn once (:class:`LiveFigure`); each position draws its paths
    on demand, and is cached.

    Returns
    -------
    ipywidgets.VBox
        With extra attributes ``sweep`` (the Sweep drawn), ``slider``,
        ``status`` and ``image``.
    """
    if not isinstance(sw, Sweep):
        raise TypeError("sweep_widget needs a Sweep from "
                        "optlib.trajectory.sweep")
    n = len(sw)
    if initial is None:
        initial = (n - 1) // 2
    if not (isinstance(initial, int) and -n <= initial < n):
        raise ValueError(f"initial must be an index into the {n} values")
    live = _sweep_figure(sw, title, figsize, dpi, levels, log,
                         initial=initial % n)
    box = frames_widget(live.png, sw.labels, sw.texts, sw.param,
                        initial=initial % n, title=title,
                        description_width="")
    box.sweep = sw
    box.figure = live
    return box


def explore(surface, make_optimizer, values, x0=None, steps=100,
            param="lr", grad_fn=None, labels=None, title=None,
            initial=None, tol=1e-6, max_norm=1e6, seed=0,
            make_grad_fn=None, **widget_kw):
    """The ipywidgets twin of :func:`optlib.explorer.explore`.

    Same arguments; runs :func:`optlib.trajectory.sweep` and returns
    :func:`sweep_widget` of it.
    """
    sw = sweep(surface, make_optimizer, values, x0=x0, steps=steps,
               param=param, grad_fn=grad_fn, labels=labels, tol=tol,
               max_norm=max_norm, seed=seed, make_grad_fn=make_grad_fn)
    return sweep_widget(sw, title=title, initial=initial, **widget_kw)


def digits_widget(images, y_true, predictions, labels, texts,
                  param="steps", initial=0, ncols=8):
    """The ipywidgets twin of :func:`optlib.explorer.digits_explorer`.

    Same data, drawn as :func:`optlib.plots.digit_grid` draws it: the
    images once, the guesses (panel titles) and the heading per position.
    """
    from optlib import plots

    images = np.asarray(images, dtype=np.float64)
    k = len(images)
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)

    def static(fig):
        plots.digit_grid(images, y_true, predictions[initial], ncols=ncols,
                         title=texts[initial], fig=fig)

    def dynamic(fig, i):
        scratch = plots.digit_titles(y_true, predictions[i])
        touched = []
        for ax, (text, style) in zip(fig.axes, scratch):
            # what ax.set_title(text, **style) sets, without re-applying
            # the defaults that digit_grid's own set_title already did
            ax.title.set(text=text, **style)
            touched.append(ax.title)
        touched.append(fig.suptitle(texts[i]))
        return touched

    live = LiveFigure(static, dynamic, figsize=(1.1 * ncols,
                                                1.1 * nrows + 0.6),
                      initial=initial)
    box = frames_widget(live.png, labels, texts, param, initial=initial)
    box.figure = live
    return box


def line_fit_widget(x, y, ws, b=1.0, initial=None):
    """A slider over the slope w: the line w x + b and its loss L(w).

    The ipywidgets twin of :func:`optlib.explorer.line_fit_explorer`
    (same slopes, same texts).  ``ws`` are the slider's values; ``b`` is
    held fixed.  The data and the loss curve are drawn once; each slope
    draws its line and its point on L(w).
    """
    from optlib import plots
    from optlib.explorer import line_fit_args, line_fit_texts

    x, y, ws, initial = line_fit_args(x, y, ws, initial)

    def static(fig):
        ax1, ax2 = fig.subplots(1, 2)
        plots.draw_line_fit(ax1, ax2, x, y, ws, b)

    def dynamic(fig, i):
        ax1, ax2 = fig.axes[:2]
        return plots.draw_line_fit_slope(ax1, ax2, x, y, b, ws[i])

    live = LiveFigure(static, dynamic, figsize=(9.6, 3.8), initial=initial)
    box = frames_widget(live.png, [f"{w:.2f}" for w in ws],
                        line_fit_texts(x, y, ws, b), "slope w",
                        initial=initial)
    box.figure = live
    return box
