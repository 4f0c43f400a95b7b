"""Self-contained HTML explorers: turn a knob, watch the optimizer move.

A chapter sweeps ONE hyperparameter (the learning rate, the momentum, the
betas, ...) over a few values with :func:`sweep`, then shows the result
with :func:`explore` (or ``Explorer(sweep)``).  The explorer is a piece of
HTML that needs no kernel, no network and no library: it works on the
static book page as well as in JupyterLab.

* **background**: one contour image of the surface (a PNG, inline);
* **paths**: the precomputed optimizer paths for every slider value, as
  JSON, drawn as SVG polylines clipped to the plot area;
* **control**: a plain ``<input type="range">`` (keyboard-accessible),
  with a live label "lr = 0.05 → converged in 37 steps";
* **text alternative**: a caption and a table listing every value and its
  outcome.

Element ids are derived from a hash of the content, so the same sweep
gives byte-identical HTML in every run (nbval compares it).

The ipywidgets explorer (:mod:`optlib.widgets`) draws from the same
:func:`sweep`, so the two cannot drift apart.

>>> from optlib import explorer
>>> from optlib.functions import bowl
>>> from optlib.optim import SGD
>>> ex = explorer.explore(bowl(), lambda p, lr: SGD(p, lr=lr),
...                       [0.05, 0.2, 0.45, 0.55], steps=100)
>>> ex.sweep[3].text
'lr = 0.55 → diverged at step 76'
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Run", "Sweep", "sweep", "Explorer", "explore", "SVG_DASHES",
           "format_value"]

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

_ARROW = "\u2192"


def format_value(value, param="lr"):
    """The default slider label: ``"lr = 0.05"``, ``"betas = (0.9, 0.99)"``.
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        text = f"{float(value):g}" if not isinstance(
            value, numbers.Integral) else str(int(value))
    elif isinstance(value, (tuple, list)):
        text = "(" + ", ".join(
            f"{v:g}" if isinstance(v, numbers.Real) else str(v)
            for v in value) + ")"
    else:
        text = str(value)
    return f"{param} = {text}" if param else text


# ---------------------------------------------------------------------------
# the sweep
# ---------------------------------------------------------------------------


@dataclass
class Run:
    """One slider position: a value and the trajectories it produced.

    Attributes
    ----------
    value : object
        The hyperparameter value passed to ``make_optimizer``.
    label : str
        How the slider shows it, e.g. ``"lr = 0.05"``.
    trajectories : dict
        Optimizer name → ``optlib.train.Trajectory`` (one entry, named
        ``""``, when a single optimizer was swept).
    """

    value: object
    label: str
    trajectories: dict = field(default_factory=dict)

    @property
    def trajectory(self):
        """The (first) trajectory: the one when a single optimizer ran."""
        return next(iter(self.trajectories.values()))

    @property
    def outcome(self):
        """ "converged in 37 steps", or "SGD: …; Adam: …" for several."""
        if len(self.trajectories) == 1 and "" in self.trajectories:
            return self.trajectory.message
        return "; ".join(f"{k}: {t.message}"
                         for k, t in self.trajectories.items())

    @property
    def text(self):
        """The label with the outcome: "lr = 0.05 → converged in 37 steps".
        """
        return f"{self.label} {_ARROW} {self.outcome}"


class Sweep(Sequence):
    """The runs of a sweep over one hyperparameter (a list of :class:`Run`).

    Attributes: ``surface``, ``param``, ``x0``, ``steps``, ``names`` (the
    optimizer names), ``runs``; ``values``, ``labels`` and ``texts`` are
    lists with one entry per run.
    """

    def __init__(self, surface, param, runs, x0, steps, names):
        self.surface = surface
        self.param = param
        self.runs = list(runs)
        self.x0 = np.asarray(x0, dtype=np.float64)
        self.steps = steps
        self.names = list(names)

    def __getitem__(self, i):
        return self.runs[i]

    def __len__(self):
        return len(self.runs)

    @property
    def values(self):
        return [r.value for r in self.runs]

    @property
    def labels(self):
        return [r.label for r in self.runs]

    @property
    def texts(self):
        return [r.text for r in self.runs]

    def summary(self):
        """One line per run: the value and the outcome (plain text)."""
        return "\n".join(self.texts)

    def __repr__(self):
        return (f"<Sweep of {self.param} over {len(self)} values on "
                f"{getattr(self.surface, 'name', 'a surface')}>\n"
                + self.summary())


def _check_callable(fn, what):
    if not callable(fn):
        raise TypeError(f"{what} must be callable: "
                        f"make_optimizer(params, value) -> optimizer, e.g. "
                        f"lambda p, lr: SGD(p, lr=lr)")


