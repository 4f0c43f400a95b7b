"""Behaviour of optlib.optim: checks, errors, state, saving, convergence.

Exactness against torch is in ``test_torch_reference.py``; algebraic
properties in ``test_optim_properties.py``.
"""

from __future__ import annotations

import copy
import warnings

import numpy as np
import pytest

from optlib.optim import SGD, Adagrad, Adam, AdamW, RMSprop

ALL = [SGD, Adagrad, RMSprop, Adam, AdamW]

# every optimizer with each of its main options (state names differ)
CONFIGS = {
    "sgd": (SGD, dict(lr=0.1)),
    "sgd_momentum": (SGD, dict(lr=0.1, momentum=0.9, weight_decay=0.1)),
    "sgd_nesterov": (SGD, dict(lr=0.1, momentum=0.9, nesterov=True)),
    "adagrad": (Adagrad, dict(lr=0.1, lr_decay=0.01)),
    "rmsprop": (RMSprop, dict(lr=0.01)),
    "rmsprop_momentum": (RMSprop, dict(lr=0.01, momentum=0.9)),
    "rmsprop_centered": (RMSprop, dict(lr=0.01, centered=True)),
    "rmsprop_both": (RMSprop, dict(lr=0.01, momentum=0.5, centered=True)),
    "adam": (Adam, dict(lr=0.1, weight_decay=0.1)),
    "adam_amsgrad": (Adam, dict(lr=0.1, amsgrad=True)),
    "adamw": (AdamW, dict(lr=0.1)),
    "adamw_amsgrad": (AdamW, dict(lr=0.1, amsgrad=True)),
}

STATE_NAMES = {
    "sgd": {"step"},
    "sgd_momentum": {"step", "momentum_buffer"},
    "sgd_nesterov": {"step", "momentum_buffer"},
    "adagrad": {"step", "sum"},
    "rmsprop": {"step", "square_avg"},
    "rmsprop_momentum": {"step", "square_avg", "momentum_buffer"},
    "rmsprop_centered": {"step", "square_avg", "grad_avg"},
    "rmsprop_both": {"step", "square_avg", "momentum_buffer", "grad_avg"},
    "adam": {"step", "exp_avg", "exp_avg_sq"},
    "adam_amsgrad": {"step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"},
    "adamw": {"step", "exp_avg", "exp_avg_sq"},
    "adamw_amsgrad": {"step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"},
}


def make(name, seed=0):
    """Two parameters of shapes (3, 4) and (5,), and the optimizer."""
    cls, kwargs = CONFIGS[name]
    rng = np.random.default_rng(seed)
    params = [rng.standard_normal((3, 4)), rng.standard_normal(5)]
    return params, cls(params, **kwargs)


def grads_at(params, seed=1):
    rng = np.random.default_rng(seed)
    return [np.sin(3 * p) + rng.standard_normal(p.shape) for p in params]


def snapshot(params, opt):
    return [p.copy() for p in params], copy.deepcopy(opt.state)


def assert_same(before, params, opt):
    old_params, old_state = before
    for a, b in zip(old_params, params):
        np.testing.assert_array_equal(a, b)
    assert len(old_state) == len(opt.state)
    for a, b in zip(old_state, opt.state):
        assert a.keys() == b.keys()
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


# --------------------------------------------------------------------------
# Hyperparameter checks: torch's wording
# --------------------------------------------------------------------------

BAD_ARGS = [
    (SGD, dict(lr=-1.0), "Invalid learning rate: -1.0"),
    (SGD, dict(lr=float("nan")), "Invalid learning rate: nan"),
    (SGD, dict(lr=float("inf")), "Invalid learning rate: inf"),
    (SGD, dict(lr=np.float64(-1.0)), "Invalid learning rate: -1.0"),
    (SGD, dict(lr=True), "Invalid learning rate: True is a bool"),
    (SGD, dict(lr="0.1"), "Invalid learning rate: '0.1' is a str, not a "
     "number (write 0.1, without quotes)"),
    (SGD, dict(lr=0.1, momentum=-0.5), "Invalid momentum value: -0.5"),
    (SGD, dict(lr=0.1, momentum=float("nan")), "Invalid momentum value: nan"),
    (SGD, dict(lr=0.1, dampening=-1.0), "Invalid dampening value: -1.0"),
    (SGD, dict(lr=0.1, weight_decay=-1), "Invalid weight_decay value: -1"),
    (SGD, dict(lr=0.1, nesterov=True),
     "Nesterov momentum requires a momentum and zero dampening"),
    (SGD, dict(lr=0.1, momentum=0.9, dampening=0.1, nesterov=True),
     "Nesterov momentum requires a momentum and zero dampening"),
    (Adagrad, dict(lr=-0.1), "Invalid learning rate: -0.1"),
    (Adagrad, dict(lr_decay=-1.0), "Invalid lr_decay value: -1.0"),
    (Adagrad, dict(weight_decay=-1.0), "Invalid weight_decay value: -1.0"),
    (Adagrad, dict(initial_accumulator_value=-1.0),
     "Invalid initial_accumulator_value value: -1.0"),
    (Adagrad, dict(eps=-1e-10), "Invalid epsilon value: -1e-10"),
    (RMSprop, dict(lr=float("nan")), "Invalid learning rate: nan"),
    (RMSprop, dict(eps=-1.0), "Invalid epsilon value: -1.0"),
    (RMSprop, dict(momentum=-1.0), "Invalid momentum value: -1.0"),
    (RMSprop, dict(weight_decay=-1.0), "Invalid weight_decay value: -1.0"),
    (RMSprop, dict(alpha=-0.1), "Invalid alpha value: -0.1"),
    (RMSprop, dict(alpha=1.5), "Invalid alpha value: 1.5"),
    (Adam, dict(lr=-1.0), "Invalid learning rate: -1.0"),
    (Adam, dict(eps=-1e-8), "Invalid epsilon value: -1e-08"),
    (Adam, dict(eps=float("nan")), "Invalid epsilon value: nan"),
    (Adam, dict(betas=(1.0, 0.999)), "Invalid beta parameter at index 0: 1.0"),
    (Adam, dict(betas=(-0.1, 0.999)),
     "Invalid beta parameter at index 0: -0.1"),
    (Adam, dict(betas=(0.9, 1.0)), "Invalid beta parameter at index 1: 1.0"),
    (Adam, dict(betas=(0.9, float("nan"))),
     "Invalid beta parameter at index 1: nan"),
    (Adam, dict(betas=0.9), "betas must be a pair"),
    (Adam, dict(betas=(0.9, 0.99, 0.9)), "betas must be a pair"),
    (Adam, dict(weight_decay=-0.1), "Invalid weight_decay value: -0.1"),
    (AdamW, dict(lr=-1.0), "Invalid learning rate: -1.0"),
    (AdamW, dict(betas=(1.5, 0.999)), "Invalid beta parameter at index 0"),
    (AdamW, dict(eps=-1.0), "Invalid epsilon value: -1.0"),
    (AdamW, dict(weight_decay=-1.0), "Invalid weight_decay value: -1.0"),
]


