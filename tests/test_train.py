"""Tests of optlib.train: 2-D trajectories and fit."""

import math
import warnings
from types import SimpleNamespace

import numpy as np
import pytest

from optlib.data import linear_regression, load_digits, minibatches, moons
from optlib.nn import Linear, Sequential, mlp
from optlib.optim import SGD, Adam
from optlib.schedules import cosine
from optlib.train import (History, Result, accuracy, best_by, evaluate,
                          fit, grid_search)


class Quadratic:
    """Local stand-in surface: f(x, y) = (a x² + b y²) / 2."""

    def __init__(self, a=1.0, b=4.0):
        self.a, self.b = a, b

    def value(self, xy):
        return 0.5 * (self.a * xy[0] ** 2 + self.b * xy[1] ** 2)

    def grad(self, xy):
        return np.array([self.a * xy[0], self.b * xy[1]])




@pytest.fixture
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@pytest.fixture(scope="module")
def digits():
    return load_digits()




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


# --------------------------------------------------------------------------
# a fair contest
# --------------------------------------------------------------------------


def _fake(name, lr, val, train=None, diverged=False):
    hist = SimpleNamespace(diverged=diverged, message="",
                           test_loss=[] if diverged else [val],
                           train_loss=[] if diverged else [train or val])
    return Result(name, lr, hist, None)


def test_grid_search_gives_every_run_the_same_start_and_budget():
    data = moons(seed=0)
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr),
              "again": lambda p, lr: SGD(p, lr=lr)}
    runs = grid_search(lambda: mlp([2, 8, 2], seed=0), makers,
                       {"SGD": [0.1, 0.5], "again": [0.1]}, data, epochs=2)
    assert [(r.name, r.lr) for r in runs] == [("SGD", 0.1), ("SGD", 0.5),
                                             ("again", 0.1)]
    # same optimizer, same lr: identical runs (same weights, same batches)
    assert runs[0].history.loss_steps == runs[2].history.loss_steps
    assert runs[0].history.loss_steps != runs[1].history.loss_steps
    assert runs[0].val_loss == pytest.approx(runs[0].history.test_loss[-1])


def test_grid_search_refuses_mismatched_or_empty_grids():
    makers = {"SGD": lambda p, lr: SGD(p, lr=lr)}
    model = lambda: mlp([2, 4, 2], seed=0)  # noqa: E731
    with pytest.raises(ValueError, match="same optimizers"):
        grid_search(model, makers, {"Adam": [1e-3]}, moons(seed=0), 1)
    with pytest.raises(ValueError, match="empty"):
        grid_search(model, makers, {"SGD": []}, moons(seed=0), 1)
    with pytest.raises(TypeError):
        grid_search(None, makers, {"SGD": [0.1]}, moons(seed=0), 1)


def test_a_diverged_run_is_reported_and_never_selected():
    data = moons(seed=0)
    runs = grid_search(lambda: mlp([2, 8, 2], seed=0),
                       {"SGD": lambda p, lr: SGD(p, lr=lr, momentum=0.9)},
                       {"SGD": [0.1, 1e4]}, data, epochs=2)
    assert runs[1].diverged and math.isinf(runs[1].val_loss)
    assert best_by(runs)["SGD"] is runs[0]


def test_best_by_picks_the_smallest_loss_per_optimizer():
    runs = [_fake("A", 0.1, 0.5), _fake("A", 0.3, 0.2),
            _fake("A", 1.0, 0.0, diverged=True),
            _fake("B", 1e-3, 0.4, train=0.01), _fake("B", 3e-3, 0.3,
                                                     train=0.02),
            _fake("C", 1.0, 0.0, diverged=True)]
    best = best_by(runs)
    assert list(best) == ["A", "B", "C"]
    assert best["A"].lr == 0.3 and best["B"].lr == 3e-3
    assert best["C"] is None
    assert best_by(runs, "train_loss")["B"].lr == 1e-3


