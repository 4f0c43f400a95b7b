"""Tests of optlib._ch08: AdaGrad's helpers."""

import math

import numpy as np
import pytest

from optlib._ch08 import (effective_lr, first_step, regression_surface,
                          scaled_features, soft_abs)
from optlib.optim import SGD, Adagrad


def test_regression_surface_matches_least_squares():
    X, y = scaled_features(n=50, scale=10.0, seed=3)
    s = regression_surface(X, y)
    w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(s.minima[0], w_ls, rtol=1e-10)
    w = np.array([0.3, -0.7])
    r = X @ w - y
    assert math.isclose(s.value(w), r @ r / (2 * len(y)), rel_tol=1e-12)
    np.testing.assert_allclose(s.grad(w), X.T @ r / len(y), rtol=1e-12)
    np.testing.assert_allclose(s.hessian(w), X.T @ X / len(y), rtol=1e-12)


def test_regression_gradient_by_finite_differences():
    X, y = scaled_features(n=30, scale=3.0, seed=1)
    s = regression_surface(X, y)
    w = np.array([0.5, 0.2])
    h = 1e-6
    fd = [(s.value(w + h * e) - s.value(w - h * e)) / (2 * h)
          for e in np.eye(2)]
    np.testing.assert_allclose(s.grad(w), fd, rtol=1e-6)


def test_scaled_features_scale():
    X, _ = scaled_features(n=2000, scale=100.0, seed=0)
    ratio = X[:, 1].std() / X[:, 0].std()
    assert 90 < ratio < 110


def test_soft_abs_minimum_and_gradient():
    s = soft_abs()
    assert s.value([0.0, 0.0]) == 0.0
    np.testing.assert_allclose(s.grad([0.0, 0.0]), [0.0, 0.0])
    g = s.grad([1e6, -1e6])
    np.testing.assert_allclose(g, [1.0, -1.0], atol=1e-9)


def test_effective_lr_of_sgd_is_lr():
    s = soft_abs()
    _, lrs = effective_lr(lambda p: SGD(p, lr=0.3), s, s.x0, 20)
    np.testing.assert_allclose(lrs, 0.3, rtol=1e-9)


def test_adagrad_effective_lr_on_constant_gradient():
    # s_t = t g^2 for a constant gradient, so eta_t = eta / (sqrt(t)|g|)
    class Ramp:
        def grad(self, xy):
            return np.array([2.0, -0.5])
    _, lrs = effective_lr(lambda p: Adagrad(p, lr=0.1), Ramp(),
                          [0.0, 0.0], 50)
    t = np.arange(1, 51)
    np.testing.assert_allclose(lrs[:, 0], 0.1 / (np.sqrt(t) * 2.0),
                               rtol=1e-8)
    np.testing.assert_allclose(lrs[:, 1], 0.1 / (np.sqrt(t) * 0.5),
                               rtol=1e-8)


def test_effective_lr_is_nan_for_zero_gradient():
    class Flat:
        def grad(self, xy):
            return np.array([1.0, 0.0])
    _, lrs = effective_lr(lambda p: SGD(p, lr=0.1), Flat(), [0, 0], 3)
    assert np.isnan(lrs[:, 1]).all()


def test_first_step_torch_matches_optimizer():
    for g in (1e-6, 1e-3, 1.0, 1e3):
        w = np.zeros(1)
        Adagrad([w], lr=1.0).step([np.array([g])])
        assert math.isclose(abs(w[0]), first_step(g, rule="torch"),
                            rel_tol=1e-12)


def test_first_step_rules():
    # Keras: s0 = 0.1, eps inside; article: no square root
    assert math.isclose(first_step(1.0, rule="keras"),
                        1 / math.sqrt(1.1000001))
    assert math.isclose(first_step(2.0, rule="article"), 2 / (4 + 1e-7))
    with pytest.raises(ValueError):
        first_step(1.0, rule="adam")


@pytest.mark.parametrize("kw", [dict(n=1), dict(scale=0.0),
                                dict(noise=-1.0)])
def test_scaled_features_bad_input(kw):
    with pytest.raises(ValueError):
        scaled_features(**kw)


def test_regression_surface_bad_shapes():
    with pytest.raises(ValueError):
        regression_surface(np.ones((5, 3)), np.ones(5))
    with pytest.raises(ValueError):
        regression_surface(np.ones((5, 2)), np.ones(4))