@pytest.mark.parametrize("cls, kwargs, message", BAD_ARGS)
def test_invalid_hyperparameters_use_torch_wording(cls, kwargs, message):
    with pytest.raises(ValueError) as info:
        cls([np.zeros(2)], **kwargs)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("cls, flag", [(SGD, "nesterov"),
                                       (RMSprop, "centered"),
                                       (Adam, "amsgrad"),
                                       (AdamW, "amsgrad")])
def test_flags_must_be_bools(cls, flag):
    kwargs = {flag: "yes", "lr": 0.1}
    if cls is SGD:
        kwargs["momentum"] = 0.9
    with pytest.raises(TypeError, match=f"{flag} must be True or False"):
        cls([np.zeros(2)], **kwargs)


@pytest.mark.parametrize("cls", ALL)
def test_defaults_are_torchs(cls):
    expected = {
        SGD: dict(lr=1e-3, momentum=0.0, dampening=0.0, nesterov=False,
                  weight_decay=0.0),
        Adagrad: dict(lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                      initial_accumulator_value=0.0, eps=1e-10),
        RMSprop: dict(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0,
                      momentum=0.0, centered=False),
        Adam: dict(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                   amsgrad=False),
        AdamW: dict(lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                    weight_decay=1e-2, amsgrad=False),
    }[cls]
    assert cls([np.zeros(2)]).defaults == expected


def test_edge_values_are_accepted():
    SGD([np.zeros(2)], lr=0.0)
    Adam([np.zeros(2)], betas=(0.0, 0.0), eps=0.0)
    RMSprop([np.zeros(2)], alpha=1.0)
    SGD([np.zeros(2)], lr=np.float32(0.1), momentum=np.float64(0.9))


# --------------------------------------------------------------------------
# Parameter checks
# --------------------------------------------------------------------------

BAD_PARAMS = [
    ([], ValueError, "empty parameter list"),
    (np.zeros(3), TypeError, "not a single array; wrap it"),
    (5, TypeError, "params must be a list"),
    ([[1.0, 2.0]], TypeError, r"params\[0\] is a list, not a NumPy array"),
    ([np.zeros(2), 3.0], TypeError, r"params\[1\] is a float"),
    ([np.arange(3)], TypeError, "dtype int64; parameters must be float"),
    ([np.zeros(2, dtype=complex)], TypeError, "dtype complex128"),
]


@pytest.mark.parametrize("cls", ALL)
@pytest.mark.parametrize("params, exc, message", BAD_PARAMS)
def test_bad_params_are_rejected(cls, params, exc, message):
    with pytest.raises(exc, match=message):
        cls(params)


@pytest.mark.parametrize("cls", ALL)
def test_read_only_and_shared_params_are_rejected(cls):
    w = np.zeros(3)
    w.flags.writeable = False
    with pytest.raises(ValueError, match=r"params\[0\] is read-only"):
        cls([w])
    v = np.zeros(4)
    with pytest.raises(ValueError, match=r"params\[1\] shares memory"):
        cls([v, v])
    with pytest.raises(ValueError, match=r"params\[1\] shares memory"):
        cls([v[:3], v[2:]])
    cls([v[:2], v[2:]])            # disjoint views are fine


def test_params_may_be_any_iterable_and_float32():
    w = np.zeros(3, dtype=np.float32)
    opt = SGD((p for p in [w]), lr=0.5)
    opt.step([np.ones(3)])
    assert w.dtype == np.float32
    np.testing.assert_array_equal(w, -0.5)


