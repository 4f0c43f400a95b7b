"""optlib.rates: the rates on quadratics against optlib.optim.SGD's runs."""

import math

import numpy as np
import pytest

from optlib.optim import SGD
from optlib.rates import (gd_rate, measured_rate, momentum_matrix,
                          momentum_rate, nesterov_matrix, nesterov_rate,
                          optimal_gd, optimal_momentum, stability_limit,
                          worst_rate)
from optlib.surfaces import ill_conditioned, quadratic
from optlib.trajectory import trajectory

LAM_MIN, LAM_MAX = 0.2, 20.0            # ill_conditioned(100) = 0.1x² + 10y²


def _run(surface, lr, momentum=0.0, nesterov=False, steps=None):
    rate = worst_rate(lr, momentum, LAM_MIN, LAM_MAX, nesterov=nesterov)
    if steps is None:                   # long enough, short of underflow
        steps = int(min(4000, 250 / -math.log(rate)))
    return trajectory(lambda p: SGD(p, lr=lr, momentum=momentum,
                                    nesterov=nesterov),
                      surface, surface.x0, steps, tol=0.0)


def test_rates_are_the_spectral_radius_of_the_step_matrix():
    rng = np.random.default_rng(0)
    lr, mu, lam = rng.uniform(0, 0.3, 200), rng.uniform(0, 1, 200), \
        rng.uniform(0.1, 30, 200)
    for rate, matrix in ((momentum_rate, momentum_matrix),
                         (nesterov_rate, nesterov_matrix)):
        radius = abs(np.linalg.eigvals(matrix(lr, mu, lam))).max(axis=-1)
        np.testing.assert_allclose(rate(lr, mu, lam), radius, rtol=1e-6)
    np.testing.assert_allclose(momentum_rate(lr, 0.0, lam),
                               gd_rate(lr, lam), atol=1e-12)


@pytest.mark.parametrize("nesterov", [False, True])
def test_the_matrix_reproduces_sgd_exactly(nesterov):
    lr, mu, lam = 0.07, 0.8, 3.0
    theta = np.array([1.5])
    opt = SGD([theta], lr=lr, momentum=mu, nesterov=nesterov)
    make = nesterov_matrix if nesterov else momentum_matrix
    state = np.array([1.5, 0.0])         # b_0 = 0 gives torch's b_1 = g_1
    for _ in range(30):
        opt.step([lam * theta])
        state = make(lr, mu, lam) @ state
        assert theta[0] == pytest.approx(state[0], rel=1e-12, abs=1e-300)
        assert opt.state[0]["momentum_buffer"][0] == pytest.approx(
            state[1], rel=1e-12, abs=1e-300)


@pytest.mark.parametrize("lr, momentum, nesterov", [
    (0.09, 0.0, False), (0.09, 0.5, False), (0.09, 0.67, False),
    (0.09, 0.8, False), (0.09, 0.9, False), (0.09, 0.95, False),
    (0.05, 0.9, False), (0.18, 0.9, False), (0.05, 0.9, True),
    (0.03, 0.5, True)])
def test_measured_rates_of_sgd_runs_match_the_theory(lr, momentum,
                                                     nesterov):
    run = _run(ill_conditioned(100), lr, momentum, nesterov)
    assert not run.diverged
    theory = worst_rate(lr, momentum, LAM_MIN, LAM_MAX, nesterov=nesterov)
    assert measured_rate(run) == pytest.approx(theory, rel=3e-3)


def test_the_rate_does_not_depend_on_the_rotation():
    lr, mu = 0.09, 0.8
    turned = _run(quadratic(100, angle=30), lr, mu)
    assert measured_rate(turned) == pytest.approx(
        worst_rate(lr, mu, LAM_MIN, LAM_MAX), rel=3e-3)


@pytest.mark.parametrize("momentum, nesterov", [(0.0, False), (0.5, False),
                                                (0.9, False), (0.9, True)])
def test_stability_limit_separates_converging_and_diverging_runs(
        momentum, nesterov):
    limit = stability_limit(momentum, LAM_MAX, nesterov=nesterov)
    bowl = ill_conditioned(100)
    below = _run(bowl, 0.97 * limit, momentum, nesterov, steps=3000)
    above = _run(bowl, 1.03 * limit, momentum, nesterov, steps=3000)
    assert not below.diverged and above.diverged
    assert worst_rate(limit, momentum, LAM_MIN, LAM_MAX,
                      nesterov=nesterov) == pytest.approx(1.0)


def test_optimal_settings_are_the_best_on_a_grid():
    lr_star, mu_star, rate = optimal_momentum(LAM_MIN, LAM_MAX)
    kappa = LAM_MAX / LAM_MIN
    assert rate == pytest.approx((math.sqrt(kappa) - 1)
                                 / (math.sqrt(kappa) + 1))
    assert mu_star == pytest.approx(rate ** 2)
    assert worst_rate(lr_star, mu_star, LAM_MIN, LAM_MAX) == \
        pytest.approx(rate)
    lr, mu = np.meshgrid(np.linspace(0.001, 0.2, 400),
                         np.linspace(0, 0.999, 400))
    grid = worst_rate(lr, mu, LAM_MIN, LAM_MAX)
    assert grid.min() >= rate - 1e-12
    assert grid.min() < rate + 5e-3             # the grid gets close
    lr_gd, rate_gd = optimal_gd(LAM_MIN, LAM_MAX)
    assert rate_gd == pytest.approx((kappa - 1) / (kappa + 1))
    assert gd_rate(np.linspace(0.001, 0.2, 2000), np.array([[LAM_MIN],
                   [LAM_MAX]])).max(axis=0).min() >= rate_gd - 1e-12
    run = _run(ill_conditioned(100), lr_star, mu_star, steps=800)
    # a double root at both ends: the envelope carries a factor t
    assert measured_rate(run) == pytest.approx(rate, rel=1e-2)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="lam_max"):
        optimal_momentum(2.0, 1.0)
    with pytest.raises(ValueError, match="lam_min"):
        optimal_gd(0.0, 1.0)
    with pytest.raises(ValueError, match="at least 8"):
        measured_rate(np.zeros((20, 2)))
    with pytest.raises(ValueError, match="window"):
        measured_rate(np.ones((20, 2)), window=10)