def test_digits_run_is_the_standard_setup():
    from optlib.optim import SGD
    from optlib.train import DIGITS_SETUP, digits_run
    model, h = digits_run(lambda p: SGD(p, lr=0.1), epochs=1)
    assert [W.shape for W in model.parameters()[::2]] == [(64, 32), (32, 10)]
    assert DIGITS_SETUP["sizes"] == (64, 32, 10)
    assert h.steps_run == 43 and h.message == "finished 1 epoch (43 steps)"
    with pytest.raises(TypeError, match="make_optimizer must be a function"):
        digits_run(0.1)


def test_fit_with_parameter_groups_no_decay_on_biases():
    """One optimizer, two groups (issue 16): weights decay, biases not."""
    from optlib.nn import mlp
    from optlib.optim import AdamW
    rng = np.random.default_rng(0)
    X = rng.standard_normal((64, 3))
    y = (X[:, 0] > 0).astype(int)
    model = mlp([3, 8, 2], seed=0)
    weights = [p for p in model.parameters() if p.ndim == 2]
    biases = [p for p in model.parameters() if p.ndim == 1]
    opt = AdamW([{"params": weights},
                 {"params": biases, "weight_decay": 0.0, "lr": 5e-3}],
                lr=1e-2, weight_decay=0.1)
    hist = fit(model, opt, (X, y, X, y), epochs=2, batch_size=16)
    assert not hist.diverged and hist.steps_run == 8
    assert all(math.isnan(lr) for lr in hist.lr_steps)   # rates differ
    opt.param_groups[1]["lr"] = 1e-2
    hist = fit(model, opt, (X, y, X, y), epochs=1, batch_size=16)
    assert hist.lr_steps == [1e-2] * 4


# --------------------------------------------------------------------------
# issue 14: fit steps optlib's optimizers without re-checking each gradient
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lr", [0.01, 30.0])       # a run, a divergence
def test_fit_fast_path_trains_exactly_as_step_does(lr):
    from optlib.data import load_digits
    from optlib.nn import mlp
    from optlib.optim import Adam
    from optlib.train import fit

    class Checked(Adam):                  # step() itself: the slow path
        def step(self, grads):
            return super().step(grads)

    data = load_digits()
    small = (data.X_train[:200], data.y_train[:200], data.X_test[:100],
             data.y_test[:100])
    runs = []
    for cls in (Adam, Checked):
        model = mlp([64, 16, 10], seed=0)
        hist = fit(model, cls(model.parameters(), lr=lr), small, epochs=3,
                   batch_size=32, seed=0)
        runs.append((hist, [p.copy() for p in model.parameters()]))
    (fast, p_fast), (slow, p_slow) = runs
    assert fast.loss_steps == slow.loss_steps
    assert fast.test_loss == slow.test_loss
    assert fast.message == slow.message
    for a, b in zip(p_fast, p_slow):
        np.testing.assert_array_equal(a, b)


def test_fit_fast_path_still_stops_on_a_non_finite_gradient():
    from optlib.nn import mlp
    from optlib.optim import SGD
    from optlib.train import fit

    model = mlp([2, 3, 1], seed=0)
    X = np.array([[1.0, 2.0], [3.0, 4.0], [1.0, -1.0], [0.5, 0.5]])
    y = np.array([1.0, 2.0, 0.0, 1.0])
    calls = {"n": 0}
    original = model.loss_and_grads

    def loss_and_grads(*args, **kw):      # the 2nd gradient holds a nan
        value, grads = original(*args, **kw)
        calls["n"] += 1
        if calls["n"] == 2:
            grads[0][0, 0] = np.nan
        return value, grads

    model.loss_and_grads = loss_and_grads
    hist = fit(model, SGD(model.parameters(), lr=0.1), (X, y), epochs=2,
               batch_size=2, loss="mse", seed=0)
    assert hist.diverged and hist.diverged_step == 2
    assert "not finite" in hist.message
