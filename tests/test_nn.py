"""Tests of optlib.nn: layers, losses, backpropagation, gradient check."""

import warnings

import copy

import numpy as np
import pytest

from optlib.nn import (Linear, MSELoss, ReLU, Sequential, Sigmoid,
                       SoftmaxCrossEntropy, Tanh, central_difference,
                       get_loss, gradient_check, logistic_loss, mlp,
                       zero_one_loss)


def _data(n=7, d=5, classes=3, seed=1):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, d)), rng.integers(0, classes, n)


# --------------------------------------------------------------------------
# gradient checks: every layer and both losses
# --------------------------------------------------------------------------


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_gradient_check_cross_entropy(activation):
    X, y = _data()
    model = mlp([5, 6, 4, 3], activation=activation, seed=2)
    assert gradient_check(model, "cross_entropy", X, y) < 1e-7


@pytest.mark.parametrize("layer", [ReLU, Tanh, Sigmoid])
def test_gradient_check_mse(layer):
    rng = np.random.default_rng(3)
    X, Y = rng.normal(size=(6, 4)), rng.normal(size=(6, 2))
    model = Sequential(Linear(4, 5, seed=0), layer(), Linear(5, 2, seed=1))
    assert gradient_check(model, MSELoss(), X, Y) < 1e-7


def test_gradient_check_catches_a_wrong_backward():
    class BadTanh(Tanh):
        def backward(self, grad_out):          # forgets the square
            return grad_out * (1.0 - self._out)

    X, y = _data()
    model = Sequential(Linear(5, 4, seed=0), BadTanh(), Linear(4, 3, seed=1))
    assert gradient_check(model, "cross_entropy", X, y) > 1e-2


def test_input_gradient_matches_finite_differences():
    X, y = _data(n=4, d=3)
    model = mlp([3, 5, 3], activation="tanh", seed=0)
    loss = SoftmaxCrossEntropy()
    loss.forward(model.forward(X), y)
    dX = model.backward(loss.backward())
    num = np.empty_like(X)
    eps = 1e-6
    for idx in np.ndindex(X.shape):
        Xp, Xm = X.copy(), X.copy()
        Xp[idx] += eps
        Xm[idx] -= eps
        num[idx] = (loss.forward(model.forward(Xp), y)
                    - loss.forward(model.forward(Xm), y)) / (2 * eps)
    np.testing.assert_allclose(dX, num, rtol=1e-6, atol=1e-9)


def test_linear_mse_gradient_matches_the_formula():
    # independent derivation: L = mean((XW + b - Y)^2),
    # dL/dW = 2 X^T R / N, dL/db = 2 sum_rows(R) / N, R = XW + b - Y
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
    layer = Linear(3, 2, seed=4)
    layer.b[:] = [0.3, -0.2]
    model = Sequential(layer)
    value, (gW, gb) = model.loss_and_grads(X, Y, "mse")
    R = X @ layer.W + layer.b - Y
    assert value == pytest.approx(np.mean(R ** 2), rel=1e-14)
    np.testing.assert_allclose(gW, 2 * X.T @ R / R.size, rtol=1e-13)
    np.testing.assert_allclose(gb, 2 * R.sum(axis=0) / R.size, rtol=1e-13)


# --------------------------------------------------------------------------
# losses
# --------------------------------------------------------------------------


def test_cross_entropy_of_equal_logits_is_log_classes():
    loss = SoftmaxCrossEntropy()
    assert loss.forward(np.zeros((4, 10)), [0, 3, 9, 2]) == pytest.approx(
        np.log(10), rel=1e-15)


