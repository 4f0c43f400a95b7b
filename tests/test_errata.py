"""The article's Adam variants: each switch does what the errata say."""

import math

import numpy as np
import pytest

from optlib.errata import (AdamVariant, ArticleAdam, adagrad_first_step,
                           adam_variant_step, reddi_gradient, reddi_run)
from optlib.optim import SGD, Adagrad, Adam, adam_step


def _first_step(grad, lr=1e-3, **switches):
    w = np.zeros_like(grad)
    AdamVariant([w], lr=lr, **switches).step([grad])
    return -w / lr


def test_all_switches_on_is_adam():
    rng = np.random.default_rng(0)
    w1 = rng.normal(size=(4, 3))
    w2 = w1.copy()
    a, b = AdamVariant([w1], lr=0.01), Adam([w2], lr=0.01)
    for _ in range(25):
        g = np.cos(w1) + rng.normal(size=w1.shape)
        a.step([g])
        b.step([g])
    np.testing.assert_allclose(w1, w2, rtol=1e-13)


def test_correct_adam_first_step_is_lr_whatever_the_scale():
    for c in (1e-3, 1.0, 1e3):
        np.testing.assert_allclose(_first_step(np.array([c])), 1.0,
                                   rtol=1e-4)


def test_missing_square_step_grows_like_sqrt_of_gradient():
    small = _first_step(np.array([1e-2]), square=False)[0]
    big = _first_step(np.array([1e2]), square=False)[0]
    assert big / small == pytest.approx(100.0, rel=1e-6)   # sqrt(1e4)


def test_missing_root_step_shrinks_like_one_over_gradient():
    small = _first_step(np.array([1e-2]), sqrt=False)[0]
    big = _first_step(np.array([1e2]), sqrt=False)[0]
    assert small / big == pytest.approx(1e4, rel=1e-3)


def test_missing_bias_correction_first_steps():
    b1, b2 = 0.9, 0.999
    # both uncorrected: (1 - b1) / sqrt(1 - b2) ~ 3.16 times lr
    got = _first_step(np.array([1.0]), bias_correction=False)[0]
    assert got == pytest.approx((1 - b1) / np.sqrt(1 - b2), rel=1e-6)


def test_article_first_step_ignores_the_sign_of_the_gradient():
    for g in (2.0, -2.0):
        w = np.zeros(1)
        ArticleAdam([w], lr=1e-3).step([np.array([g])])
        # (1 - b1) / (1 - b2) = 100 steps of lr, always downwards
        assert w[0] == pytest.approx(-0.1, rel=1e-3)


def test_negative_second_moment_raises_and_changes_nothing():
    w = np.array([1.0, 2.0])
    opt = AdamVariant([w], lr=0.1, square=False)
    opt.step([np.array([1.0, 1.0])])
    before_w, before_state = w.copy(), opt.state_dict()
    with pytest.raises(FloatingPointError, match="negative"):
        opt.step([np.array([1.0, -50.0])])
    np.testing.assert_array_equal(w, before_w)
    after = opt.state_dict()
    assert after["state"][0]["step"] == before_state["state"][0]["step"]
    np.testing.assert_array_equal(after["state"][0]["exp_avg_sq"],
                                  before_state["state"][0]["exp_avg_sq"])


def test_kernel_matches_optim_kernel():
    rng = np.random.default_rng(1)
    p1, g = rng.normal(size=5), rng.normal(size=5)
    p2 = p1.copy()
    m1, v1, m2, v2 = (np.zeros(5) for _ in range(4))
    for t in (1, 2, 3):
        adam_variant_step(p1, g, m1, v1, t, lr=0.1)
        adam_step(p2, g, m2, v2, None, t, lr=0.1)
    np.testing.assert_allclose(p1, p2, rtol=1e-14)


def test_switches_are_validated():
    with pytest.raises(TypeError, match="square"):
        AdamVariant([np.zeros(2)], square="no")
    with pytest.raises(ValueError, match="Invalid learning rate"):
        AdamVariant([np.zeros(2)], lr=-1.0)

# ---------------------------------------------------------------------------
# AdaGrad's epsilon
# ---------------------------------------------------------------------------