# --------------------------------------------------------------------------
# Gradient checks: clear errors, nothing half-applied
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", CONFIGS)
@pytest.mark.parametrize("stepped", [False, True])
def test_bad_gradients_change_nothing(name, stepped):
    params, opt = make(name)
    if stepped:
        opt.step(grads_at(params))
    good = grads_at(params, seed=2)
    before = snapshot(params, opt)
    bad_calls = [
        (good[0], TypeError, "not a single array"),
        (good[:1], ValueError, "expected 2 gradients .* got 1"),
        (good + [np.ones(2)], ValueError, "expected 2 gradients .* got 3"),
        ([good[0], np.ones(4)], ValueError,
         r"grads\[1\] has shape \(4,\) but params\[1\] has shape \(5,\)"),
        ([good[0], np.ones((5, 1))], ValueError, r"grads\[1\] has shape"),
        ([good[0], np.ones(4, dtype=np.float32)], ValueError,
         r"grads\[1\] has shape"),
        ([good[0], np.full(5, np.nan)], FloatingPointError,
         r"grads\[1\] contains nan or inf"),
        ([good[0], np.array([0, 0, np.inf, 0, 0])], FloatingPointError,
         r"grads\[1\] contains nan or inf"),
        ([good[0], np.array([0, 0, -np.inf, 0, 0])], FloatingPointError,
         r"grads\[1\] contains nan or inf"),
        ([good[0], np.ones(5, dtype=complex)], TypeError,
         r"grads\[1\] has dtype complex128"),
        ([good[0], np.array(["a"] * 5)], TypeError, r"grads\[1\] has dtype"),
        ([good[0], [[1.0], [1.0, 2.0]]], TypeError,
         r"grads\[1\] is not an array of numbers"),
        (None, TypeError, "grads must be a list of arrays, got NoneType"),
        (3.0, TypeError, "grads must be a list of arrays, got float"),
    ]
    for grads, exc, message in bad_calls:
        with pytest.raises(exc, match=message):
            opt.step(grads)
        assert_same(before, params, opt)
    if not stepped:
        assert opt.state == [{}, {}]      # still lazily empty


def test_integer_list_and_aliased_gradients_are_accepted():
    w = np.array([1.0, 2.0])
    SGD([w], lr=0.5).step([np.array([2, 4])])           # ints -> float
    np.testing.assert_array_equal(w, [0.0, 0.0])
    w = np.array([1.0, 2.0])
    SGD([w], lr=0.5).step([[2.0, 4.0]])                 # a plain list
    np.testing.assert_array_equal(w, [0.0, 0.0])
    # the gradient may be the parameter itself (g = w): the kernel sees a
    # copy, so AdamW's in-place decay cannot change g under its feet
    w, v = np.array([1.0, -2.0]), np.array([1.0, -2.0])
    AdamW([w], lr=0.1, weight_decay=0.5).step([w])
    AdamW([v], lr=0.1, weight_decay=0.5).step([v.copy()])
    np.testing.assert_array_equal(w, v)


def test_huge_finite_gradient_is_checked_exactly():
    # |g| > 1e154 overflows the fast dot-product test; the exact test
    # must still accept it (finite) and reject nan next to it
    w = np.zeros(2)
    SGD([w], lr=1e-200).step([np.array([1e200, -1e200])])
    np.testing.assert_allclose(w, [-1.0, 1.0])
    with pytest.raises(FloatingPointError):
        SGD([w], lr=1.0).step([np.array([1e200, np.nan])])


