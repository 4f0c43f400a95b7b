"""Tests of optlib.widgets: the ipywidgets twins of the static explorers."""

import warnings

import numpy as np
import pytest

pytest.importorskip("ipywidgets")

from optlib import explorer, widgets  # noqa: E402
from optlib import surfaces as F  # noqa: E402
from optlib.optim import SGD  # noqa: E402

LRS = [0.05, 0.2, 0.45, 0.55]


def sgd(p, lr):
    return SGD(p, lr=lr)


@pytest.fixture(autouse=True)
def _no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # ipywidgets 7.7 (Colab's) with a new ipykernel: the kernel's own
        # notice, not ours
        warnings.filterwarnings(
            "ignore", message="The `ipykernel.comm.Comm` class has been "
            "deprecated", category=DeprecationWarning)
        yield


def test_widget_builds_without_a_kernel_and_redraws():
    sw = explorer.sweep(F.bowl(), sgd, LRS, steps=80)
    box = widgets.sweep_widget(sw, initial=0, title="GD on the bowl")
    assert box.sweep is sw
    assert [lab for lab, _ in box.slider.options] == sw.labels
    assert box.status.value == sw[0].text
    first = box.image.value
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    box.slider.value = 3
    assert box.status.value == "lr = 0.55 \u2192 diverged at step 76"
    assert box.image.value != first
    box.slider.value = 0
    assert box.image.value == first            # cached, identical
    with pytest.raises(TypeError):
        widgets.sweep_widget([1, 2])
    with pytest.raises(ValueError):
        widgets.sweep_widget(sw, initial=9)


def test_widget_and_static_explorer_share_one_sweep(monkeypatch):
    calls = []
    real = explorer.sweep

    def spy(*args, **kwargs):
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(explorer, "sweep", spy)
    monkeypatch.setattr(widgets, "sweep", spy)
    box = widgets.explore(F.bowl(), sgd, LRS, steps=80)
    static = explorer.explore(F.bowl(), sgd, LRS, steps=80)
    assert len(calls) == 2
    assert calls[0][1] == calls[1][1]   # the same arguments reach sweep
    # and so the two draw the same paths
    for a, b in zip(box.sweep, static.sweep):
        assert a.text == b.text
        np.testing.assert_array_equal(a.trajectory.path,
                                      b.trajectory.path)
    assert box.sweep.texts == [r["text"] for r in static.data["runs"]]


def test_render_png_of_several_optimizers():
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr),
              "momentum": lambda p, lr: SGD(p, lr=lr, momentum=0.9)}
    sw = explorer.sweep(F.two_minima, makers, [0.01, 0.05], steps=50)
    png = widgets.render_png(sw, 1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 200 * 1024


def test_a_notebook_cell_with_the_widget_executes_quickly(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager
    if "python3" not in KernelSpecManager().find_kernel_specs():
        pytest.skip("no python3 kernel")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "from optlib import explorer, widgets\n"
            "from optlib.optim import SGD\n"
            "from optlib.surfaces import bowl\n"
            "from optlib.trajectory import sweep\n"
            "sw = sweep(bowl(), lambda p, lr: SGD(p, lr=lr),\n"
            "           [0.05, 0.2, 0.45], steps=60)"),
        nbformat.v4.new_code_cell("widgets.sweep_widget(sw)"),
        nbformat.v4.new_code_cell("explorer.Explorer(sw)"),
    ]
    client = nbclient.NotebookClient(
        nb, timeout=30, kernel_name="python3", record_timing=False,
        store_widget_state=True,
        resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    widget_out = nb.cells[1].outputs
    # ipywidgets 8 returns an execute_result; 7.7 (Colab) displays the
    # widget itself, a display_data: both show the same view
    views = [out for out in widget_out
             if out["output_type"] in ("execute_result", "display_data")
             and "application/vnd.jupyter.widget-view+json" in out.data]
    assert len(views) == 1, widget_out
    html = nb.cells[2].outputs[0].data["text/html"]
    assert html.startswith('<figure class="optlib-explorer"')
    for cell in nb.cells:
        for out in cell.outputs:
            assert out["output_type"] != "error"
            assert out.get("name") != "stderr"

# ---------------------------------------------------------------------------
# the other sliders
# ---------------------------------------------------------------------------


DIGITS = np.random.default_rng(0).integers(0, 17, size=(6, 64)).astype(float)
TRUE = np.array([0, 1, 2, 3, 4, 5])
PRED = np.array([0, 1, 9, 3, 9, 9])          # 3 right, 3 wrong
LX = np.random.default_rng(1).normal(size=25)
LY = 1.5 * LX - 0.7 + 0.3 * np.random.default_rng(2).normal(size=25)


def test_digits_widget_redraws():
    w = widgets.digits_widget(DIGITS, TRUE, [PRED, TRUE], ["0", "5"],
                      ["before", "after"], initial=0)
    first = w.image.value
    assert w.status.value == "before"
    w.slider.value = 1
    assert w.status.value == "after"
    assert w.image.value != first


def test_line_fit_widget_updates():
    w = widgets.line_fit_widget(LX, LY, [0.0, 1.5], b=-0.7, initial=0)
    assert w.status.value.startswith("w = 0.00")
    w.slider.value = 1
    assert w.status.value.startswith("w = 1.50")


# --------------------------------------------------------------------------
# The fast path: every widget redraws only what moves (LiveFigure)
# --------------------------------------------------------------------------

def _pixels(png):
    import io

    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_live_frames_leave_no_trace_of_earlier_frames():
    """Frame 3 drawn after frames 0..2 is the frame 3 of a fresh figure:
    the background is restored and every moving artist removed."""
    from optlib.optim import SGD
    from optlib.surfaces import bowl
    from optlib.trajectory import sweep
    sw = sweep(bowl(), {"SGD": lambda p, lr: SGD(p, lr=lr),
                        "SGD+m": lambda p, lr: SGD(p, lr=lr, momentum=0.5)},
               [0.02, 0.2, 0.45, 0.51], steps=200)
    box = widgets.sweep_widget(sw, initial=0)
    for i in range(3):
        box.figure.png(i)
    again = _pixels(box.figure.png(3))
    fresh = _pixels(widgets.sweep_widget(sw, initial=0).figure.png(3))
    np.testing.assert_array_equal(again, fresh)
    assert not np.array_equal(again, _pixels(box.figure.png(1)))


def test_live_digits_and_line_fit_redraw_only_their_moving_parts():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 17, size=(6, 64))
    y = np.arange(6)
    preds = [y, (y + 1) % 10]
    box = widgets.digits_widget(images, y, preds, ["a", "b"], ["all right",
                                                               "all wrong"])
    first, second = box.figure.png(0), box.figure.png(1)
    assert not np.array_equal(_pixels(first), _pixels(second))
    np.testing.assert_array_equal(_pixels(box.figure.png(0)),
                                  _pixels(first))
    x = np.linspace(0, 2, 10)
    lf = widgets.line_fit_widget(x, 2 * x + 1, np.linspace(0, 4, 5))
    a, b = lf.figure.png(0), lf.figure.png(4)
    assert not np.array_equal(_pixels(a), _pixels(b))
    np.testing.assert_array_equal(_pixels(lf.figure.png(0)), _pixels(a))


