"""Tests of optlib._ch01: the digit grid and the frame explorers."""

import re

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")

from optlib._ch01 import (FrameExplorer, digit_grid,  # noqa: E402
                          digits_explorer, digits_widget, figure_png)

RNG = np.random.default_rng(0)
IMAGES = RNG.integers(0, 17, size=(6, 64)).astype(float)
TRUE = np.array([0, 1, 2, 3, 4, 5])
PRED = np.array([0, 1, 9, 3, 9, 9])          # 3 right, 3 wrong


def test_digit_grid_marks_right_and_wrong():
    import matplotlib.pyplot as plt
    fig = digit_grid(IMAGES, TRUE, PRED, ncols=4)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert len(titles) == 6
    assert sum(t.startswith("\u2713") for t in titles) == 3
    assert "\u2717 9 (is 2)" in titles
    assert "3 of 6 right" in fig._suptitle.get_text()
    plt.close(fig)


@pytest.mark.parametrize("images, true, pred", [
    (IMAGES[:, :10], TRUE, PRED),            # not 8x8 images
    (IMAGES, TRUE[:5], PRED),                # missing label
    (IMAGES[:0], TRUE[:0], PRED[:0]),        # nothing to draw
])
def test_digit_grid_rejects_bad_input(images, true, pred):
    with pytest.raises(ValueError):
        digit_grid(images, true, pred)


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
    ex = digits_explorer(IMAGES, TRUE, [PRED, all_right], ["a", "b"])
    html = ex.to_html()
    parts = html.split('<g data-frame="')
    assert len(parts) == 3
    assert parts[1].count("\u2713") == 3 and parts[1].count("\u2717") == 3
    assert parts[2].count("\u2713") == 6 and "\u2717" not in parts[2]
    with pytest.raises(ValueError):
        digits_explorer(IMAGES, TRUE, [PRED[:3]], ["a"])


def test_figure_png_and_widget():
    png = figure_png(lambda fig: fig.subplots().plot([0, 1]))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    w = digits_widget(IMAGES, TRUE, [PRED, TRUE], ["0", "5"],
                      ["before", "after"], initial=0)
    first = w.image.value
    assert w.status.value == "before"
    w.slider.value = 1
    assert w.status.value == "after"
    assert w.image.value != first
