"""Tests of optlib._ch09: step sizes of RMSProp under given gradients."""

import numpy as np
import pytest

from optlib._ch09 import piecewise_constant, step_sizes
from optlib.optim import SGD, Adagrad, RMSprop


@pytest.mark.parametrize("alpha", [0.5, 0.9, 0.99])
def test_rmsprop_first_step_and_limit(alpha):
    # v_t = (1 - alpha^t) g^2 on a constant gradient
    s = step_sizes(lambda p: RMSprop(p, lr=0.01, alpha=alpha, eps=0.0),
                   np.full(3000, 3.0))
    t = np.arange(1, 3001)
    np.testing.assert_allclose(s, 0.01 / np.sqrt(1 - alpha ** t),
                               rtol=1e-9)


def test_adagrad_steps_shrink_like_inverse_sqrt():
    s = step_sizes(lambda p: Adagrad(p, lr=0.1, eps=0.0), np.ones(100))
    np.testing.assert_allclose(s, 0.1 / np.sqrt(np.arange(1, 101)),
                               rtol=1e-12)


def test_sgd_step_is_lr_times_gradient():
    s = step_sizes(lambda p: SGD(p, lr=0.1), [1.0, -2.0, 0.5])
    np.testing.assert_allclose(s, [0.1, 0.2, 0.05])


def test_centered_constant_gradient_blows_up_without_warnings():
    with np.errstate(all="raise"):
        s = step_sizes(lambda p: RMSprop(p, lr=0.01, alpha=0.9,
                                         centered=True), np.ones(300))
    ok = s[np.isfinite(s)]
    assert ok[-1] > 1e3 * ok[0]


def test_piecewise_constant():
    g = piecewise_constant((1.0, 2), (5.0, 1), (0.0, 0))
    assert g.tolist() == [1.0, 1.0, 5.0]
    with pytest.raises(ValueError):
        piecewise_constant((1.0, 1.5))
    with pytest.raises(ValueError):
        piecewise_constant()


def test_step_sizes_bad_input():
    with pytest.raises(ValueError):
        step_sizes(lambda p: SGD(p, lr=0.1), [])
    with pytest.raises(ValueError):
        step_sizes(lambda p: SGD(p, lr=0.1), [1.0, np.inf])
