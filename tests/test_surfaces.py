"""Tests of optlib.surfaces: gradients, Hessians, landmarks, input checks.

The analytic derivatives are checked against central finite differences
(an independent computation from the function values alone); the stated
critical points are checked by their defining properties.
"""

import math

import numpy as np
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from optlib import surfaces as F
from optlib.data import correlated_regression, scaled_features
from optlib.nn import central_difference
from optlib.surfaces import (SURFACES, classify, fraction_minima,
                             least_squares, line_fit, monkey_saddle, saddle,
                             soft_abs, two_minima)

ALL = sorted(SURFACES.items())
IDS = [name for name, _ in ALL]
SURFS = [s for _, s in ALL] + [F.bowl(1.0, 1.0), F.bowl(3.0, 0.5),
                               F.ill_conditioned(100)]
SIDS = IDS + ["bowl_round", "bowl_wide", "ill_100"]


def _points(surface, n=40, seed=0):
    rng = np.random.default_rng(seed)
    (x0, x1), (y0, y1) = surface.bounds
    return np.column_stack([rng.uniform(x0, x1, n), rng.uniform(y0, y1, n)])


def _fd_grad(f, p, h):
    e = np.eye(2)
    return np.array([(f(p + h * e[i]) - f(p - h * e[i])) / (2 * h)
                     for i in range(2)])


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_gradient_matches_finite_differences(surface):
    for p in _points(surface):
        scale = max(1.0, float(np.max(np.abs(p))))
        h = 1e-6 * scale
        fd = _fd_grad(surface.value, p, h)
        an = surface.grad(p)
        assert an.shape == (2,)
        np.testing.assert_allclose(an, fd, rtol=1e-6,
                                   atol=1e-6 * max(1.0, np.abs(fd).max()))


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_hessian_matches_finite_differences_of_gradient(surface):
    for p in _points(surface, seed=1):
        h = 1e-6 * max(1.0, float(np.max(np.abs(p))))
        e = np.eye(2)
        fd = np.column_stack([(surface.grad(p + h * e[j])
                               - surface.grad(p - h * e[j])) / (2 * h)
                              for j in range(2)])
        an = surface.hessian(p)
        assert an.shape == (2, 2)
        np.testing.assert_allclose(an, an.T)
        np.testing.assert_allclose(an, fd, rtol=1e-5,
                                   atol=1e-5 * max(1.0, np.abs(fd).max()))


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_grid_evaluation_matches_pointwise(surface):
    X, Y = np.meshgrid(np.linspace(*surface.bounds[0], 7),
                       np.linspace(*surface.bounds[1], 5))
    grid = np.stack([X, Y])
    Z = surface.value(grid)
    G = surface.grad(grid)
    H = surface.hessian(grid)
    assert Z.shape == (5, 7) and G.shape == (2, 5, 7)
    assert H.shape == (2, 2, 5, 7)
    for i in range(5):
        for j in range(7):
            p = grid[:, i, j]
            assert Z[i, j] == surface.value(p)
            np.testing.assert_array_equal(G[:, i, j], surface.grad(p))
            np.testing.assert_array_equal(H[:, :, i, j], surface.hessian(p))


def _all_critical(surface):
    return (surface.minima + surface.saddles
            + getattr(surface, "maxima", []))


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_stated_critical_points_have_zero_gradient(surface):
    pts = _all_critical(surface)
    assert pts, "every surface states at least one critical point"
    for p in pts:
        scale = max(1.0, float(np.abs(surface.hessian(p)).max()))
        assert np.linalg.norm(surface.grad(p)) < 1e-9 * scale, p


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_minima_have_positive_definite_hessian(surface):
    for p in surface.minima:
        eig = np.linalg.eigvalsh(surface.hessian(p))
        assert eig.min() > 0, (p, eig)
        # and f really is lowest at p within a small circle
        ang = np.linspace(0, 2 * np.pi, 32, endpoint=False)
        ring = p[:, None] + 1e-3 * np.stack([np.cos(ang), np.sin(ang)])
        assert np.all(surface.value(ring) > surface.value(p))


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_saddles_are_neither_minima_nor_maxima(surface):
    for p in surface.saddles:
        eig = np.linalg.eigvalsh(surface.hessian(p))
        assert not eig.min() > 0 and not eig.max() < 0, eig
        # the definition: f is both above and below f(p) arbitrarily close
        ang = np.linspace(0, 2 * np.pi, 64, endpoint=False)
        for r in (1e-2, 1e-3):
            ring = p[:, None] + r * np.stack([np.cos(ang), np.sin(ang)])
            d = surface.value(ring) - surface.value(p)
            assert d.max() > 0 and d.min() < 0


