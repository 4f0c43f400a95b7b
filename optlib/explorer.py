"""Self-contained HTML explorers: turn a knob, watch what changes.

Every static explorer of the course is a slider over a few precomputed
positions, written as one piece of HTML that needs no kernel, no network
and no library: it works on the static book page as well as in
JupyterLab.  All of them share one template (:class:`SliderFigure`) and
one small script:

* a picture: an inline PNG drawn once, with SVG on top;
* a plain ``<input type="range">`` (keyboard-accessible) and a live
  ``<output>`` line ("lr = 0.05 → converged in 37 steps");
* a text alternative: a caption and a table of every position.

Two kinds of pictures fill it:

* :class:`Explorer` (and :func:`explore`): optimizer paths of a
  :class:`optlib.trajectory.Sweep` over contours, drawn from JSON;
* :class:`FrameExplorer`: one precomputed SVG group per position (used
  by :func:`digits_explorer` and :func:`line_fit_explorer`).

Element ids are a hash of the data (the sweep's paths and texts, never
the PNG bytes), so the same data gives the same ids and the same text
output with any matplotlib.  The ipywidgets explorers
(:mod:`optlib.widgets`) draw from the same sweeps.

>>> from optlib import explorer
>>> from optlib.surfaces import bowl
>>> from optlib.optim import SGD
>>> ex = explorer.explore(bowl(), lambda p, lr: SGD(p, lr=lr),
...                       [0.05, 0.2, 0.45, 0.55], steps=100)
>>> ex.sweep[3].text
'lr = 0.55 → diverged at step 76'
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import numbers

import numpy as np

from optlib.checks import as_1d, escape as _esc
from optlib.surfaces import as_surface
from optlib.trajectory import Sweep, sweep

__all__ = ["SliderFigure", "Explorer", "explore", "FrameExplorer",
           "digits_explorer", "line_fit_explorer", "line_fit_texts",
           "line_fit_args", "simplify",
           "SVG_DASHES"]

#: SVG ``stroke-dasharray`` patterns matching ``optlib.plots.LINESTYLES``.
SVG_DASHES = ["", "9 4", "9 3 2 3", "2 3", "6 2", "3 1 1 1 1 1", "1 3",
              "8 2 2 2"]

#: SVG shapes of the end markers, matching ``optlib.plots.MARKERS``
#: (circle, square, triangle, diamond, down-triangle, plus, cross, star),
#: as path data around (0, 0) of radius about 5.
_SVG_MARKERS = [
    "M5,0A5,5 0 1 1 -5,0A5,5 0 1 1 5,0Z",
    "M-4.5,-4.5H4.5V4.5H-4.5Z",
    "M0,-5.5L5,4L-5,4Z",
    "M0,-6L5,0L0,6L-5,0Z",
    "M0,5.5L5,-4L-5,-4Z",
    "M-1.7,-5H1.7V-1.7H5V1.7H1.7V5H-1.7V1.7H-5V-1.7H-1.7Z",
    "M-5,-3L-3,-5L0,-2L3,-5L5,-3L2,0L5,3L3,5L0,2L-3,5L-5,3L-2,0Z",
    "M0,-6L1.6,-2L6,-2L2.5,0.8L3.7,5.5L0,2.8L-3.7,5.5L-2.5,0.8L-6,-2"
    "L-1.6,-2Z",
]


# ---------------------------------------------------------------------------
# paths → compact JSON
# ---------------------------------------------------------------------------


def _decimals(bounds):
    """Digits after the point so that rounding errs by < 1e-4 of the box."""
    span = min(bounds[0][1] - bounds[0][0], bounds[1][1] - bounds[1][0])
    return max(0, int(math.ceil(-math.log10(span * 1e-4))))


def simplify(path, bounds, tol_px=0.4, size_px=(640, 440), max_points=400):
    """The points of ``path`` worth drawing, as a subsequence of its rows.

    * Non-finite rows are dropped; the path is cut after the first point
      that lies farther than one box width outside the plot box (a run
      that diverged: everything after it is off the picture).
    * A point is kept when it lies more than ``tol_px`` pixels (at the
      picture size ``size_px``) from the last kept point; the first and
      last points are always kept.  Zig-zags survive; slow crawls near a
      minimum collapse to a few points.
    * If more than ``max_points`` remain, the tolerance doubles until they
      fit.

    Returns
    -------
    ndarray of int
        The indices of the kept rows.
    """
    arr = np.asarray(path, dtype=np.float64)
    (x0, x1), (y0, y1) = bounds
    wx, wy = x1 - x0, y1 - y0
    finite = np.isfinite(arr).all(axis=1)
    idx = np.flatnonzero(finite)
    if idx.size == 0:
        return idx
    far = ((arr[idx, 0] < x0 - wx) | (arr[idx, 0] > x1 + wx)
           | (arr[idx, 1] < y0 - wy) | (arr[idx, 1] > y1 + wy))
    if far.any():
        idx = idx[:np.argmax(far) + 1]
    # coordinates in pixels
    px = (arr[idx, 0] - x0) / wx * size_px[0]
    py = (arr[idx, 1] - y0) / wy * size_px[1]
    tol = tol_px
    while True:
        keep = [0]
        lx, ly = px[0], py[0]
        for j in range(1, len(idx) - 1):
            if math.hypot(px[j] - lx, py[j] - ly) > tol:
                keep.append(j)
                lx, ly = px[j], py[j]
        if len(idx) > 1:
            keep.append(len(idx) - 1)
        if len(keep) <= max_points:
            return idx[keep]
        tol *= 2


def _pull_in(points, bounds):
    """Move a last point that flew off the picture back along its segment.

    The last segment of a diverged run may end at 1e6 or beyond; it is
    shortened, in the same direction, to end two box sizes outside the
    box, so the drawn part is unchanged and the numbers stay small.
    """
    pts = np.array(points, dtype=np.float64)
    if len(pts) < 2:
        return pts
    (x0, x1), (y0, y1) = bounds
    wx, wy = x1 - x0, y1 - y0
    lo = np.array([x0 - 2 * wx, y0 - 2 * wy])
    hi = np.array([x1 + 2 * wx, y1 + 2 * wy])
    a, b = pts[-2], pts[-1]
    if np.all((b >= lo) & (b <= hi)):
        return pts
    d = b - a
    with np.errstate(divide="ignore", invalid="ignore"):
        s_hi = np.where(d > 0, (hi - a) / d, np.inf)
        s_lo = np.where(d < 0, (lo - a) / d, np.inf)
    s = float(min(1.0, s_hi.min(), s_lo.min()))
    pts[-1] = a + max(s, 0.0) * d
    return pts


def _flat(points, decimals):
    out = []
    for x, y in points:
        out.append(round(float(x), decimals))
        out.append(round(float(y), decimals))
    # -0.0 → 0.0 keeps the JSON short and stable
    return [0.0 if v == 0 else v for v in out]


def _json_script(data):
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True,
                      sort_keys=True)
    # nothing in the JSON may close the <script> element
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


# ---------------------------------------------------------------------------
# the one template
# ---------------------------------------------------------------------------

_USED_IDS = {}


def _unique_id(prefix, *parts):
    """``prefix-<hash of parts>``; a repeat in one session gets ``-1``, ...

    The hash covers data only (texts, coordinates), never image bytes.
    """
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:12]
    base = f"{prefix}-{digest}"
    count = _USED_IDS.get(base, 0)
    _USED_IDS[base] = count + 1
    return base if count == 0 else f"{base}-{count}"


def _png_uri(png):
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


# (no "<" or "&" in the script, so the fragment is also well-formed XML).
# It shows position i: the SVG group data-frame=i (frame explorers), the
# paths of D.runs[i] (path explorers), and the text of D.runs[i].
_JS = """(function(){
var id=%(id)s,root=document.getElementById(id);
if(!root||root.getAttribute("data-ready"))return;
root.setAttribute("data-ready","1");
var D=JSON.parse(document.getElementById(id+"-data").textContent);
var r=document.getElementById(id+"-range"),
o=document.getElementById(id+"-out"),
F=root.querySelectorAll("g[data-frame]"),
L=root.querySelectorAll("polyline[data-k]"),
E=root.querySelectorAll("use[data-k]"),
b=D.box,xl=D.xlim,yl=D.ylim;
function px(x){return(b[0]+(x-xl[0])/(xl[1]-xl[0])*b[2]).toFixed(1);}
function py(y){return(b[1]+(yl[1]-y)/(yl[1]-yl[0])*b[3]).toFixed(1);}
function show(i){var run=D.runs[i];
for(var f=0;F.length>f;f++)F[f].style.display=(f===i)?"":"none";
for(var k=0;L.length>k;k++){var p=run.paths[k],s=[];
for(var j=0;p.length>j+1;j+=2)s.push(px(p[j])+","+py(p[j+1]));
L[k].setAttribute("points",s.join(" "));
var n=p.length;if(n>1){E[k].setAttribute("x",px(p[n-2]));
E[k].setAttribute("y",py(p[n-1]));E[k].style.display="";}
else E[k].style.display="none";}
o.textContent=run.text;r.setAttribute("aria-valuetext",run.text);}
r.addEventListener("input",function(){show(+r.value);});
r.addEventListener("change",function(){show(+r.value);});
show(+r.value);
})();"""


class SliderFigure:
    """The template every static explorer fills: a picture and a slider.

    Subclasses set ``id``, ``title``, ``caption``, ``param``, ``initial``,
    ``width`` and ``_data`` (a dict with ``runs``: one dict per position
    holding at least its ``text``), and define ``_picture()`` (the HTML
    of the picture), ``_table()`` (the rows of the text alternative) and
    optionally ``_legend()`` and ``_ends()`` (labels at both ends of the
    slider).  ``to_html()`` assembles the fragment once.
    """

    _html = None

    def to_html(self):
        """The explorer as an HTML fragment (a ``<figure>`` element)."""
        if self._html is None:
            self._html = self._assemble()
        return self._html

    def _repr_html_(self):
        return self.to_html()

    def save(self, path):
        """Write a stand-alone HTML page holding the explorer."""
        page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset="
                "\"utf-8\"><title>" + _esc(self.title) + "</title></head>"
                "<body>\n" + self.to_html() + "\n</body></html>\n")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(page)
        return path

    @property
    def texts(self):
        """The output line of every position."""
        return [run["text"] for run in self._data["runs"]]

    def _legend(self):
        return ""

    def _ends(self):
        return None

    def _assemble(self):
        uid, i0, W = self.id, self.initial, self.width
        texts = self.texts
        n = len(texts)
        p = []
        a = p.append
        a(f'<figure class="optlib-explorer" id="{uid}" style="margin:1em 0;'
          f'padding:8px;max-width:{W + 16}px;background:#fff;color:#111;'
          'border:1px solid #ccc;border-radius:4px;font-family:sans-serif;'
          'font-size:14px;line-height:1.4">')
        a(f'<div style="font-weight:bold;margin-bottom:4px">'
          f'{_esc(self.title)}</div>')
        a(self._picture())
        a('<div style="margin-top:6px;display:flex;flex-wrap:wrap;'
          'align-items:center;gap:8px">')
        a(f'<label for="{uid}-range" style="font-weight:bold">'
          f'{_esc(self.param)}</label>')
        ends = self._ends()
        end = ('<span aria-hidden="true" style="font-size:12px;'
               'color:#444">{}</span>')
        if ends:
            a(end.format(_esc(ends[0])))
        a(f'<input type="range" id="{uid}-range" min="0" max="{n - 1}" '
          f'step="1" value="{i0}" aria-valuetext="{_esc(texts[i0])}" '
          f'aria-describedby="{uid}-out" '
          'style="flex:1 1 200px;min-width:150px;accent-color:#0072B2"/>')
        if ends:
            a(end.format(_esc(ends[1])))
        a('</div>')
        a(f'<output id="{uid}-out" for="{uid}-range" aria-live="polite" '
          'style="display:block;min-height:2.8em;font-family:monospace;'
          f'margin:2px 0">{_esc(texts[i0])}</output>')
        a(self._legend())
        a('<figcaption style="margin-top:6px">')
        if self.caption:
            a(f'<div>{_esc(self.caption)}</div>')
        a(self._table())
        a('</figcaption>')
        a(f'<script type="application/json" id="{uid}-data">'
          f'{_json_script(self._data)}</script>')
        a(f'<script>{_JS % {"id": json.dumps(uid)}}</script>')
        a('</figure>')
        return "".join(p)


# ---------------------------------------------------------------------------
# optimizer paths over contours
# ---------------------------------------------------------------------------


def _background_png(surface, width, height, dpi, levels, log, title,
                    colors=None):
    """The contour picture (PNG bytes) and the plot box in its pixels."""
    from optlib import plots

    box = []

    def draw(fig):
        ax = fig.add_axes([0.11, 0.12, 0.86, 0.8])
        plots.contour(surface, ax=ax, levels=levels, log=log, title=title)
        fig.canvas.draw()
        bb = ax.get_window_extent()
        box.extend([round(bb.x0, 2), round(height - bb.y1, 2),
                    round(bb.width, 2), round(bb.height, 2)])

    png = plots.figure_png(draw, figsize=(width / dpi, height / dpi),
                           dpi=dpi, tight=False, colors=colors)
    return png, box


class Explorer(SliderFigure):
    """A self-contained HTML explorer of a :class:`Sweep`.

    Parameters
    ----------
    sweep : Sweep
        From :func:`optlib.trajectory.sweep`.
    title : str, optional
        Shown above the plot; defaults to the surface and the parameter.
    caption : str, optional
        A sentence under the plot (what to look for).
    initial : int, optional
        Index of the value shown first (default: the middle one).
    width, height, dpi : int
        Size of the picture in pixels (it scales down on narrow screens).
    levels, log
        Contour levels, as in ``optlib.plots.contour``.
    max_points : int
        At most this many points per path (see ``simplify``).
    colors : int or None
        Quantize the background to this many colours (smaller PNG); None
        keeps the full-colour PNG.

    The HTML is shown by Jupyter through ``_repr_html_``; ``to_html()``
    returns it and ``save(path)`` writes a stand-alone page.
    """

    def __init__(self, sweep, title=None, caption=None, initial=None,
                 width=640, height=440, dpi=100, levels=25, log=None,
                 max_points=400, colors=64):
        if not isinstance(sweep, Sweep):
            raise TypeError("Explorer needs a Sweep (from "
                            "optlib.trajectory.sweep)")
        self.sweep = sweep
        # anything trajectory accepts; bounds from the paths if it has none
        self.surface = s = as_surface(sweep.surface, paths=[
            t.path for run in sweep for t in run.trajectories.values()])
        self.title = (title if title is not None else
                      f"{_title_name(s)}: turn the {sweep.param} slider")
        self.caption = caption
        n = len(sweep)
        if initial is None:
            initial = (n - 1) // 2
        if not (isinstance(initial, numbers.Integral)
                and -n <= initial < n):
            raise ValueError(f"initial must be an index into the {n} "
                             f"values, got {initial!r}")
        self.initial = int(initial) % n
        self.width, self.height, self.dpi = int(width), int(height), int(dpi)
        self.max_points = int(max_points)
        self.param = sweep.param
        png, box = _background_png(s, self.width, self.height, self.dpi,
                                   levels, log, _plot_title(s), colors)
        self._png = png
        self._box = box
        self._data = self._make_data()
        # the box is the axes' fixed place on the canvas: it does not
        # depend on the matplotlib version, so neither does the id
        self.id = _unique_id("optlib-ex", _json_script(self._data),
                             self.title, str(self.caption))

    # data -------------------------------------------------------------------
    def _make_data(self):
        s = self.surface
        dec = _decimals(s.bounds)
        size = (self._box[2], self._box[3])
        runs = []
        for run in self.sweep:
            paths = []
            for t in run.trajectories.values():
                idx = simplify(t.path, s.bounds, size_px=size,
                               max_points=self.max_points)
                pts = _pull_in(t.path[idx], s.bounds)
                paths.append(_flat(pts, dec))
            runs.append({"label": run.label, "text": run.text,
                         "paths": paths})
        return {"box": self._box, "xlim": list(s.bounds[0]),
                "ylim": list(s.bounds[1]), "decimals": dec,
                "names": self.sweep.names, "runs": runs}

    @property
    def data(self):
        """The embedded JSON data (a dict): box, limits, runs with paths."""
        return json.loads(_json_script(self._data))

    @property
    def png_bytes(self):
        """The background picture."""
        return self._png

    # html -------------------------------------------------------------------
    def _px(self, x, y):
        b = self._box
        (x0, x1), (y0, y1) = self.surface.bounds
        return (b[0] + (x - x0) / (x1 - x0) * b[2],
                b[1] + (y1 - y) / (y1 - y0) * b[3])

    def __repr__(self):
        points = sum(len(p) // 2 for run in self._data["runs"]
                     for p in run["paths"])
        return (f"<Explorer {self.id}: {self.title} ({len(self.sweep)} "
                f"positions, {points} path points)>\n"
                + self.sweep.summary())

    def _picture(self):
        """The contour PNG with the paths of the initial run on top."""
        from optlib.plots import PALETTE

        sw, uid, b = self.sweep, self.id, self._box
        s, names = self.surface, sw.names
        W, H = self.width, self.height
        run0 = self._data["runs"][self.initial]
        alt = (f"Contour plot of {_title_name(s)}, f(x, y) = "
               f"{_plain(s.latex)}, over x from {s.bounds[0][0]:g} to "
               f"{s.bounds[0][1]:g} and y from {s.bounds[1][0]:g} to "
               f"{s.bounds[1][1]:g}; lighter colours are higher; "
               "stars mark minima.")
        parts = []
        a = parts.append
        a(f'<div style="position:relative;width:100%;max-width:{W}px">')
        a(f'<img src="{_png_uri(self._png)}" width="{W}" '
          f'height="{H}" alt="{_esc(alt)}" style="display:block;'
          'width:100%;height:auto;max-width:none;margin:0"/>')
        a(f'<svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
          'style="position:absolute;left:0;top:0;width:100%;height:100%" '
          f'role="img" aria-labelledby="{uid}-out" '
          'xmlns="http://www.w3.org/2000/svg">')
        a(f'<defs><clipPath id="{uid}-clip"><rect x="{b[0]}" y="{b[1]}" '
          f'width="{b[2]}" height="{b[3]}"/></clipPath>')
        for k in range(len(names)):
            a(f'<path id="{uid}-m{k}" d="{_SVG_MARKERS[k % 8]}"/>')
        a('</defs>')
        a(f'<g clip-path="url(#{uid}-clip)" fill="none" '
          'stroke-linejoin="round" stroke-linecap="round">')
        for k in range(len(names)):
            color = PALETTE[k % len(PALETTE)]
            dash = SVG_DASHES[k % len(SVG_DASHES)]
            pts = run0["paths"][k]
            sp = " ".join("%.1f,%.1f" % self._px(pts[j], pts[j + 1])
                          for j in range(0, len(pts) - 1, 2))
            da = f' stroke-dasharray="{dash}"' if dash else ""
            # a white halo under each path keeps it visible on any colour:
            # a <use> of the path, which sets no stroke of its own
            a(f'<use href="#{uid}-p{k}" stroke="#fff" stroke-width="5" '
              'stroke-opacity="0.75" stroke-dasharray="none"/>')
            a(f'<g stroke="{color}" stroke-width="2.5"{da}>'
              f'<polyline id="{uid}-p{k}" data-k="{k}" points="{sp}"/>'
              '</g>')
        sx, sy = self._px(*sw.x0)
        a(f'<circle cx="{sx:.1f}" cy="{sy:.1f}" r="5" fill="#fff" '
          'stroke="#000" stroke-width="1.5"/>')
        for k in range(len(names)):
            color = PALETTE[k % len(PALETTE)]
            pts = run0["paths"][k]
            if len(pts) >= 2:
                ex, ey = self._px(pts[-2], pts[-1])
                pos, style = f'x="{ex:.1f}" y="{ey:.1f}"', ""
            else:
                pos, style = 'x="0" y="0"', ' style="display:none"'
            a(f'<use data-k="{k}" href="#{uid}-m{k}" {pos} '
              f'fill="{color}" stroke="#000" stroke-width="1"{style}/>')
        a('</g></svg></div>')
        return "".join(parts)

    def _ends(self):
        return self.sweep.runs[0].label, self.sweep.runs[-1].label

    def _legend(self):
        from optlib.plots import PALETTE

        names = self.sweep.names
        multi = not (len(names) == 1 and names[0] == "")
        s = self.surface
        parts = []
        a = parts.append
        a('<div style="display:flex;flex-wrap:wrap;gap:14px;'
          'font-size:13px">')
        for k, nm in enumerate(names):
            color = PALETTE[k % len(PALETTE)]
            dash = SVG_DASHES[k % len(SVG_DASHES)]
            da = f' stroke-dasharray="{dash}"' if dash else ""
            lab = nm if multi else "path"
            a('<span><svg width="46" height="14" viewBox="0 0 46 14" '
              'aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
              f'<line x1="2" y1="7" x2="34" y2="7" stroke="{color}" '
              f'stroke-width="2.5"{da}/><path d="{_SVG_MARKERS[k % 8]}" '
              f'transform="translate(39,7) scale(0.9)" fill="{color}" '
              f'stroke="#000" stroke-width="1"/></svg> {_esc(lab)}</span>')
        a('<span><svg width="14" height="14" aria-hidden="true" '
          'xmlns="http://www.w3.org/2000/svg"><circle cx="7" cy="7" r="5" '
          'fill="#fff" stroke="#000" stroke-width="1.5"/></svg> start'
          '</span><span>\u2605 minimum</span>')
        (bx0, bx1), (by0, by1) = s.bounds
        if any(bx0 <= q[0] <= bx1 and by0 <= q[1] <= by1
               for q in getattr(s, "saddles", [])):
            a('<span>\u2716 saddle point</span>')
        a('</div>')
        return "".join(parts)

    def _table(self):
        sw = self.sweep
        names = sw.names
        parts = []
        a = parts.append
        a('<details><summary>All values and outcomes (table)</summary>')
        a('<table style="border-collapse:collapse;font-size:13px">'
          f'<thead><tr><th scope="col" style="text-align:left;'
          f'padding:0 8px">{_esc(sw.param)}</th>')
        for nm in names:
            a('<th scope="col" style="text-align:left;padding:0 8px">'
              f'{_esc(nm or "outcome")}</th>')
        a('</tr></thead><tbody>')
        for run in sw:
            a(f'<tr><th scope="row" style="text-align:left;padding:0 8px;'
              f'font-weight:normal">{_esc(run.label)}</th>')
            for t in run.trajectories.values():
                fin = t.path[-1]
                where = (f" at ({fin[0]:.3g}, {fin[1]:.3g})"
                         if np.isfinite(fin).all() and not t.diverged
                         else "")
                a(f'<td style="padding:0 8px">{_esc(t.message + where)}'
                  '</td>')
            a('</tr>')
        a('</tbody></table></details>')
        return "".join(parts)


def _title_name(surface):
    name = getattr(surface, "name", "surface")
    return name.replace("_", " ")


def _plot_title(surface):
    return f"{_title_name(surface)}: {surface.latex}"


def _plain(latex):
    """A readable plain-text version of a simple LaTeX formula."""
    t = latex.strip("$")
    for a, b in ((r"\,", " "), (r"\cos", "cos"), (r"\sin", "sin"),
                 (r"\pi", "π"), (r"\frac", ""), (r"\sum_i", "Σ"),
                 (r"\top", "T"), (r"\theta", "θ"), ("^2", "²"),
                 ("^3", "³"), ("{", "("), ("}", ")"), ("\\", "")):
        t = t.replace(a, b)
    return t


def explore(surface, make_optimizer, values, x0=None, steps=100,
            param="lr", grad_fn=None, labels=None, title=None, caption=None,
            initial=None, tol=1e-6, max_norm=1e6, seed=0, make_grad_fn=None,
            **explorer_kw):
    """Sweep one hyperparameter and return the HTML :class:`Explorer`.

    ``explore(surface, make_optimizer, values, ...)`` is
    ``Explorer(sweep(surface, make_optimizer, values, ...), title=...)``;
    see :func:`optlib.trajectory.sweep` for the arguments.  The last
    expression of a cell displays it.

    Example
    -------
    >>> from optlib.surfaces import rosenbrock
    >>> from optlib.optim import Adam
    >>> ex = explore(rosenbrock, lambda p, lr: Adam(p, lr=lr),
    ...              [0.01, 0.03, 0.1, 0.3], steps=300)
    >>> len(ex.sweep)
    4
    """
    sw = sweep(surface, make_optimizer, values, x0=x0, steps=steps,
               param=param, grad_fn=grad_fn, labels=labels, tol=tol,
               max_norm=max_norm, seed=seed, make_grad_fn=make_grad_fn)
    return Explorer(sw, title=title, caption=caption, initial=initial,
                    **explorer_kw)


# ---------------------------------------------------------------------------
# precomputed frames: digits during training, a line and its loss
# ---------------------------------------------------------------------------


class FrameExplorer(SliderFigure):
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
        frames, texts = list(frames), [str(t) for t in texts]
        n = len(frames)
        if n == 0 or len(texts) != n:
            raise ValueError(f"need one text per frame: {n} frames, "
                             f"{len(texts)} texts")
        if not (isinstance(initial, int) and 0 <= initial < n):
            raise ValueError(f"initial must be an index into the {n} "
                             f"frames, got {initial!r}")
        self.frames, self.initial = frames, initial
        self.width, self.height = int(width), int(height)
        self.base_svg, self.param = base_svg, param
        self.title, self.caption, self.alt = title, caption, alt
        self._data = {"runs": [{"text": t} for t in texts]}
        # the frames are data (text, coordinates); base_svg may hold a PNG
        self.id = _unique_id("optlib-fx", title, caption, param,
                             _json_script(self._data), *frames)

    def __repr__(self):
        return (f"<FrameExplorer {self.id}: {self.title} "
                f"({len(self.frames)} positions)>")

    def _picture(self):
        W, H, uid = self.width, self.height, self.id
        p = [f'<svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
             'style="display:block;width:100%;height:auto;max-width:'
             f'{W}px" role="img" aria-label="{_esc(self.alt)}" '
             f'aria-describedby="{uid}-out" '
             'xmlns="http://www.w3.org/2000/svg" '
             'xmlns:xlink="http://www.w3.org/1999/xlink">', self.base_svg]
        for i, fr in enumerate(self.frames):
            hide = "" if i == self.initial else ' style="display:none"'
            p.append(f'<g data-frame="{i}"{hide}>{fr}</g>')
        p.append('</svg>')
        return "".join(p)

    def _table(self):
        rows = "".join(f'<li>{_esc(t)}</li>' for t in self.texts)
        return ('<details><summary>All positions (table)</summary>'
                f'<ul style="font-size:13px;margin:4px 0">{rows}</ul>'
                '</details>')


def _png_data_uri(gray):
    """An 8-bit grey-level image (array, 0 = black) as a PNG data URI."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.asarray(gray, dtype=np.uint8)).save(
        buf, format="PNG", optimize=True)
    return _png_uri(buf.getvalue())


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
        vermillion, as in :func:`optlib.plots.digit_grid`.
    """
    from optlib.plots import RIGHT, WRONG

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
            style = (f'fill="{RIGHT}"' if ok
                     else f'fill="{WRONG}" font-weight="bold"')
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


def line_fit_texts(x, y, ws, b):
    """The output line of each slope w: its loss and derivative."""
    texts = []
    for w in ws:
        r = w * x + b - y
        texts.append(f"w = {w:.2f}: L(w) = {np.mean(r * r):.3f}, "
                     f"dL/dw = {2 * np.mean(r * x):+.3f}")
    return texts


def line_fit_args(x, y, ws, initial):
    """Checked data, slopes and initial index of a line-fit slider."""
    x, y = as_1d(x, "x"), as_1d(y, "y")
    ws = as_1d(ws, "ws")
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    if initial is None:
        initial = (len(ws) - 1) // 2
    if not (isinstance(initial, int) and 0 <= initial < len(ws)):
        raise ValueError(f"initial must be an index into the {len(ws)} "
                         f"slopes, got {initial!r}")
    return x, y, ws, initial


def line_fit_explorer(x, y, ws, b=1.0, initial=None, width=760,
                      height=330, dpi=100):
    """Static HTML: a slider over w moves the line and its point on L(w).

    The data and the curve L(w) are one PNG drawn by matplotlib; the line
    and the point of every slider position are SVG elements placed with
    the axes' own data-to-pixel transforms, so they sit exactly on the
    picture.  Works with no kernel (a :class:`FrameExplorer`).
    """
    from optlib import plots

    x, y, ws, initial = line_fit_args(x, y, ws, initial)
    W, H = int(width), int(height)
    axes = []

    def draw(fig):
        axes.append(fig.add_axes([0.07, 0.15, 0.39, 0.74]))
        axes.append(fig.add_axes([0.58, 0.15, 0.39, 0.74]))
        plots.draw_line_fit(axes[0], axes[1], x, y, ws, b)
        fig.canvas.draw()

    png = plots.figure_png(draw, figsize=(W / dpi, H / dpi), dpi=dpi,
                           tight=False)
    ax1, ax2 = axes

    def px(ax, xd, yd):
        u, v = ax.transData.transform((xd, yd))
        return u, H - v

    box = ax1.get_window_extent()
    tag = hashlib.sha256(b"".join(a.tobytes() for a in (x, y, ws))
                         + repr(b).encode()).hexdigest()[:10]
    clip = f"optlib-clip-{tag}"
    base = (f'<image x="0" y="0" width="{W}" height="{H}" '
            f'href="{_png_uri(png)}"/><defs><clipPath id="{clip}">'
            f'<rect x="{box.x0:.1f}" '
            f'y="{H - box.y1:.1f}" width="{box.width:.1f}" '
            f'height="{box.height:.1f}"/></clipPath></defs>')
    x_lo, x_hi = ax1.get_xlim()
    frames = []
    for w in ws:
        (u0, v0), (u1, v1) = (px(ax1, x_lo, w * x_lo + b),
                              px(ax1, x_hi, w * x_hi + b))
        cu, cv = px(ax2, w, float(plots.line_loss(w, x, y, b)))
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
        base, frames, line_fit_texts(x, y, ws, b), W, H, "slope w",
        "Turn the slope: the line and its loss", initial=initial,
        caption="The dot on L(w) is lowest when the dashed line passes "
                "through the middle of the data.", alt=alt)
