"""Tests of optlib.train: 2-D trajectories and fit."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optlib.data import linear_regression, load_digits, minibatches
from optlib.nn import Linear, Sequential, mlp
from optlib.optim import SGD, Adam
from optlib.schedules import cosine
from optlib.train import History, accuracy, evaluate, fit, trajectory


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


@pytest.fixture(scope="module")
def digits():
    return load_digits()


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
    run = trajectory(lambda p: SGD(p, lr=3.0), Quadratic(1.0, 0.0),
                     [1.0, 0.0], steps=100)
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


# --------------------------------------------------------------------------
# fit
# --------------------------------------------------------------------------


def test_fit_digits_reaches_high_accuracy(digits, no_warnings):
    model = mlp([64, 64, 10], seed=0)
    hist = fit(model, Adam(model.parameters(), lr=1e-3), digits, epochs=10)
    assert isinstance(hist, History)
    assert not hist.diverged
    assert hist.test_acc[-1] >= 0.95 and hist.train_acc[-1] >= 0.97
    assert len(hist.loss_epochs) == len(hist.test_acc) == 10
    assert hist.loss_epochs[-1] < hist.loss_epochs[0] / 4
    steps_per_epoch = math.ceil(1347 / 32)
    assert hist.steps_run == len(hist.loss_steps) == 10 * steps_per_epoch
    assert hist.examples_seen[steps_per_epoch - 1] == 1347
    assert hist.examples_seen[-1] == 10 * 1347
    assert hist.message == f"finished 10 epochs ({hist.steps_run} steps)"
    assert hist.test_acc[-1] == accuracy(model, digits.X_test, digits.y_test)
    loss, acc = evaluate(model, digits.X_test, digits.y_test)
    assert acc == hist.test_acc[-1] and loss == pytest.approx(
        hist.test_loss[-1], rel=1e-12)


def test_fit_matches_a_manual_loop(digits):
    """fit = minibatches + loss_and_grads + step, nothing hidden."""
    X, y = digits.X_train[:200], digits.y_train[:200]
    m1, m2 = mlp([64, 16, 10], seed=3), mlp([64, 16, 10], seed=3)
    hist = fit(m1, SGD(m1.parameters(), lr=0.05), (X, y), epochs=3,
               batch_size=16, seed=7)
    opt = SGD(m2.parameters(), lr=0.05)
    rng = np.random.default_rng(7)
    losses = []
    for _ in range(3):
        for Xb, yb in minibatches(X, y, 16, rng):
            value, grads = m2.loss_and_grads(Xb, yb, "cross_entropy")
            opt.step(grads)
            losses.append(value)
    assert hist.loss_steps == losses
    for a, b in zip(m1.parameters(), m2.parameters()):
        np.testing.assert_array_equal(a, b)
    assert hist.test_acc is None                  # no test set given


def test_fit_is_deterministic(digits):
    def run(seed):
        model = mlp([64, 32, 10], seed=0)
        return fit(model, Adam(model.parameters(), lr=1e-3), digits,
                   epochs=2, seed=seed)

    a, b, c = run(0), run(0), run(1)
    assert a.loss_steps == b.loss_steps and a.test_acc == b.test_acc
    assert a.loss_steps != c.loss_steps


def test_fit_full_batch_is_gradient_descent(digits):
    model = mlp([64, 10], seed=0)
    hist = fit(model, SGD(model.parameters(), lr=0.1), digits, epochs=5,
               batch_size=None)
    assert hist.steps_run == 5
    assert hist.examples_seen == [1347 * k for k in range(1, 6)]
    assert hist.loss_epochs == hist.loss_steps      # one batch per epoch
    assert all(a > b for a, b in zip(hist.loss_steps, hist.loss_steps[1:]))


def test_fit_divergence_is_caught_cleanly(digits, no_warnings):
    model = mlp([64, 64, 10], seed=0)
    hist = fit(model, SGD(model.parameters(), lr=50.0), digits, epochs=3)
    assert hist.diverged
    assert 1 < hist.diverged_step < 20
    assert hist.message.startswith(
        f"diverged at step {hist.diverged_step} (epoch 1)")
    assert hist.steps_run == hist.diverged_step - 1
    assert len(hist.loss_steps) == hist.diverged_step


def test_fit_regression_divergence_to_inf(no_warnings):
    data = linear_regression(n=100, noise=0.1, seed=0)
    model = Sequential(Linear(1, 1, seed=0))
    hist = fit(model, SGD(model.parameters(), lr=5.0), data, epochs=400,
               batch_size=None, loss="mse", max_loss=math.inf)
    assert hist.diverged and "the loss is inf" in hist.message
    assert hist.train_acc is None and hist.test_acc is None


def test_fit_linear_regression_recovers_the_line(no_warnings):
    data = linear_regression(n=200, noise=0.1, seed=1)
    model = Sequential(Linear(1, 1, seed=0))
    hist = fit(model, SGD(model.parameters(), lr=0.1), data, epochs=100,
               batch_size=None, loss="mse")
    assert model.layers[0].W[0, 0] == pytest.approx(2.0, abs=0.05)
    assert model.layers[0].b[0] == pytest.approx(1.0, abs=0.05)
    assert hist.loss_epochs[-1] == pytest.approx(0.01, rel=0.3)  # noise²
    assert hist.train_acc is None


def test_fit_schedule_sets_the_learning_rate(digits):
    model = mlp([64, 10], seed=0)
    schedule = cosine(0.1, total_steps=50)
    hist = fit(model, SGD(model.parameters(), lr=1.0), digits, epochs=2,
               batch_size=64, schedule=schedule)
    assert hist.lr_steps == [schedule(t) for t in
                             range(1, hist.steps_run + 1)]


def test_fit_eval_every_steps(digits):
    model = mlp([64, 10], seed=0)
    hist = fit(model, SGD(model.parameters(), lr=0.1), digits, epochs=1,
               batch_size=100, eval_every=5)
    assert hist.eval_steps == [5, 10]
    assert len(hist.test_acc) == 2
    hist = fit(model, SGD(model.parameters(), lr=0.1), digits, epochs=1,
               eval_every=None)
    assert hist.test_acc == [] and hist.eval_steps == []


def test_fit_checks_its_inputs(digits):
    model = mlp([64, 10], seed=0)
    other = mlp([64, 10], seed=1)
    with pytest.raises(ValueError, match="model.parameters"):
        fit(model, SGD(other.parameters(), lr=0.1), digits, 1)
    opt = SGD(model.parameters(), lr=0.1)
    with pytest.raises(ValueError, match="63 features"):
        fit(model, opt, (digits.X_train[:, :63], digits.y_train), 1)
    with pytest.raises(ValueError, match="labels must be in"):
        fit(model, opt, (digits.X_train, digits.y_train + 5), 1)
    with pytest.raises(ValueError, match="examples"):
        fit(model, opt, (digits.X_train, digits.y_train[:-1]), 1)
    with pytest.raises(ValueError, match="batch_size"):
        fit(model, opt, digits, 1, batch_size=0)
    with pytest.raises(ValueError, match="epochs"):
        fit(model, opt, digits, 0)
    with pytest.raises(ValueError, match="data"):
        fit(model, opt, (digits.X_train,) * 3, 1)


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