@pytest.mark.parametrize("cls", [Adagrad, Adam, AdamW])
def test_zero_over_zero_is_an_error_not_a_silent_nan(cls):
    # eps = 0 and a zero gradient gives 0/0 in the very first step
    w = np.array([1.0, 2.0])
    opt = cls([w], lr=0.1, eps=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # no NumPy warning leaks
        with pytest.raises(FloatingPointError, match=r"params\[0\].*eps"):
            opt.step([np.zeros(2)])


def test_overflow_in_the_state_is_an_error_not_silent():
    w = np.array([1.0, 2.0])
    opt = Adam([w], lr=0.1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(FloatingPointError, match="exp_avg_sq"):
            opt.step([np.array([1e200, 1.0])])   # g^2 overflows


def test_normal_steps_raise_no_warnings():
    for name in CONFIGS:
        params, opt = make(name)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for _ in range(3):
                opt.step([np.zeros_like(p) for p in params])
                opt.step(grads_at(params))


# --------------------------------------------------------------------------
# State: torch's names, created lazily
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", CONFIGS)
def test_state_names_and_laziness(name):
    params, opt = make(name)
    assert opt.state == [{}, {}]
    opt.step(grads_at(params))
    for p, st in zip(params, opt.state):
        assert set(st) == STATE_NAMES[name]
        assert st["step"] == 1
        for k, v in st.items():
            if k != "step":
                assert v.shape == p.shape and v.dtype == p.dtype
                assert not np.shares_memory(v, p)
    opt.step(grads_at(params))
    assert [st["step"] for st in opt.state] == [2, 2]


def test_first_step_values_of_the_state():
    g = np.array([3.0, -4.0])
    opt = SGD([np.zeros(2)], lr=0.1, momentum=0.9, dampening=0.5)
    opt.step([g])
    np.testing.assert_array_equal(opt.state[0]["momentum_buffer"], g)  # b1
    opt = Adagrad([np.zeros(2)], initial_accumulator_value=0.5)
    opt.step([g])
    np.testing.assert_array_equal(opt.state[0]["sum"], 0.5 + g * g)
    opt = Adam([np.zeros(2)], betas=(0.5, 0.75), amsgrad=True)
    opt.step([g])
    np.testing.assert_array_equal(opt.state[0]["exp_avg"], 0.5 * g)
    np.testing.assert_array_equal(opt.state[0]["exp_avg_sq"], 0.25 * g * g)
    np.testing.assert_array_equal(opt.state[0]["max_exp_avg_sq"],
                                  0.25 * g * g)


def test_first_adam_step_is_lr_times_sign():
    # bias correction makes the first step exactly lr * g/|g| (eps = 0)
    w = np.array([1.0, -2.0, 3.0])
    Adam([w], lr=0.1, eps=0.0).step([np.array([5.0, -1e-3, 2.0])])
    np.testing.assert_allclose(w, [0.9, -1.9, 2.9], rtol=0, atol=1e-15)


def test_lr_setter_is_validated_and_used():
    w = np.zeros(1)
    opt = SGD([w], lr=0.1)
    opt.lr = 0.5
    assert opt.lr == 0.5 and opt.defaults["lr"] == 0.5
    opt.step([np.ones(1)])
    np.testing.assert_array_equal(w, [-0.5])
    for bad in (-1.0, float("nan"), float("inf"), "x", None):
        with pytest.raises(ValueError, match="Invalid learning rate"):
            opt.lr = bad
    assert opt.lr == 0.5
    assert "lr=0.5" in repr(opt)


# --------------------------------------------------------------------------
# Saving and resuming
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", CONFIGS)
def test_state_dict_resumes_bit_identically(name):
    params, opt = make(name)
    for seed in range(4):
        opt.step(grads_at(params, seed))
    saved = opt.state_dict()
    copies = [p.copy() for p in params]
    for seed in range(4, 9):
        opt.step(grads_at(params, seed))
    cls, kwargs = CONFIGS[name]
    resumed = cls(copies, lr=0.123)          # other settings: overwritten
    resumed.load_state_dict(saved)
    assert resumed.defaults == opt.defaults
    for seed in range(4, 9):
        resumed.step(grads_at(copies, seed))
    for a, b in zip(params, copies):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(opt.state, resumed.state):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


def test_state_dict_is_a_deep_copy():
    params, opt = make("adam_amsgrad")
    opt.step(grads_at(params))
    saved = opt.state_dict()
    expected = copy.deepcopy(saved)
    opt.step(grads_at(params, 2))                 # changes the optimizer ...
    opt.lr = 0.7
    for k in expected["state"][0]:                # ... not the saved dict
        np.testing.assert_array_equal(saved["state"][0][k],
                                      expected["state"][0][k])
    assert saved["defaults"]["lr"] == 0.1
    opt.load_state_dict(saved)
    saved["state"][0]["exp_avg"][...] = 99.0      # the loaded copy is own
    saved["defaults"]["lr"] = 5.0
    assert not np.any(opt.state[0]["exp_avg"] == 99.0)
    assert opt.lr == 0.1


def test_state_dict_before_the_first_step():
    params, opt = make("adam")
    other_params, other = make("adam", seed=3)
    other.load_state_dict(opt.state_dict())
    assert other.state == [{}, {}]


def tampered(name, edit):
    params, opt = make(name)
    opt.step(grads_at(params))
    saved = opt.state_dict()
    edit(saved)
    return opt, saved


def _drop(key):
    return lambda s: s["state"][1].pop(key)


BAD_STATE_DICTS = [
    ("adam", lambda s: s.update(type="SGD"),
     ValueError, "state_dict is for SGD, not Adam"),
    ("adam", lambda s: s["state"].pop(), ValueError,
     "holds state for 1 parameters, this optimizer has 2"),
    ("adam", _drop("exp_avg_sq"), ValueError,
     r"state\[1\] has entries \['exp_avg', 'step'\], expected"),
    ("adam", lambda s: s["state"][1].update(foo=1.0), ValueError,
     r"state\[1\] has entries \['exp_avg', 'exp_avg_sq', 'foo', 'step'\]"),
    ("adam", lambda s: s["param_groups"][0].update(amsgrad="yes"),
     ValueError, "bad hyperparameters: amsgrad must be True or False"),
    ("sgd_momentum", lambda s: s["state"][0].update(
        momentum_buffer=np.zeros(3)), ValueError,
     r"state\[0\]\['momentum_buffer'\] must be a float64 array of shape"),
    ("rmsprop", lambda s: s["state"][0].update(
        square_avg=np.zeros((3, 4), dtype=np.float32)), ValueError,
     "must be a float64 array"),
    ("adagrad", lambda s: s["state"][0].update(step=0), ValueError,
     r"state\[0\]\['step'\] must be a positive int"),
    ("adagrad", lambda s: s["defaults"].update(lr=-1.0), ValueError,
     "Invalid learning rate: -1.0"),
    ("adagrad", lambda s: s["defaults"].update(foo=1.0), ValueError,
     "bad hyperparameters"),
    ("adam", lambda s: s.pop("state"), TypeError,
     "expects the dict returned by state_dict"),
]


@pytest.mark.parametrize("name, edit, exc, message", BAD_STATE_DICTS)
def test_mismatched_state_dict_is_rejected_and_changes_nothing(
        name, edit, exc, message):
    opt, saved = tampered(name, edit)
    before = copy.deepcopy(opt.state), dict(opt.defaults)
    with pytest.raises(exc, match=message):
        opt.load_state_dict(saved)
    assert opt.defaults == before[1]
    for a, b in zip(before[0], opt.state):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


def test_load_state_dict_rejects_non_dicts():
    params, opt = make("sgd")
    with pytest.raises(TypeError, match="expects the dict"):
        opt.load_state_dict([1, 2])


# --------------------------------------------------------------------------
# Convergence (gradients defined here, independent of optlib.surfaces)
# --------------------------------------------------------------------------

BOWL_A = np.array([1.0, 10.0])        # f = 0.5 * sum(a * (xy - c)^2)
BOWL_C = np.array([1.0, -2.0])


def bowl_grad(xy):
    return BOWL_A * (xy - BOWL_C)


def rosenbrock_grad(xy):
    """Gradient of (1 - x)^2 + 100 (y - x^2)^2; minimum at (1, 1)."""
    x, y = xy
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x),
                     200 * (y - x * x)])


