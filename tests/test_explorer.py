"""Tests of optlib.explorer: the static HTML explorer and its sweep."""

import base64
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from optlib import explorer
from optlib import surfaces as F
from optlib.explorer import (FrameExplorer, digits_explorer,
                             line_fit_explorer)
from optlib.optim import SGD, Adam
from optlib.plots import PALETTE
from optlib.trajectory import sweep, trajectory

LRS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55]


def sgd(p, lr):
    return SGD(p, lr=lr)


@pytest.fixture(scope="module")
def bowl_explorer():
    return explorer.explore(F.bowl(), sgd, LRS, steps=200)


@pytest.fixture(scope="module")
def side_by_side():
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr / 100),
              "Adam": lambda p, lr: Adam(p, lr=lr)}
    return explorer.explore(F.rosenbrock, makers, [0.01, 0.1, 0.5],
                            steps=300, title="Two optimizers")


class _Collector(html.parser.HTMLParser):
    """Collects tags, attributes and script contents; checks nesting."""

    VOID = {"img", "input", "br", "meta", "hr", "link", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.attrs, self.scripts = [], [], []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        self.attrs.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_startendtag(self, tag, attrs):
        self.attrs.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data


def _parse(text):
    c = _Collector()
    c.feed(text)
    c.close()
    assert c.stack == [], c.stack
    return c


def _embedded(ex_html):
    c = _parse(ex_html)
    (data,) = [s for a, s in c.scripts if a.get("type") == "application/json"]
    return json.loads(data)


# ---------------------------------------------------------------------------
# the sweep
# ---------------------------------------------------------------------------




def test_sweep_several_optimizers_and_custom_labels(side_by_side):
    sw = side_by_side.sweep
    assert sw.names == ["SGD", "Adam"]
    run = sw[1]
    assert list(run.trajectories) == ["SGD", "Adam"]
    assert run.outcome.startswith("SGD: ") and "; Adam: " in run.outcome
    labels = ["\u03b2\u2081=0.9, \u03b2\u2082=0.999",
              "\u03b2\u2081=0.5, \u03b2\u2082=0.999"]
    sw2 = sweep(
        F.beale, lambda p, b: Adam(p, lr=0.05, betas=b),
        [(0.9, 0.999), (0.5, 0.999)], steps=50, param="betas",
        labels=labels)
    assert sw2.labels == labels




def test_explorer_needs_a_sweep_and_a_valid_initial():
    with pytest.raises(TypeError):
        explorer.Explorer([1, 2])
    sw = sweep(F.bowl(), sgd, [0.1, 0.2], steps=5)
    with pytest.raises(ValueError):
        explorer.Explorer(sw, initial=2)


# ---------------------------------------------------------------------------
# the HTML
# ---------------------------------------------------------------------------


def test_html_is_self_contained(bowl_explorer, side_by_side):
    for ex in (bowl_explorer, side_by_side):
        text = ex.to_html()
        c = _parse(text)
        for tag, attrs in c.attrs:
            for key in ("src", "href", "xlink:href", "action", "data"):
                v = attrs.get(key)
                if v is None:
                    continue
                assert not re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", v,
                                    re.I) or v.startswith("data:image/png"),\
                    (tag, key, v[:60])
            if tag == "script":
                assert "src" not in attrs
            if tag == "link":
                raise AssertionError("no stylesheet links")
        # the only URL-like strings are the SVG namespace
        bare = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text)
        urls = set(re.findall(r"(?:https?:)?//[\w.-]+[^\s\"'<>]*", bare))
        assert urls <= {"http://www.w3.org/2000/svg"}, urls
        for word in ("require(", "import(", "fetch(", "XMLHttpRequest",
                     "cdn", "@import"):
            assert word not in text


def test_html_is_well_formed_xml(bowl_explorer, side_by_side):
    for ex in (bowl_explorer, side_by_side):
        root = ET.fromstring(ex.to_html())
        assert root.tag == "figure"
        assert root.get("id") == ex.id


def test_background_is_one_inline_png(bowl_explorer):
    c = _parse(bowl_explorer.to_html())
    imgs = [a for t, a in c.attrs if t == "img"]
    assert len(imgs) == 1 and imgs[0]["alt"]
    prefix = "data:image/png;base64,"
    assert imgs[0]["src"].startswith(prefix)
    png = base64.b64decode(imgs[0]["src"][len(prefix):])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png == bowl_explorer.png_bytes
    # the picture is exactly width × height pixels, or the paths (drawn
    # in those pixel coordinates) would not sit on the contours
    from PIL import Image
    with Image.open(io.BytesIO(png)) as img:
        assert img.size == (bowl_explorer.width, bowl_explorer.height)
    box = _embedded(bowl_explorer.to_html())["box"]
    assert 0 < box[0] and box[0] + box[2] < img.size[0]
    assert 0 < box[1] and box[1] + box[3] < img.size[1]
    assert len(png) < 170 * 1024