# --------------------------------------------------------------------------
# issue 14: titles seen before are pasted, not drawn again (digits grid)
# --------------------------------------------------------------------------


def _counting_draws(live):
    """Count the artists ``live`` draws from now on (titles included)."""
    fig = live.figure
    drawn = []
    original = fig.draw_artist

    def draw_artist(a):
        drawn.append(a)
        return original(a)

    fig.draw_artist = draw_artist
    return drawn


def _grid_predictions():
    y = np.arange(12) % 10
    wrong = (y + 1) % 10
    mixed = np.where(np.arange(12) < 2, wrong, y)      # 2 guesses change
    return y, [y, wrong, mixed]


def test_digits_titles_seen_before_are_pasted_not_drawn():
    images = np.random.default_rng(3).integers(0, 17, size=(12, 64))
    y, preds = _grid_predictions()
    box = widgets.digits_widget(images, y, preds, ["a", "b", "c"],
                                ["all right", "all wrong", "two wrong"],
                                ncols=6)
    live = box.figure
    live.png(0)
    live.png(1)
    drawn = _counting_draws(live)
    live.png(0)                    # every title (and the heading) known
    assert drawn == []
    live.png(2)                    # 10 titles as in frame 0, 2 as in 1
    assert drawn == [live.figure._suptitle]      # only the new heading
    drawn.clear()
    live.png(2)
    assert drawn == []


def test_digits_pasted_titles_look_exactly_as_drawn_ones():
    images = np.random.default_rng(3).integers(0, 17, size=(12, 64))
    y, preds = _grid_predictions()
    args = (images, y, preds, ["a", "b", "c"],
            ["all right", "all wrong", "two wrong"])
    warm = widgets.digits_widget(*args, ncols=6).figure
    for i in (0, 1, 0):
        warm.png(i)
    for i in (2, 0, 1):
        cold = widgets.digits_widget(*args, ncols=6).figure
        np.testing.assert_array_equal(_pixels(warm.png(i)),
                                      _pixels(cold.png(i)))
    # and a title whose guess changed is redrawn, not pasted
    assert not np.array_equal(_pixels(warm.png(2)), _pixels(warm.png(0)))


def test_sweep_title_cache_keeps_frames_independent():
    from optlib.optim import SGD
    from optlib.surfaces import bowl
    box = widgets.explore(bowl(), lambda p, lr: SGD(p, lr=lr),
                          [0.05, 0.2, 0.45], steps=50, initial=0)
    live = box.figure
    first = [_pixels(live.png(i)) for i in range(3)]
    drawn = _counting_draws(live)
    again = [_pixels(live.png(i)) for i in range(3)]
    for a, b in zip(first, again):
        np.testing.assert_array_equal(a, b)
    # the paths are drawn every frame; the titles only once
    title = live.figure.axes[0].title
    assert drawn and not any(a is title for a in drawn)


def test_title_with_the_same_text_in_another_style_is_drawn_anew():
    """The pasted pixels are those of the title's text *and* style."""
    from optlib.widgets import LiveFigure

    styles = [{"color": "black", "fontweight": "normal"},
              {"color": "#D55E00", "fontweight": "bold"}]

    def dynamic(fig, i):
        ax = fig.axes[0]
        ax.set_title("same words", **styles[i])
        return [ax.title]

    live = LiveFigure(lambda fig: fig.add_subplot().plot([0, 1]), dynamic)
    plain, bold = _pixels(live.png(0)), _pixels(live.png(1))
    assert not np.array_equal(plain, bold)
    np.testing.assert_array_equal(_pixels(live.png(0)), plain)
    np.testing.assert_array_equal(_pixels(live.png(1)), bold)
