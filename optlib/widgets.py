"""ipywidgets explorers, for readers who run the notebook.

The live counterpart of :mod:`optlib.explorer`: a slider over the same
hyperparameter values redraws the same paths with matplotlib.  Both call
:func:`optlib.explorer.sweep`, so the static page and the notebook show
the same runs.

ipywidgets is imported only when a widget is built, so ``import optlib``
stays light.  The picture is a PNG in an ``ipywidgets.Image``, drawn with
a bare ``matplotlib.figure.Figure`` (no pyplot, no inline backend, no
``Output`` capture), so building the widget needs no display and a cell
that builds one executes at once under nbclient.

>>> from optlib import widgets                       # doctest: +SKIP
>>> from optlib.functions import bowl                # doctest: +SKIP
>>> from optlib.optim import SGD                     # doctest: +SKIP
>>> widgets.explore(bowl(), lambda p, lr: SGD(p, lr=lr),
...                 [0.05, 0.2, 0.45, 0.55])         # doctest: +SKIP
"""

from __future__ import annotations

import io

from optlib import explorer as _explorer

__all__ = ["explore", "sweep_widget", "render_png"]


def _ipywidgets():
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "optlib.widgets needs ipywidgets: pip install 'ipywidgets>=8' "
            "(the static optlib.explorer needs nothing)") from None
    return ipywidgets


def render_png(sw, index, title=None, figsize=(6.4, 4.4), dpi=100,
               levels=25, log=None):
    """PNG bytes of run ``index`` of the sweep ``sw``: its paths on the
    contours, drawn by :func:`optlib.plots.plot_paths`.
    """
    import matplotlib as mpl
    from matplotlib.figure import Figure

    from optlib import plots

    run = sw[index]
    names = sw.names
    multi = not (len(names) == 1 and names[0] == "")
    trajs = list(run.trajectories.values())
    labels = ([f"{nm}: {t.message}" for nm, t in zip(names, trajs)]
              if multi else [run.text])
    with mpl.rc_context(plots.style()):
        fig = Figure(figsize=figsize, dpi=dpi, facecolor="white")
        ax = fig.add_subplot()
        plots.plot_paths(sw.surface, trajs, labels, ax=ax,
                         title=title or run.text, levels=levels, log=log)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    bbox_inches="tight", metadata={"Software": None})
    return _explorer._quantize(buf.getvalue(), 64)


def sweep_widget(sw, title=None, initial=None, figsize=(6.4, 4.4),
                 dpi=100, levels=25, log=None):
    """An ipywidgets explorer of a :class:`optlib.explorer.Sweep`.

    A ``SelectionSlider`` over the sweep's labels, a label with the
    outcome ("lr = 0.05 → converged in 37 steps") and the picture.  The
    first picture is drawn before the widget is returned; the others are
    drawn on demand and cached.

    Returns
    -------
    ipywidgets.VBox
        With extra attributes ``sweep`` (the Sweep drawn), ``slider``,
        ``status`` and ``image``.
    """
    W = _ipywidgets()
    if not isinstance(sw, _explorer.Sweep):
        raise TypeError("sweep_widget needs a Sweep from "
                        "optlib.explorer.sweep")
    n = len(sw)
    if initial is None:
        initial = (n - 1) // 2
    if not (isinstance(initial, int) and -n <= initial < n):
        raise ValueError(f"initial must be an index into the {n} values")
    initial %= n
    cache = {}

    def png(i):
        if i not in cache:
            cache[i] = render_png(sw, i, figsize=figsize, dpi=dpi,
                                  levels=levels, log=log)
        return cache[i]

    slider = W.SelectionSlider(
        options=[(lab, i) for i, lab in enumerate(sw.labels)],
        value=initial, description=sw.param, continuous_update=False,
        readout=True, layout=W.Layout(width="95%"))
    status = W.Label(value=sw[initial].text)
    image = W.Image(value=png(initial), format="png",
                    layout=W.Layout(max_width="100%"))

    def on_change(change):
        i = change["new"]
        image.value = png(i)
        status.value = sw[i].text

    slider.observe(on_change, names="value")
    children = [slider, status, image]
    if title:
        children.insert(0, W.HTML(value=f"<b>{title}</b>"))
    box = W.VBox(children)
    box.sweep, box.slider, box.status, box.image = sw, slider, status, image
    return box


def explore(surface, make_optimizer, values, x0=None, steps=100,
            param="lr", grad_fn=None, labels=None, title=None,
            initial=None, tol=1e-6, max_norm=1e6, seed=0,
            make_grad_fn=None, **widget_kw):
    """The ipywidgets twin of :func:`optlib.explorer.explore`.

    Same arguments; runs :func:`optlib.explorer.sweep` and returns
    :func:`sweep_widget` of it.
    """
    sw = _explorer.sweep(surface, make_optimizer, values, x0=x0,
                         steps=steps, param=param, grad_fn=grad_fn,
                         labels=labels, tol=tol, max_norm=max_norm,
                         seed=seed, make_grad_fn=make_grad_fn)
    return sweep_widget(sw, title=title, initial=initial, **widget_kw)