def _subsequence_indices(points, path):
    """Indices j₀ < j₁ < … with path[j] == points (greedy)."""
    idx, j = [], 0
    for p in points:
        while j < len(path) and not np.array_equal(path[j], p):
            j += 1
        assert j < len(path), f"embedded point {p} is not on the path"
        idx.append(j)
        j += 1
    return idx


def test_embedded_paths_equal_train_trajectory(bowl_explorer, side_by_side):
    cases = [(bowl_explorer, {"": sgd}, LRS, 200),
             (side_by_side,
              {"SGD": lambda p, lr: SGD(p, lr=lr / 100),
               "Adam": lambda p, lr: Adam(p, lr=lr)}, [0.01, 0.1, 0.5],
              300)]
    for ex, makers, values, steps in cases:
        s = ex.sweep.surface
        data = _embedded(ex.to_html())
        dec = data["decimals"]
        span = min(b[1] - b[0] for b in s.bounds)
        assert 10.0 ** -dec <= span * 1e-4      # rounding below 1e-4 box
        assert data["xlim"] == list(s.bounds[0])
        assert len(data["runs"]) == len(values)
        for v, run in zip(values, data["runs"]):
            assert len(run["paths"]) == len(makers)
            for flat, fn in zip(run["paths"], makers.values()):
                ref = trajectory(lambda p: fn(p, v), s, s.x0, steps)
                pts = np.array(flat).reshape(-1, 2)
                rounded = np.round(ref.path, dec) + 0.0
                (x0, x1), (y0, y1) = s.bounds
                wx, wy = x1 - x0, y1 - y0
                inside = np.all((np.abs(ref.path[:, 0]) < 3 * wx)
                                & (np.abs(ref.path[:, 1]) < 3 * wy))
                if inside:      # the whole path, up to its last point
                    idx = _subsequence_indices(pts, rounded)
                    assert idx[0] == 0
                    np.testing.assert_array_equal(pts[-1], rounded[-1])
                    continue
                # a path that flew off: every point but the last is on the
                # path; the last lies on the segment towards the next
                # point, which is far outside the picture
                idx = _subsequence_indices(pts[:-1], rounded)
                assert idx[0] == 0
                a, far = ref.path[idx[-1]], ref.path[idx[-1] + 1]
                assert (abs(far[0] - (x0 + x1) / 2) > 1.5 * wx
                        or abs(far[1] - (y0 + y1) / 2) > 1.5 * wy)
                d, e = far - a, pts[-1] - a
                cos = d @ e / (np.linalg.norm(d) * np.linalg.norm(e))
                assert cos > 1 - 1e-6
                assert np.all(np.abs(pts[-1]) < 4 * max(wx, wy)
                              + np.abs(s.bounds).max())
                assert run["text"].endswith(ref.message)


def test_simplify_keeps_zigzags_and_drops_crawls():
    bounds = ((-1.0, 1.0), (-1.0, 1.0))
    zig = np.column_stack([np.linspace(-0.9, 0.9, 50),
                           0.5 * (-1.0) ** np.arange(50)])
    assert len(explorer.simplify(zig, bounds)) == 50
    crawl = np.column_stack([np.geomspace(0.5, 1e-9, 300), np.zeros(300)])
    kept = explorer.simplify(crawl, bounds)
    assert kept[0] == 0 and kept[-1] == 299 and len(kept) < 100
    # skipped points are within the pixel tolerance of the last kept one
    px = crawl[:, 0] / 2 * 640
    for a, b in zip(kept[:-1], kept[1:]):
        assert np.all(np.abs(px[a + 1:b] - px[a]) <= 0.4 + 1e-9)
    blow = np.array([[0.0, 0.0], [0.5, 0.0], [5.0, 0.0], [50.0, 0.0],
                     [np.inf, np.nan]])
    np.testing.assert_array_equal(explorer.simplify(blow, bounds), [0, 1, 2])
    many = np.random.default_rng(0).uniform(-1, 1, (3000, 2))
    assert len(explorer.simplify(many, bounds, max_points=400)) <= 400


