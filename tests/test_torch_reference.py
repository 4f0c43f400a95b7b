"""optlib.optim against torch.optim, step by step, in float64.

1. ``test_replays_torch_fixture``: replays every case stored by
   ``tests/make_torch_fixtures.py`` (torch not needed): same start, same
   parameter-dependent gradient g = sin(3θ) + A, and compares the
   parameters after *every* step and torch's final state entries.
2. ``test_live_against_torch``: when torch is importable, random problems
   and random hyperparameters, run side by side.

Tolerance.  optlib performs torch's floating-point operations in torch's
order, but torch fuses some multiply-adds (one rounding instead of two), so
single entries differ by a few units in the last place.  We therefore ask
for a relative error of 1e-12 with respect to the size of the whole array
(``atol = 1e-12 * max|ref|``): an entry that passes near zero keeps its
absolute accuracy but not its relative one.  Any real difference in the
algorithm (a missing bias correction, eps inside the root, ...) changes the
numbers at the 1e-3 level or more.
"""

from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import optlib.optim as optim

RTOL = 1e-12
FIXTURE = (pathlib.Path(__file__).parent / "fixtures"
           / "torch_optim_trajectories.json")
DATA = json.loads(FIXTURE.read_text())
CASES = DATA["cases"]


def assert_close(actual, desired, what):
    desired = np.asarray(desired, dtype=float)
    atol = RTOL * float(np.max(np.abs(desired), initial=0.0))
    np.testing.assert_allclose(actual, desired, rtol=RTOL, atol=atol,
                               err_msg=what)


def build(case):
    kwargs = dict(case["kwargs"])
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    shapes = [tuple(s) for s in DATA["shapes"]]
    params = [np.array(x, dtype=float).reshape(s)
              for x, s in zip(case["init"], shapes)]
    consts = [np.array(x, dtype=float).reshape(s)
              for x, s in zip(case["A"], shapes)]
    opt = getattr(optim, case["optimizer"])(params, **kwargs)
    return params, consts, opt


def test_fixture_is_complete():
    """Every optimizer and every option appears in the fixture."""
    assert DATA["steps"] >= 10
    seen = {}
    for case in CASES:
        seen.setdefault(case["optimizer"], set()).update(case["kwargs"])
    assert seen == {
        "SGD": {"lr", "momentum", "dampening", "nesterov", "weight_decay"},
        "Adagrad": {"lr", "lr_decay", "weight_decay",
                    "initial_accumulator_value", "eps"},
        "RMSprop": {"lr", "alpha", "eps", "weight_decay", "momentum",
                    "centered"},
        "Adam": {"lr", "betas", "eps", "weight_decay", "amsgrad"},
        "AdamW": {"lr", "betas", "eps", "weight_decay", "amsgrad"},
    }
    assert FIXTURE.stat().st_size < 1_000_000


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_replays_torch_fixture(case):
    params, consts, opt = build(case)
    schedule = case["lr_schedule"]
    for t, expected in enumerate(case["trajectory"]):
        if schedule is not None:
            opt.lr = schedule[t]
        opt.step([np.sin(3.0 * p) + a for p, a in zip(params, consts)])
        flat = np.concatenate([p.ravel() for p in params])
        assert_close(flat, expected, f"{case['name']}: step {t + 1}")
    # final state, under torch's names (torch's SGD keeps no "step")
    for i, (st, ref) in enumerate(zip(opt.state, case["state"])):
        assert set(ref) <= set(st), (set(ref), set(st))
        assert st["step"] == DATA["steps"]
        for key, value in ref.items():
            if key == "step":
                assert value == DATA["steps"]
            else:
                assert_close(st[key].ravel(), value,
                             f"{case['name']}: state[{i}][{key!r}]")


def random_case(seed):
    """A random optimizer, valid hyperparameters and a random problem."""
    rng = np.random.default_rng(seed)
    name = ["SGD", "Adagrad", "RMSprop", "Adam", "AdamW"][seed % 5]
    u = rng.uniform
    flag = lambda: bool(rng.integers(2))  # noqa: E731
    wd = float(u(0, 0.5)) if flag() else 0.0
    if name == "SGD":
        mom = float(u(0.1, 0.99)) if flag() else 0.0
        nesterov = mom > 0 and flag()
        damp = 0.0 if nesterov or not flag() else float(u(0, 1))
        kw = dict(lr=u(1e-3, 0.2), momentum=mom, dampening=damp,
                  nesterov=nesterov, weight_decay=wd)
    elif name == "Adagrad":
        kw = dict(lr=u(1e-3, 0.5), lr_decay=u(0, 0.3) * flag(),
                  weight_decay=wd, initial_accumulator_value=u(0, 1),
                  eps=10 ** u(-10, -2))
    elif name == "RMSprop":
        # alpha >= 0.9 (torch's default is 0.99): with a small alpha,
        # centered RMSprop's v - gbar^2 cancels catastrophically near a
        # minimum, and both libraries' rounding errors (torch fuses
        # multiply-adds, NumPy cannot) grow beyond 1e-12 there
        kw = dict(lr=u(1e-3, 0.05), alpha=u(0.9, 0.999),
                  eps=10 ** u(-8, -2), weight_decay=wd,
                  momentum=u(0, 0.95) * flag(), centered=flag())
    else:
        kw = dict(lr=u(1e-3, 0.1), betas=(u(0, 0.99), u(0.5, 0.9999)),
                  eps=10 ** u(-8, -2), weight_decay=wd, amsgrad=flag())
    kw = {k: (float(v) if isinstance(v, np.floating) else v)
          for k, v in kw.items()}
    ndim = [int(rng.integers(0, 4)) for _ in range(2)]
    shapes = [tuple(int(x) for x in rng.integers(1, 5, size=d))
              for d in ndim]
    init = [rng.normal(0, 2, size=s) for s in shapes]
    consts = [rng.normal(0, 1, size=s) for s in shapes]
    scale = 10 ** rng.uniform(-3, 3)
    if name == "SGD":   # keep |d step / d theta| = 3 lr scale / (1 - mu)
        # below ~0.3: larger makes the map chaotic, and any rounding
        # difference then grows exponentially (no tolerance is meaningful)
        scale = min(scale, 0.1 * (1 - kw["momentum"]) / kw["lr"])
    return name, kw, init, consts, scale


