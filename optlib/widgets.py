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
``matplotlib.figure.Figure`` (:func:`optlib.plots.figure_png`: no pyplot,
no ``Output`` capture), so building the widget needs no display and a
cell that builds one executes at once under nbclient.

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

import math

import numpy as np

from optlib.checks import escape as _esc
from optlib.surfaces import as_surface
from optlib.trajectory import Sweep, sweep

__all__ = ["frames_widget", "sweep_widget", "explore", "render_png",
           "digits_widget", "line_fit_widget"]


def _ipywidgets():
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "optlib.widgets needs ipywidgets: pip install 'ipywidgets>=7.7' "
            "(the static optlib.explorer needs nothing)") from None
    return ipywidgets


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


def render_png(sw, index, title=None, figsize=(6.4, 4.4), dpi=100,
               levels=25, log=None):
    """PNG bytes of run ``index`` of the sweep ``sw``: its paths on the
    contours, drawn by :func:`optlib.plots.plot_paths`.
    """
    from optlib import plots

    run = sw[index]
    names = sw.names
    multi = not (len(names) == 1 and names[0] == "")
    trajs = list(run.trajectories.values())
    labels = ([f"{nm}: {t.message}" for nm, t in zip(names, trajs)]
              if multi else [run.text])

    # one box for every frame, also for a surface without bounds
    surface = as_surface(sw.surface, paths=[
        t.path for r in sw for t in r.trajectories.values()])

    def draw(fig):
        plots.plot_paths(surface, trajs, labels, ax=fig.add_subplot(),
                         title=title or run.text, levels=levels, log=log)

    return plots.figure_png(draw, figsize=figsize, dpi=dpi, colors=64)


def sweep_widget(sw, title=None, initial=None, figsize=(6.4, 4.4),
                 dpi=100, levels=25, log=None):
    """An ipywidgets explorer of a :class:`optlib.trajectory.Sweep`.

    A :func:`frames_widget` over the sweep's labels, with the outcome
    ("lr = 0.05 → converged in 37 steps") and the picture.  The first
    picture is drawn before the widget is returned; the others are drawn
    on demand and cached.

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
    box = frames_widget(
        lambda i: render_png(sw, i, figsize=figsize, dpi=dpi,
                             levels=levels, log=log),
        sw.labels, sw.texts, sw.param, initial=initial % n, title=title,
        description_width="")
    box.sweep = sw
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
    """The ipywidgets twin of :func:`digits_explorer`.

    Same data; each position is drawn by :func:`optlib.plots.digit_grid`.
    """
    from optlib import plots

    images = np.asarray(images, dtype=np.float64)
    k = len(images)
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)

    def render(i):
        return plots.figure_png(
            lambda fig: plots.digit_grid(images, y_true, predictions[i],
                                   ncols=ncols, title=texts[i], fig=fig),
            figsize=(1.1 * ncols, 1.1 * nrows + 0.6))

    return frames_widget(render, labels, texts, param, initial=initial)


def line_fit_widget(x, y, ws, b=1.0, initial=None):
    """A slider over the slope w: the line w x + b and its loss L(w).

    The ipywidgets twin of :func:`optlib.explorer.line_fit_explorer`
    (same slopes, same texts).  ``ws`` are the slider's values; ``b`` is
    held fixed.
    """
    from optlib import plots
    from optlib.explorer import line_fit_args, line_fit_texts

    x, y, ws, initial = line_fit_args(x, y, ws, initial)

    def render(i):
        def draw(fig):
            ax1, ax2 = fig.subplots(1, 2)
            plots.draw_line_fit(ax1, ax2, x, y, ws, b, w=ws[i])
            fig.set_layout_engine("constrained")
        return plots.figure_png(draw, figsize=(9.6, 3.8))

    return frames_widget(render, [f"{w:.2f}" for w in ws],
                         line_fit_texts(x, y, ws, b), "slope w",
                         initial=initial)