def test_labels_show_value_and_outcome(bowl_explorer):
    text = bowl_explorer.to_html()
    data = _embedded(text)
    sw = bowl_explorer.sweep
    for run, d in zip(sw, data["runs"]):
        assert d["text"] == run.text
        assert d["text"].startswith(run.label + " \u2192 ")
    assert data["runs"][-1]["text"] == "lr = 0.55 \u2192 diverged at step 76"
    root = ET.fromstring(text)
    out = root.find(".//output")
    assert out.get("aria-live") == "polite"
    assert out.text == sw[bowl_explorer.initial].text
    rng = root.find(".//input")
    assert rng.get("type") == "range" and rng.get("max") == str(len(LRS) - 1)
    assert rng.get("aria-valuetext") == out.text
    label = root.find(".//label")
    assert label.get("for") == rng.get("id")
    # the text alternative: a table row per value with its outcome
    rows = root.findall(".//tbody/tr")
    assert len(rows) == len(LRS)
    for row, run in zip(rows, sw):
        assert row.find("th").text == run.label
        assert row.find("td").text.startswith(run.trajectory.message)


def test_colours_dashes_and_clip_path(side_by_side):
    root = ET.fromstring(side_by_side.to_html())
    ns = "{http://www.w3.org/2000/svg}"
    svg = root.find(f".//{ns}svg")
    clip = svg.find(f".//{ns}clipPath")
    group = svg.find(f"{ns}g")
    assert group.get("clip-path") == f"url(#{clip.get('id')})"
    groups = group.findall(f"{ns}g")
    colours = [g.get("stroke").upper() for g in groups]
    assert colours == PALETTE[:2]
    dashes = [g.get("stroke-dasharray") for g in groups]
    assert dashes[0] is None and dashes[1]        # solid, then dashed
    legend = "".join(root.itertext())
    assert "SGD" in legend and "Adam" in legend and "start" in legend


def test_ids_are_deterministic_across_processes(tmp_path):
    code = ("from optlib import explorer, surfaces as F\n"
            "from optlib.optim import SGD\n"
            "ex = explorer.explore(F.bowl(), lambda p, lr: SGD(p, lr=lr),"
            " [0.1, 0.3, 0.55], steps=50)\n"
            "import sys; sys.stdout.write(ex.to_html())\n")
    env = dict(os.environ, PYTHONHASHSEED="random")
    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True,
                           text=True, check=True, env=env, timeout=120).stdout
            for _ in range(2)]
    assert outs[0] == outs[1]
    ids = set(re.findall(r'id="([^"]+)"', outs[0]))
    assert all(i.startswith("optlib-ex-") for i in ids)
    # same input in this process, even after the global style changed:
    # same HTML up to the duplicate suffix
    from optlib import plots
    plots.use_style()
    ex = explorer.explore(F.bowl(), sgd, [0.1, 0.3, 0.55], steps=50)
    assert ex.to_html().replace(ex.id, "X") == \
        outs[0].replace(ex.id.split("-")[0] + "-ex-"
                        + ex.id.split("-")[2], "X")
    other = explorer.explore(F.bowl(), sgd, [0.1, 0.3], steps=50)
    assert other.id.split("-")[2] != ex.id.split("-")[2]


def test_size_budget_for_ten_values(bowl_explorer, side_by_side):
    assert len(bowl_explorer.to_html().encode()) < 300 * 1024
    assert len(side_by_side.to_html().encode()) < 300 * 1024


def test_repr_html_and_save(tmp_path, bowl_explorer):
    assert bowl_explorer._repr_html_() == bowl_explorer.to_html()
    path = bowl_explorer.save(tmp_path / "ex.html")
    page = open(path, encoding="utf-8").read()
    assert page.startswith("<!DOCTYPE html>")
    assert bowl_explorer.to_html() in page
    assert "lr = 0.55" in repr(bowl_explorer)


def test_import_is_light():
    code = ("import sys, optlib.explorer, optlib.widgets\n"
            "print('matplotlib' in sys.modules, "
            "'ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert out.split() == ["False", "False"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs headless chromium")
def test_browser_slider_changes_path_and_label(tmp_path):
    ex = explorer.explore(F.bowl(), sgd, [0.05, 0.3, 0.55], steps=100,
                          initial=0)
    move = ("<script>var r=document.querySelector('#%s-range');"
            "var before=document.querySelector('#%s-p0')"
            ".getAttribute('points');"
            "r.value=2;r.dispatchEvent(new Event('input'));"
            "var after=document.querySelector('#%s-p0')"
            ".getAttribute('points');"
            "document.body.setAttribute('data-changed',"
            "String(before!==after));</script>") % ((ex.id,) * 3)
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><body>" + ex.to_html() + move
                    + "</body></html>", encoding="utf-8")
    res = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=90)
    dom = res.stdout
    assert 'data-changed="true"' in dom
    out = re.search(r"<output[^>]*>(.*?)</output>", dom).group(1)
    assert out == "lr = 0.55 \u2192 diverged at step 76"
    assert 'data-ready="1"' in dom

