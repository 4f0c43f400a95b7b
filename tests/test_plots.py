"""Tests of optlib.plots: labels, titles, palette, styles, no warnings;
digit grids, sensitivity plots and PNG rendering."""

import warnings
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from optlib import surfaces as F  # noqa: E402
from optlib import plots  # noqa: E402
from optlib.optim import SGD  # noqa: E402
from optlib.plots import (LINESTYLES, MARKERS, PALETTE,  # noqa: E402
                          digit_grid, figure_png, plot_sensitivity)
from optlib.train import Result  # noqa: E402
from optlib.trajectory import trajectory  # noqa: E402


@pytest.fixture(autouse=True)
def _close_and_fail_on_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    plt.close("all")


def _data_lines(ax):
    """Lines that carry a legend label of a series (not markers)."""
    return [ln for ln in ax.get_lines()
            if not ln.get_label().startswith("_")
            and ln.get_label() not in ("start", "minimum", "saddle point")]


def test_palette_is_okabe_ito():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
                 "#D55E00", "#CC79A7", "#000000"}
    assert set(PALETTE) == okabe_ito and len(PALETTE) == 8
    assert len(set(map(str, LINESTYLES))) == len(LINESTYLES) >= 8
    assert len(set(MARKERS)) == len(MARKERS) >= 8


def test_use_style_sets_white_background_and_cycle():
    plots.use_style()
    rc = matplotlib.rcParams
    assert to_hex(rc["figure.facecolor"]) == "#ffffff"
    assert to_hex(rc["savefig.facecolor"]) == "#ffffff"
    cyc = rc["axes.prop_cycle"].by_key()
    assert [c.upper() for c in cyc["color"]] == PALETTE
    assert len(cyc["linestyle"]) == len(PALETTE)
    fig, ax = plt.subplots()
    a, = ax.plot([0, 1])
    b, = ax.plot([1, 0])
    assert a.get_linestyle() != b.get_linestyle()


@pytest.mark.parametrize("name", sorted(F.SURFACES))
def test_contour_labels_title_and_limits(name):
    s = F.SURFACES[name]
    ax = plots.contour(s)
    assert ax.get_xlabel() and ax.get_ylabel()
    assert s.name in ax.get_title()
    assert ax.get_xlim() == s.bounds[0] and ax.get_ylim() == s.bounds[1]
    ax2 = plots.contour(s, title="custom", log=not s.log_levels,
                        colorbar=True)
    assert ax2.get_title() == "custom"


def test_contour_draws_into_given_axes():
    fig, ax = plt.subplots()
    assert plots.contour(F.beale, ax=ax) is ax


def test_plot_paths_styles_labels_and_clipping():
    s = F.bowl()
    lrs = [0.05, 0.2, 0.45, 0.6]
    ts = [trajectory(lambda p, lr=lr: SGD(p, lr=lr), s, s.x0, 60)
          for lr in lrs]
    assert ts[-1].diverged
    labels = [f"lr = {lr}: {t.message}" for lr, t in zip(lrs, ts)]
    ax = plots.plot_paths(s, ts, labels, title="four runs")
    assert ax.get_title() == "four runs"
    assert ax.get_xlabel() == "$x$" and ax.get_ylabel() == "$y$"
    lines = _data_lines(ax)
    assert [ln.get_label() for ln in lines] == labels
    colours = [to_hex(ln.get_color()).upper() for ln in lines]
    assert colours == PALETTE[:4]
    assert len({ln.get_linestyle() for ln in lines}) == 4
    assert len({ln.get_marker() for ln in lines}) == 4
    # the diverged path leaves the box, but the view stays on the bounds
    assert ax.get_xlim() == s.bounds[0] and ax.get_ylim() == s.bounds[1]
    assert all(ln.get_clip_on() for ln in lines)
    legend = ax.get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    assert "start" in texts and all(lab in texts for lab in labels)


def test_plot_paths_accepts_arrays_and_single_path():
    s = F.rosenbrock
    p = np.array([[-1.0, 1.0], [0.0, 0.5], [np.inf, np.nan]])
    ax = plots.plot_paths(s, p, "one")
    (line,) = _data_lines(ax)
    assert len(line.get_xdata()) == 2   # the non-finite row is dropped
    with pytest.raises(ValueError, match="labels"):
        plots.plot_paths(s, [p, p], ["a"])
    with pytest.raises(ValueError, match="shape"):
        plots.plot_paths(s, [np.zeros((3, 3))], ["a"])