def test_maxima_of_himmelblau():
    (p,) = F.himmelblau.maxima
    assert np.linalg.eigvalsh(F.himmelblau.hessian(p)).max() < 0


@pytest.mark.parametrize("surface", SURFS, ids=SIDS)
def test_global_minimum_is_lowest_on_dense_grid(surface):
    if not surface.bounded_below:
        assert surface.global_min is None
        return
    X, Y, Z = surface.grid(401)
    f_min = surface.f_min
    assert f_min == surface.value(surface.minima[0])
    assert Z.min() >= f_min - 1e-12
    (x0, x1), (y0, y1) = surface.bounds
    for p in surface.minima:
        assert x0 < p[0] < x1 and y0 < p[1] < y1


def test_known_values_from_the_literature():
    # independent facts: Rosenbrock (1, 1), Beale (3, 0.5), Himmelblau's
    # four zeros, Rastrigin 0 at the origin
    assert F.rosenbrock.value([1, 1]) == 0
    assert F.beale.value([3, 0.5]) == 0
    assert len(F.himmelblau.minima) == 4
    for p in F.himmelblau.minima:
        assert abs(F.himmelblau.value(p)) < 1e-20
    np.testing.assert_allclose(F.himmelblau.minima[1],
                               [-2.805118, 3.131312], atol=1e-6)
    assert F.rastrigin.value([0, 0]) == 0
    assert F.saddle.value([2, 1]) == 3
    assert F.monkey_saddle.value([1, 1]) == -2


def test_bowl_is_the_reference_quadratic():
    b = F.bowl()
    for p in _points(b):
        assert math.isclose(b.value(p), 0.1 * p[0] ** 2 + 2 * p[1] ** 2)
    np.testing.assert_array_equal(b.hessian([3, 4]), [[0.2, 0], [0, 4]])
    c = F.ill_conditioned(20)
    assert c.value([1.5, -2.0]) == b.value([1.5, -2.0])
    eig = np.linalg.eigvalsh(F.ill_conditioned(50).hessian([0, 0]))
    assert math.isclose(eig.max() / eig.min(), 50)


def test_two_minima_has_one_local_and_one_global_minimum():
    s = F.two_minima
    assert len(s.minima) == 2 and len(s.saddles) == 1
    glob, loc = s.minima
    assert s.value(glob) < s.value(loc)
    # exactly two minima: scan for sign changes of ∂f/∂x along y = 0
    # (∂f/∂y = y·const vanishes only there)
    xs = np.linspace(*s.bounds[0], 4001)
    gx = s.grad(np.stack([xs, np.zeros_like(xs)]))[0]
    assert np.count_nonzero(np.diff(np.sign(gx)) > 0) == 2
    # gradient descent from x0 is trapped in the local minimum
    xy = s.x0.copy()
    for _ in range(2000):
        xy = xy - 0.05 * s.grad(xy)
    np.testing.assert_allclose(xy, loc, atol=1e-6)


def test_two_minima_1d_matches_its_slice():
    c, s = F.two_minima_1d, F.two_minima
    xs = np.linspace(-2, 2, 9)
    np.testing.assert_allclose(c.value(xs),
                               s.value(np.stack([xs, 0 * xs])))
    for m in c.minima:
        assert abs(c.grad(m)) < 1e-12 and c.second(m) > 0
    (m,) = c.maxima
    assert abs(c.grad(m)) < 1e-12 and c.second(m) < 0
    h = 1e-6
    for x in xs:
        assert math.isclose(c.grad(x),
                            (c.value(x + h) - c.value(x - h)) / (2 * h),
                            rel_tol=1e-6, abs_tol=1e-6)
    assert isinstance(c.value(0.5), float)
    with pytest.raises(TypeError):
        c.value("1")