def run(factory, grad, x0, steps):
    xy = np.array(x0, dtype=float)
    opt = factory([xy])
    for _ in range(steps):
        opt.step([grad(xy)])
    return xy


BOWL_RUNS = [   # factory, steps, tolerance on max |xy - c|
    (lambda p: SGD(p, lr=0.1), 500, 1e-10),
    (lambda p: SGD(p, lr=0.02, momentum=0.9), 500, 1e-8),
    (lambda p: SGD(p, lr=0.02, momentum=0.9, nesterov=True), 500, 1e-8),
    (lambda p: SGD(p, lr=0.05, momentum=0.9, dampening=0.5), 500, 1e-8),
    (lambda p: Adagrad(p, lr=0.5), 500, 1e-10),
    (lambda p: Adagrad(p, lr=0.5, lr_decay=1e-3), 500, 1e-10),
    (lambda p: RMSprop(p, lr=0.01), 500, 3e-3),
    (lambda p: RMSprop(p, lr=0.01, centered=True), 500, 3e-4),
    (lambda p: RMSprop(p, lr=0.01, momentum=0.9), 500, 1e-8),
    (lambda p: Adam(p, lr=0.05), 500, 1e-8),
    (lambda p: Adam(p, lr=0.05, amsgrad=True), 500, 1e-8),
    (lambda p: AdamW(p, lr=0.05, weight_decay=0.0), 500, 1e-8),
]


@pytest.mark.parametrize("factory, steps, tol", BOWL_RUNS)
def test_converges_on_a_quadratic_bowl(factory, steps, tol):
    xy = run(factory, bowl_grad, [-1.0, 1.0], steps)
    assert np.max(np.abs(xy - BOWL_C)) < tol
    # and it did move: the start is 3 away from the minimum
    assert np.max(np.abs(xy - BOWL_C)) < 1e-3 * 3


@pytest.mark.parametrize("cls, kwargs, tol", [
    (SGD, dict(lr=0.05, weight_decay=0.5), 1e-8),
    (SGD, dict(lr=0.02, momentum=0.9, weight_decay=0.5), 1e-8),
    (Adagrad, dict(lr=0.5, weight_decay=0.5), 1e-8),
    (RMSprop, dict(lr=0.005, momentum=0.9, weight_decay=0.5), 1e-4),
    (Adam, dict(lr=0.05, weight_decay=0.5), 1e-8),
])
def test_l2_weight_decay_finds_the_regularised_minimum(cls, kwargs, tol):
    # min of f + (lam/2)|xy|^2 for the bowl: a c / (a + lam)
    lam = kwargs["weight_decay"]
    xy = run(lambda p: cls(p, **kwargs), bowl_grad, [-1.0, 1.0], 1500)
    np.testing.assert_allclose(xy, BOWL_A * BOWL_C / (BOWL_A + lam),
                               rtol=0, atol=tol)


@pytest.mark.parametrize("amsgrad", [False, True])
def test_adamw_decays_towards_zero(amsgrad):
    # bowl centred at 0: decoupled decay and the gradient agree on 0
    xy = run(lambda p: AdamW(p, lr=0.05, weight_decay=0.1, amsgrad=amsgrad),
             lambda xy: BOWL_A * xy, [-1.0, 1.0], 1000)
    assert np.max(np.abs(xy)) < 1e-6


ROSENBROCK_RUNS = [
    (lambda p: SGD(p, lr=1.5e-3), 20000, 1e-4),
    (lambda p: SGD(p, lr=1e-3, momentum=0.9), 5000, 1e-6),
    (lambda p: SGD(p, lr=1e-3, momentum=0.9, nesterov=True), 5000, 1e-6),
    (lambda p: Adagrad(p, lr=0.5), 10000, 2e-3),
    (lambda p: RMSprop(p, lr=1e-3), 10000, 2e-3),
    (lambda p: RMSprop(p, lr=1e-3, centered=True), 10000, 2e-3),
    (lambda p: RMSprop(p, lr=1e-4, momentum=0.9), 5000, 1e-3),
    (lambda p: Adam(p, lr=0.02), 5000, 1e-6),
    (lambda p: Adam(p, lr=0.02, amsgrad=True), 10000, 1e-3),
    (lambda p: AdamW(p, lr=0.02, weight_decay=1e-4), 10000, 2e-3),
]


@pytest.mark.parametrize("factory, steps, tol", ROSENBROCK_RUNS)
def test_converges_on_rosenbrock(factory, steps, tol):
    np.testing.assert_allclose(rosenbrock_grad(np.ones(2)), 0.0)
    xy = run(factory, rosenbrock_grad, [-1.2, 1.0], steps)
    assert np.max(np.abs(xy - 1.0)) < tol


# ==========================================================================
# For readers coming from torch.optim (issue 16): parameter groups, checked
# changes of any hyperparameter between steps, load_state_dict's exact keys,
# and errors that name the problem.
# ==========================================================================

import pickle  # noqa: E402

from optlib.errata import AdamVariant  # noqa: E402
from optlib.optim import (HyperparameterTypeError, rmsprop_step,  # noqa
                          adam_step)


def two_groups(**kw):
    w, b = np.ones((3, 2)), np.ones(2)
    opt = AdamW([{"params": [w]}, {"params": [b], "weight_decay": 0.0}],
                lr=0.1, **kw)
    return w, b, opt