def test_loss_curves_axes_and_styles():
    curves = [np.geomspace(1, 1e-3, 50), np.geomspace(2, 1e-1, 50),
              np.array([1.0, 3.0, np.inf])]
    ax = plots.loss_curves(curves, ["a", "b", "diverged"])
    assert ax.get_yscale() == "log"
    assert ax.get_xlabel() == "step $t$" and "loss" in ax.get_ylabel()
    assert ax.get_title()
    lines = ax.get_lines()
    assert [to_hex(ln.get_color()).upper() for ln in lines] == PALETTE[:3]
    assert len({ln.get_linestyle() for ln in lines}) == 3
    ax = plots.loss_curves([np.array([1.0, -1.0])], ["neg"], logy=True)
    assert ax.get_yscale() == "linear"


def test_loss_curves_from_histories_by_epoch_and_examples():
    class History:
        loss_steps = np.array([4.0, 2.0, 1.0, 0.5])
        loss_epochs = np.array([3.0, 0.75])
        examples_seen = np.array([32, 64, 96, 128])

    ax = plots.loss_curves([History()], ["h"], x="epoch", logy=False)
    np.testing.assert_array_equal(ax.get_lines()[0].get_xdata(), [1, 2])
    assert ax.get_xlabel() == "epoch"
    ax = plots.loss_curves(History(), "h", x="examples")
    np.testing.assert_array_equal(ax.get_lines()[0].get_xdata(),
                                  [32, 64, 96, 128])
    assert "examples" in ax.get_xlabel()
    with pytest.raises(ValueError, match="x must be"):
        plots.loss_curves([History()], ["h"], x="time")
    with pytest.raises(ValueError, match="examples"):
        plots.loss_curves([np.ones(3)], ["a"], x="examples")


def test_compare_grid_small_multiples():
    s = F.two_minima
    runs = [trajectory(lambda p, lr=lr: SGD(p, lr=lr), s, s.x0, 50)
            for lr in (0.01, 0.05, 0.1, 0.2)]
    fig = plots.compare_grid(s, runs, titles=["a", "b", "c", "d"],
                             ncols=3, title="grid")
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title() for ax in visible] == ["a", "b", "c", "d"]
    assert all(ax.get_xlabel() and ax.get_ylabel() for ax in visible)
    assert fig._suptitle.get_text() == "grid"
    assert to_hex(fig.get_facecolor()) == "#ffffff"
    fig.canvas.draw()    # layout runs without warnings

# ---------------------------------------------------------------------------
# digits, a contest, PNG bytes
# ---------------------------------------------------------------------------


DIGITS = np.random.default_rng(0).integers(0, 17, size=(6, 64)).astype(float)
TRUE = np.array([0, 1, 2, 3, 4, 5])
PRED = np.array([0, 1, 9, 3, 9, 9])          # 3 right, 3 wrong


def test_digit_grid_marks_right_and_wrong():
    import matplotlib.pyplot as plt
    fig = digit_grid(DIGITS, TRUE, PRED, ncols=4)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert len(titles) == 6
    assert sum(t.startswith("\u2713") for t in titles) == 3
    assert "\u2717 9 (is 2)" in titles
    assert "3 of 6 right" in fig._suptitle.get_text()
    plt.close(fig)


@pytest.mark.parametrize("images, true, pred", [
    (DIGITS[:, :10], TRUE, PRED),            # not 8x8 images
    (DIGITS, TRUE[:5], PRED),                # missing label
    (DIGITS[:0], TRUE[:0], PRED[:0]),        # nothing to draw
])
def test_digit_grid_rejects_bad_input(images, true, pred):
    with pytest.raises(ValueError):
        digit_grid(images, true, pred)


def _fake(name, lr, val, train=None, diverged=False):
    hist = SimpleNamespace(diverged=diverged, message="",
                           test_loss=[] if diverged else [val],
                           train_loss=[] if diverged else [train or val])
    return Result(name, lr, hist, None)