def test_ints_are_accepted_and_give_floats():
    s = F.rosenbrock
    assert isinstance(s.value([1, 2]), float)
    assert s.value([1, 2]) == s.value([1.0, 2.0])
    assert s.grad(np.array([1, 2])).dtype == np.float64
    assert s.hessian((0, 0)).dtype == np.float64


@pytest.mark.parametrize("bad", [[1.0], [1.0, 2.0, 3.0], np.zeros((3, 4)),
                                 5.0, np.zeros((0,))])
def test_wrong_shape_raises_value_error(bad):
    for fn in (F.beale.value, F.beale.grad, F.beale.hessian):
        with pytest.raises(ValueError, match="shape"):
            fn(bad)


@pytest.mark.parametrize("bad", ["ab", ["a", "b"], [1 + 2j, 0],
                                 [None, 1.0]])
def test_non_numbers_raise_type_error(bad):
    with pytest.raises(TypeError):
        F.himmelblau.value(bad)


def test_no_warning_for_huge_inputs():
    # a diverging run may ask for f far away: inf, never a NumPy warning
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        v = F.rosenbrock.value([1e200, 1e200])
        g = F.monkey_saddle.grad([1e200, 1e200])
    assert v == math.inf and not np.isfinite(g).all()


@pytest.mark.parametrize("args,exc", [((0, 1), ValueError),
                                      ((-1, 1), ValueError),
                                      ((1, math.inf), ValueError),
                                      (("1", 1), TypeError)])
def test_bowl_checks_its_arguments(args, exc):
    with pytest.raises(exc):
        F.bowl(*args)


def test_ill_conditioned_checks_its_argument():
    with pytest.raises(ValueError):
        F.ill_conditioned(0.5)
    with pytest.raises(TypeError):
        F.ill_conditioned("20")


def test_every_surface_has_the_documented_attributes():
    for name, s in SURFACES.items():
        assert s.name == name
        assert s.latex.startswith("$") and s.latex.endswith("$")
        assert s.x0.shape == (2,)
        (x0, x1), (y0, y1) = s.bounds
        assert x0 < s.x0[0] < x1 and y0 < s.x0[1] < y1
        assert name in repr(s)


@pytest.mark.parametrize("name", sorted(SURFACES))
def test_point_fast_path_equals_general_path(name):
    """value/grad of one float64 point (the optimizer's case) take a fast
    path; it must agree exactly with the general (list/grid) path."""
    s = F.SURFACES[name]
    rng = np.random.default_rng(3)
    (x_lo, x_hi), (y_lo, y_hi) = s.bounds
    for _ in range(50):
        p = np.array([rng.uniform(x_lo, x_hi), rng.uniform(y_lo, y_hi)])
        assert s.value(p) == s.value(p.tolist())
        np.testing.assert_array_equal(s.grad(p), s.grad(p.tolist()))
        grid = s.grad(p[:, None])[:, 0]      # array maths: within 1 ulp
        np.testing.assert_allclose(s.grad(p), grid, rtol=1e-14, atol=1e-300)

# ---------------------------------------------------------------------------
# surfaces built from data: least squares, a line
# ---------------------------------------------------------------------------


LX = np.random.default_rng(1).normal(size=25)
LY = 1.5 * LX - 0.7 + 0.3 * np.random.default_rng(2).normal(size=25)


def test_line_fit_minimum_is_the_least_squares_fit():
    s = line_fit(LX, LY)
    slope, intercept = np.polyfit(LX, LY, 1)          # independent solver
    np.testing.assert_allclose(s.minima[0], [slope, intercept], rtol=1e-10)
    np.testing.assert_allclose(s.grad(s.minima[0]), 0.0, atol=1e-12)


@settings(max_examples=30, deadline=None)
@given(st.floats(-5, 5), st.floats(-5, 5))
def test_line_fit_value_and_grad_match_the_definition(w, b):
    s = line_fit(LX, LY)
    direct = np.mean((w * LX + b - LY) ** 2)
    assert s.value([w, b]) == pytest.approx(direct, rel=1e-9, abs=1e-9)
    numeric = central_difference(
        lambda t: np.mean((t[0] * LX + t[1] - LY) ** 2), [w, b], h=1e-5)
    np.testing.assert_allclose(s.grad([w, b]), numeric, rtol=1e-6,
                               atol=1e-6)


