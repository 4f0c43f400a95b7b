"""Tests of optlib.trajectory: paths on surfaces, sweeps, noisy gradients,
leaving saddles and replays of a gradient sequence."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optlib import surfaces as F
from optlib.checks import format_value
from optlib.data import correlated_regression
from optlib.optim import SGD, Adagrad, Adam, RMSprop
from optlib.schedules import constant, step_decay
from optlib.surfaces import least_squares, saddle, soft_abs, two_minima
from optlib.trajectory import (best_on_surface, count_escapes,
                               effective_lr, escape_step, escape_steps,
                               escape_steps_theory, gradient_variance,
                               minibatch_grad, noisy_grad,
                               piecewise_constant, replay, step_sizes,
                               sweep, taylor_decrease, trajectory)

LRS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55]


def sgd(p, lr):
    return SGD(p, lr=lr)


class Quadratic:
    """Local stand-in surface: f(x, y) = (a x² + b y²) / 2."""

    def __init__(self, a=1.0, b=4.0):
        self.a, self.b = a, b

    def value(self, xy):
        return 0.5 * (self.a * xy[0] ** 2 + self.b * xy[1] ** 2)

    def grad(self, xy):
        return np.array([self.a * xy[0], self.b * xy[1]])


class Exploding:
    """f = exp(x² + y²): gradients overflow quickly when far out."""

    def value(self, xy):
        return np.exp(xy @ xy)

    def grad(self, xy):
        return 2 * xy * np.exp(xy @ xy)


@pytest.fixture
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


# --------------------------------------------------------------------------
# trajectory
# --------------------------------------------------------------------------


def test_trajectory_path_matches_manual_sgd(no_warnings):
    surf, lr = Quadratic(), 0.1
    run = trajectory(lambda p: SGD(p, lr=lr), surf, [2.0, 1.0], steps=30,
                     tol=0.0)
    xy = np.array([2.0, 1.0])
    expected = [xy.copy()]
    for _ in range(30):
        xy = xy - lr * surf.grad(xy)
        expected.append(xy)
    np.testing.assert_allclose(run.path, expected, rtol=1e-15)
    np.testing.assert_allclose(run.values, [surf.value(p) for p in expected])
    assert run.steps_run == 30 and run.path.shape == (31, 2)
    assert run.message == "stopped after 30 steps"
    assert not run.converged and not run.diverged


def test_trajectory_momentum_matches_heavy_ball_formula():
    surf, lr, mu = Quadratic(), 0.05, 0.9
    run = trajectory(lambda p: SGD(p, lr=lr, momentum=mu), surf, [1.0, 1.0],
                     steps=20, tol=0.0)
    xy, b = np.array([1.0, 1.0]), np.zeros(2)
    for _ in range(20):
        b = mu * b + surf.grad(xy)
        xy = xy - lr * b
    np.testing.assert_allclose(run.path[-1], xy, rtol=1e-14)


def test_trajectory_converges_at_the_first_small_gradient(no_warnings):
    surf = Quadratic()
    run = trajectory(lambda p: SGD(p, lr=0.1), surf, [2.0, 1.0], steps=1000,
                     tol=1e-6)
    assert run.converged and run.converged_step == run.steps_run
    assert run.message == f"converged in {run.steps_run} steps"
    norms = [np.linalg.norm(surf.grad(p)) for p in run.path]
    assert norms[-1] < 1e-6 and min(norms[:-1]) >= 1e-6
    # x shrinks by 0.9 per step: |grad| = 2 * 0.9^k < 1e-6 first at k = 138
    assert run.converged_step == math.ceil(math.log(5e-7) / math.log(0.9))


def test_trajectory_already_at_minimum():
    run = trajectory(lambda p: SGD(p, lr=0.1), Quadratic(), [0, 0], 10)
    assert run.converged_step == 0 and run.path.shape == (1, 2)
    assert run.message == "converged in 0 steps"


def test_trajectory_divergence_step_and_no_warnings(no_warnings):
    # lr = 3 on f = x²/2: x_t = (1 - 3)^t x0 = (-2)^t; |x_t| > 1e6 at t = 20
    # (the box alone: the loss-growth rule is switched off here and tested
    # at the end of this file)
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [1.0, 0.0], steps=100, max_value=math.inf)
    assert run.diverged and run.diverged_step == 20
    assert run.message == "diverged at step 20"
    assert run.steps_run == 20 and len(run.path) == 21
    assert run.path[-1, 0] == (-2.0) ** 20 and run.path[-2, 0] == (-2) ** 19


def test_trajectory_overflow_is_caught_without_warnings(no_warnings):
    run = trajectory(lambda p: SGD(p, lr=1.0), Exploding(), [1.0, 1.0],
                     steps=50)
    assert run.diverged
    assert run.message == f"diverged at step {run.diverged_step}"
    assert len(run.path) == run.steps_run + 1 == len(run.values)


def test_trajectory_adam_on_overflow_surface(no_warnings):
    # Adam's steps are about lr long whatever the gradient, so from
    # (1, 1) it jumps to where exp(x² + y²) and g² overflow
    run = trajectory(lambda p: Adam(p, lr=10.0), Exploding(), [1.0, 1.0],
                     steps=500)
    assert run.diverged and run.diverged_step == run.steps_run
    assert len(run.path) == len(run.values) == run.steps_run + 1
    assert not np.isfinite(run.values[-1]) or np.abs(run.path[-1]).max() > 5


def test_trajectory_noisy_gradients_are_seeded():
    calls = []

    def noisy(xy, t, rng):
        calls.append(t)
        return np.array([xy[0], 4 * xy[1]]) + rng.normal(0, 0.5, 2)

    def run(seed):
        return trajectory(lambda p: SGD(p, lr=0.1), Quadratic(), [2.0, 1.0],
                          steps=25, grad_fn=noisy, seed=seed)

    a, b, c = run(0), run(0), run(1)
    np.testing.assert_array_equal(a.path, b.path)
    assert not np.array_equal(a.path, c.path)
    assert calls[:25] == list(range(1, 26))
    # the noise is really used: the path differs from plain SGD
    plain = trajectory(lambda p: SGD(p, lr=0.1), Quadratic(), [2.0, 1.0],
                       steps=25)
    assert not np.allclose(a.path, plain.path)


def test_trajectory_validates_arguments():
    factory = lambda p: SGD(p, lr=0.1)            # noqa: E731
    with pytest.raises(ValueError, match="shape"):
        trajectory(factory, Quadratic(), [1.0, 2.0, 3.0], 5)
    with pytest.raises(ValueError, match="finite"):
        trajectory(factory, Quadratic(), [np.nan, 0.0], 5)
    with pytest.raises(ValueError, match="steps"):
        trajectory(factory, Quadratic(), [1.0, 0.0], -1)
    with pytest.raises(TypeError, match="steps"):
        trajectory(factory, Quadratic(), [1.0, 0.0], 2.5)
    with pytest.raises(TypeError, match=r"value\(xy\)"):
        trajectory(factory, object(), [1.0, 0.0], 5)
    with pytest.raises(ValueError, match="max_norm"):
        trajectory(factory, Quadratic(), [1.0, 0.0], 5, max_norm=0)


def test_trajectory_does_not_touch_x0():
    x0 = np.array([1.0, 1.0])
    trajectory(lambda p: SGD(p, lr=0.1), Quadratic(), x0, 5)
    np.testing.assert_array_equal(x0, [1.0, 1.0])


def test_trajectory_schedule_sets_lr_before_each_step():
    schedule = step_decay(0.01, drop=0.5, every=5)
    run = trajectory(lambda p: SGD(p, lr=1.0), Quadratic(), [1.0, 1.0], 12,
                     tol=0.0, schedule=schedule)
    xy = np.array([1.0, 1.0])
    for t in range(1, 13):
        xy = xy - schedule(t) * Quadratic().grad(xy)
    np.testing.assert_allclose(run.path[-1], xy, rtol=1e-12)
    with pytest.raises(TypeError, match="schedule"):
        trajectory(sgd_01, Quadratic(), [1.0, 1.0], 3, schedule=0.1)


def sgd_01(p):
    return SGD(p, lr=0.1)


class Rosenbrock:
    """Local stand-in: f = (1 - x)² + 100 (y - x²)², quartic growth."""

    def value(self, xy):
        x, y = xy
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2

    def grad(self, xy):
        x, y = xy
        return np.array([-2 * (1 - x) - 400 * x * (y - x * x),
                         200 * (y - x * x)])


@settings(max_examples=40, deadline=None)
@given(log_lr=st.floats(-4, 3), opt=st.sampled_from([SGD, Adam]),
       x=st.floats(-3, 3), y=st.floats(-3, 3))
def test_trajectory_invariants_and_no_warnings(log_lr, opt, x, y):
    factory = lambda p: opt(p, lr=10.0 ** log_lr)      # noqa: E731
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = trajectory(factory, Rosenbrock(), [x, y], steps=60)
    assert len(run.path) == len(run.values) == run.steps_run + 1
    assert run.path.shape[1] == 2
    assert np.isfinite(run.path[:-1]).all()
    assert (np.linalg.norm(run.path[:-1], axis=1) <= 1e6).all()
    if run.diverged:
        assert not run.converged
        assert run.message == f"diverged at step {run.diverged_step}"
        assert run.diverged_step in (run.steps_run, run.steps_run + 1)
    elif run.converged:
        assert run.message == f"converged in {run.steps_run} steps"
    else:
        assert run.steps_run == 60
        assert run.message == "stopped after 60 steps"
        assert np.isfinite(run.values).all()


# --------------------------------------------------------------------------
# sweeps
# --------------------------------------------------------------------------


def test_sweep_runs_train_trajectory_for_every_value():
    s = F.bowl()
    sw = sweep(s, sgd, LRS, steps=80)
    assert len(sw) == len(LRS) and sw.values == LRS
    assert sw.labels[2] == "lr = 0.05"
    for lr, run in zip(LRS, sw):
        ref = trajectory(lambda p: SGD(p, lr=lr), s, s.x0, 80)
        np.testing.assert_array_equal(run.trajectory.path, ref.path)
        assert run.trajectory.message == ref.message
        assert run.text == f"lr = {lr:g} \u2192 {ref.message}"
    # GD on 0.1x² + 2y² diverges iff lr > 1/2 (the curvature 4 of y)
    assert [r.trajectory.diverged for r in sw] == [lr > 0.5 for lr in LRS]


def test_sweep_noisy_gradients_are_seeded_and_per_value():
    s = F.two_minima

    def make_grad_fn(noise):
        def grad_fn(xy, t, rng):
            return s.grad(xy) + noise * rng.standard_normal(2)
        return grad_fn

    kw = dict(steps=100, param="noise", tol=0.0)
    a = sweep(s, lambda p, v: SGD(p, lr=0.05), [0.0, 2.0],
              make_grad_fn=make_grad_fn, **kw)
    b = sweep(s, lambda p, v: SGD(p, lr=0.05), [0.0, 2.0],
              make_grad_fn=make_grad_fn, **kw)
    for ra, rb in zip(a, b):
        np.testing.assert_array_equal(ra.trajectory.path,
                                      rb.trajectory.path)
    ref = trajectory(lambda p: SGD(p, lr=0.05), s, s.x0, 100, tol=0.0,
                     grad_fn=make_grad_fn(2.0), seed=0)
    np.testing.assert_array_equal(a[1].trajectory.path, ref.path)
    assert not np.array_equal(a[0].trajectory.path, a[1].trajectory.path)


@pytest.mark.parametrize("kwargs,exc", [
    (dict(make_optimizer=1), TypeError),
    (dict(make_optimizer={}), ValueError),
    (dict(values=[]), ValueError),
    (dict(values="0.1"), TypeError),
    (dict(labels=["a"]), ValueError),
    (dict(grad_fn=lambda *a: 0, make_grad_fn=lambda v: None), ValueError),
])
def test_sweep_bad_input(kwargs, exc):
    args = dict(surface=F.bowl(), make_optimizer=sgd, values=[0.1, 0.2])
    args.update(kwargs)
    with pytest.raises(exc):
        sweep(**args)


def test_format_value_of_a_pair():
    assert format_value((0.9, 0.999), "betas") == "betas = (0.9, 0.999)"


def test_best_on_surface_prefers_fewest_steps_then_lowest_value():
    bowl = F.bowl(0.1, 2.0)          # GD diverges for lr > 0.5
    makers = {"GD": lambda p, lr: SGD(p, lr=lr),
              "huge": lambda p, lr: SGD(p, lr=100 * lr)}
    sw = sweep(bowl, makers, [0.1, 0.3, 0.6], steps=400, tol=1e-4)
    best = best_on_surface(sw)
    lr, tr = best["GD"]
    assert lr == 0.3 and tr.converged       # faster than 0.1; 0.6 diverges
    assert best["huge"] is None              # every run diverged
    # no run converges in 5 steps: the lowest final value wins instead
    short = sweep(bowl, {"Adam": lambda p, lr: Adam(p, lr=lr)},
                  [0.01, 0.1, 0.5], steps=5, tol=1e-4)
    lr, tr = best_on_surface(short)["Adam"]
    finals = [r.trajectory.values[-1] for r in short]
    assert not tr.converged and tr.values[-1] == min(finals)
    assert lr == short[int(np.argmin(finals))].value


# --------------------------------------------------------------------------
# noisy and minibatch gradients
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def problem():
    X, y = correlated_regression(n=120, noise=0.3, seed=3)
    return X, y, least_squares(X, y)


def test_full_batch_grad_fn_is_exact(problem):
    X, y, surface = problem
    grad_fn = minibatch_grad(X, y, len(X))
    rng = np.random.default_rng(1)
    theta = np.array([0.3, -2.0])
    np.testing.assert_allclose(grad_fn(theta, 1, rng), surface.grad(theta),
                               rtol=1e-12, atol=1e-14)


def test_minibatch_grad_is_unbiased(problem):
    X, y, surface = problem
    grad_fn = minibatch_grad(X, y, 4)
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
    variance, sigma2 = gradient_variance(batch_grad, n, sizes,
                                         draws=3000, seed=1)
    direct = np.mean(np.sum((a - a.mean(axis=0)) ** 2, axis=1))
    assert sigma2 == pytest.approx(direct, rel=1e-12)
    exact = [sigma2 / b * (n - b) / (n - 1) for b in sizes]
    np.testing.assert_allclose(variance[:3], exact[:3], rtol=0.1)
    assert variance[3] == pytest.approx(0.0, abs=1e-25)


def test_bad_batch_sizes(problem):
    X, y, _ = problem
    with pytest.raises(ValueError, match="batch_size"):
        minibatch_grad(X, y, 0)
    with pytest.raises(ValueError, match="batch_size"):
        minibatch_grad(X, y, len(X) + 1)
    with pytest.raises(TypeError, match="batch_size"):
        minibatch_grad(X, y, 2.5)
    with pytest.raises(ValueError, match="shape"):
        minibatch_grad(X[:, :1], y, 2)
    with pytest.raises(ValueError, match="batch_size"):
        gradient_variance(lambda idx: np.zeros(1), 10, [11])


def test_noisy_grad_without_noise_is_the_gradient():
    rng = np.random.default_rng(0)
    fn = noisy_grad(two_minima, 0.0)
    xy = np.array([0.4, -0.3])
    np.testing.assert_array_equal(fn(xy, 1, rng), two_minima.grad(xy))
    with pytest.raises(ValueError, match="noise"):
        noisy_grad(two_minima, -1.0)


# --------------------------------------------------------------------------
# leaving a saddle point or a local minimum
# --------------------------------------------------------------------------


@pytest.mark.parametrize("eps", [0.3, 1e-2, 1e-5, 1e-9])
@pytest.mark.parametrize("lr", [0.05, 0.1, 0.4])
def test_escape_steps_theory_matches_a_plain_loop(eps, lr):
    y, t = eps, 0
    while abs(y) < 1.0:
        y *= 1 + 2 * lr            # gradient descent on -y^2 along y
        t += 1
    assert escape_steps_theory(eps, lr) == t


@pytest.mark.parametrize("eps", [0.1, 1e-4, 1e-8])
def test_escape_steps_measured_on_the_saddle(eps):
    steps, run = escape_steps(eps, 0.1)
    assert steps == escape_steps_theory(eps, 0.1)
    assert abs(run.path[steps, 1]) >= 1.0
    assert abs(run.path[steps - 1, 1]) < 1.0


def test_escape_steps_bad_input():
    with pytest.raises(ValueError, match="distance"):
        escape_steps(0.0, 0.1)
    with pytest.raises(ValueError, match="max_steps"):
        escape_steps(1e-12, 0.001, max_steps=10)
    with pytest.raises(TypeError, match="lr"):
        escape_steps_theory(0.1, "fast")
    assert escape_steps_theory(2.0, 0.1) == 0


def test_count_escapes():
    local = two_minima.minima[1]
    ridge = two_minima.saddles[0][0]
    quiet, finals = count_escapes(two_minima, local, ridge, lr=0.1,
                                  noise=0.0, runs=3, steps=20)
    assert quiet == 0
    np.testing.assert_allclose(finals, np.tile(local, (3, 1)), atol=1e-12)
    first = count_escapes(two_minima, local, ridge, lr=0.1, noise=3.0,
                          runs=10, steps=100, seed=5)
    again = count_escapes(two_minima, local, ridge, lr=0.1, noise=3.0,
                          runs=10, steps=100, seed=5)
    assert first[0] == again[0] > 0
    np.testing.assert_array_equal(first[1], again[1])


def _torch_form(schedule, momentum, steps, surface=None, x0=None):
    surface = surface or BOWL
    x0 = surface.x0 if x0 is None else x0
    return trajectory(lambda p: SGD(p, momentum=momentum), surface, x0,
                      steps, tol=0.0, schedule=schedule).path


def _velocity_form(schedule, momentum, steps):
    xy, u = BOWL.x0.copy(), np.zeros(2)
    path = [xy]
    for t in range(1, steps + 1):
        u = momentum * u - schedule(t) * BOWL.grad(xy)
        xy = xy + u
        path.append(xy)
    return np.array(path)


BOWL = F.ill_conditioned(100)


def test_forms_agree_for_constant_lr():
    # u_t = -eta b_t by induction, so the paths are the same
    schedule = constant(0.05)
    a = _torch_form(schedule, 0.9, 200)
    b = _velocity_form(schedule, 0.9, 200)
    np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


def test_forms_split_exactly_when_lr_changes():
    schedule = step_decay(0.05, drop=0.1, every=20)
    a = _torch_form(schedule, 0.9, 60)
    b = _velocity_form(schedule, 0.9, 60)
    gap = np.linalg.norm(a - b, axis=1)
    assert gap[:21].max() < 1e-12          # theta_0 ... theta_20 agree
    assert gap[21] > 1e-3                  # step 21 uses the new lr


def test_step_after_drop_matches_each_rule():
    # torch: theta_21 - theta_20 = -eta_21 (mu b_20 + g_21);
    # velocity: u_21 = mu u_20 - eta_21 g_21 with u_20 = -eta_20 b_20
    schedule = step_decay(0.05, drop=0.1, every=20)
    a = _torch_form(schedule, 0.9, 21)
    b = _velocity_form(schedule, 0.9, 21)
    u20 = a[20] - a[19]                    # = -0.05 b_20 (same before)
    g21 = BOWL.grad(a[20])
    np.testing.assert_allclose(a[21] - a[20],
                               -0.005 * (0.9 * u20 / -0.05 + g21),
                               rtol=1e-10)
    np.testing.assert_allclose(b[21] - b[20], 0.9 * u20 - 0.005 * g21,
                               rtol=1e-10)


def test_momentum_zero_is_gradient_descent():
    schedule = step_decay(0.01, drop=0.5, every=5)
    a = _torch_form(schedule, 0.0, 12)
    xy = BOWL.x0.copy()
    for t in range(1, 13):
        xy = xy - schedule(t) * BOWL.grad(xy)
    np.testing.assert_allclose(a[-1], xy, rtol=1e-12)


def test_escape_step_on_saddle_matches_growth_rate():
    # gradient descent multiplies y by (1 + 2 lr) on x^2 - y^2
    schedule = constant(0.1)
    path = _torch_form(schedule, 0.0, 60, saddle, [-1.8, 1e-3])
    expected = int(np.ceil(np.log(1e3) / np.log(1.2)))
    assert escape_step(path) == expected
    assert escape_step(path[:5]) is None


# --------------------------------------------------------------------------
# replaying gradients, effective learning rates
# --------------------------------------------------------------------------


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


def test_replay_projects_and_follows_the_schedule():
    xs = replay(lambda p: SGD(p, lr=1.0), [-1.0] * 4, x0=0.5,
                schedule=lambda t: 0.25 * t, bounds=(-1.0, 1.0))
    # steps of 0.25, 0.5, ... to the right, clipped at 1
    np.testing.assert_allclose(xs, [0.5, 0.75, 1.0, 1.0, 1.0])
    with pytest.raises(TypeError, match="schedule"):
        replay(lambda p: SGD(p, lr=1.0), [1.0], schedule=2.0)


# --------------------------------------------------------------------------
# Preconditioning: rotation_runs and start_in_axes (chapters 8 and 9)
# --------------------------------------------------------------------------

from optlib.trajectory import rotation_runs, start_in_axes  # noqa: E402


def test_start_in_axes_has_the_same_axis_coordinates_at_every_angle():
    for angle in (0, 17, 45, 90, 200):
        q = F.quadratic(100, angle)
        x0 = start_in_axes(angle, (-4.5, 1.0))
        # f = 0.1 x'^2 + 10 y'^2 at x' = -4.5, y' = 1, whatever the angle
        assert math.isclose(q.value(x0), 0.1 * 4.5 ** 2 + 10.0,
                            rel_tol=1e-12)
    np.testing.assert_allclose(start_in_axes(0, (2.0, 3.0)), [2.0, 3.0])


def test_rotation_runs_gd_is_rotation_invariant_adagrad_is_not():
    runs = rotation_runs({"GD": lambda p: SGD(p, lr=0.09),
                          "AdaGrad": lambda p: Adagrad(p, lr=1.0)},
                         angles=(0, 30, 45), steps=1000)
    assert [(r.angle, r.name) for r in runs] == [
        (0, "GD"), (0, "AdaGrad"), (30, "GD"), (30, "AdaGrad"),
        (45, "GD"), (45, "AdaGrad")]
    gd = [r for r in runs if r.name == "GD"]
    ada = [r for r in runs if r.name == "AdaGrad"]
    # gradient descent: the same number of steps, P = lr I, kappa(PH) = 100
    assert len({r.trajectory.converged_step for r in gd}) == 1
    for r in gd:
        np.testing.assert_allclose(r.factors, 0.09, rtol=1e-9)
        assert math.isclose(r.condition, 100, rel_tol=1e-9)
    # AdaGrad: well preconditioned only when the valley is axis-aligned
    assert ada[0].trajectory.converged
    assert ada[0].condition < 20 < ada[1].condition < ada[2].condition
    assert math.isclose(ada[2].condition, 100, rel_tol=0.05)
    steps = [r.trajectory.converged_step or 10 ** 9 for r in ada]
    assert steps[0] < steps[1] < steps[2]
    assert "\u03ba(PH)" in ada[0].text and "0\u00b0" in ada[0].text


def test_rotation_runs_factors_are_adagrads_preconditioner():
    (run,) = rotation_runs(lambda p: Adagrad(p, lr=1.0), angles=(45,),
                           steps=50)
    # replay the run and read the accumulator: P = lr / (sqrt(s) + eps)
    q = F.quadratic(100, 45)
    xy = start_in_axes(45)
    opt = Adagrad([xy], lr=1.0)
    for _ in range(50):
        opt.step([q.grad(xy)])
    np.testing.assert_allclose(xy, run.trajectory.final, rtol=1e-12)
    s_last = opt.state[0]["sum"]
    np.testing.assert_allclose(run.factors, 1.0 / (np.sqrt(s_last) + 1e-10),
                               rtol=1e-9)
    assert run.name == "optimizer"


def test_rotation_runs_refuses_bad_input():
    with pytest.raises(TypeError, match="make_optimizer"):
        rotation_runs(3)
    with pytest.raises(TypeError, match="make_optimizer"):
        rotation_runs({})
    with pytest.raises(ValueError):
        rotation_runs(lambda p: SGD(p, lr=0.1), condition=0.5)
    with pytest.raises(ValueError):
        rotation_runs(lambda p: SGD(p, lr=0.1), steps=0)


# Divergence by loss growth (issue 17 §2 item 8): a run whose budget ran out
# with its loss grown by orders of magnitude has diverged, even inside the
# box max_norm.  The threshold is fit's: f > 1000 × max(f(θ₀), 1).
# --------------------------------------------------------------------------


def test_loss_growth_inside_the_box_is_a_divergence():
    # chapter 3's old explorer: lr 0.51 on 0.1x² + 2y² multiplies y by
    # -1.04 per step; after 100 steps f ≈ 5101 > 1000 f(θ₀) though ‖θ‖
    # stays small.  The old rule called this "stopped after 100 steps".
    surface = F.bowl()
    run = trajectory(lambda p: SGD(p, lr=0.51), surface, surface.x0, 100)
    full = trajectory(lambda p: SGD(p, lr=0.51), surface, surface.x0, 100,
                      max_value=math.inf)
    threshold = 1000 * surface.value(surface.x0)
    assert full.message == "stopped after 100 steps"
    assert full.values[-1] > threshold and np.abs(full.path).max() < 1e6
    assert run.diverged and not run.converged
    k = run.diverged_step
    assert run.message == f"diverged at step {k}" and 0 < k < 100
    # k is where f rose past the threshold for good; the path is cut there
    assert full.values[k - 1] <= threshold < full.values[k:].min()
    assert run.steps_run == k == len(run.path) - 1 == len(run.values) - 1
    np.testing.assert_array_equal(run.path, full.path[:k + 1])


def test_loss_growth_step_matches_the_closed_form():
    # f = x²/2, lr 3: x_t = (-2)^t, f_t = 4^t / 2.  In 10 steps the point
    # stays inside the box (|x| = 1024); f₀ = 1/2, so the threshold is
    # 1000 × max(1/2, 1) = 1000, passed at t = 6 (2048)
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [1.0, 0.0], steps=10)
    assert run.message == "diverged at step 6" and run.values[-1] == 2048.0
    # with f₀ > 1 the threshold scales with f₀: start at x = 10 (f₀ = 50),
    # f_t = 50 · 4^t > 50 000 first at t = 5
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [10.0, 0.0], steps=10)
    assert run.diverged_step == 5
    # the box still decides when it comes first: step 20 with 100 steps
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [1.0, 0.0], steps=100)
    assert run.diverged_step == 20


def test_max_value_is_explicit_and_can_be_disabled():
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [1.0, 0.0], steps=10, max_value=10.0)
    assert run.diverged_step == 3                 # 4^3 / 2 = 32 > 10
    surface = F.bowl()
    run = trajectory(lambda p: SGD(p, lr=0.51), surface, surface.x0, 100,
                     max_value=math.inf)
    assert run.message == "stopped after 100 steps"
    with pytest.raises(ValueError, match="max_value"):
        trajectory(lambda p: SGD(p, lr=0.1), surface, surface.x0, 10,
                   max_value=float("nan"))


def test_a_spike_that_recovers_is_not_a_divergence():
    # one huge first step (f: 1 → 3481 > 1000), then lr 0.25 halves x each
    # step: the run converges, and is called converged
    class Bowl:
        def value(self, xy):
            return float(xy @ xy)

        def grad(self, xy):
            return 2 * xy

    run = trajectory(lambda p: SGD(p, lr=0.25), Bowl(), [1.0, 0.0], 100,
                     schedule=lambda t: 30.0 if t == 1 else 0.25)
    assert run.values[1] == 59.0 ** 2 and run.converged
    assert not run.diverged and run.message.startswith("converged in")
    # ... and a spike followed by a budget that ends below the threshold
    # is "stopped"
    run = trajectory(lambda p: SGD(p, lr=0.25), Bowl(), [1.0, 0.0], 3,
                     schedule=lambda t: 30.0 if t == 1 else 0.25)
    assert run.message == "stopped after 3 steps"


def test_a_converging_run_is_not_called_diverged():
    surface = F.bowl()
    for lr in (0.05, 0.25, 0.45, 0.49):
        run = trajectory(lambda p: SGD(p, lr=lr), surface, surface.x0, 100)
        assert not run.diverged, lr
    # a loss that goes to -inf (a saddle) is not growth
    run = trajectory(lambda p: SGD(p, lr=0.1), saddle, [1.0, 1e-3], 30)
    assert not run.diverged and run.values[-1] < run.values[0]


def test_sweep_labels_a_slow_blow_up_as_diverged():
    surface = F.bowl()
    sw = sweep(surface, sgd, [0.45, 0.51], x0=surface.x0, steps=100)
    assert "stopped" in sw[0].text and "diverged at step" in sw[1].text



# --------------------------------------------------------------------------
# taylor_decrease: one gradient step against its first-order prediction
# --------------------------------------------------------------------------


def test_taylor_decrease_on_a_quadratic_matches_the_second_order_formula():
    # f = ½ θᵀHθ exactly: f(θ − ηg) = f(θ) − η‖g‖² + ½η² gᵀHg
    surface = Quadratic(1.0, 4.0)
    xy = np.array([1.0, 0.5])
    g = surface.grad(xy)
    lrs = np.geomspace(1e-4, 1.0, 9)
    pred, act = taylor_decrease(lambda: surface.value(xy), [xy], [g], lrs)
    gHg = g[0] ** 2 * 1.0 + g[1] ** 2 * 4.0
    np.testing.assert_allclose(pred, lrs * (g @ g))
    np.testing.assert_allclose(act, lrs * (g @ g) - 0.5 * lrs ** 2 * gHg,
                               rtol=1e-10, atol=1e-14)
    np.testing.assert_array_equal(xy, [1.0, 0.5])


def test_taylor_decrease_restores_a_network_and_tends_to_the_prediction():
    from optlib.nn import mlp
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(20, 4)), rng.integers(0, 3, 20)
    model = mlp([4, 5, 3], seed=0)
    before = [p.copy() for p in model.parameters()]
    _, grads = model.loss_and_grads(X, y)
    pred, act = taylor_decrease(lambda: model.loss_and_grads(X, y)[0],
                                model.parameters(), grads, [1e-5, 1e-4])
    for p, q in zip(model.parameters(), before):
        np.testing.assert_array_equal(p, q)
    assert np.all(act > 0) and abs(act[0] / pred[0] - 1) < 1e-3


def test_taylor_decrease_bad_input():
    xy = np.zeros(2)
    with pytest.raises(TypeError, match="loss"):
        taylor_decrease(1.0, [xy], [xy], [0.1])
    with pytest.raises(ValueError, match="length"):
        taylor_decrease(lambda: 0.0, [xy], [], [0.1])
    with pytest.raises(ValueError, match="shape"):
        taylor_decrease(lambda: 0.0, [xy], [np.zeros(3)], [0.1])
    with pytest.raises(ValueError, match="positive"):
        taylor_decrease(lambda: 0.0, [xy], [xy], [0.0])


# --------------------------------------------------------------------------
# issue 14: count_escapes steps all runs at once, with the same results
# --------------------------------------------------------------------------


def _escapes_one_by_one(surface, start, lr, noise, runs, steps, seed):
    from optlib.optim import SGD
    from optlib.trajectory import noisy_grad, trajectory
    grad_fn = noisy_grad(surface, noise)
    return np.array([trajectory(lambda p: SGD(p, lr=lr), surface, start,
                                steps, tol=0.0, grad_fn=grad_fn,
                                seed=seed + i).final for i in range(runs)])


@pytest.mark.parametrize("noise, seed", [(0.0, 0), (2.0, 0), (2.5, 100)])
def test_count_escapes_equals_its_runs_one_by_one(noise, seed):
    from optlib.surfaces import two_minima
    from optlib.trajectory import count_escapes
    start, ridge = two_minima.minima[1], two_minima.saddles[0][0]
    escaped, finals = count_escapes(two_minima, start, ridge, lr=0.1,
                                    noise=noise, runs=12, steps=80,
                                    seed=seed)
    expected = _escapes_one_by_one(two_minima, start, 0.1, noise, 12, 80,
                                   seed)
    np.testing.assert_array_equal(finals, expected)      # bit for bit
    assert escaped == int(np.sum(expected[:, 0] < ridge))


def test_count_escapes_still_reports_a_diverged_run():
    from optlib.surfaces import two_minima
    from optlib.trajectory import count_escapes
    with pytest.raises(FloatingPointError, match="run 0 diverged"):
        count_escapes(two_minima, two_minima.minima[1], 0.0, lr=1.0,
                      noise=1.0, runs=3, steps=50)


def test_trajectory_steps_like_optimizer_step_even_with_an_aliased_grad():
    """trajectory skips step()'s re-check of a gradient it has checked;
    the path is the one step() gives, also when grad(xy) returns xy."""
    from optlib.optim import AdamW
    from optlib.trajectory import trajectory

    class Aliased:
        def value(self, xy):
            return 0.5 * float(xy @ xy)

        def grad(self, xy):
            return xy                           # the point itself

    aliased = Aliased()
    run = trajectory(lambda p: AdamW(p, lr=0.1, weight_decay=0.5), aliased,
                     [1.0, -2.0], 20, tol=0.0)
    xy = np.array([1.0, -2.0])
    opt = AdamW([xy], lr=0.1, weight_decay=0.5)
    expected = [xy.copy()]
    for _ in range(20):
        opt.step([xy.copy()])
        expected.append(xy.copy())
    np.testing.assert_array_equal(run.path, np.array(expected))
