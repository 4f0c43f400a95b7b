"""Tests of optlib._ch02: the loss of a line and the chapter's helpers."""

import re

import matplotlib
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

matplotlib.use("Agg")

from optlib._ch02 import (central_difference,  # noqa: E402
                          line_fit_explorer, line_fit_widget,
                          logistic_loss, regression_surface,
                          zero_one_loss)

RNG = np.random.default_rng(1)
X = RNG.normal(size=25)
Y = 1.5 * X - 0.7 + 0.3 * RNG.normal(size=25)


def test_minimum_is_the_least_squares_fit():
    s = regression_surface(X, Y)
    slope, intercept = np.polyfit(X, Y, 1)          # independent solver
    np.testing.assert_allclose(s.minima[0], [slope, intercept], rtol=1e-10)
    np.testing.assert_allclose(s.grad(s.minima[0]), 0.0, atol=1e-12)


@settings(max_examples=30, deadline=None)
@given(st.floats(-5, 5), st.floats(-5, 5))
def test_value_and_grad_match_the_definition(w, b):
    s = regression_surface(X, Y)
    direct = np.mean((w * X + b - Y) ** 2)
    assert s.value([w, b]) == pytest.approx(direct, rel=1e-9, abs=1e-9)
    numeric = central_difference(
        lambda t: np.mean((t[0] * X + t[1] - Y) ** 2), [w, b], h=1e-5)
    np.testing.assert_allclose(s.grad([w, b]), numeric, rtol=1e-6,
                               atol=1e-6)


def test_grid_and_hessian():
    s = regression_surface(X, Y)
    Wg, Bg = np.meshgrid(np.linspace(-1, 1, 4), np.linspace(0, 2, 3))
    Z = s.value(np.stack([Wg, Bg]))
    assert Z.shape == (3, 4)
    assert Z[1, 2] == pytest.approx(s.value([Wg[1, 2], Bg[1, 2]]))
    H = s.hessian([0.3, -0.2])
    np.testing.assert_allclose(H, 2 * np.array([[np.mean(X * X), X.mean()],
                                                [X.mean(), 1.0]]))


@pytest.mark.parametrize("x, y", [([1.0, 1.0, 1.0], [0.0, 1.0, 2.0]),
                                  ([0.0, 1.0], [0.0, 1.0, 2.0]),
                                  ([], []),
                                  ([0.0, np.nan], [1.0, 2.0])])
def test_regression_surface_rejects_bad_data(x, y):
    with pytest.raises(ValueError):
        regression_surface(x, y)


def test_zero_one_loss_is_the_error_rate_and_a_staircase():
    x = np.array([-2.0, -1.0, 0.5, 1.0, 3.0])
    y = np.array([0, 1, 0, 1, 1])
    # c = 0.7 predicts [0, 0, 0, 1, 1]: only x = -1 is wrong
    assert zero_one_loss(0.7, x, y) == pytest.approx(1 / 5)
    # c = -1.5 predicts [0, 1, 1, 1, 1]: only x = 0.5 is wrong
    assert zero_one_loss(-1.5, x, y) == pytest.approx(1 / 5)
    # c = 2 predicts [0, 0, 0, 0, 1]: x = -1 and x = 1 are wrong
    assert zero_one_loss(2.0, x, y) == pytest.approx(2 / 5)
    # constant between consecutive data points: zero derivative there
    cs = np.linspace(-0.9, 0.4, 50)
    assert np.ptp(zero_one_loss(cs, x, y)) == 0
    assert central_difference(lambda t: zero_one_loss(t[0], x, y),
                              [0.0])[0] == 0


def test_logistic_loss_matches_formula_and_is_convex():
    x = np.array([-2.0, -1.0, 0.5, 1.0, 3.0])
    y = np.array([0, 1, 0, 1, 1])
    c = 0.3
    p = 1 / (1 + np.exp(-(x - c)))
    direct = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert logistic_loss(c, x, y) == pytest.approx(direct, rel=1e-12)
    cs = np.linspace(-4, 4, 81)
    values = logistic_loss(cs, x, y)
    assert np.all(np.diff(values, 2) > 0)            # convex
    big = logistic_loss(np.array([1e4, -1e4]), x, y)
    assert np.all(np.isfinite(big))                  # no overflow


def test_central_difference():
    def f(t):
        return t[0] ** 3 + np.sin(t[1])
    theta = np.array([1.3, 0.4])
    before = theta.copy()
    g = central_difference(f, theta)
    np.testing.assert_allclose(g, [3 * 1.3 ** 2, np.cos(0.4)], rtol=1e-8)
    np.testing.assert_array_equal(theta, before)
    with pytest.raises(ValueError):
        central_difference(f, theta, h=0.0)


def test_line_fit_explorer_dot_is_lowest_at_the_best_slope():
    ws = np.linspace(-1, 4, 11)
    ex = line_fit_explorer(X, Y, ws, b=-0.7)
    html = ex.to_html()
    cys = [float(v) for v in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"',
                                        html)]
    assert len(cys) == len(ws)
    losses = [np.mean((w * X - 0.7 - Y) ** 2) for w in ws]
    # SVG y grows downward: the lowest loss has the largest cy
    assert int(np.argmax(cys)) == int(np.argmin(losses))
    assert len(ex.texts) == len(ws) and ex.texts[0].startswith("w = -1.00")
    with pytest.raises(ValueError):
        line_fit_explorer(X, Y, ws, initial=11)


def test_line_fit_widget_updates():
    w = line_fit_widget(X, Y, [0.0, 1.5], b=-0.7, initial=0)
    assert w.status.value.startswith("w = 0.00")
    w.slider.value = 1
    assert w.status.value.startswith("w = 1.50")