def test_line_fit_grid_and_hessian():
    s = line_fit(LX, LY)
    Wg, Bg = np.meshgrid(np.linspace(-1, 1, 4), np.linspace(0, 2, 3))
    Z = s.value(np.stack([Wg, Bg]))
    assert Z.shape == (3, 4)
    assert Z[1, 2] == pytest.approx(s.value([Wg[1, 2], Bg[1, 2]]))
    H = s.hessian([0.3, -0.2])
    np.testing.assert_allclose(H, 2 * np.array([[np.mean(LX * LX), LX.mean()],
                                                [LX.mean(), 1.0]]))


@pytest.mark.parametrize("x, y", [([1.0, 1.0, 1.0], [0.0, 1.0, 2.0]),
                                  ([0.0, 1.0], [0.0, 1.0, 2.0]),
                                  ([], []),
                                  ([0.0, np.nan], [1.0, 2.0])])
def test_line_fit_rejects_bad_data(x, y):
    with pytest.raises(ValueError):
        line_fit(x, y)


@pytest.fixture(scope="module")
def problem():
    X, y = correlated_regression(n=120, noise=0.3, seed=3)
    return X, y, least_squares(X, y)


def test_least_squares_minimum_is_the_lstsq_solution(problem):
    X, y, surface = problem
    expected, *_ = np.linalg.lstsq(X, y, rcond=None)
    np.testing.assert_allclose(surface.minima[0], expected, rtol=1e-10)
    np.testing.assert_allclose(surface.grad(expected), 0.0, atol=1e-12)


def test_least_squares_value_and_grad(problem):
    X, y, surface = problem
    rng = np.random.default_rng(0)
    for _ in range(5):
        theta = rng.normal(size=2)
        loss = np.mean((X @ theta - y) ** 2) / 2
        assert surface.value(theta) == pytest.approx(loss, rel=1e-12)
        eps = 1e-6
        fd = [(surface.value(theta + eps * e) - surface.value(theta - eps * e))
              / (2 * eps) for e in np.eye(2)]
        np.testing.assert_allclose(surface.grad(theta), fd, rtol=1e-6,
                                   atol=1e-9)
    np.testing.assert_allclose(surface.hessian(theta), X.T @ X / len(X),
                               rtol=1e-12)


def test_least_squares_grid_shape(problem):
    _, _, surface = problem
    X, Y, Z = surface.grid(7)
    assert Z.shape == (7, 7)
    assert np.isfinite(Z).all()


def test_least_squares_of_scaled_features():
    X, y = scaled_features(n=50, scale=10.0, seed=3)
    s = least_squares(X, y)
    w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(s.minima[0], w_ls, rtol=1e-10)
    w = np.array([0.3, -0.7])
    r = X @ w - y
    assert math.isclose(s.value(w), r @ r / (2 * len(y)), rel_tol=1e-12)
    np.testing.assert_allclose(s.grad(w), X.T @ r / len(y), rtol=1e-12)
    np.testing.assert_allclose(s.hessian(w), X.T @ X / len(y), rtol=1e-12)


def test_least_squares_gradient_by_finite_differences():
    X, y = scaled_features(n=30, scale=3.0, seed=1)
    s = least_squares(X, y)
    w = np.array([0.5, 0.2])
    h = 1e-6
    fd = [(s.value(w + h * e) - s.value(w - h * e)) / (2 * h)
          for e in np.eye(2)]
    np.testing.assert_allclose(s.grad(w), fd, rtol=1e-6)




def test_soft_abs_minimum_and_gradient():
    s = soft_abs()
    assert s.value([0.0, 0.0]) == 0.0
    np.testing.assert_allclose(s.grad([0.0, 0.0]), [0.0, 0.0])
    g = s.grad([1e6, -1e6])
    np.testing.assert_allclose(g, [1.0, -1.0], atol=1e-9)


def test_least_squares_bad_shapes():
    with pytest.raises(ValueError):
        least_squares(np.ones((5, 3)), np.ones(5))
    with pytest.raises(ValueError):
        least_squares(np.ones((5, 2)), np.ones(4))