# ---------------------------------------------------------------------------
# frame explorers: digits during training, a line and its loss
# ---------------------------------------------------------------------------


DIGITS = np.random.default_rng(0).integers(0, 17, size=(6, 64)).astype(float)
TRUE = np.array([0, 1, 2, 3, 4, 5])
PRED = np.array([0, 1, 9, 3, 9, 9])          # 3 right, 3 wrong
LX = np.random.default_rng(1).normal(size=25)
LY = 1.5 * LX - 0.7 + 0.3 * np.random.default_rng(2).normal(size=25)


def _frames(html):
    return re.findall(r'<g data-frame="(\d+)"( style="display:none")?>',
                      html)


def test_frame_explorer_shows_exactly_the_initial_frame():
    ex = FrameExplorer("<rect/>", ["<circle/>"] * 4, list("abcd"), 100, 50,
                       "k", "title", initial=2)
    html = ex.to_html()
    frames = _frames(html)
    assert [int(i) for i, _ in frames] == [0, 1, 2, 3]
    visible = [int(i) for i, hidden in frames if not hidden]
    assert visible == [2]
    assert 'value="2"' in html and 'max="3"' in html
    assert ">c</output>" in html


def test_frame_explorer_is_deterministic_and_safe():
    args = ("<rect/>", ["<circle/>", "<line/>"], ["</script>x", "y"], 10,
            10, "k", "t")
    h1, h2 = FrameExplorer(*args).to_html(), FrameExplorer(*args).to_html()
    # the second copy on a page gets a suffixed id, nothing else changes
    id1 = re.search(r'id="(optlib-fx-[0-9a-f]+)"', h1).group(1)
    assert h2.replace(id1 + "-1", id1) == h1
    data = h1.split('-data">')[1].split("</script>")[0]
    assert "</script" not in data and "\\u003c/script" in data


def test_frame_explorer_rejects_mismatch():
    with pytest.raises(ValueError):
        FrameExplorer("", ["a", "b"], ["only one"], 10, 10, "k", "t")
    with pytest.raises(ValueError):
        FrameExplorer("", ["a"], ["x"], 10, 10, "k", "t", initial=1)


def test_digits_explorer_labels_every_frame():
    all_right = TRUE.copy()
    ex = digits_explorer(DIGITS, TRUE, [PRED, all_right], ["a", "b"])
    html = ex.to_html()
    parts = html.split('<g data-frame="')
    assert len(parts) == 3
    assert parts[1].count("\u2713") == 3 and parts[1].count("\u2717") == 3
    assert parts[2].count("\u2713") == 6 and "\u2717" not in parts[2]
    with pytest.raises(ValueError):
        digits_explorer(DIGITS, TRUE, [PRED[:3]], ["a"])


def test_line_fit_explorer_dot_is_lowest_at_the_best_slope():
    ws = np.linspace(-1, 4, 11)
    ex = line_fit_explorer(LX, LY, ws, b=-0.7)
    html = ex.to_html()
    cys = [float(v) for v in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"',
                                        html)]
    assert len(cys) == len(ws)
    losses = [np.mean((w * LX - 0.7 - LY) ** 2) for w in ws]
    # SVG y grows downward: the lowest loss has the largest cy
    assert int(np.argmax(cys)) == int(np.argmin(losses))
    assert len(ex.texts) == len(ws) and ex.texts[0].startswith("w = -1.00")
    with pytest.raises(ValueError):
        line_fit_explorer(LX, LY, ws, initial=11)


def test_explorer_ids_and_text_do_not_depend_on_the_png(monkeypatch):
    from optlib import plots

    sw = sweep(F.bowl(), sgd, [0.1, 0.3], steps=20)
    a = explorer.Explorer(sw)
    real = plots.figure_png
    monkeypatch.setattr(plots, "figure_png",
                        lambda *a, **k: real(*a, **k) + b"other matplotlib")
    b = explorer.Explorer(sw)
    assert a.png_bytes != b.png_bytes
    assert b.id in (a.id + "-1", a.id + "-2")
    assert repr(a).replace(a.id, "") == repr(b).replace(b.id, "")
    assert "KB" not in repr(a)
