"""Algebraic properties of optlib.optim, checked with hypothesis.

Deterministic: ``derandomize=True`` and no example database, so every run
tries the same examples.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from optlib.optim import (SGD, Adagrad, Adam, AdamW, RMSprop, adagrad_step,
                          adam_step, rmsprop_step, sgd_step)

SETTINGS = settings(derandomize=True, max_examples=40, deadline=None,
                    database=None)

N = 4     # entries per parameter array
finite = st.floats(-1e3, 1e3, allow_nan=False, allow_subnormal=False)
vectors = st.lists(finite, min_size=N, max_size=N).map(np.array)
gradient_runs = st.lists(vectors, min_size=1, max_size=12)
nonzero = st.one_of(st.floats(1e-3, 1e3), st.floats(-1e3, -1e-3))
nonzero_runs = st.lists(st.lists(nonzero, min_size=N, max_size=N).map(
    np.array), min_size=1, max_size=12)
lrs = st.floats(1e-4, 1.0)
unit = st.floats(0.0, 0.99)


@st.composite
def configs(draw):
    """Any optimizer with any valid combination of its options."""
    name = draw(st.sampled_from(["SGD", "Adagrad", "RMSprop", "Adam",
                                 "AdamW"]))
    wd = draw(st.sampled_from([0.0, 0.1]))
    if name == "SGD":
        momentum = draw(st.sampled_from([0.0, 0.5, 0.9]))
        nesterov = momentum > 0 and draw(st.booleans())
        dampening = 0.0 if nesterov else draw(st.sampled_from([0.0, 0.3]))
        return SGD, dict(lr=draw(lrs), momentum=momentum,
                         dampening=dampening, nesterov=nesterov,
                         weight_decay=wd)
    if name == "Adagrad":
        return Adagrad, dict(lr=draw(lrs), weight_decay=wd,
                             lr_decay=draw(st.sampled_from([0.0, 0.1])),
                             initial_accumulator_value=draw(
                                 st.sampled_from([0.0, 0.5])))
    if name == "RMSprop":
        return RMSprop, dict(lr=draw(lrs), alpha=draw(st.floats(0.5, 0.999)),
                             weight_decay=wd, centered=draw(st.booleans()),
                             momentum=draw(st.sampled_from([0.0, 0.9])))
    cls = Adam if name == "Adam" else AdamW
    return cls, dict(lr=draw(lrs), betas=(draw(unit), draw(unit)),
                     weight_decay=wd, amsgrad=draw(st.booleans()))


def trajectory(cls, kwargs, grads, theta0=None):
    """Run the gradient sequence; return the parameters after each step."""
    theta = np.linspace(-1.0, 1.0, N) if theta0 is None else theta0.copy()
    opt = cls([theta], **kwargs)
    out = []
    for g in grads:
        opt.step([g])
        out.append(theta.copy())
    return np.array(out), opt


@SETTINGS
@given(grads=gradient_runs, lr=lrs, dampening=unit,
       weight_decay=st.sampled_from([0.0, 0.1]))
def test_sgd_with_zero_momentum_is_plain_sgd(grads, lr, dampening,
                                             weight_decay):
    # momentum = 0 ignores dampening and keeps no buffer: theta -= lr * g
    path, opt = trajectory(SGD, dict(lr=lr, momentum=0.0,
                                     dampening=dampening,
                                     weight_decay=weight_decay), grads)
    theta = np.linspace(-1.0, 1.0, N)
    for g, after in zip(grads, path):
        theta = theta - lr * (g + weight_decay * theta if weight_decay
                              else g)
        np.testing.assert_array_equal(after, theta)
    assert set(opt.state[0]) == {"step"}


def adam_bound(t, beta1, beta2):
    """Largest possible |m_hat| / sqrt(v_hat) after t steps.

    With m_t = (1-b1) sum_k b1^(t-k) g_k and v_t = (1-b2) sum_k b2^(t-k)
    g_k^2, Cauchy-Schwarz gives, for q = b1^2 / b2 < 1,

        |m_hat| / sqrt(v_hat) <= (1-b1) sqrt(1-b2^t)
                                 / ((1-b1^t) sqrt(1-b2)) * sqrt(sum_{j<t} q^j)

    which is exactly 1 at t = 1 (the first step is lr * sign(g)).
    """
    q = beta1 ** 2 / beta2
    return ((1 - beta1) * math.sqrt(1 - beta2 ** t)
            / ((1 - beta1 ** t) * math.sqrt(1 - beta2))
            * math.sqrt(sum(q ** j for j in range(t))))


@SETTINGS
@given(grads=gradient_runs, lr=lrs, beta2=st.floats(0.5, 0.9999),
       ratio=st.floats(0.0, 0.95), eps=st.floats(1e-12, 1e-3),
       amsgrad=st.booleans())
def test_adam_step_size_is_bounded(grads, lr, beta2, ratio, eps, amsgrad):
    """|Δθ_i| <= lr * adam_bound(t, β1, β2) per coordinate and step.

    Tested for β1 = ratio * sqrt(β2) (so β1² < β2), any eps > 0, with or
    without AMSGrad (whose larger denominator only shrinks the step), with
    a relative slack of 1e-12 for rounding.  For the first step the bound
    is lr itself; it stays within a few lr for the usual betas.
    """
    beta1 = ratio * math.sqrt(beta2)
    path, _ = trajectory(Adam, dict(lr=lr, betas=(beta1, beta2), eps=eps,
                                    amsgrad=amsgrad), grads)
    before = np.vstack([np.linspace(-1.0, 1.0, N), path[:-1]])
    for t, (a, b) in enumerate(zip(before, path), start=1):
        bound = lr * adam_bound(t, beta1, beta2) * (1 + 1e-12)
        assert np.all(np.abs(b - a) <= bound), (t, np.abs(b - a), bound)
    assert math.isclose(adam_bound(1, beta1, beta2), 1.0, rel_tol=1e-15)


SCALE_INVARIANT = [
    (Adam, dict(lr=0.1, eps=0.0)),
    (Adam, dict(lr=0.1, eps=0.0, amsgrad=True, betas=(0.5, 0.9))),
    (AdamW, dict(lr=0.1, eps=0.0, weight_decay=0.1)),   # decay is g-free
    (RMSprop, dict(lr=0.01, eps=0.0, momentum=0.9, centered=True)),
    (Adagrad, dict(lr=0.1, eps=0.0, lr_decay=0.1)),
]


@SETTINGS
@given(grads=nonzero_runs, which=st.sampled_from(range(len(SCALE_INVARIANT))),
       power=st.integers(-20, 20), c=st.floats(1e-3, 1e3))
def test_adaptive_trajectory_ignores_gradient_scale_when_eps_is_0(
        grads, which, power, c):
    """With eps = 0, g -> c g (c > 0) leaves the trajectory unchanged.

    Bit for bit when c is a power of 2 (scaling is then exact in floating
    point); to 1e-12 relative otherwise.  Tested for Adam (also AMSGrad),
    AdamW, centered RMSprop with momentum and Adagrad with lr_decay.
    """
    cls, kwargs = SCALE_INVARIANT[which]
    if cls is RMSprop and kwargs["centered"]:
        grads = [g * (1 + 0.5 * (-1) ** k) for k, g in enumerate(grads)]
    reference, _ = trajectory(cls, kwargs, grads)
    exact, _ = trajectory(cls, kwargs, [2.0 ** power * g for g in grads])
    np.testing.assert_array_equal(exact, reference)
    scaled, _ = trajectory(cls, kwargs, [c * g for g in grads])
    np.testing.assert_allclose(scaled, reference, rtol=1e-12, atol=1e-12)


@SETTINGS
@given(config=configs(), grads=gradient_runs, split=st.integers(0, 12))
def test_load_state_dict_resumes_bit_identically(config, grads, split):
    cls, kwargs = config
    split = min(split, len(grads))
    straight, _ = trajectory(cls, kwargs, grads)
    theta = np.linspace(-1.0, 1.0, N)
    first = cls([theta], **kwargs)
    for g in grads[:split]:
        first.step([g])
    saved = first.state_dict()
    del first                                  # resume from the dict only
    theta2 = theta.copy()
    second = cls([theta2], lr=0.5)             # defaults come from the dict
    second.load_state_dict(saved)
    for g, expected in zip(grads[split:], straight[split:]):
        second.step([g])
        np.testing.assert_array_equal(theta2, expected)


@SETTINGS
@given(grads=gradient_runs, lr=lrs, beta1=unit, beta2=unit,
       eps=st.floats(1e-10, 1e-2), amsgrad=st.booleans())
def test_adamw_without_weight_decay_is_adam(grads, lr, beta1, beta2, eps,
                                            amsgrad):
    kwargs = dict(lr=lr, betas=(beta1, beta2), eps=eps, amsgrad=amsgrad,
                  weight_decay=0.0)
    adam, _ = trajectory(Adam, kwargs, grads)
    adamw, _ = trajectory(AdamW, kwargs, grads)
    np.testing.assert_array_equal(adamw, adam)


def _state_arrays(p, kernel_name, rng):
    shape = p.shape
    pos = rng.uniform(0.1, 1.0, shape)
    return {
        "sgd": [rng.standard_normal(shape)],
        "adagrad": [pos],
        "rmsprop": [pos, 0.1 * rng.standard_normal(shape),
                    rng.standard_normal(shape)],
        "adam": [rng.standard_normal(shape), pos, pos + 0.1],
    }[kernel_name]


@SETTINGS
@given(g=vectors, kernel=st.sampled_from(["sgd", "adagrad", "rmsprop",
                                          "adam"]),
       step=st.integers(1, 5), flags=st.lists(st.booleans(), min_size=3,
                                              max_size=3),
       seed=st.integers(0, 2 ** 16))
def test_kernels_do_not_modify_the_gradient(g, kernel, step, flags, seed):
    rng = np.random.default_rng(seed)
    param = rng.standard_normal(N)
    grad = g.copy()
    state = _state_arrays(param, kernel, rng)
    wd = 0.1 if flags[0] else 0.0
    if kernel == "sgd":
        sgd_step(param, grad, state[0], step, lr=0.1, momentum=0.9,
                 dampening=0.0, nesterov=flags[1], weight_decay=wd)
    elif kernel == "adagrad":
        adagrad_step(param, grad, state[0], step, lr=0.1, lr_decay=0.1,
                     weight_decay=wd, eps=1e-10)
    elif kernel == "rmsprop":
        rmsprop_step(param, grad, state[0], state[1], state[2], step,
                     lr=0.01, alpha=0.9, eps=1e-8, weight_decay=wd,
                     momentum=0.9 if flags[1] else 0.0, centered=flags[2])
    else:
        adam_step(param, grad, state[0], state[1], state[2], step, lr=0.01,
                  beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=wd,
                  amsgrad=flags[1], decoupled_weight_decay=flags[2])
    np.testing.assert_array_equal(grad, g)
    assert np.all(np.isfinite(param))


@SETTINGS
@given(config=configs(), grads=gradient_runs)
def test_step_does_not_modify_the_gradients(config, grads):
    cls, kwargs = config
    copies = [g.copy() for g in grads]
    trajectory(cls, kwargs, grads)
    for g, c in zip(grads, copies):
        np.testing.assert_array_equal(g, c)
