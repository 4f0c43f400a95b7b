"""Tests of optlib._ch04, the helpers of chapter 4 (SGD)."""

import numpy as np
import pytest

from optlib import _ch04


@pytest.fixture(scope="module")
def problem():
    return _ch04.least_squares(n=120, noise=0.3, seed=3)


def test_least_squares_minimum_is_the_lstsq_solution(problem):
    X, y, surface = problem
    expected, *_ = np.linalg.lstsq(X, y, rcond=None)
    np.testing.assert_allclose(surface.minima[0], expected, rtol=1e-10)
    np.testing.assert_allclose(surface.grad(expected), 0.0, atol=1e-12)


def test_least_squares_value_and_grad(problem):
    X, y, surface = problem
    rng = np.random.default_rng(0)
    for _ in range(5):
        theta = rng.normal(size=2)
        loss = np.mean((X @ theta - y) ** 2) / 2
        assert surface.value(theta) == pytest.approx(loss, rel=1e-12)
        eps = 1e-6
        fd = [(surface.value(theta + eps * e) - surface.value(theta - eps * e))
              / (2 * eps) for e in np.eye(2)]
        np.testing.assert_allclose(surface.grad(theta), fd, rtol=1e-6,
                                   atol=1e-9)
    np.testing.assert_allclose(surface.hessian(theta), X.T @ X / len(X),
                               rtol=1e-12)


def test_least_squares_grid_shape(problem):
    _, _, surface = problem
    X, Y, Z = surface.grid(7)
    assert Z.shape == (7, 7)
    assert np.isfinite(Z).all()


def test_full_batch_grad_fn_is_exact(problem):
    X, y, surface = problem
    grad_fn = _ch04.minibatch_grad_fn(X, y, len(X))
    rng = np.random.default_rng(1)
    theta = np.array([0.3, -2.0])
    np.testing.assert_allclose(grad_fn(theta, 1, rng), surface.grad(theta),
                               rtol=1e-12, atol=1e-14)


def test_minibatch_grad_is_unbiased(problem):
    X, y, surface = problem
    grad_fn = _ch04.minibatch_grad_fn(X, y, 4)
    rng = np.random.default_rng(2)
    theta = np.array([-1.0, 1.5])
    draws = np.array([grad_fn(theta, t, rng) for t in range(4000)])
    # tolerance: 5 standard errors of the mean
    se = draws.std(axis=0) / np.sqrt(len(draws))
    assert np.all(np.abs(draws.mean(axis=0) - surface.grad(theta))
                  < 5 * se)


def test_gradient_variance_matches_the_formula():
    # scalar "gradients" g_i = a_i: the minibatch mean of a finite
    # population drawn without replacement has a known variance
    rng = np.random.default_rng(0)
    a = rng.normal(size=(50, 3))
    n = len(a)

    def batch_grad(idx):
        return a[idx].mean(axis=0)

    sizes = [1, 5, 25, 50]
    variance, sigma2 = _ch04.gradient_variance(batch_grad, n, sizes,
                                               draws=3000, seed=1)
    direct = np.mean(np.sum((a - a.mean(axis=0)) ** 2, axis=1))
    assert sigma2 == pytest.approx(direct, rel=1e-12)
    exact = [sigma2 / b * (n - b) / (n - 1) for b in sizes]
    np.testing.assert_allclose(variance[:3], exact[:3], rtol=0.1)
    assert variance[3] == pytest.approx(0.0, abs=1e-25)


def test_bad_batch_sizes(problem):
    X, y, _ = problem
    with pytest.raises(ValueError, match="batch_size"):
        _ch04.minibatch_grad_fn(X, y, 0)
    with pytest.raises(ValueError, match="batch_size"):
        _ch04.minibatch_grad_fn(X, y, len(X) + 1)
    with pytest.raises(TypeError, match="batch_size"):
        _ch04.minibatch_grad_fn(X, y, 2.5)
    with pytest.raises(ValueError, match="shape"):
        _ch04.minibatch_grad_fn(X[:, :1], y, 2)
    with pytest.raises(ValueError, match="batch_size"):
        _ch04.gradient_variance(lambda idx: np.zeros(1), 10, [11])
    with pytest.raises(ValueError, match="noise"):
        _ch04.least_squares(noise=-1.0)