def sweep(surface, make_optimizer, values, x0=None, steps=100, param="lr",
          grad_fn=None, labels=None, tol=1e-6, max_norm=1e6, seed=0,
          make_grad_fn=None):
    """Run optimizers on ``surface`` for each value of one hyperparameter.

    For every value v in ``values`` and every optimizer, this calls
    ``optlib.train.trajectory(lambda p: make_optimizer(p, v), surface,
    x0, steps, tol, max_norm, grad_fn, seed)``.

    Parameters
    ----------
    surface : optlib.functions.Surface
    make_optimizer : callable or dict of callables
        ``make_optimizer(params, value) -> optimizer``, e.g.
        ``lambda p, lr: SGD(p, lr=lr, momentum=0.9)``.  A dict
        ``{"SGD": ..., "Adam": ...}`` runs several optimizers per value
        (a side-by-side explorer).
    values : sequence
        The hyperparameter values, in slider order (numbers, tuples such
        as betas, anything ``make_optimizer`` accepts).
    x0 : array_like (2,), optional
        The start; defaults to ``surface.x0``.
    steps : int
        Maximum number of steps per run.
    param : str
        The name shown on the slider ("lr", "momentum", "β₁", ...).
    grad_fn : callable, optional
        ``grad_fn(xy, t, rng)``: a noisy gradient used by every run (see
        ``optlib.train.trajectory``); each run gets a fresh
        ``np.random.default_rng(seed)``.
    labels : sequence of str, optional
        Slider labels, one per value (e.g. "β₁=0.9, β₂=0.999"); default
        ``"lr = 0.05"`` from ``param`` and the value.
    tol, max_norm, seed
        Passed to ``optlib.train.trajectory``.
    make_grad_fn : callable, optional
        ``make_grad_fn(value) -> grad_fn`` when the gradient itself depends
        on the swept value (a sweep over the batch size).

    Returns
    -------
    Sweep
        A list of :class:`Run`, one per value.
    """
    from optlib.train import trajectory

    if isinstance(make_optimizer, Mapping):
        makers = dict(make_optimizer)
        if not makers:
            raise ValueError("make_optimizer is an empty dict")
        for k, fn in makers.items():
            if not isinstance(k, str) or not k:
                raise TypeError("optimizer names must be non-empty strings")
            _check_callable(fn, f"make_optimizer[{k!r}]")
    else:
        _check_callable(make_optimizer, "make_optimizer")
        makers = {"": make_optimizer}
    if isinstance(values, (str, bytes)) or not isinstance(
            values, (Sequence, np.ndarray)):
        raise TypeError("values must be a list of hyperparameter values")
    values = list(values)
    if not values:
        raise ValueError("values must not be empty")
    if labels is None:
        labels = [format_value(v, param) for v in values]
    else:
        labels = [str(lab) for lab in labels]
        if len(labels) != len(values):
            raise ValueError(f"got {len(values)} values but {len(labels)} "
                             f"labels")
    if grad_fn is not None and make_grad_fn is not None:
        raise ValueError("give grad_fn or make_grad_fn, not both")
    if make_grad_fn is not None and not callable(make_grad_fn):
        raise TypeError("make_grad_fn must be callable: value -> grad_fn")
    if x0 is None:
        x0 = surface.x0
    runs = []
    for v, lab in zip(values, labels):
        gf = make_grad_fn(v) if make_grad_fn is not None else grad_fn
        trajs = {}
        for name, fn in makers.items():
            trajs[name] = trajectory(lambda p, fn=fn, v=v: fn(p, v),
                                     surface, x0, steps, tol=tol,
                                     max_norm=max_norm, grad_fn=gf,
                                     seed=seed)
        runs.append(Run(v, lab, trajs))
    return Sweep(surface, param, runs, x0, steps, makers)


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


# ---------------------------------------------------------------------------
# the explorer
# ---------------------------------------------------------------------------

_USED_IDS = {}


def _background_png(surface, width, height, dpi, levels, log, title,
                    palette_colors=None):
    """The contour picture (PNG bytes) and the plot box in its pixels."""
    from matplotlib.figure import Figure

    from optlib import plots

    import matplotlib as mpl
    rc = dict(plots.style(), **{"savefig.bbox": "standard"})
    with mpl.rc_context(rc):      # the whole canvas: pixel box is exact
        fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi,
                     facecolor="white")
        ax = fig.add_axes([0.11, 0.12, 0.86, 0.8])
        plots.contour(surface, ax=ax, levels=levels, log=log, title=title)
        fig.canvas.draw()
        bb = ax.get_window_extent()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    bbox_inches=None, metadata={"Software": None})
    png = buf.getvalue()
    png = _quantize(png, palette_colors)
    box = [round(bb.x0, 2), round(height - bb.y1, 2),
           round(bb.width, 2), round(bb.height, 2)]
    return png, box


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


def _esc(text):
    return html.escape(str(text), quote=True)


def _json_script(data):
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True,
                      sort_keys=True)
    # nothing in the JSON may close the <script> element
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