def test_param_groups_are_torchs_layout():
    w, b, opt = two_groups()
    assert opt.params[0] is w and opt.params[1] is b
    assert len(opt.param_groups) == 2 and len(opt.state) == 2
    assert opt.param_groups[0]["params"][0] is w
    assert opt.param_groups[0]["weight_decay"] == 0.01      # the default
    assert opt.param_groups[1]["weight_decay"] == 0.0       # its own
    assert opt.param_groups[1]["betas"] == (0.9, 0.999)
    assert opt.defaults["weight_decay"] == 0.01
    assert "param_groups=[{1 params}, {1 params, weight_decay=0.0}]" in \
        repr(opt)
    # a plain list is one group holding every parameter
    one = SGD([w, b], lr=0.1)
    assert len(one.param_groups) == 1
    assert one.param_groups[0]["params"] == [w, b]


def test_groups_step_as_separate_optimizers_would():
    """No decay on biases: each group is exactly an AdamW of its own."""
    w, b, opt = two_groups()
    w2, b2 = w.copy(), b.copy()
    alone_w = AdamW([w2], lr=0.1)
    alone_b = AdamW([b2], lr=0.1, weight_decay=0.0)
    for seed in range(5):
        gw, gb = grads_at([w, b], seed)
        opt.step([gw, gb])
        alone_w.step([gw])
        alone_b.step([gb])
    np.testing.assert_array_equal(w, w2)
    np.testing.assert_array_equal(b, b2)
    # the decay was applied to w only: without it w would differ
    w3 = np.ones((3, 2))
    no_decay = AdamW([w3], lr=0.1, weight_decay=0.0)
    for seed in range(5):
        no_decay.step([grads_at([w, b], seed)[0]])
    assert not np.array_equal(w, w3)


@pytest.mark.parametrize("groups, exc, message", [
    ([{"params": [np.ones(2)], "wd": 0.0}], TypeError,
     r"unknown \['wd'\]; its hyperparameters are lr, betas, eps, "
     "weight_decay, amsgrad"),
    ([{"params": [np.ones(2)], "lr": -1.0}], ValueError,
     "Invalid learning rate: -1.0"),
    ([{"params": [np.ones(2)], "lr": "0.1"}], TypeError, "is a str"),
    ([{"params": [np.ones(2)]}, np.ones(2)], TypeError, "not a mixture"),
    ([{"lr": 0.1}], TypeError, "parameter group 0 has no 'params' key"),
    ([{"params": []}], ValueError, "parameter group 0 has no parameters"),
    ([{"params": 3}], TypeError, "'params' must be a list"),
])
def test_group_hyperparameters_are_checked_like_the_constructor(
        groups, exc, message):
    with pytest.raises(exc, match=message):
        Adam(groups, lr=0.1)


def test_shared_arrays_across_groups_are_rejected():
    w = np.ones(3)
    with pytest.raises(ValueError, match=r"params\[1\] shares memory"):
        SGD([{"params": [w]}, {"params": [w]}])


def test_changing_a_group_is_checked_and_changes_nothing_if_bad():
    w = np.ones(2)
    opt = SGD([w], lr=0.1, momentum=0.9, nesterov=True)
    group = opt.param_groups[0]
    before = dict(group)
    for key, value, exc, message in [
        ("momentum", -0.5, ValueError, "Invalid momentum value: -0.5"),
        ("momentum", 0.0, ValueError, "Nesterov momentum requires"),
        ("lr", "0.1", TypeError, "'0.1' is a str"),
        ("foo", 1.0, TypeError, r"unknown \['foo'\]; its hyperparameters "
         "are lr, momentum, dampening, nesterov, weight_decay"),
        ("params", [np.ones(2)], TypeError, "'params' cannot be replaced"),
    ]:
        with pytest.raises(exc, match=message):
            group[key] = value
        assert group == before
    with pytest.raises(ValueError, match="Nesterov"):
        group.update(momentum=0.0)
    for remove in (lambda: group.pop("lr"), lambda: group.__delitem__("lr"),
                   group.clear):
        with pytest.raises(TypeError, match="cannot be removed"):
            remove()
    assert group == before
    group.update(momentum=0.0, nesterov=False)      # together: valid
    assert group["momentum"] == 0.0 and group["nesterov"] is False
    group["momentum"] = 1          # normalised as the constructor does
    assert type(group["momentum"]) is float


def test_defaults_are_read_only_with_a_message():
    opt = SGD([np.ones(2)], lr=0.1)
    with pytest.raises(TypeError, match=r"read-only.*opt.set\(momentum"):
        opt.defaults["momentum"] = 0.9
    with pytest.raises(TypeError, match="read-only"):
        opt.defaults.update(momentum=0.9)
    assert opt.defaults["momentum"] == 0.0
    opt.step([np.ones(2)])         # still steps (the TypeError)


def test_set_changes_every_group_or_none():
    w, b, opt = two_groups()
    with pytest.raises(ValueError, match="Invalid epsilon value"):
        opt.set(eps=-1.0, lr=0.5)
    assert [g["lr"] for g in opt.param_groups] == [0.1, 0.1]
    opt.set(lr=0.5, amsgrad=True)
    assert [g["lr"] for g in opt.param_groups] == [0.5, 0.5]
    assert [g["amsgrad"] for g in opt.param_groups] == [True, True]
    assert opt.defaults["lr"] == 0.5
    assert opt.param_groups[1]["weight_decay"] == 0.0   # others stay


