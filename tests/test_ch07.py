"""Tests of optlib._ch07: the two ways of writing momentum."""

import numpy as np
import pytest

from optlib._ch07 import (escape_step, step_decay_lr, torch_form_path,
                          velocity_form_path)
from optlib.functions import ill_conditioned, saddle


BOWL = ill_conditioned(100)


def test_forms_agree_for_constant_lr():
    # u_t = -eta b_t by induction, so the paths are the same
    lr_at = step_decay_lr(0.05, every=10**9)
    a = torch_form_path(BOWL, BOWL.x0, lr_at, 0.9, 200)
    b = velocity_form_path(BOWL, BOWL.x0, lr_at, 0.9, 200)
    np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


def test_forms_split_exactly_when_lr_changes():
    lr_at = step_decay_lr(0.05, every=20, factor=0.1)
    a = torch_form_path(BOWL, BOWL.x0, lr_at, 0.9, 60)
    b = velocity_form_path(BOWL, BOWL.x0, lr_at, 0.9, 60)
    gap = np.linalg.norm(a - b, axis=1)
    assert gap[:21].max() < 1e-12          # theta_0 ... theta_20 agree
    assert gap[21] > 1e-3                  # step 21 uses the new lr


def test_step_after_drop_matches_each_rule():
    # torch: theta_21 - theta_20 = -eta_21 (mu b_20 + g_21);
    # velocity: u_21 = mu u_20 - eta_21 g_21 with u_20 = -eta_20 b_20
    lr_at = step_decay_lr(0.05, every=20, factor=0.1)
    a = torch_form_path(BOWL, BOWL.x0, lr_at, 0.9, 21)
    b = velocity_form_path(BOWL, BOWL.x0, lr_at, 0.9, 21)
    u20 = a[20] - a[19]                    # = -0.05 b_20 (same before)
    g21 = BOWL.grad(a[20])
    np.testing.assert_allclose(a[21] - a[20],
                               -0.005 * (0.9 * u20 / -0.05 + g21),
                               rtol=1e-10)
    np.testing.assert_allclose(b[21] - b[20], 0.9 * u20 - 0.005 * g21,
                               rtol=1e-10)


def test_momentum_zero_is_gradient_descent():
    lr_at = step_decay_lr(0.01, every=5, factor=0.5)
    a = torch_form_path(BOWL, BOWL.x0, lr_at, 0.0, 12)
    xy = BOWL.x0.copy()
    for t in range(1, 13):
        xy = xy - lr_at(t) * BOWL.grad(xy)
    np.testing.assert_allclose(a[-1], xy, rtol=1e-12)


def test_step_decay_values():
    lr_at = step_decay_lr(1.0, every=3, factor=0.5)
    assert [lr_at(t) for t in range(1, 8)] == [1, 1, 1, .5, .5, .5, .25]


def test_escape_step_on_saddle_matches_growth_rate():
    # gradient descent multiplies y by (1 + 2 lr) on x^2 - y^2
    lr_at = step_decay_lr(0.1, every=10**9)
    path = torch_form_path(saddle, [-1.8, 1e-3], lr_at, 0.0, 60)
    expected = int(np.ceil(np.log(1e3) / np.log(1.2)))
    assert escape_step(path) == expected
    assert escape_step(path[:5]) is None


@pytest.mark.parametrize("kw, exc", [
    (dict(momentum=1.0), ValueError),
    (dict(steps=0), ValueError),
    (dict(x0=[1.0, np.nan]), ValueError),
    (dict(lr_at=0.1), TypeError),
])
def test_bad_input(kw, exc):
    args = dict(x0=[1.0, 1.0], lr_at=lambda t: 0.1, momentum=0.9, steps=3)
    args.update(kw)
    for fn in (torch_form_path, velocity_form_path):
        with pytest.raises(exc):
            fn(BOWL, **args)


def test_step_decay_rejects_bad_values():
    with pytest.raises(ValueError):
        step_decay_lr(0.0, every=2)
    with pytest.raises(ValueError):
        step_decay_lr(0.1, every=0)