def test_least_squares_rejects_dependent_columns():
    with pytest.raises(ValueError, match="dependent"):
        least_squares(np.ones((5, 2)), np.arange(5.0))


# ---------------------------------------------------------------------------
# critical points
# ---------------------------------------------------------------------------


def test_classify_known_points():
    assert classify(saddle.hessian([0, 0]))[0] == "saddle"
    assert classify(monkey_saddle.hessian([0, 0]))[0] == "degenerate"
    assert classify(np.diag([1.0, 3.0]))[0] == "minimum"
    assert classify(np.diag([-1.0, -3.0]))[0] == "maximum"
    for p in two_minima.minima:
        assert classify(two_minima.hessian(p))[0] == "minimum"
    assert classify(two_minima.hessian(two_minima.saddles[0]))[0] \
        == "saddle"


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1, max_value=6),
       st.integers(min_value=0, max_value=10_000))
def test_classify_definite_matrices(n, seed):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, n))
    spd = a @ a.T + 0.1 * np.eye(n)
    label, eig = classify(spd)
    assert label == "minimum"
    assert np.all(np.diff(eig) >= 0)
    assert classify(-spd)[0] == "maximum"


def test_classify_rejects_bad_input():
    with pytest.raises(ValueError, match="square"):
        classify(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="symmetric"):
        classify([[1.0, 2.0], [0.0, 1.0]])
    with pytest.raises(ValueError, match="finite"):
        classify([[np.nan, 0.0], [0.0, 1.0]])


def test_fraction_minima():
    minima, negative = fraction_minima([1, 2, 6], samples=20_000,
                                       seed=0)
    # n = 1: a symmetric normal; n = 2: P(GOE 2x2 positive definite) is
    # (2 - sqrt 2) / 4 (integrate the joint eigenvalue density)
    for got, want in [(minima[0], 0.5), (minima[1], (2 - math.sqrt(2)) / 4)]:
        se = math.sqrt(want * (1 - want) / 20_000)
        assert abs(got - want) < 5 * se
    assert minima[2] < 1e-3
    np.testing.assert_allclose(negative, 0.5, atol=0.02)
    with pytest.raises(ValueError, match="dimension"):
        fraction_minima([0])


# --------------------------------------------------------------------------
# Surfaces from a function (issue 16): f alone, derivatives by central
# differences, a clear message for a function that is not vectorised
# --------------------------------------------------------------------------