def test_lr_reads_every_group_and_sets_every_group():
    w, b, opt = two_groups()
    assert opt.lr == 0.1
    opt.param_groups[1]["lr"] = 0.01
    with pytest.raises(ValueError, match=r"different learning rates "
                       r"\[0.1, 0.01\]; read opt.param_groups\[i\]\['lr'\]"):
        opt.lr
    opt.lr = 0.2
    assert opt.lr == 0.2 and opt.param_groups[1]["lr"] == 0.2


def test_sgd_momentum_switched_on_mid_run_starts_as_torch():
    """momentum 0 -> 0.9: the new buffer starts as the gradient (torch's
    ``momentum_buffer is None -> clone(grad)``), then b = mu b + g."""
    w = np.zeros(2)
    opt = SGD([w], lr=0.1)
    g1, g2, g3 = np.array([1.0, 2.0]), np.array([3.0, -1.0]), \
        np.array([0.5, 0.5])
    opt.step([g1])
    assert opt.state[0].keys() == {"step"}
    opt.param_groups[0]["momentum"] = 0.9      # torch's habit, checked
    opt.step([g2])
    np.testing.assert_array_equal(opt.state[0]["momentum_buffer"], g2)
    np.testing.assert_allclose(w, -0.1 * g1 - 0.1 * g2, rtol=1e-15)
    opt.step([g3])
    b = 0.9 * g2 + g3
    np.testing.assert_allclose(opt.state[0]["momentum_buffer"], b,
                               rtol=1e-15)
    np.testing.assert_allclose(w, -0.1 * (g1 + g2 + b), rtol=1e-15)
    # switched off: the buffer is kept (as torch keeps it), unused ...
    opt.set(momentum=0.0)
    opt.step([g1])
    np.testing.assert_array_equal(opt.state[0]["momentum_buffer"], b)
    # ... and used again when momentum returns (torch does the same)
    opt.set(momentum=0.5)
    opt.step([g2])
    np.testing.assert_allclose(opt.state[0]["momentum_buffer"],
                               0.5 * b + g2, rtol=1e-15)


@pytest.mark.parametrize("option, name", [("momentum", "momentum_buffer"),
                                          ("centered", "grad_avg")])
def test_rmsprop_options_switched_on_mid_run_start_from_zero(option, name):
    w = np.array([1.0, -2.0])
    opt = RMSprop([w], lr=0.01)
    g = np.array([0.3, -0.7])
    opt.step([g])
    expected, square_avg = w.copy(), opt.state[0]["square_avg"].copy()
    opt.set(**{option: 0.9 if option == "momentum" else True})
    opt.step([g])
    assert name in opt.state[0]
    zeros = np.zeros(2)
    rmsprop_step(expected, g, square_avg, zeros.copy(), zeros.copy(), 2,
                 **opt.param_groups[0].hyperparameters())
    np.testing.assert_array_equal(w, expected)


def test_adam_amsgrad_switched_on_mid_run():
    w = np.array([1.0, -2.0])
    opt = Adam([w], lr=0.1)
    opt.step([np.array([1.0, 1.0])])
    st = {k: v.copy() for k, v in opt.state[0].items() if k != "step"}
    expected = w.copy()
    opt.set(amsgrad=True)
    g = np.array([0.1, 3.0])
    opt.step([g])
    adam_step(expected, g, st["exp_avg"], st["exp_avg_sq"], np.zeros(2), 2,
              lr=0.1, amsgrad=True)
    np.testing.assert_array_equal(w, expected)
    # max of v from the switch on: v itself at this step
    np.testing.assert_array_equal(opt.state[0]["max_exp_avg_sq"],
                                  opt.state[0]["exp_avg_sq"])


def test_load_state_dict_requires_exactly_the_constructors_keys():
    params, opt = make("adam")
    opt.step(grads_at(params))
    before = copy.deepcopy(opt.state)
    saved = opt.state_dict()
    del saved["param_groups"][0]["eps"]
    with pytest.raises(ValueError, match=r"param_groups\[0\]: missing "
                       r"\['eps'\]; its hyperparameters are lr, betas, eps"):
        opt.load_state_dict(saved)
    saved = opt.state_dict()
    del saved["defaults"]["eps"]
    with pytest.raises(ValueError, match=r"defaults: missing \['eps'\]"):
        opt.load_state_dict(saved)
    saved = opt.state_dict()
    saved["param_groups"][0]["params"] = [0]
    with pytest.raises(ValueError, match=r"must hold the parameters 0\.\.1"):
        opt.load_state_dict(saved)
    saved = opt.state_dict()
    saved["param_groups"].append(saved["param_groups"][0])
    with pytest.raises(ValueError, match="has 2 parameter groups, this "
                       "optimizer has 1"):
        opt.load_state_dict(saved)
    for a, b in zip(before, opt.state):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    opt.step(grads_at(params))     # no KeyError at the next step


def test_load_state_dict_after_an_npz_round_trip(tmp_path):
    """np.savez gives NumPy integers for step: accepted, bit-identical."""
    params, opt = make("adam_amsgrad")
    for seed in range(3):
        opt.step(grads_at(params, seed))
    saved = opt.state_dict()
    flat = {f"{i}/{k}": v for i, st in enumerate(saved["state"])
            for k, v in st.items()}
    np.savez(tmp_path / "opt.npz", **flat)
    with np.load(tmp_path / "opt.npz") as data:
        state = [{} for _ in params]
        for key in data.files:
            i, k = key.split("/")
            state[int(i)][k] = data[key][()] if k == "step" else data[key]
    assert isinstance(state[0]["step"], np.integer)
    copies = [p.copy() for p in params]
    resumed = Adam(copies, lr=0.5)
    resumed.load_state_dict({**saved, "state": state})
    assert type(resumed.state[0]["step"]) is int
    for seed in range(3, 6):
        opt.step(grads_at(params, seed))
        resumed.step(grads_at(copies, seed))
    for a, b in zip(params, copies):
        np.testing.assert_array_equal(a, b)


