"""Tests of optlib.functions: gradients, Hessians, landmarks, input checks.

The analytic derivatives are checked against central finite differences
(an independent computation from the function values alone); the stated
critical points are checked by their defining properties.
"""

import math

import numpy as np
import pytest

from optlib import functions as F
from optlib.functions import SURFACES

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