def _rosenbrock_f(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2


def test_from_function_takes_f_alone():
    s = F.from_function(_rosenbrock_f)
    assert s.numerical == ("grad", "hessian")
    assert s.bounds == ((-3.0, 3.0), (-3.0, 3.0))
    np.testing.assert_array_equal(s.x0, [0.0, 0.0])
    assert s.latex == "$f(x, y)$"
    X, Y, Z = s.grid(5)
    assert Z.shape == (5, 5)
    # a Surface with derivatives left out (None) no longer fails later
    t = F.Surface("r", "$r$", _rosenbrock_f, None, None,
                  bounds=((-2, 2), (-1, 3)), x0=(-1, 1))
    assert t.hessian([1.0, 1.0]).shape == (2, 2)


@pytest.mark.parametrize("point", [(-1.2, 1.0), (0.3, -0.4), (1.0, 1.0),
                                   (2.0, 3.5)])
def test_central_differences_are_as_accurate_as_documented(point):
    """The docstring's figures: gradient ~1e-10, Hessian from a numerical
    gradient ~4e-7, relative to the size of the exact derivative."""
    exact, numeric = F.rosenbrock, F.from_function(_rosenbrock_f)
    with_grad = F.from_function(_rosenbrock_f, exact._df)
    xy = np.array(point)
    g, h = exact.grad(xy), exact.hessian(xy)
    scale_h = np.abs(h).max()
    err_h = np.abs(numeric.hessian(xy) - h).max() / scale_h
    err_h_from_grad = np.abs(with_grad.hessian(xy) - h).max() / scale_h
    # gradient: within the documented h² |f‴| / 6 + ε |f| / h, with
    # f_xxx = 2400 x and f_yyy = 0 (a 1-D difference along x sees only
    # f_xxx); a factor 2 for the constants
    h_fd, eps = F.FD_STEP, np.finfo(float).eps
    rounding = eps * max(abs(exact.value(xy)), 1.0) / h_fd
    bound = 2 * (h_fd ** 2 / 6 * np.array([2400 * abs(xy[0]), 0.0])
                 + rounding)
    assert np.all(np.abs(numeric.grad(xy) - g) <= bound)
    assert bound.max() < 1e-7
    assert err_h < 1e-5
    assert err_h_from_grad < 1e-7
    # and not exact: the test can fail (a wrong step would show)
    assert err_h > 0


def test_central_difference_error_follows_h_squared_and_rounding():
    """error(h) ~ h^2 |f'''|/6 for large h, ~ eps |f| / h for tiny h."""
    f = lambda t: np.sin(t[0])                          # noqa: E731
    exact = np.cos(1.0)
    err = {h: abs(F.central_difference(f, [1.0], h)[0] - exact)
           for h in (1e-2, 1e-3, 6e-6, 1e-11)}
    assert err[1e-2] == pytest.approx(1e-4 * np.cos(1.0) / 6, rel=1e-3)
    assert err[1e-3] == pytest.approx(1e-6 * np.cos(1.0) / 6, rel=1e-2)
    assert err[6e-6] < 1e-10                             # the best step
    assert err[1e-11] > 1e-7                             # rounding wins


def test_central_difference_is_vectorised_over_points():
    X, Y = np.meshgrid(np.linspace(-1, 1, 7), np.linspace(0, 2, 5))
    calls = []

    def f(t):
        calls.append(t.shape)
        return _rosenbrock_f(t[0], t[1])

    g = F.central_difference(f, np.stack([X, Y]), 1e-6, vectorised=True)
    assert len(calls) == 4 and calls[0] == (2, 5, 7)     # 2n calls in all
    np.testing.assert_allclose(g, F.rosenbrock.grad(np.stack([X, Y])),
                               rtol=1e-7, atol=1e-6)


def test_nn_uses_the_same_central_difference():
    import optlib.nn as nn
    assert nn.central_difference is F.central_difference


def test_a_function_written_with_math_is_explained():
    with pytest.raises(TypeError, match=r"f\(x, y\) must work on NumPy "
                       r"arrays.*np\.sin.*instead of math\.sin.*only "
                       "0-dimensional arrays|only length-1 arrays"):
        F.from_function(lambda x, y: math.sin(x) + y ** 2)
    with pytest.raises(TypeError, match=r"np\.where for if/else"):
        F.from_function(lambda x, y: x if x > 0 else y)
    with pytest.raises(TypeError, match="returned list of shape"):
        F.from_function(lambda x, y: [1.0, 2.0])
    with pytest.raises(TypeError, match="gradient df"):
        F.from_function(_rosenbrock_f, lambda x, y: (math.cos(x), y))
    with pytest.raises(TypeError, match="f must be a function"):
        F.Surface("s", "$s$", 3.0, None, None, bounds=((0, 1), (0, 1)),
                  x0=(0, 0))


class _Duck:
    """What trajectory accepts: value and grad of one point, no bounds."""

    def value(self, xy):
        return float(xy[0] ** 2 + 3 * xy[1] ** 2)

    def grad(self, xy):
        return np.array([2 * xy[0], 6 * xy[1]])


def test_as_surface_takes_what_trajectory_takes():
    duck = _Duck()
    with pytest.raises(ValueError, match="has no 'bounds' and there are no "
                       r"paths.*pass bounds=\(\(xmin, xmax\)"):
        F.as_surface(duck)
    s = F.as_surface(duck, paths=[np.array([[1.0, 2.0], [0.0, 0.5]])])
    assert s.bounds == ((-0.5, 1.5), (0.0, 2.5))
    X, Y, Z = s.grid(4)
    np.testing.assert_allclose(Z, X ** 2 + 3 * Y ** 2)
    np.testing.assert_allclose(s.grad(np.array([1.0, 1.0])), [2.0, 6.0])
    assert F.as_surface(F.rosenbrock) is F.rosenbrock
    with pytest.raises(TypeError, match=r"must have a grad\(xy\) method"):
        F.as_surface(SimpleNamespace(value=lambda xy: 0.0))


from types import SimpleNamespace  # noqa: E402