@pytest.mark.parametrize("seed", range(40))
def test_live_against_torch(seed):
    torch = pytest.importorskip("torch")
    name, kw, init, consts, scale = random_case(seed)
    ours = [x.copy() for x in init]
    theirs = [torch.tensor(x, dtype=torch.float64) for x in init]
    opt = getattr(optim, name)(ours, **kw)
    ref = getattr(torch.optim, name)(theirs, foreach=False, **kw)
    keys = list(opt._state_names(opt.defaults))
    seen = {}
    for t in range(20):
        for p, a in zip(theirs, consts):
            g = scale * (np.sin(3 * p.numpy()) + a)
            p.grad = torch.from_numpy(np.asarray(g, dtype=float))
        ref.step()
        opt.step([scale * (np.sin(3 * p) + a) for p, a in zip(ours, consts)])
        assert_close(flat(ours), flat([q.numpy() for q in theirs]),
                     f"{name} {kw} step {t + 1}")
        for key in keys:   # the largest size each state entry has had
            seen[key] = max(seen.get(key, 0.0), np.max(np.abs(
                flat([ref.state[q][key].numpy() for q in theirs]))))
    for q, st in zip(theirs, opt.state):    # same names as torch
        assert set(ref.state[q]) - {"step"} == set(st) - {"step"} == set(keys)
    # A state entry's rounding error is relative to the largest value it
    # has held (a momentum buffer decays to ~0 near a minimum) and, for a
    # running mean of g (grad_avg, exp_avg), to |g| = sqrt(mean of g^2).
    for key in keys:
        desired = flat([ref.state[q][key].numpy() for q in theirs])
        scale = seen[key]
        if key in SQUARE_OF:
            squares = flat([st[SQUARE_OF[key]] for st in opt.state])
            scale = max(scale, np.sqrt(np.max(squares)))
        np.testing.assert_allclose(
            flat([st[key] for st in opt.state]), desired, rtol=RTOL,
            atol=RTOL * scale, err_msg=f"{name} {kw} state {key!r}")


SQUARE_OF = {"grad_avg": "square_avg", "exp_avg": "exp_avg_sq"}


def flat(arrays):
    """All entries of a list of arrays, in one vector (one common scale)."""
    return np.concatenate([np.ravel(a) for a in arrays])


# --------------------------------------------------------------------------
# Parameter groups and hyperparameters changed between steps (issue 16):
# torch's habits give torch's numbers
# --------------------------------------------------------------------------


def _side_by_side(make, steps, change=None, seed=0):
    """Run ``make(module)`` for optlib and torch on two parameters (one
    group each) with g = sin(3θ) + A; ``change(opt, t)`` edits both."""
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(seed)
    init = [rng.normal(0, 1, (3, 2)), rng.normal(0, 1, 2)]
    consts = [rng.normal(0, 1, x.shape) for x in init]
    ours = [x.copy() for x in init]
    theirs = [torch.tensor(x, dtype=torch.float64) for x in init]
    opt, ref = make(optim, ours), make(torch.optim, theirs)
    for t in range(1, steps + 1):
        if change is not None:
            change(opt, t)
            change(ref, t)
        for p, a in zip(theirs, consts):
            p.grad = torch.from_numpy(np.sin(3 * p.numpy()) + a)
        ref.step()
        opt.step([np.sin(3 * p) + a for p, a in zip(ours, consts)])
        assert_close(flat(ours), flat([q.numpy() for q in theirs]),
                     f"step {t}")
    return opt, ref


def test_param_groups_match_torch():
    """AdamW without decay on the biases, another lr for them."""
    def make(module, params):
        kw = {"foreach": False} if module is not optim else {}
        return module.AdamW([{"params": [params[0]]},
                             {"params": [params[1]], "weight_decay": 0.0,
                              "lr": 0.05}],
                            lr=0.1, weight_decay=0.1, **kw)
    _side_by_side(make, 20)


def _torch_style_change(opt, t):
    for group in opt.param_groups:           # torch's habit, in both
        if t == 6:
            group["momentum"] = 0.9          # buffer created: b = g
        if t == 11:
            group["lr"] = group["lr"] / 2
            group["weight_decay"] = 0.01
        if t == 15:
            group["momentum"] = 0.0          # buffer kept, unused


def test_sgd_momentum_switched_on_mid_run_matches_torch():
    def make(module, params):
        kw = {"foreach": False} if module is not optim else {}
        return module.SGD(params, lr=0.05, **kw)
    opt, ref = _side_by_side(make, 20, _torch_style_change)
    for st, q in zip(opt.state, ref.param_groups[0]["params"]):
        np.testing.assert_allclose(st["momentum_buffer"],
                                   ref.state[q]["momentum_buffer"].numpy(),
                                   rtol=1e-12, atol=1e-14)


def test_adam_betas_and_lr_changed_mid_run_match_torch():
    def change(opt, t):
        if t == 8:
            for group in opt.param_groups:
                group["betas"] = (0.8, 0.99)
                group["lr"] = 0.01

    def make(module, params):
        kw = {"foreach": False} if module is not optim else {}
        return module.Adam(params, lr=0.05, **kw)
    _side_by_side(make, 16, change)