def test_state_dict_holds_the_groups_and_restores_them():
    w, b, opt = two_groups()
    opt.step([np.ones((3, 2)), np.ones(2)])
    saved = opt.state_dict()
    assert [g["params"] for g in saved["param_groups"]] == [[0], [1]]
    assert saved["param_groups"][1]["weight_decay"] == 0.0
    w2, b2, other = two_groups()
    other.set(lr=0.7)
    other.load_state_dict(saved)
    assert other.param_groups[1]["weight_decay"] == 0.0
    assert [g["lr"] for g in other.param_groups] == [0.1, 0.1]
    # a dict saved before groups existed: every group gets the defaults
    old = {k: v for k, v in saved.items() if k != "param_groups"}
    other.load_state_dict(old)
    assert other.param_groups[1]["weight_decay"] == 0.01


def test_state_switched_on_may_be_missing_in_a_loaded_dict():
    """Momentum switched on after the last step: no buffer yet; loading
    that dict is fine and the next step creates it (as torch's would)."""
    w = np.ones(2)
    opt = SGD([w], lr=0.1)
    opt.step([np.ones(2)])
    opt.set(momentum=0.9)
    saved = opt.state_dict()
    other = SGD([w.copy()], lr=0.1)
    other.load_state_dict(saved)
    other.step([np.ones(2)])
    np.testing.assert_array_equal(other.state[0]["momentum_buffer"],
                                  np.ones(2))


def test_optimizers_with_groups_pickle_and_deepcopy():
    w, b, opt = two_groups()
    opt.step([np.ones((3, 2)), np.ones(2)])
    for twin in (pickle.loads(pickle.dumps(opt)), copy.deepcopy(opt)):
        assert twin.param_groups[1]["weight_decay"] == 0.0
        assert twin.param_groups[0]["params"][0] is twin.params[0]
        with pytest.raises(ValueError, match="Invalid epsilon"):
            twin.param_groups[0]["eps"] = -1.0
        with pytest.raises(TypeError, match="read-only"):
            twin.defaults["lr"] = 1.0
        twin.param_groups[0]["amsgrad"] = True
        twin.step([np.ones((3, 2)), np.ones(2)])
        assert "max_exp_avg_sq" in twin.state[0]
        assert "max_exp_avg_sq" not in opt.state[0]


def test_subclass_without_a_checker_uses_its_constructor():
    """errata.AdamVariant defines no _hyperparameters: groups and changes
    are checked by its constructor."""
    w, v = np.ones(2), np.ones(3)
    opt = AdamVariant([{"params": [w]}, {"params": [v], "sqrt": False}],
                      lr=0.1)
    assert opt.param_groups[1]["sqrt"] is False
    with pytest.raises(TypeError, match="sqrt must be True or False"):
        opt.param_groups[0]["sqrt"] = "no"
    with pytest.raises(TypeError, match=r"unknown \['amsgrad'\]"):
        opt.set(amsgrad=True)
    opt.step([np.ones(2), np.ones(3)])


@pytest.mark.parametrize("value, message", [
    ("0.01", "Invalid learning rate: '0.01' is a str, not a number "
     r"\(write 0.01, without quotes\)"),
    (None, "Invalid learning rate: None is a NoneType, not a number"),
    ([0.1], "Invalid learning rate: \\[0.1\\] is a list, not a number"),
])
def test_a_number_of_the_wrong_type_names_the_type(value, message):
    with pytest.raises(TypeError, match=message) as info:
        SGD([np.ones(2)], lr=value)
    # still a ValueError too, for code written against torch's wording
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, HyperparameterTypeError)
    with pytest.raises(TypeError, match="momentum value: 'x' is a str"):
        SGD([np.ones(2)], momentum="x")


def test_none_gradient_says_no_gradient_was_computed():
    params, opt = make("adam")
    before = snapshot(params, opt)
    with pytest.raises(TypeError, match=r"grads\[1\] is None: no gradient "
                       r"was computed for params\[1\] \(shape \(5,\)\)"):
        opt.step([np.ones((3, 4)), None])
    assert_same(before, params, opt)


def test_a_closure_passed_to_step_is_explained():
    params, opt = make("sgd")
    with pytest.raises(TypeError, match=r"not a closure: optlib has no "
                       r"autograd.*model\.loss_and_grads\(X, y\); "
                       r"opt\.step\(grads\)"):
        opt.step(lambda: 1.0)


def test_add_param_group_as_torch():
    w, b = np.ones(2), np.ones(3)
    opt = SGD([w], lr=0.1, momentum=0.9)
    opt.step([np.ones(2)])
    with pytest.raises(ValueError, match=r"params\[1\] shares memory"):
        opt.add_param_group({"params": [w]})
    with pytest.raises(ValueError, match="Invalid learning rate"):
        opt.add_param_group({"params": [b], "lr": -1.0})
    with pytest.raises(TypeError, match="takes a dict"):
        opt.add_param_group([b])
    assert len(opt.params) == 1 and len(opt.state) == 1
    opt.add_param_group({"params": [b], "lr": 0.01})
    assert opt.params[1] is b and opt.param_groups[1]["momentum"] == 0.9
    opt.step([np.ones(2), np.ones(3)])
    np.testing.assert_allclose(b, 1 - 0.01)          # b_1 = g: -lr * g
    assert opt.state[1]["step"] == 1 and opt.state[0]["step"] == 2
