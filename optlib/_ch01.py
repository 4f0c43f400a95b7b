"""Helpers for chapter 1: pictures of digits with a model's guesses.

:func:`digit_grid` draws a few 8×8 digit images with the label a model
predicts for each, marking right and wrong guesses by a symbol *and* a
colour (✓ / ✗), so the figure reads in grey-scale too.

Chapters 1 and 2 also need sliders over things that are not paths on a
2-D surface (training time, a single weight), which
:mod:`optlib.explorer` does not cover.  Two small general pieces serve
them:

* :class:`FrameExplorer`: static HTML (no kernel) showing one of several
  precomputed SVG groups, chosen by a range input;
* :func:`frames_widget`: its ipywidgets twin, redrawing a matplotlib
  picture for each position.

:func:`digits_explorer` and :func:`digits_widget` use them for the
network's guesses during training.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["digit_grid", "digits_explorer", "digits_widget", "FrameExplorer",
           "frames_widget", "figure_png"]

_RIGHT = "#0072B2"   # Okabe-Ito blue
_WRONG = "#D55E00"   # Okabe-Ito vermillion


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
    import matplotlib.pyplot as plt

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
        fig = plt.figure(figsize=(size * ncols, size * nrows + 0.6),
                         facecolor="white")
    else:
        fig.clf()
    axes = fig.subplots(nrows, ncols, squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.set_axis_off()
        if i >= k:
            continue
        ax.imshow(images[i], cmap="gray_r", vmin=0,
                  vmax=max(16.0, images.max()))
        ok = y_pred[i] == y_true[i]
        text = (f"\u2713 {y_pred[i]}" if ok
                else f"\u2717 {y_pred[i]} (is {y_true[i]})")
        ax.set_title(text, fontsize=9, color=_RIGHT if ok else _WRONG,
                     fontweight="normal" if ok else "bold")
    acc = float(np.mean(y_pred == y_true))
    fig.suptitle(title if title is not None
                 else f"{int(np.sum(y_pred == y_true))} of {k} right "
                      f"(accuracy {acc:.2f})")
    return fig


# ---------------------------------------------------------------------------
# A static slider over precomputed frames (works with no kernel)
# ---------------------------------------------------------------------------

_FRAME_JS = """(function(){
var id=%(id)s,root=document.getElementById(id);
if(!root||root.getAttribute("data-ready"))return;
root.setAttribute("data-ready","1");
var T=JSON.parse(document.getElementById(id+"-data").textContent);
var r=document.getElementById(id+"-range"),
o=document.getElementById(id+"-out"),
G=root.querySelectorAll("g[data-frame]");
function show(i){for(var k=0;k<G.length;k++)
G[k].style.display=(k===i)?"":"none";
o.textContent=T[i];r.setAttribute("aria-valuetext",T[i]);}
r.addEventListener("input",function(){show(+r.value);});
r.addEventListener("change",function(){show(+r.value);});
show(+r.value);
})();"""

_USED_IDS = {}


def _esc(text):
    import html
    return html.escape(str(text), quote=True)


class FrameExplorer:
    """A slider over precomputed pictures, as self-contained HTML.

    The picture is one SVG: a fixed background (``base_svg``, e.g. an
    inline PNG drawn by matplotlib) and one SVG group per slider position
    (``frames``), of which exactly one is visible.  A plain
    ``<input type="range">`` (keyboard-accessible) switches the groups and
    a live ``<output>`` shows the text of the position.  A table in a
    ``<details>`` element lists every position as text.  No kernel, no
    network: it works on a static web page.  Element ids come from a hash
    of the content, so the same input gives byte-identical HTML.

    Parameters
    ----------
    base_svg : str
        SVG elements drawn under every frame.
    frames : list of str
        SVG elements of each slider position.
    texts : list of str
        What the output line says at each position.
    width, height : int
        Size of the SVG in pixels (it scales down on narrow screens).
    param : str
        The slider's label.
    title, caption : str
        Shown above and below the picture.
    initial : int
        The position shown first.
    alt : str
        A text description of the picture, for screen readers.
    """

    def __init__(self, base_svg, frames, texts, width, height, param,
                 title, caption="", initial=0, alt=""):
        import hashlib
        import json

        frames, texts = list(frames), [str(t) for t in texts]
        n = len(frames)
        if n == 0 or len(texts) != n:
            raise ValueError(f"need one text per frame: {n} frames, "
                             f"{len(texts)} texts")
        if not (isinstance(initial, int) and 0 <= initial < n):
            raise ValueError(f"initial must be an index into the {n} "
                             f"frames, got {initial!r}")
        self.frames, self.texts, self.initial = frames, texts, initial
        self.width, self.height = int(width), int(height)
        self.base_svg, self.param = base_svg, param
        self.title, self.caption, self.alt = title, caption, alt
        self._json = json.dumps(texts, ensure_ascii=True).replace(
            "<", "\\u003c").replace(">", "\\u003e").replace(
            "&", "\\u0026")
        digest = hashlib.sha256("".join(
            [base_svg, title, caption, self._json] + frames).encode()
            ).hexdigest()[:12]
        base = f"optlib-fx-{digest}"
        count = _USED_IDS.get(base, 0)
        _USED_IDS[base] = count + 1
        self.id = base if count == 0 else f"{base}-{count}"
        self._html = None

    def to_html(self):
        """The explorer as an HTML fragment (a ``<figure>`` element)."""
        if self._html is None:
            self._html = self._build()
        return self._html

    def _repr_html_(self):
        return self.to_html()

    def __repr__(self):
        return (f"<FrameExplorer {self.id}: {self.title} "
                f"({len(self.frames)} positions)>")

    def _build(self):
        import json

        uid, W, H, i0 = self.id, self.width, self.height, self.initial
        p = []
        a = p.append
        a(f'<figure class="optlib-explorer" id="{uid}" style="margin:1em 0;'
          f'padding:8px;max-width:{W + 16}px;background:#fff;color:#111;'
          'border:1px solid #ccc;border-radius:4px;font-family:sans-serif;'
          'font-size:14px;line-height:1.4">')
        a(f'<div style="font-weight:bold;margin-bottom:4px">'
          f'{_esc(self.title)}</div>')
        a(f'<svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
          'style="display:block;width:100%;height:auto;max-width:'
          f'{W}px" role="img" aria-label="{_esc(self.alt)}" '
          f'aria-describedby="{uid}-out" '
          'xmlns="http://www.w3.org/2000/svg" '
          'xmlns:xlink="http://www.w3.org/1999/xlink">')
        a(self.base_svg)
        for i, fr in enumerate(self.frames):
            hide = "" if i == i0 else ' style="display:none"'
            a(f'<g data-frame="{i}"{hide}>{fr}</g>')
        a('</svg>')
        n = len(self.frames)
        a('<div style="margin-top:6px;display:flex;flex-wrap:wrap;'
          'align-items:center;gap:8px">')
        a(f'<label for="{uid}-range" style="font-weight:bold">'
          f'{_esc(self.param)}</label>')
        a(f'<input type="range" id="{uid}-range" min="0" max="{n - 1}" '
          f'step="1" value="{i0}" '
          f'aria-valuetext="{_esc(self.texts[i0])}" '
          'style="flex:1 1 200px;min-width:150px;accent-color:#0072B2">')
        a('</div>')
        a(f'<output id="{uid}-out" for="{uid}-range" aria-live="polite" '
          'style="display:block;min-height:1.5em;font-family:monospace;'
          f'margin:2px 0">{_esc(self.texts[i0])}</output>')
        a('<figcaption style="margin-top:6px">')
        if self.caption:
            a(f'<div>{_esc(self.caption)}</div>')
        a('<details><summary>All positions (table)</summary>'
          '<ul style="font-size:13px;margin:4px 0">')
        for t in self.texts:
            a(f'<li>{_esc(t)}</li>')
        a('</ul></details></figcaption>')
        a(f'<script type="application/json" id="{uid}-data">'
          f'{self._json}</script>')
        a(f'<script>{_FRAME_JS % {"id": json.dumps(uid)}}</script>')
        a('</figure>')
        return "".join(p)


def _png_data_uri(gray):
    """An 8-bit grey-level image (array, 0 = black) as a PNG data URI."""
    import base64
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.asarray(gray, dtype=np.uint8)).save(
        buf, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(
        buf.getvalue()).decode("ascii")


def digits_explorer(images, y_true, predictions, texts, param="epochs",
                    ncols=8, title="The network's guesses during training",
                    caption="", initial=0):
    """A static slider over training time showing a model's guesses.

    Parameters
    ----------
    images : array_like, shape (k, 64)
        Raw digit images (grey levels 0..16).
    y_true : array_like, shape (k,)
        The true digits.
    predictions : list of arrays, each shape (k,)
        The model's guesses at every slider position (e.g. after 0, 1,
        2, ... epochs).
    texts : list of str
        One line per position, e.g. "after 2 epochs: test accuracy 0.93".
    param, ncols, title, caption, initial
        As in :class:`FrameExplorer`.

    Returns
    -------
    FrameExplorer
        Each image is titled "✓ 7" or "✗ 3 (is 8)", in blue or bold
        vermillion, as in :func:`digit_grid`.
    """
    images = np.asarray(images, dtype=np.float64)
    y_true = np.asarray(y_true).reshape(-1)
    k = len(images)
    if images.shape != (k, 64) or len(y_true) != k or k == 0:
        raise ValueError("images must have shape (k, 64) with k >= 1 and "
                         "one true label each")
    preds = [np.asarray(p).reshape(-1) for p in predictions]
    if any(len(p) != k for p in preds):
        raise ValueError("every entry of predictions needs one guess per "
                         "image")
    cw, ch, scale = 80, 96, 7            # cell size, pixels per image pixel
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)
    W, H = cw * ncols, ch * nrows
    canvas = np.full((H, W), 255.0)
    vmax = max(16.0, images.max())
    for i in range(k):
        r, c = divmod(i, ncols)
        tile = 255.0 * (1 - images[i].reshape(8, 8) / vmax)
        tile = np.kron(tile, np.ones((scale, scale)))
        y0, x0 = r * ch + 30, c * cw + (cw - 8 * scale) // 2
        canvas[y0:y0 + 8 * scale, x0:x0 + 8 * scale] = tile
    base = (f'<image x="0" y="0" width="{W}" height="{H}" '
            f'href="{_png_data_uri(canvas.round())}"/>')
    frames = []
    for p in preds:
        parts = []
        for i in range(k):
            r, c = divmod(i, ncols)
            ok = p[i] == y_true[i]
            text = (f"\u2713 {p[i]}" if ok
                    else f"\u2717 {p[i]} (is {y_true[i]})")
            style = (f'fill="{_RIGHT}"' if ok
                     else f'fill="{_WRONG}" font-weight="bold"')
            parts.append(f'<text x="{c * cw + cw // 2}" y="{r * ch + 22}" '
                         f'text-anchor="middle" font-size="13" '
                         f'font-family="sans-serif" {style}>'
                         f'{_esc(text)}</text>')
        frames.append("".join(parts))
    alt = (f"A grid of {k} handwritten digit images, each titled with the "
           "model's guess: a tick and the digit when right, a cross, the "
           "guess and the true digit when wrong. The slider changes the "
           "guesses.")
    return FrameExplorer(base, frames, texts, W, H, param, title,
                         caption=caption, initial=initial, alt=alt)


# ---------------------------------------------------------------------------
# The ipywidgets twin: the same positions, drawn live with matplotlib
# ---------------------------------------------------------------------------


def figure_png(draw, figsize=(6.4, 4.4), dpi=100):
    """PNG bytes of a bare matplotlib Figure drawn by ``draw(fig)``.

    No pyplot, so nothing is displayed twice in a notebook.
    """
    import io

    import matplotlib as mpl
    from matplotlib.figure import Figure

    from optlib import plots

    with mpl.rc_context(plots.style()):
        fig = Figure(figsize=figsize, dpi=dpi, facecolor="white")
        draw(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def frames_widget(render, labels, texts, param, initial=0, title=None):
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

    Returns
    -------
    ipywidgets.VBox
        With attributes ``slider``, ``status`` and ``image``.
    """
    import ipywidgets as W

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
        style={"description_width": "initial"})
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


def digits_widget(images, y_true, predictions, labels, texts,
                  param="steps", initial=0, ncols=8):
    """The ipywidgets twin of :func:`digits_explorer`.

    Same data; each position is drawn by :func:`digit_grid`.
    """
    images = np.asarray(images, dtype=np.float64)
    k = len(images)
    ncols = min(ncols, k)
    nrows = math.ceil(k / ncols)

    def render(i):
        return figure_png(
            lambda fig: digit_grid(images, y_true, predictions[i],
                                   ncols=ncols, title=texts[i], fig=fig),
            figsize=(1.1 * ncols, 1.1 * nrows + 0.6))

    return frames_widget(render, labels, texts, param, initial=initial)