def test_cross_entropy_is_stable_for_huge_logits():
    loss = SoftmaxCrossEntropy()
    logits = np.array([[1000.0, 0.0], [0.0, -1000.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = loss.forward(logits, np.array([1, 0]))
        grad = loss.backward()
    # -log p = 1000 + log(1 + e^-1000) for row 0, log(1 + e^-1000) row 1
    assert value == pytest.approx(500.0, rel=1e-14)
    np.testing.assert_allclose(grad, [[0.5, -0.5], [0.0, 0.0]], atol=1e-15)


def test_cross_entropy_gradient_rows_sum_to_zero():
    rng = np.random.default_rng(0)
    loss = SoftmaxCrossEntropy()
    loss.forward(rng.normal(size=(5, 4)), rng.integers(0, 4, 5))
    np.testing.assert_allclose(loss.backward().sum(axis=1), 0, atol=1e-16)


def test_labels_are_checked():
    loss = SoftmaxCrossEntropy()
    with pytest.raises(ValueError, match=r"labels must be in 0\.\.2"):
        loss.forward(np.zeros((2, 3)), [0, 3])
    with pytest.raises(ValueError, match="labels must be in"):
        loss.forward(np.zeros((2, 3)), [-1, 0])
    with pytest.raises(TypeError, match="integers"):
        loss.forward(np.zeros((2, 3)), [0.5, 1.0])
    with pytest.raises(ValueError, match="one label per example"):
        loss.forward(np.zeros((2, 3)), [0, 1, 2])
    # float labels holding whole numbers are accepted
    assert loss.forward(np.zeros((2, 3)), np.array([0.0, 2.0])) > 0


def test_mse_accepts_1d_targets_for_one_output():
    loss = MSELoss()
    pred = np.array([[1.0], [2.0], [4.0]])
    assert loss.forward(pred, [1, 2, 3]) == pytest.approx(1 / 3)
    np.testing.assert_allclose(loss.backward(), [[0], [0], [2 / 3]])
    with pytest.raises(ValueError, match="targets have shape"):
        loss.forward(np.zeros((3, 2)), [1, 2, 3])


def test_get_loss():
    assert isinstance(get_loss("cross_entropy"), SoftmaxCrossEntropy)
    assert isinstance(get_loss("mse"), MSELoss)
    with pytest.raises(ValueError, match="loss must be"):
        get_loss("hinge")
    with pytest.raises(TypeError, match="not a loss"):
        get_loss(3)


# --------------------------------------------------------------------------
# layers and models
# --------------------------------------------------------------------------


def test_sigmoid_matches_the_formula_and_never_overflows():
    x = np.array([[-30.0, -2.0, 0.0, 0.5, 30.0]])
    np.testing.assert_allclose(Sigmoid().forward(x), 1 / (1 + np.exp(-x)),
                               rtol=1e-14)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = Sigmoid().forward(np.array([[-1e4, 1e4]]))
    np.testing.assert_array_equal(out, [[0.0, 1.0]])


def test_relu_and_tanh_forward():
    x = np.array([[-1.0, 0.0, 2.0]])
    np.testing.assert_array_equal(ReLU().forward(x), [[0, 0, 2]])
    np.testing.assert_allclose(Tanh().forward(x), np.tanh(x))


def test_linear_initialisation_scales():
    he = Linear(400, 300, seed=0)
    glorot = Linear(400, 300, seed=0, init="glorot")
    assert he.W.std() == pytest.approx(np.sqrt(2 / 400), rel=0.02)
    assert glorot.W.std() == pytest.approx(np.sqrt(2 / 700), rel=0.02)
    assert abs(he.W.mean()) < 0.005
    np.testing.assert_array_equal(he.b, 0)
    with pytest.raises(ValueError, match="init"):
        Linear(2, 2, init="xavier")
    with pytest.raises(ValueError, match="n_in"):
        Linear(0, 2)


def test_mlp_structure_and_seeding():
    model = mlp([64, 32, 10], seed=0)
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Linear", "ReLU", "Linear"]
    assert [p.shape for p in model.parameters()] == [(64, 32), (32,),
                                                     (32, 10), (10,)]
    assert model.n_parameters == 64 * 32 + 32 + 32 * 10 + 10
    same = mlp([64, 32, 10], seed=0)
    other = mlp([64, 32, 10], seed=1)
    for a, b in zip(model.parameters(), same.parameters()):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(model.parameters()[0], other.parameters()[0])
    # the layers do not share weights
    assert not np.array_equal(model.layers[0].W[:32, :10],
                              model.layers[2].W)
    with pytest.raises(ValueError, match="activation"):
        mlp([2, 2], activation="gelu")
    with pytest.raises(ValueError, match="at least"):
        mlp([2])


def test_parameters_are_the_arrays_the_model_uses():
    X, y = _data()
    model = mlp([5, 4, 3], seed=0)
    before = model.predict(X)
    for p in model.parameters():
        p *= 0.0                                  # in place, as optimizers
    assert not np.allclose(model.predict(X), before)
    np.testing.assert_array_equal(model.predict(X), 0.0)


def test_loss_and_grads_returns_new_arrays():
    X, y = _data()
    model = mlp([5, 4, 3], seed=0)
    _, g1 = model.loss_and_grads(X, y, "cross_entropy")
    saved = [g.copy() for g in g1]
    model.loss_and_grads(X[:3], y[:3], "cross_entropy")
    for a, b in zip(g1, saved):
        np.testing.assert_array_equal(a, b)


def test_shape_errors_are_clear():
    model = mlp([64, 10], seed=0)
    with pytest.raises(ValueError,
                       match="X has 63 features, the first layer expects 64"):
        model.predict(np.zeros((2, 63)))
    with pytest.raises(ValueError, match="2-D"):
        model.predict(np.zeros(64))
    with pytest.raises(TypeError, match="numbers"):
        model.predict(np.array([["a"] * 64]))


def test_integer_inputs_are_treated_as_floats():
    model = mlp([3, 4, 2], seed=0)
    Xi = np.array([[1, 2, 3], [4, 5, 6]])
    np.testing.assert_array_equal(model.predict(Xi),
                                  model.predict(Xi.astype(float)))
    loss_i, _ = model.loss_and_grads(Xi, [0, 1])
    loss_f, _ = model.loss_and_grads(Xi.astype(float), [0, 1])
    assert loss_i == loss_f


def test_classify_is_argmax_of_outputs():
    X, _ = _data(n=20)
    model = mlp([5, 4, 3], seed=0)
    np.testing.assert_array_equal(model.classify(X),
                                  model.predict(X).argmax(axis=1))


def test_sequential_rejects_non_layers():
    with pytest.raises(TypeError, match="not a layer"):
        Sequential(Linear(2, 2), "relu")

# ---------------------------------------------------------------------------
# numerical gradients; a threshold classifier's two losses
# ---------------------------------------------------------------------------


def test_zero_one_loss_is_the_error_rate_and_a_staircase():
    x = np.array([-2.0, -1.0, 0.5, 1.0, 3.0])
    y = np.array([0, 1, 0, 1, 1])
    # c = 0.7 predicts [0, 0, 0, 1, 1]: only x = -1 is wrong
    assert zero_one_loss(0.7, x, y) == pytest.approx(1 / 5)
    # c = -1.5 predicts [0, 1, 1, 1, 1]: only x = 0.5 is wrong
    assert zero_one_loss(-1.5, x, y) == pytest.approx(1 / 5)
    # c = 2 predicts [0, 0, 0, 0, 1]: x = -1 and x = 1 are wrong
    assert zero_one_loss(2.0, x, y) == pytest.approx(2 / 5)
    # constant between consecutive data points: zero derivative there
    cs = np.linspace(-0.9, 0.4, 50)
    assert np.ptp(zero_one_loss(cs, x, y)) == 0
    assert central_difference(lambda t: zero_one_loss(t[0], x, y),
                              [0.0])[0] == 0


def test_logistic_loss_matches_formula_and_is_convex():
    x = np.array([-2.0, -1.0, 0.5, 1.0, 3.0])
    y = np.array([0, 1, 0, 1, 1])
    c = 0.3
    p = 1 / (1 + np.exp(-(x - c)))
    direct = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert logistic_loss(c, x, y) == pytest.approx(direct, rel=1e-12)
    cs = np.linspace(-4, 4, 81)
    values = logistic_loss(cs, x, y)
    assert np.all(np.diff(values, 2) > 0)            # convex
    big = logistic_loss(np.array([1e4, -1e4]), x, y)
    assert np.all(np.isfinite(big))                  # no overflow


def test_central_difference():
    def f(t):
        return t[0] ** 3 + np.sin(t[1])
    theta = np.array([1.3, 0.4])
    before = theta.copy()
    g = central_difference(f, theta)
    np.testing.assert_allclose(g, [3 * 1.3 ** 2, np.cos(0.4)], rtol=1e-8)
    np.testing.assert_array_equal(theta, before)
    with pytest.raises(ValueError):
        central_difference(f, theta, h=0.0)


# --------------------------------------------------------------------------
# Curvature: hvp, power_iteration, sharpness, min_hessian_eigenvalue
# --------------------------------------------------------------------------

from optlib.nn import (flat_gradient, flat_parameters,  # noqa: E402
                       hvp, min_hessian_eigenvalue, power_iteration,
                       set_flat_parameters, sharpness)


def _curvature_case(activation, loss, seed=3):
    rng = np.random.default_rng(seed)
    model = mlp([3, 5, 4], activation=activation, seed=seed)
    X = rng.normal(size=(9, 3))
    labels = rng.integers(0, 4, 9)
    y = np.eye(4)[labels] if loss == "mse" else labels
    return model, X, y, rng


def _dense_hessian(model, X, y, loss, method="exact"):
    n = model.n_parameters
    return np.column_stack([hvp(model, X, y, e, loss, method=method)
                            for e in np.eye(n)])


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu"])
@pytest.mark.parametrize("loss", ["cross_entropy", "mse"])
def test_hvp_matches_finite_differences_of_the_gradient(activation, loss):
    model, X, y, rng = _curvature_case(activation, loss)
    theta = flat_parameters(model)
    v = rng.normal(size=model.n_parameters)
    exact = hvp(model, X, y, v, loss)
    # finite differences of the gradient, written out here (not via hvp)
    h = 1e-5
    set_flat_parameters(model, theta + h * v)
    up = flat_gradient(model, X, y, loss)
    set_flat_parameters(model, theta - h * v)
    down = flat_gradient(model, X, y, loss)
    set_flat_parameters(model, theta)
    np.testing.assert_allclose(exact, (up - down) / (2 * h), rtol=1e-6,
                               atol=1e-8)
    fd = hvp(model, X, y, v, loss, method="fd", eps=1e-5)
    np.testing.assert_allclose(exact, fd, rtol=1e-6, atol=1e-8)
    np.testing.assert_array_equal(flat_parameters(model), theta)


def test_hvp_is_linear_and_symmetric_and_exact_on_a_linear_model():
    model, X, y, rng = _curvature_case("tanh", "cross_entropy")
    u, w = rng.normal(size=(2, model.n_parameters))
    Hu, Hw = hvp(model, X, y, u), hvp(model, X, y, w)
    np.testing.assert_allclose(hvp(model, X, y, 2 * u - 3 * w),
                               2 * Hu - 3 * Hw, rtol=1e-10, atol=1e-12)
    assert w @ Hu == pytest.approx(u @ Hw, rel=1e-10)
    # linear model with MSE: H = (2/n) Zᵀ Z with Z = [X, 1], known exactly
    lin = mlp([3, 1], seed=0)
    t = rng.normal(size=9)
    Z = np.c_[X, np.ones(9)]
    H = _dense_hessian(lin, X, t, "mse")
    np.testing.assert_allclose(H, 2 / 9 * Z.T @ Z, rtol=1e-12, atol=1e-14)
    assert not np.any(hvp(lin, X, t, np.zeros(4), "mse", method="fd"))


def test_hvp_rejects_bad_input():
    model, X, y, _ = _curvature_case("relu", "cross_entropy")
    n = model.n_parameters
    with pytest.raises(ValueError, match="shape"):
        hvp(model, X, y, np.ones(n + 1))
    with pytest.raises(ValueError, match="finite"):
        hvp(model, X, y, np.full(n, np.nan))
    with pytest.raises(ValueError, match="method"):
        hvp(model, X, y, np.ones(n), method="magic")
    with pytest.raises(ValueError, match="eps"):
        hvp(model, X, y, np.ones(n), method="fd", eps=0.0)
    with pytest.raises(ValueError, match="shape"):
        set_flat_parameters(model, np.ones(n - 1))


def test_power_iteration_on_an_explicit_matrix():
    rng = np.random.default_rng(0)
    Q, _ = np.linalg.qr(rng.normal(size=(6, 6)))
    eig = np.array([-2.0, -0.5, 0.1, 0.7, 1.5, 4.0])
    A = Q @ np.diag(eig) @ Q.T
    lam, v = power_iteration(lambda x: A @ x, 6, iters=500, tol=0)
    assert lam == pytest.approx(4.0, rel=1e-10)
    assert abs(v @ Q[:, -1]) == pytest.approx(1.0, rel=1e-8)
    lam, _ = power_iteration(lambda x: A @ x, 6, iters=500, shift=4.0,
                             tol=0)
    assert lam == pytest.approx(-2.0, rel=1e-10)
    # warm start from the answer: one product suffices
    lam, _ = power_iteration(lambda x: A @ x, 6, iters=1, v0=Q[:, -1])
    assert lam == pytest.approx(4.0, rel=1e-12)
    with pytest.raises(ValueError, match="iters"):
        power_iteration(lambda x: A @ x, 6, iters=0)
    with pytest.raises(ValueError, match="v0"):
        power_iteration(lambda x: A @ x, 6, v0=np.ones(5))


@pytest.mark.parametrize("activation,loss", [("tanh", "cross_entropy"),
                                             ("relu", "mse")])
def test_sharpness_and_min_eigenvalue_against_the_dense_hessian(
        activation, loss):
    model, X, y, _ = _curvature_case(activation, loss)
    H = _dense_hessian(model, X, y, loss)
    np.testing.assert_allclose(H, H.T, atol=1e-10)
    H_fd = _dense_hessian(model, X, y, loss, method="fd")
    np.testing.assert_allclose(H, H_fd, rtol=1e-5, atol=1e-7)
    eig = np.linalg.eigvalsh(H)
    lam_max = sharpness(model, X, y, loss, iters=3000, tol=1e-12)
    assert lam_max == pytest.approx(eig[-1], rel=1e-6)
    lam_min = min_hessian_eigenvalue(model, X, y, loss, iters=3000,
                                     tol=1e-12)
    assert lam_min == pytest.approx(eig[0], rel=1e-5, abs=1e-8)


def test_a_small_network_sits_at_a_saddle():
    # tiny weights: θ ≈ 0 is a critical point whose Hessian has negative
    # curvature (the W₁-W₂ cross terms): a saddle, not a minimum
    model, X, y, _ = _curvature_case("relu", "cross_entropy")
    for p in model.parameters():
        p *= 1e-3
    H = _dense_hessian(model, X, y, "cross_entropy")
    eig = np.linalg.eigvalsh(H)
    assert eig[0] < -1e-2 < 1e-2 < eig[-1]
    lam_min = min_hessian_eigenvalue(model, X, y, iters=3000, tol=1e-12)
    assert lam_min == pytest.approx(eig[0], rel=1e-5)


def test_assigning_a_new_weight_array_is_an_error_not_a_silent_detach():
    """An optimizer holds the arrays: ``layer.W = new`` would leave it
    updating the old one (issue 16); writing in place works."""
    from optlib.optim import SGD
    layer = Linear(3, 2)
    opt = SGD(layer.parameters(), lr=0.1)
    with pytest.raises(AttributeError, match=r"layer\.W\[\.\.\.\] = "
                       "new_values"):
        layer.W = np.zeros((3, 2))
    with pytest.raises(AttributeError, match="silently stop training"):
        layer.b = np.ones(2)
    layer.W[...] = 0.0
    opt.step([np.ones((3, 2)), np.ones(2)])
    np.testing.assert_array_equal(layer.W, -0.1)
    assert copy.deepcopy(layer).W.shape == (3, 2)
