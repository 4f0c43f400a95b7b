"""Tests of optlib.schedules."""

import math

import numpy as np
import pytest

from optlib.schedules import constant, cosine, step_decay, warmup


def test_constant():
    lr_at = constant(0.3)
    assert [lr_at(t) for t in (1, 2, 1000)] == [0.3, 0.3, 0.3]
    assert repr(lr_at) == "constant(lr=0.3)"


def test_step_decay_halves_every_block():
    lr_at = step_decay(1.0, drop=0.5, every=3)
    assert lr_at.values(10).tolist() == [1, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25,
                                         0.25, 0.125]


def test_cosine_endpoints_midpoint_and_floor():
    lr_at = cosine(0.1, total_steps=100, min_lr=0.01)
    assert lr_at(1) == 0.1
    assert lr_at(51) == pytest.approx(0.055, rel=1e-14)     # cos(π/2) = 0
    assert lr_at(101) == pytest.approx(0.01, rel=1e-14)     # cos(π) = -1
    assert lr_at(500) == 0.01                               # stays at min
    values = lr_at.values(101)
    assert np.all(np.diff(values) < 0)
    # symmetric around the midpoint: η(51 - k) + η(51 + k) = lr + min_lr
    k = np.arange(1, 50)
    np.testing.assert_allclose(values[50 - k] + values[50 + k], 0.11)


def test_cosine_matches_torch():
    torch = pytest.importorskip("torch")
    param = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([param], lr=0.2)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=20,
                                                       eta_min=0.05)
    expected = []
    for _ in range(21):
        expected.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    np.testing.assert_allclose(cosine(0.2, 20, 0.05).values(21), expected,
                               rtol=1e-12)


def test_warmup_ramps_then_hands_over():
    base = step_decay(0.8, drop=0.5, every=2)
    lr_at = warmup(base, warmup_steps=4)
    np.testing.assert_allclose(lr_at.values(9),
                               [0.2, 0.4, 0.6, 0.8,          # ramp
                                0.8, 0.8, 0.4, 0.4, 0.2], rtol=1e-15)
    np.testing.assert_allclose(warmup(0.1, 2).values(3), [0.05, 0.1, 0.1],
                               rtol=1e-15)
    assert warmup(base, 0) is base


@pytest.mark.parametrize("make", [
    lambda: constant(-0.1),
    lambda: constant(math.nan),
    lambda: constant(math.inf),
    lambda: step_decay(0.1, drop=0.0, every=1),
    lambda: step_decay(0.1, drop=1.5, every=1),
    lambda: step_decay(0.1, drop=0.5, every=0),
    lambda: cosine(0.1, total_steps=0),
    lambda: cosine(0.1, total_steps=10, min_lr=0.2),
    lambda: warmup(constant(0.1), -1),
])
def test_bad_arguments_raise(make):
    with pytest.raises(ValueError):
        make()


@pytest.mark.parametrize("make", [
    lambda: constant("0.1"),
    lambda: step_decay(0.1, 0.5, every=2.5),
    lambda: cosine(0.1, total_steps=10.0),
])
def test_wrong_types_raise(make):
    with pytest.raises(TypeError):
        make()


@pytest.mark.parametrize("t", [0, -1, 1.5])
def test_step_counts_from_one(t):
    with pytest.raises(ValueError, match="counts from 1"):
        constant(0.1)(t)
