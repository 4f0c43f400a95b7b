"""The optimizer playground: a live, in-browser twin of optlib's runs.

:func:`playground` describes an experiment on a 2-D surface (a surface, a
start, up to three optimizers with their settings) and returns a
:class:`Playground`.  Shown by the last line of a cell, it is

* **text** (``repr``): the outcome of each run, computed here by optlib
  (:func:`optlib.trajectory.trajectory`), so nbval guards the numbers;
* **HTML** (``_repr_html_``): a small snippet holding the configuration
  as JSON and the playground's script, which recomputes the same runs in
  the reader's browser and lets the reader drag the start, move every
  hyperparameter, add optimizers, play the runs step by step and share
  the settings by link.  It needs no kernel and no network.

With ``rate_map=`` (a quadratic surface) it also shows momentum's rate
over (η, μ) for the surface's curvatures (:func:`rate_map_texts`,
``playground_rates.js`` and ``playground_ratemap.js``): clicking a point
gives one run that learning rate and momentum.

The browser does the same arithmetic as optlib: ``playground_core.js``
holds the update rules and surfaces written like :mod:`optlib.optim` and
:mod:`optlib.surfaces`; tests compare it with optlib to about 1e-12
(``tests/js``, from fixtures made by ``scripts/playground_fixtures.py``),
and the component logs an error if its numbers for the initial settings
differ from the ones printed here.

Why the script is inlined in every snippet (guarded, so a page with two
playgrounds evaluates it once): an output must work wherever the notebook
is opened (the static site, JupyterLab, Colab, whose outputs are separate
iframes, nbviewer), and only the output travels with the notebook; a
script served from the site's ``_static`` would be missing everywhere
but on the site.  The cost is the script's size per playground cell.

>>> pg = playground("rosenbrock", [{"optimizer": "Adam", "lr": 0.1}],
...                 steps=300)
>>> print(pg)                                     # doctest: +ELLIPSIS
Playground on rosenbrock from (-1.2, 1), 300 steps
  1. Adam (lr = 0.1): stopped after 300 steps, final loss ...
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import pathlib
from numbers import Real

import numpy as np

# The surfaces come from this one import (the module may be renamed).
from . import surfaces as _surfaces
from .checks import number as _number
from .surfaces import quadratic
from .errata import AdamVariant
from .optim import SGD, Adagrad, Adam, AdamW, RMSprop
from .trajectory import trajectory

__all__ = ["playground", "Playground", "make_surface",
           "noisy_grad", "OPTIMIZERS", "make_optimizer", "run_label",
           "outcome", "format_g", "SURFACE_NAMES", "script",
           "curvatures", "rate_map_texts"]

MAX_RUNS = 3
MAX_STEPS = 1000

#: Every optimizer of the playground with torch's defaults, in the order
#: of the JavaScript's ``OPTIMIZERS`` (the labels list them in this order).
OPTIMIZERS = {
    "SGD": dict(lr=1e-3, momentum=0.0, dampening=0.0, nesterov=False,
                weight_decay=0.0),
    "Adagrad": dict(lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                    initial_accumulator_value=0.0, eps=1e-10),
    "RMSprop": dict(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0,
                    momentum=0.0, centered=False),
    "Adam": dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                 weight_decay=0.0, amsgrad=False),
    "AdamW": dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                  weight_decay=1e-2, amsgrad=False),
    "AdamVariant": dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                        square=True, sqrt=True, bias_correction=True),
}

_CLASSES = {"SGD": SGD, "Adagrad": Adagrad, "RMSprop": RMSprop,
            "Adam": Adam, "AdamW": AdamW, "AdamVariant": AdamVariant}

SURFACE_NAMES = ["bowl", "ill_conditioned", "quadratic", "rosenbrock",
                 "beale", "himmelblau", "saddle", "monkey_saddle",
                 "two_minima"]


# --------------------------------------------------------------------------
# Surfaces
# --------------------------------------------------------------------------


def make_surface(name, surface_args=None):
    """The surface ``name`` (one of ``SURFACE_NAMES``) with its arguments.

    ``bowl`` takes ``a``, ``b``; ``ill_conditioned`` ``condition``;
    ``quadratic`` ``condition`` and ``angle``; the others none.
    """
    args = dict(surface_args or {})
    if name not in SURFACE_NAMES:
        raise ValueError(f"unknown surface {name!r}; choose one of "
                         f"{', '.join(SURFACE_NAMES)}")
    allowed = {"bowl": {"a", "b"}, "ill_conditioned": {"condition"},
               "quadratic": {"condition", "angle"}}.get(name, set())
    extra = set(args) - allowed
    if extra:
        raise ValueError(f"surface {name!r} takes "
                         f"{sorted(allowed) or 'no arguments'}, got "
                         f"{sorted(extra)}")
    if name == "quadratic":
        return quadratic(**args)
    if name in ("bowl", "ill_conditioned"):
        return getattr(_surfaces, name)(**args)
    return getattr(_surfaces, name)


# --------------------------------------------------------------------------
# Gradient noise shared with the browser
# --------------------------------------------------------------------------

_M32 = 0xFFFFFFFF


def _hash32(seed, t, k):
    """A 32-bit integer hash of (seed, t, k): the JavaScript's ``hash32``.
    """
    h = ((seed * 0x9E3779B1) ^ (t * 0x85EBCA77) ^ (k * 0xC2B2AE3D)) & _M32
    h ^= h >> 16
    h = (h * 0x7FEB352D) & _M32
    h ^= h >> 15
    h = (h * 0x846CA68B) & _M32
    h ^= h >> 16
    return h


def _gaussian(seed, t, i):
    """A standard normal number for (seed, step t, coordinate i)."""
    u1 = (_hash32(seed, t, 2 * i) + 0.5) / 4294967296
    u2 = (_hash32(seed, t, 2 * i + 1) + 0.5) / 4294967296
    return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)


def noisy_grad(surface, noise, seed=0):
    """``grad_fn`` for :func:`optlib.trajectory.trajectory`: ∇f + σ·z_t.

    z_t is a pair of standard normal numbers drawn from a counter-based
    generator (a hash of ``seed``, the step t and the coordinate), the one
    the browser uses, so a noisy run is the same in both.  It stands in
    for the noise of a minibatch gradient.
    """
    noise = _number(noise, "noise", 0)
    seed = int(seed) & _M32

    def grad_fn(xy, t, rng=None):
        g = surface.grad(xy)
        return np.array([g[0] + noise * _gaussian(seed, t, 0),
                         g[1] + noise * _gaussian(seed, t, 1)])
    return grad_fn


# --------------------------------------------------------------------------
# Optimizers and the text of an outcome
# --------------------------------------------------------------------------


def _settings(run):
    """A run's full settings: its optimizer's defaults updated by ``run``."""
    if not isinstance(run, dict) or "optimizer" not in run:
        raise TypeError("each run must be a dict with an 'optimizer' key, "
                        "e.g. {'optimizer': 'SGD', 'lr': 0.1}")
    name = run["optimizer"]
    if name not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of "
                         f"{', '.join(OPTIMIZERS)}")
    defaults = OPTIMIZERS[name]
    extra = set(run) - set(defaults) - {"optimizer"}
    if extra:
        raise ValueError(f"{name} has no setting {sorted(extra)[0]!r}; it "
                         f"takes {', '.join(defaults)}")
    out = {"optimizer": name}
    for key, default in defaults.items():
        value = run.get(key, default)
        if isinstance(default, bool):
            if not isinstance(value, (bool, np.bool_)):
                raise TypeError(f"{key} must be True or False, got "
                                f"{value!r}")
            out[key] = bool(value)
        else:
            if isinstance(value, bool) or not isinstance(value, Real):
                raise TypeError(f"{key} must be a number, got {value!r}")
            out[key] = float(value)
    make_optimizer(out)([np.zeros(2)])      # torch's checks and messages
    return out


def make_optimizer(settings):
    """``lambda params: Optimizer(params, ...)`` for one run's settings."""
    settings = dict(settings)
    name = settings.pop("optimizer")
    cls = _CLASSES[name]
    if "beta1" in settings:
        settings["betas"] = (settings.pop("beta1"), settings.pop("beta2"))
    return lambda params: cls(params, **settings)