# (no "<" or "&" in the script, so the fragment is also well-formed XML)
_JS = """(function(){
var id=%(id)s,root=document.getElementById(id);
if(!root||root.getAttribute("data-ready"))return;
root.setAttribute("data-ready","1");
var D=JSON.parse(document.getElementById(id+"-data").textContent);
var r=document.getElementById(id+"-range"),
o=document.getElementById(id+"-out"),
L=root.querySelectorAll("polyline[data-k]"),
E=root.querySelectorAll("use[data-k]"),
b=D.box,xl=D.xlim,yl=D.ylim;
function px(x){return(b[0]+(x-xl[0])/(xl[1]-xl[0])*b[2]).toFixed(1);}
function py(y){return(b[1]+(yl[1]-y)/(yl[1]-yl[0])*b[3]).toFixed(1);}
function show(i){var run=D.runs[i];
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


class Explorer:
    """A self-contained HTML explorer of a :class:`Sweep`.

    Parameters
    ----------
    sweep : Sweep
        From :func:`sweep`.
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
                            "optlib.explorer.sweep)")
        self.sweep = sweep
        s = sweep.surface
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
        png, box = _background_png(s, self.width, self.height, self.dpi,
                                   levels, log, _plot_title(s), colors)
        self._png = png
        self._box = box
        self._data = self._make_data()
        digest = hashlib.sha256(
            (_json_script(self._data) + self.title + str(self.caption)
             ).encode() + png).hexdigest()[:12]
        base = f"optlib-ex-{digest}"
        count = _USED_IDS.get(base, 0)
        _USED_IDS[base] = count + 1
        self.id = base if count == 0 else f"{base}-{count}"
        self._html = None

    # data -------------------------------------------------------------------
    def _make_data(self):
        s = self.sweep.surface
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
        (x0, x1), (y0, y1) = self.sweep.surface.bounds
        return (b[0] + (x - x0) / (x1 - x0) * b[2],
                b[1] + (y1 - y) / (y1 - y0) * b[3])

    def to_html(self):
        """The explorer as an HTML fragment (a ``<figure>`` element)."""
        if self._html is None:
            self._html = self._build_html()
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

    def widget(self, **kw):
        """The ipywidgets twin of this explorer, on the same sweep."""
        from optlib import widgets
        return widgets.sweep_widget(self.sweep, initial=self.initial, **kw)

    def __repr__(self):
        return (f"<Explorer {self.id}: {self.title} "
                f"({len(self.to_html()) / 1024:.0f} KB)>\n"
                + self.sweep.summary())

    def _build_html(self):
        from optlib.plots import PALETTE

        sw, d, i0, uid = self.sweep, self._data, self.initial, self.id
        s = sw.surface
        W, H = self.width, self.height
        b = self._box
        names = sw.names
        multi = not (len(names) == 1 and names[0] == "")
        run0 = d["runs"][i0]
        src = base64.b64encode(self._png).decode("ascii")
        alt = (f"Contour plot of {_title_name(s)}, f(x, y) = "
               f"{_plain(s.latex)}, over x from {s.bounds[0][0]:g} to "
               f"{s.bounds[0][1]:g} and y from {s.bounds[1][0]:g} to "
               f"{s.bounds[1][1]:g}; lighter colours are higher; "
               "stars mark minima.")
        parts = []
        a = parts.append
        a(f'<figure class="optlib-explorer" id="{uid}" style="margin:1em 0;'
          f'padding:8px;max-width:{W + 16}px;background:#fff;color:#111;'
          'border:1px solid #ccc;border-radius:4px;font-family:sans-serif;'
          'font-size:14px;line-height:1.4">')
        a(f'<div style="font-weight:bold;margin-bottom:4px">'
          f'{_esc(self.title)}</div>')
        a(f'<div style="position:relative;width:100%;max-width:{W}px">')
        a(f'<img src="data:image/png;base64,{src}" width="{W}" '
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
        # the control
        n = len(sw)
        a('<div style="margin-top:6px;display:flex;flex-wrap:wrap;'
          'align-items:center;gap:8px">')
        a(f'<label for="{uid}-range" style="font-weight:bold">'
          f'{_esc(sw.param)}</label>')
        end = ('<span aria-hidden="true" style="font-size:12px;'
               'color:#444">{}</span>')
        a(end.format(_esc(sw.runs[0].label)))
        a(f'<input type="range" id="{uid}-range" min="0" max="{n - 1}" '
          f'step="1" value="{i0}" aria-valuetext="{_esc(run0["text"])}" '
          f'aria-describedby="{uid}-out" '
          'style="flex:1 1 200px;min-width:150px;accent-color:#0072B2"/>')
        a(end.format(_esc(sw.runs[-1].label)))
        a('</div>')
        a(f'<output id="{uid}-out" for="{uid}-range" aria-live="polite" '
          'style="display:block;min-height:2.8em;font-family:monospace;'
          f'margin:2px 0">{_esc(run0["text"])}</output>')
        # legend
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
        # text alternative
        a('<figcaption style="margin-top:6px">')
        if self.caption:
            a(f'<div>{_esc(self.caption)}</div>')
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
        a('</tbody></table></details></figcaption>')
        a(f'<script type="application/json" id="{uid}-data">'
          f'{_json_script(d)}</script>')
        a(f'<script>{_JS % {"id": json.dumps(uid)}}</script>')
        a('</figure>')
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
    see :func:`sweep` for the arguments.  The last expression of a cell
    displays it.

    Example
    -------
    >>> from optlib.functions import rosenbrock
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