def test_adagrad_first_step_torch_matches_optimizer():
    for g in (1e-6, 1e-3, 1.0, 1e3):
        w = np.zeros(1)
        Adagrad([w], lr=1.0).step([np.array([g])])
        assert math.isclose(abs(w[0]), adagrad_first_step(g, rule="torch"),
                            rel_tol=1e-12)


def test_adagrad_first_step_rules():
    # Keras: s0 = 0.1, eps inside; article: no square root
    assert math.isclose(adagrad_first_step(1.0, rule="keras"),
                        1 / math.sqrt(1.1000001))
    assert math.isclose(adagrad_first_step(2.0, rule="article"),
                        2 / (4 + 1e-7))
    with pytest.raises(ValueError):
        adagrad_first_step(1.0, rule="adam")


# ---------------------------------------------------------------------------
# Reddi et al.'s counterexample
# ---------------------------------------------------------------------------


def _adam(amsgrad, C=3.0):
    return lambda p: Adam(p, betas=(0.0, 1 / (1 + C ** 2)), amsgrad=amsgrad)


def test_average_gradient_is_positive_so_the_optimum_is_minus_one():
    C = 3.0
    assert np.mean([reddi_gradient(t, C) for t in range(1, 301)]) > 0


def test_adam_goes_to_the_wrong_end_and_amsgrad_does_not():
    assert reddi_run(_adam(False), steps=1500)[-1] > 0.99
    assert reddi_run(_adam(True), steps=1500)[-1] < -0.9


def test_sgd_also_finds_the_optimum():
    assert reddi_run(lambda p: SGD(p, lr=0.1), steps=1500)[-1] < -0.9


def test_iterates_stay_in_the_interval_and_bad_input_is_refused():
    xs = reddi_run(_adam(False), steps=50)
    assert xs.shape == (51,) and np.all(np.abs(xs) <= 1)
    with pytest.raises(ValueError, match="C > 2"):
        reddi_run(_adam(False), C=1.5)


# --------------------------------------------------------------------------
# The article's AdaGrad (chapter 8's reading of sqrgrad)
# --------------------------------------------------------------------------

from optlib.errata import ArticleAdagrad, article_adagrad_step  # noqa: E402


def test_article_adagrad_with_the_root_is_torch_adagrad_with_eps_1e7():
    rng = np.random.default_rng(3)
    a, b = rng.standard_normal(4), None
    b = a.copy()
    opt_a = ArticleAdagrad([a], lr=0.3, sqrt=True)
    opt_b = Adagrad([b], lr=0.3, eps=1e-7)
    for _ in range(20):
        g = rng.standard_normal(4)
        opt_a.step([g])
        opt_b.step([g.copy()])
    np.testing.assert_allclose(a, b, rtol=1e-13, atol=0)


def test_article_adagrad_without_the_root_divides_by_the_sum():
    w, s = np.zeros(3), np.zeros(3)
    g = np.array([1e-3, 1.0, 1e3])
    article_adagrad_step(w, g, s, lr=0.5)
    np.testing.assert_allclose(w, -0.5 * g / (g * g + 1e-7), rtol=1e-15)
    np.testing.assert_allclose(s, g * g)
    # the first step is about lr/|g|: inverse to the slope
    assert abs(w[0]) > 400 and abs(w[2]) < 1e-3
    # and matches adagrad_first_step's "article" rule
    assert math.isclose(abs(w[0]), adagrad_first_step(1e-3, 0.5, "article"),
                        rel_tol=1e-12)


def test_article_adagrad_refuses_bad_arguments_before_any_change():
    w = np.ones(2)
    for kwargs, msg in (({"lr": -1.0}, "Invalid learning rate: -1.0"),
                        ({"eps": -1e-7}, "Invalid epsilon value"),
                        ({"lr": float("nan")}, "Invalid learning rate")):
        with pytest.raises(ValueError, match=msg):
            ArticleAdagrad([w], **kwargs)
    with pytest.raises(TypeError):
        ArticleAdagrad([w], sqrt="yes")
    opt = ArticleAdagrad([w], lr=0.1)
    with pytest.raises(ValueError):
        opt.step([np.ones(3)])
    np.testing.assert_array_equal(w, 1.0)
    assert opt.state[0] == {}
