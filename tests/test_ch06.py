"""Tests of optlib._ch06, the helpers of chapter 6 (saddle points)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optlib import _ch06
from optlib.functions import monkey_saddle, saddle, two_minima


def test_classify_known_points():
    assert _ch06.classify(saddle.hessian([0, 0]))[0] == "saddle"
    assert _ch06.classify(monkey_saddle.hessian([0, 0]))[0] == "degenerate"
    assert _ch06.classify(np.diag([1.0, 3.0]))[0] == "minimum"
    assert _ch06.classify(np.diag([-1.0, -3.0]))[0] == "maximum"
    for p in two_minima.minima:
        assert _ch06.classify(two_minima.hessian(p))[0] == "minimum"
    assert _ch06.classify(two_minima.hessian(two_minima.saddles[0]))[0] \
        == "saddle"


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1, max_value=6),
       st.integers(min_value=0, max_value=10_000))
def test_classify_definite_matrices(n, seed):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, n))
    spd = a @ a.T + 0.1 * np.eye(n)
    label, eig = _ch06.classify(spd)
    assert label == "minimum"
    assert np.all(np.diff(eig) >= 0)
    assert _ch06.classify(-spd)[0] == "maximum"


def test_classify_rejects_bad_input():
    with pytest.raises(ValueError, match="square"):
        _ch06.classify(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="symmetric"):
        _ch06.classify([[1.0, 2.0], [0.0, 1.0]])
    with pytest.raises(ValueError, match="finite"):
        _ch06.classify([[np.nan, 0.0], [0.0, 1.0]])


@pytest.mark.parametrize("eps", [0.3, 1e-2, 1e-5, 1e-9])
@pytest.mark.parametrize("lr", [0.05, 0.1, 0.4])
def test_escape_steps_theory_matches_a_plain_loop(eps, lr):
    y, t = eps, 0
    while abs(y) < 1.0:
        y *= 1 + 2 * lr            # gradient descent on -y^2 along y
        t += 1
    assert _ch06.escape_steps_theory(eps, lr) == t


@pytest.mark.parametrize("eps", [0.1, 1e-4, 1e-8])
def test_escape_steps_measured_on_the_saddle(eps):
    steps, run = _ch06.escape_steps(eps, 0.1)
    assert steps == _ch06.escape_steps_theory(eps, 0.1)
    assert abs(run.path[steps, 1]) >= 1.0
    assert abs(run.path[steps - 1, 1]) < 1.0


def test_escape_steps_bad_input():
    with pytest.raises(ValueError, match="distance"):
        _ch06.escape_steps(0.0, 0.1)
    with pytest.raises(ValueError, match="max_steps"):
        _ch06.escape_steps(1e-12, 0.001, max_steps=10)
    with pytest.raises(TypeError, match="lr"):
        _ch06.escape_steps_theory(0.1, "fast")
    assert _ch06.escape_steps_theory(2.0, 0.1) == 0


def test_noisy_grad_without_noise_is_the_gradient():
    rng = np.random.default_rng(0)
    fn = _ch06.noisy_grad(two_minima, 0.0)
    xy = np.array([0.4, -0.3])
    np.testing.assert_array_equal(fn(xy, 1, rng), two_minima.grad(xy))
    with pytest.raises(ValueError, match="noise"):
        _ch06.noisy_grad(two_minima, -1.0)


def test_count_escapes():
    local = two_minima.minima[1]
    ridge = two_minima.saddles[0][0]
    quiet, finals = _ch06.count_escapes(two_minima, local, ridge, lr=0.1,
                                        noise=0.0, runs=3, steps=20)
    assert quiet == 0
    np.testing.assert_allclose(finals, np.tile(local, (3, 1)), atol=1e-12)
    first = _ch06.count_escapes(two_minima, local, ridge, lr=0.1, noise=3.0,
                                runs=10, steps=100, seed=5)
    again = _ch06.count_escapes(two_minima, local, ridge, lr=0.1, noise=3.0,
                                runs=10, steps=100, seed=5)
    assert first[0] == again[0] > 0
    np.testing.assert_array_equal(first[1], again[1])


def test_fraction_minima():
    minima, negative = _ch06.fraction_minima([1, 2, 6], samples=20_000,
                                             seed=0)
    # n = 1: a symmetric normal; n = 2: P(GOE 2x2 positive definite) is
    # (2 - sqrt 2) / 4 (integrate the joint eigenvalue density)
    for got, want in [(minima[0], 0.5), (minima[1], (2 - math.sqrt(2)) / 4)]:
        se = math.sqrt(want * (1 - want) / 20_000)
        assert abs(got - want) < 5 * se
    assert minima[2] < 1e-3
    np.testing.assert_allclose(negative, 0.5, atol=0.02)
    with pytest.raises(ValueError, match="dimension"):
        _ch06.fraction_minima([0])