def format_g(value, digits=6):
    """``format(value, f".{digits}g")``: the JavaScript's ``fmtG``."""
    return format(float(value), f".{digits}g")


def run_label(settings):
    """"SGD (lr = 0.1, momentum = 0.9)": lr and what differs from torch."""
    name = settings["optimizer"]
    parts = [f"lr = {format_g(settings['lr'])}"]
    for key, default in OPTIMIZERS[name].items():
        value = settings[key]
        if key == "lr" or value == default:
            continue
        if isinstance(default, bool):
            parts.append(("" if value else "no ") + key)
        else:
            parts.append(f"{key} = {format_g(value)}")
    return f"{name} ({', '.join(parts)})"


def outcome(run):
    """A trajectory's outcome in words, as the playground shows it.

    "converged in 37 steps, final loss 1.2e-13 at (1, 1)", or
    "diverged at step 12".
    """
    text = run.message
    if not run.diverged:
        x, y = run.path[-1]
        text += (f", final loss {format_g(run.values[-1])} at "
                 f"({format_g(x, 4)}, {format_g(y, 4)})")
    return text


# --------------------------------------------------------------------------
# The playground
# --------------------------------------------------------------------------

_HERE = pathlib.Path(__file__).resolve().parent
_FILES = ("playground_core.js", "playground.js", "playground.css")
_RATE_MAP_FILES = ("playground_rates.js", "playground_ratemap.js",
                   "playground_ratemap.css")