def test_sensitivity_plot_marks_diverged_runs_above_the_finite_ones():
    runs = [_fake("A", 0.1, 0.5), _fake("A", 0.3, 0.2),
            _fake("A", 1.0, 0.0, diverged=True), _fake("B", 1e-3, 0.4)]
    ax = plot_sensitivity(runs)
    crosses = [ln for ln in ax.lines if ln.get_marker() == "X"]
    assert len(crosses) == 1
    assert crosses[0].get_xdata()[0] == 1.0
    assert crosses[0].get_ydata()[0] > 0.5
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="key"):
        plot_sensitivity(runs, key="test_loss")
    with pytest.raises(ValueError, match="every run diverged"):
        plot_sensitivity([_fake("A", 1.0, 0.0, diverged=True)])


def test_figure_png_is_a_png_and_tight_crops():
    def draw(fig):
        fig.add_subplot().plot([0, 1])

    tight, whole = figure_png(draw), figure_png(draw, tight=False)
    assert tight[:8] == whole[:8] == b"\x89PNG\r\n\x1a\n"
    assert tight != whole
    small = figure_png(draw, colors=16)
    assert small[:8] == b"\x89PNG\r\n\x1a\n" and len(small) <= len(tight)


# ---------------------------------------------------------------------------
# rate_map (optlib.rates on a grid)
# ---------------------------------------------------------------------------


def test_rate_map_marks_the_edge_the_optimum_and_the_runs():
    from optlib.rates import optimal_momentum

    ax = plots.rate_map(0.2, 20.0, runs=[(0.09, 0.9, "0.949"),
                                         (0.05, 0.9, None)])
    lines = {ln.get_label(): ln for ln in ax.lines}
    edge = next(ln for k, ln in lines.items() if k.startswith("edge"))
    # the heavy ball's edge: η = 2(1 + μ)/λ_max
    np.testing.assert_allclose(edge.get_xdata(),
                               2 * (1 + edge.get_ydata()) / 20.0)
    star = next(ln for k, ln in lines.items() if k.startswith("optimum"))
    lr, mu, _ = optimal_momentum(0.2, 20.0)
    assert (star.get_xdata()[0], star.get_ydata()[0]) == (lr, mu)
    assert any(k.startswith("Nesterov") for k in lines)
    assert [t.get_text() for t in ax.texts if t.get_text() == "0.949"]
    assert ax.get_xlabel() == "learning rate η"
    assert "100" in ax.get_title()
    with pytest.raises(ValueError, match="lam_max"):
        plots.rate_map(20.0, 0.2)


# --------------------------------------------------------------------------
# Every helper that draws a surface takes what trajectory takes (issue 16)
# --------------------------------------------------------------------------


def _NoBounds():
    """value and grad of one point only: enough for trajectory."""
    return SimpleNamespace(
        name="duck", value=lambda xy: float(xy[0] ** 2 + 3 * xy[1] ** 2),
        grad=lambda xy: np.array([2 * xy[0], 6 * xy[1]]))


def test_drawing_helpers_accept_what_trajectory_accepts():
    duck = _NoBounds()
    run = trajectory(lambda p: SGD(p, lr=0.1), duck, [1.5, 1.0], 20)
    ax = plots.plot_paths(duck, [run])
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x0 < 0 < 1.5 < x1 and y0 < 0 < 1.0 < y1     # around the path
    fig = plots.compare_grid(duck, [[run], [run.path]], titles=["a", "b"])
    assert len(fig.axes) >= 2
    with pytest.raises(ValueError, match="pass bounds="):
        plots.contour(duck)
    ax = plots.contour(duck, bounds=((-1, 1), (-1, 1)))
    assert ax.get_xlim() == (-1.0, 1.0)
    # a function of (x, y) alone, through surfaces.from_function
    ax = plots.contour(F.from_function(lambda x, y: np.sin(x) * y))
    assert ax.get_title()


def test_explorer_accepts_a_surface_without_bounds():
    from optlib.explorer import explore
    ex = explore(_NoBounds(), lambda p, lr: SGD(p, lr=lr), [0.05, 0.1],
                 x0=[1.5, 1.0], steps=10)
    assert ex.surface.bounds[0][1] > 1.5
    assert "<svg" in ex.to_html() or "<img" in ex.to_html()


def test_widget_frames_accept_a_surface_without_bounds():
    from optlib.trajectory import sweep
    from optlib.widgets import render_png
    sw = sweep(_NoBounds(), lambda p, lr: SGD(p, lr=lr), [0.05, 0.1],
               x0=[1.5, 1.0], steps=10)
    assert render_png(sw, 0)[:4] == b"\x89PNG"