def script(rate_map=False):
    """The JavaScript and CSS a page needs, as one guarded script body.

    ``rate_map=True`` adds the rate map's (``playground_rates.js``,
    ``playground_ratemap.js`` and its CSS, in a guard of their own), which
    only playgrounds with a rate map carry.
    """
    core, ui, style = (_compact((_HERE / f).read_text(encoding="utf-8"))
                       for f in _FILES)
    out = ("if (!window.OptlibPlayground) {\n" + core + "\n" + ui +
           "\nOptlibPlayground.addStyle(" + json.dumps(style) + ");\n}\n")
    if rate_map:
        rates, code, css = (_compact((_HERE / f).read_text(
            encoding="utf-8")) for f in _RATE_MAP_FILES)
        out += ("if (!window.OptlibRateMap) {\n" + rates + "\n" + code +
                "\n(function (css) {\n"
                'if (document.getElementById("optlib-ratemap-style")) '
                "return;\n"
                'const st = document.createElement("style");\n'
                'st.id = "optlib-ratemap-style";\n'
                "st.textContent = css;\n"
                "document.head.append(st);\n"
                "})(" + json.dumps(css) + ");\n}\n")
    return out


def _compact(code):
    """Drop comment lines and indentation (the files keep them for readers).

    Only whole lines go: a line that is a ``//`` comment or part of a
    ``/* ... */`` block written with leading ``*`` (the house style of the
    .js and .css files), so no code or string can be cut.
    """
    out = []
    for line in code.splitlines():
        s = line.strip()
        if not s or s.startswith(("//", "/*", "* ", "*/")) or s == "*":
            continue
        out.append(s)
    return "\n".join(out)


def _safe_json(data):
    # nothing in the JSON may close the <script> element
    return (json.dumps(data, sort_keys=True, separators=(",", ":"),
                       ensure_ascii=True)
            .replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


class Playground:
    """An experiment on a 2-D surface, run by optlib and shown live.

    Build it with :func:`playground`.  ``runs`` holds one
    :class:`optlib.trajectory.Trajectory` per optimizer, ``texts`` their
    outcomes in words; ``config`` is the JSON given to the browser.
    """

    def __init__(self, config, title=None):
        self.config = config
        self.title = title
        self.surface = make_surface(config["surface"],
                                    config["surface_args"])
        x0 = config["x0"] or self.surface.x0.tolist()
        grad_fn = (noisy_grad(self.surface, config["noise"], config["seed"])
                   if config["noise"] > 0 else None)
        self.x0 = [float(v) for v in x0]
        self.runs = [
            trajectory(make_optimizer(r), self.surface, self.x0,
                       config["steps"], tol=config["tol"],
                       max_norm=config["max_norm"], grad_fn=grad_fn)
            for r in config["runs"]]
        self.texts = [outcome(run) for run in self.runs]
        self.labels = [run_label(r) for r in config["runs"]]
        self.rate_texts = (rate_map_texts(config) if config.get("rate_map")
                           else None)

    @property
    def id(self):
        """The element id: a hash of the configuration (deterministic)."""
        digest = hashlib.sha256(_safe_json(self.config).encode()).hexdigest()
        return "optlib-pg-" + digest[:10]

    def __repr__(self):
        c = self.config
        lines = [f"Playground on {c['surface']}"
                 f"{_args_text(c['surface_args'])} from "
                 f"({format_g(self.x0[0])}, {format_g(self.x0[1])}), "
                 f"{c['steps']} steps"
                 + (f", gradient noise {format_g(c['noise'])}"
                    if c["noise"] else "")]
        for i, (label, text) in enumerate(zip(self.labels, self.texts)):
            lines.append(f"  {i + 1}. {label}: {text}")
        if self.rate_texts:
            t = self.rate_texts
            lines.append(f"  Rate map {t['where']}: {t['run']}; "
                         f"{t['optimum']}")
        return "\n".join(lines)

    def to_html(self):
        """The snippet: a fallback text, the config and the script."""
        uid = self.id
        config = dict(self.config, optlib=self.texts)
        if self.rate_texts:
            config["optlib_rate"] = self.rate_texts["run"]
        if self.title:
            config["title"] = self.title
        mount = (f"OptlibPlayground.mount("
                 f'document.getElementById("{uid}"), '
                 f'JSON.parse(document.getElementById("{uid}-config")'
                 f".textContent));")
        if self.rate_texts:
            mount = f"OptlibRateMap.attach({mount[:-1]});"
        items = "".join(
            f"<li>{html.escape(label)}: {html.escape(text)}</li>"
            for label, text in zip(self.labels, self.texts))
        title = html.escape(self.title or "Optimizer playground")
        return (
            f'<div class="optlib-playground" id="{uid}">'
            f"<p><strong>{title}</strong> (interactive: needs JavaScript). "
            f"Computed by optlib for the initial settings:</p>"
            f"<ol>{items}</ol></div>\n"
            f'<script type="application/json" id="{uid}-config">'
            f"{_safe_json(config)}</script>\n"
            f"<script>{_inline(script('rate_map' in self.config))}"
            f"{mount}</script>\n")

    def _repr_html_(self):
        return self.to_html()

    def save(self, path, title="Optimizer playground"):
        """Write a standalone HTML page with this playground."""
        page = (f'<!DOCTYPE html>\n<html lang="en"><head>'
                f'<meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, '
                f'initial-scale=1"><title>{html.escape(title)}</title></head>'
                f"<body>\n{self.to_html()}</body></html>\n")
        pathlib.Path(path).write_text(page, encoding="utf-8")
        return path


def _inline(code):
    """JavaScript safe inside <script>...</script>."""
    return code.replace("</", "<\\/")


def _args_text(args):
    if not args:
        return ""
    return "(" + ", ".join(f"{k}={format_g(v)}" for k, v in
                           sorted(args.items())) + ")"


def playground(surface="rosenbrock", runs=({"optimizer": "SGD",
                                           "lr": 1e-3},),
               x0=None, steps=200, *, surface_args=None, noise=0.0, seed=0,
               tol=1e-6, max_norm=1e6, surfaces=None, controls=None,
               title=None, rate_map=None):
    """An interactive playground whose initial state is this experiment.

    Parameters
    ----------
    surface : str
        One of ``SURFACE_NAMES``: ``"quadratic"`` (``surface_args``
        ``condition`` and ``angle`` in degrees), ``"bowl"`` (``a``, ``b``),
        ``"ill_conditioned"`` (``condition``), ``"rosenbrock"``,
        ``"beale"``, ``"himmelblau"``, ``"saddle"``, ``"monkey_saddle"``,
        ``"two_minima"``.
    runs : list of dict
        Up to three runs, e.g. ``[{"optimizer": "SGD", "lr": 0.1,
        "momentum": 0.9}, {"optimizer": "Adam", "lr": 0.1}]``.  Optimizers:
        ``SGD``, ``Adagrad``, ``RMSprop``, ``Adam``, ``AdamW`` with
        torch's arguments and defaults (Adam's betas as ``beta1``,
        ``beta2``), and ``AdamVariant`` (switches ``square``, ``sqrt``,
        ``bias_correction``: the article's errors, see
        :mod:`optlib.errata`).
    x0 : (x, y), optional
        The start; the surface's ``x0`` by default.
    steps : int
        Steps of each run (at most 1000).
    noise, seed : float, int
        Standard deviation of Gaussian noise added to each gradient
        (:func:`noisy_grad`), and its seed.
    tol, max_norm : float
        :func:`optlib.trajectory.trajectory`'s convergence and divergence rules.
    surfaces : list of str, optional
        The surfaces the reader may choose from (default: all).
    controls : list of str, optional
        The hyperparameters given a control (default: all of each
        optimizer's; lr always).
    title : str, optional
    rate_map : bool or int, optional
        Add the rate map (a quadratic surface and an ``SGD`` run only):
        the heat map of momentum's rate over (η, μ) on the surface's
        curvatures, as :func:`optlib.plots.rate_map` draws it, with the
        stable edge, Nesterov's edge and Polyak's optimum.  Clicking a
        point (or the arrow keys on its ring) gives that η and μ to run
        ``rate_map`` (counted from 1; ``True``: the last run), whose path
        redraws at once.  The text adds the run's rate and the optimum
        (:func:`rate_map_texts`).

    Returns
    -------
    Playground
        Its ``repr`` lists each run's outcome (computed here by optlib);
        its HTML is the live playground, which shows the same numbers.
    """
    if isinstance(runs, dict):
        runs = [runs]
    runs = list(runs)
    if not 1 <= len(runs) <= MAX_RUNS:
        raise ValueError(f"a playground has 1 to {MAX_RUNS} runs, got "
                         f"{len(runs)}")
    settings = [_settings(r) for r in runs]
    surface_args = {k: _number(v, k) for k, v in
                    dict(surface_args or {}).items()}
    make_surface(surface, surface_args)          # checks name and args
    if x0 is not None:
        x0 = [_number(v, "x0") for v in np.asarray(x0, dtype=object)
              .ravel()]
        if len(x0) != 2:
            raise ValueError("x0 must be a point (x, y)")
    if isinstance(steps, bool) or not isinstance(steps, int) or not (
            1 <= steps <= MAX_STEPS):
        raise ValueError(f"steps must be an integer from 1 to {MAX_STEPS}, "
                         f"got {steps!r}")
    names = list(surfaces) if surfaces is not None else list(SURFACE_NAMES)
    for name in names:
        if name not in SURFACE_NAMES:
            raise ValueError(f"unknown surface {name!r} in surfaces")
    if surface not in names:
        names.insert(0, surface)
    known = {k for d in OPTIMIZERS.values() for k in d}
    if controls is not None:
        controls = list(controls)
        bad = [c for c in controls if c not in known]
        if bad:
            raise ValueError(f"unknown control {bad[0]!r}; choose from "
                             f"{', '.join(sorted(known))}")
    rate_map = _rate_map_option(rate_map, surface, surface_args, settings)
    config = {
        "surface": surface, "surface_args": surface_args, "x0": x0,
        "steps": steps, "noise": _number(noise, "noise", 0),
        "seed": int(seed), "tol": _number(tol, "tol", 0),
        "max_norm": _number(max_norm, "max_norm", 0), "runs": settings,
        "surfaces": names, "controls": controls,
    }
    if rate_map is not None:
        config["rate_map"] = rate_map
    return Playground(config, title=title)


# --------------------------------------------------------------------------
# The rate map (playground(..., rate_map=...)): momentum's rate over (η, μ)
# on the quadratic the playground runs, from optlib.rates.  The browser
# computes the same with playground_core.js (worst_rate, rate_grid), tested
# against the fixtures of scripts/playground_fixtures.py.
# --------------------------------------------------------------------------

_QUADRATICS = ("bowl", "ill_conditioned", "quadratic")


def curvatures(surface, surface_args=None):
    """(λ_min, λ_max) of a quadratic playground surface, else ``None``.

    The Hessian's eigenvalues: 2a and 2b for ``bowl(a, b)``, 0.2 and
    0.2·condition for ``ill_conditioned`` and ``quadratic`` (turning the
    axes keeps them).

    >>> curvatures("ill_conditioned", {"condition": 100})
    (0.2, 20.0)
    >>> curvatures("quadratic", {"condition": 20, "angle": 30})
    (0.2, 4.0)
    >>> curvatures("rosenbrock") is None
    True
    """
    args = dict(surface_args or {})
    if surface not in _QUADRATICS:
        return None
    if surface == "bowl":
        a, b = float(args.get("a", 0.1)), float(args.get("b", 2.0))
    else:
        a, b = 0.1, 0.1 * float(args.get("condition", 20))
    return 2 * min(a, b), 2 * max(a, b)


def _rate_map_option(rate_map, surface, surface_args, settings):
    """``playground``'s ``rate_map`` argument as ``{"run": index}``."""
    if rate_map is None or rate_map is False:
        return None
    if rate_map is True:
        number = len(settings)
    elif isinstance(rate_map, int) and not isinstance(rate_map, bool):
        number = rate_map
    else:
        raise TypeError("rate_map must be True or a run number (from 1), "
                        f"got {rate_map!r}")
    if not 1 <= number <= len(settings):
        raise ValueError(f"rate_map must be a run number from 1 to "
                         f"{len(settings)}, got {number}")
    if curvatures(surface, surface_args) is None:
        raise ValueError(f"the rate map needs a quadratic surface (one of "
                         f"{', '.join(_QUADRATICS)}), got {surface!r}")
    if settings[number - 1]["optimizer"] != "SGD":
        raise ValueError(f"the rate map sets an SGD run's lr and momentum;"
                         f" run {number} is "
                         f"{settings[number - 1]['optimizer']}")
    return {"run": number - 1}


def rate_map_texts(config):
    """What the rate map of a playground's ``config`` says, in words.

    A dict: ``where`` (the curvatures and κ), ``run`` (the map's run,
    its lr and momentum, and its rate from
    :func:`optlib.rates.worst_rate`), ``optimum`` (Polyak's pair from
    :func:`optlib.rates.optimal_momentum`).  The browser writes the same
    texts and checks ``run`` against this one.

    >>> pg = playground("ill_conditioned",
    ...                 {"optimizer": "SGD", "lr": 0.09, "momentum": 0.8},
    ...                 surface_args={"condition": 100}, rate_map=True)
    >>> texts = rate_map_texts(pg.config)
    >>> texts["run"]
    'run 1: lr = 0.09, momentum = 0.8: rate 0.8944'
    >>> texts["optimum"]
    'optimum lr* = 0.1653, momentum* = 0.6694, rate 0.8182'
    >>> print(pg)                                   # doctest: +ELLIPSIS
    Playground on ill_conditioned(condition=100) from (-4.5, 1), 200 steps
      1. SGD (lr = 0.09, momentum = 0.8): converged in 151 steps, ...
      Rate map for curvatures λ from 0.2 to 20 (κ = 100): run 1: ...
    """
    from .rates import optimal_momentum, worst_rate

    lo, hi = curvatures(config["surface"], config["surface_args"])
    r = config["rate_map"]["run"]
    run = config["runs"][r]
    rate = worst_rate(run["lr"], run["momentum"], lo, hi,
                      nesterov=run["nesterov"])
    lr_s, mu_s, rate_s = optimal_momentum(lo, hi)
    g4 = lambda v: format_g(v, 4)   # noqa: E731
    return {
        "where": (f"for curvatures λ from {g4(lo)} to {g4(hi)} "
                  f"(κ = {g4(hi / lo)})"),
        "run": (f"run {r + 1}: lr = {g4(run['lr'])}, momentum = "
                f"{g4(run['momentum'])}"
                + (", nesterov" if run["nesterov"] else "")
                + f": rate {g4(rate)}" + (" (unstable)" if rate >= 1
                                         else "")),
        "optimum": (f"optimum lr* = {g4(lr_s)}, momentum* = {g4(mu_s)}, "
                    f"rate {g4(rate_s)}"),
    }
