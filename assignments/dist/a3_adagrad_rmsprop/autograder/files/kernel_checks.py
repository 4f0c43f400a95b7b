"""Teaching checks for the course assignments.

Each assignment asks the student to write an optimizer kernel with exactly
the signature of its ``optlib.optim`` counterpart, for example

    adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *,
              lr, beta1, beta2, eps, weight_decay, amsgrad,
              decoupled_weight_decay)

This one file is the source of two modules:

* the **instructor's copy** (this file, shipped only inside the autograder):
  reference kernels, a catalogue of known mistakes, hidden cases and
  :func:`grade`, which the hidden tests call;
* the **student's copy** (``student/kernel_checks.py``, written by
  ``scripts/assignments.py generate``): everything outside the block kept
  for instructors, plus the *numbers* the public cases expect (the
  reference's results and each known mistake's results on fixed inputs).
  It holds no implementation that could compute a correct step.

A part is checked in one of two ways.  *Core* parts (a plain step, the
moments, the momentum buffer) compare the student's kernel with the
reference on seeded inputs.  *Option* parts (weight decay, dampening,
Nesterov, lr_decay, RMSProp's momentum and centering, Adam's bias
correction) compare the student's kernel with *itself*: with weight decay λ
it must do exactly what it does without it on the gradient g + λθ, and so
on.  A mistake in the core therefore costs the core part only.

Numbers are compared relative to the size of the step and of each state
array, to 1e-4: work done in float32 passes, and every catalogued mistake
is off by far more.  On a mismatch the checker replays the known mistakes
on the same inputs; if one reproduces the student's numbers, the hint names
it, otherwise it quotes the first numbers that differ.

This module depends only on NumPy (and, in the instructor's copy, on
nothing else: its reference kernels are tested against ``optlib.optim``).
"""

import ast
import json  # noqa: F401  (the student's copy reads its numbers)
import math
import signal
import threading

import numpy as np

__all__ = ["Hint", "check", "check_value", "check_choice", "check_descent",
           "check_minibatches", "check_answer_format", "PARTS"]

RTOL = 1e-4          # relative to the largest entry of the array compared
ATOL = 1e-12
TIME_LIMIT = 10      # seconds for one part (all its calls)


class Hint(AssertionError):
    """A failed check, with an explanation meant for the student."""


class _TimeUp(BaseException):
    """Raised in the kernel when a part runs out of time."""


# --------------------------------------------------------------------------
# The kernels: argument order and state names
# --------------------------------------------------------------------------

STATE_NAMES = {
    "sgd_step": ("momentum_buffer",),
    "adagrad_step": ("state_sum",),
    "rmsprop_step": ("square_avg", "grad_avg", "momentum_buffer"),
    "adam_step": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
}


def _case(hp, steps=3, shape=(7,), seed=0, step0=1, state0="zeros",
          zero_grad=False):
    return dict(hp=hp, steps=steps, shape=shape, seed=seed, step0=step0,
                state0=state0, zero_grad=zero_grad)


# Each part: kernel, description, rule, public cases, hidden cases.
# rule "ref": parameter and state must match the reference;
# "state": the state arrays only; "update": the update computed from the
# student's own moments; the others compare the kernel with itself (see
# `_RELATIONS`).  Public cases are the ones a student's check runs; the
# grader runs the public and the hidden ones.
PARTS = {
    # assignment 1: gradient descent
    "gd_step": ("sgd_step", "a plain gradient-descent step", "ref", [
        _case(dict(lr=0.1), seed=1),
    ], [
        _case(dict(lr=0.5), steps=4, shape=(3, 4), seed=102),
        _case(dict(lr=0.03), steps=2, shape=(5,), seed=103),
    ]),
    "gd_weight_decay": ("sgd_step", "gradient descent with weight decay",
                        "wd", [
        _case(dict(lr=0.1, weight_decay=0.5), seed=3),
    ], [
        _case(dict(lr=0.02, weight_decay=0.3), shape=(2, 3), seed=104),
    ]),
    # assignment 2: momentum
    "momentum": ("sgd_step", "heavy-ball momentum", "ref", [
        _case(dict(lr=0.1, momentum=0.9), steps=5, seed=5),
    ], [
        _case(dict(lr=0.03, momentum=0.5), steps=4, shape=(3, 2), seed=106),
    ]),
    "dampening": ("sgd_step", "momentum with dampening", "dampening", [
        _case(dict(lr=0.1, momentum=0.9, dampening=0.5), steps=4, seed=7),
    ], [
        _case(dict(lr=0.05, momentum=0.8, dampening=0.3), steps=3,
              shape=(2, 2), seed=107),
    ]),
    "nesterov": ("sgd_step", "Nesterov momentum", "nesterov", [
        _case(dict(lr=0.1, momentum=0.9, nesterov=True), steps=4, seed=8),
    ], [
        _case(dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.1),
              steps=3, shape=(2, 2), seed=108),
    ]),
    # assignment 3: AdaGrad and RMSProp
    "adagrad": ("adagrad_step", "AdaGrad", "ref", [
        _case(dict(lr=0.1), steps=4, seed=10),
    ], [
        _case(dict(lr=0.01, eps=0.1), steps=3, shape=(2, 5), seed=110),
    ]),
    "adagrad_lr_decay": ("adagrad_step", "AdaGrad's lr_decay", "lr_decay", [
        _case(dict(lr=0.1, lr_decay=0.5), steps=4, seed=12),
    ], [
        _case(dict(lr=0.05, lr_decay=0.2, eps=0.1), steps=3, shape=(3,),
              seed=112),
    ]),
    "rmsprop": ("rmsprop_step", "RMSProp", "ref", [
        _case(dict(lr=0.01, alpha=0.9), steps=4, seed=13),
    ], [
        _case(dict(lr=0.01, alpha=0.99, eps=0.1), steps=3, shape=(4, 2),
              seed=114),
    ]),
    "rmsprop_momentum": ("rmsprop_step", "RMSProp with momentum",
                         "rms_momentum", [
        _case(dict(lr=0.01, alpha=0.9, momentum=0.9), steps=4, seed=15),
    ], [
        _case(dict(lr=0.02, alpha=0.8, momentum=0.5), steps=3, shape=(2, 2),
              seed=115),
    ]),
    "rmsprop_centered": ("rmsprop_step", "centered RMSProp", "centered", [
        _case(dict(lr=0.01, alpha=0.9, centered=True), steps=4, seed=16,
              state0="positive"),
    ], [
        _case(dict(lr=0.02, alpha=0.8, centered=True), steps=3,
              shape=(3,), seed=116, state0="positive"),
    ]),
    # assignment 4: Adam
    "adam_moments": ("adam_step", "Adam's moment estimates m and v",
                     "state", [
        _case(dict(lr=1e-3, beta1=0.9, beta2=0.999), steps=4, seed=17),
    ], [
        _case(dict(lr=1e-2, beta1=0.8, beta2=0.9), steps=3, shape=(3, 3),
              seed=118),
    ]),
    # late in training (t = 5000, beta2 <= 0.99) the bias corrections are 1
    # to machine precision: this part tests the update alone.
    "adam_update": ("adam_step", "Adam's update late in training", "update", [
        _case(dict(lr=1e-2, beta1=0.9, beta2=0.99), steps=3, seed=19,
              step0=5000, state0="positive"),
    ], [
        _case(dict(lr=0.1, beta1=0.5, beta2=0.9, eps=0.1), steps=2,
              shape=(2, 4), seed=120, step0=5000, state0="positive"),
    ]),
    # with g = 0, step t from the state (m, v) must equal a late step
    # (no correction) from (m/(1 − β₁ᵗ), v/(1 − β₂ᵗ)), whatever the rest
    # of the kernel looks like (see `_bias_text`)
    "adam_bias_correction": ("adam_step", "Adam's first steps", "bias", [
        _case(dict(lr=1e-2, beta1=0.9, beta2=0.999), steps=3,
              seed=21, state0="positive", zero_grad=True),
    ], [
        _case(dict(lr=0.1, beta1=0.5, beta2=0.99, eps=1e-3), steps=2,
              shape=(2, 3), seed=122, state0="positive", zero_grad=True),
    ]),
    "adam_weight_decay": ("adam_step", "Adam with L2 weight decay", "wd", [
        _case(dict(lr=1e-2, beta1=0.9, beta2=0.99, weight_decay=0.1),
              seed=23, step0=5000, state0="positive"),
    ], [
        _case(dict(lr=0.05, beta1=0.8, beta2=0.9, weight_decay=0.5),
              steps=2, shape=(3,), seed=124, step0=5000, state0="positive"),
    ]),
}

BIG_STEP = 10 ** 6   # a step at which every bias correction is 1


def _option_off(part, hp):
    """The hyperparameters of `part` with its option switched off."""
    hp = dict(hp)
    rule = PARTS[part][2]
    for k in {"wd": "weight_decay", "dampening": "dampening",
              "lr_decay": "lr_decay"}.get(rule, "").split():
        hp.pop(k, None)
    if part == "nesterov":
        hp["nesterov"] = False
    if part == "rmsprop_momentum":
        hp["momentum"] = 0.0
    if part == "rmsprop_centered":
        hp["centered"] = False
    return hp


# --------------------------------------------------------------------------
# Running a kernel on a case
# --------------------------------------------------------------------------

_CURRENT = {}        # the call in progress, for the time-out message


def _inputs(case):
    """Seeded parameter, gradients and initial state for a case."""
    rng = np.random.default_rng(case["seed"])
    shape = tuple(case["shape"])
    param = rng.normal(size=shape)
    grads = [rng.normal(size=shape) for _ in range(case["steps"])]
    if case.get("zero_grad"):
        grads = [0 * g for g in grads]
    if case["state0"] == "zeros":
        state = [np.zeros(shape) for _ in range(3)]
    else:
        # a run under way: m ~ N(0, 0.1), v > 0 and larger than m^2
        m = 0.1 * rng.normal(size=shape)
        v = rng.uniform(0.5, 2.0, size=shape)
        state = [m, v, v.copy()]
        if case["hp"].get("centered"):
            # RMSProp: square_avg, grad_avg, buffer
            state = [v, m, np.zeros(shape)]
    return param, grads, state


def _call(kernel, name, param, grad, state, step, hp, k=0):
    """One call of a kernel; Hint if it raises.  Returns a history entry."""
    g_in = grad.copy()
    _CURRENT.update(hp=hp, step=step, name=name)
    try:
        with np.errstate(all="ignore"):
            _CURRENT["in_kernel"] = kernel is _CURRENT.get("student")
            try:
                returned = kernel(param, g_in, *state, step, **hp)
            finally:
                _CURRENT["in_kernel"] = False
    except (Hint, _TimeUp):
        raise
    except Exception as exc:  # the student's code raised
        if isinstance(exc, ImportError) and "kernel_checks" in str(exc):
            raise Hint(f"your `{name}` imports the course's checker "
                       "(kernel_checks) instead of computing the step "
                       "itself; the grader does not provide it, and this "
                       "part needs your own code, so it scores 0.") from None
        raise Hint(
            f"{name} raised {type(exc).__name__}: {exc} (call {k + 1} "
            f"with step={step}, {_fmt_hp(hp)}, param of shape "
            f"{param.shape}).") from None
    return dict(param=param.copy(), state=[s.copy() for s in state],
                returned=returned, grad_changed=not np.array_equal(g_in,
                                                                   grad))


def _run(kernel, name, case, inputs=None, hp=None):
    """Run ``kernel`` for a case; return the history of (param, states)."""
    param, grads, state = inputs if inputs is not None else _inputs(case)
    param = param.copy()
    state = [s.copy() for s in state[:len(STATE_NAMES[name])]]
    hp = case["hp"] if hp is None else hp
    history = []
    for k, g in enumerate(grads):
        history.append(_call(kernel, name, param, g, state,
                             case["step0"] + k, hp, k))
    return history


def _fmt_hp(hp):
    return ", ".join(f"{k}={v!r}" for k, v in hp.items())


def _flat(a):
    """A list of Python floats (does not trust numpy's module functions)."""
    return [float(x) for x in np.asarray(a, dtype=float).ravel().tolist()]


def _close(a, b, rtol=RTOL):
    """True if a and b agree to rtol relative to the size of b."""
    if np.shape(a) != np.shape(b):
        return False
    xa, xb = _flat(a), _flat(b)
    finite = [abs(y) for y in xb if math.isfinite(y)]
    scale = max(finite, default=0.0)
    tol = rtol * scale + ATOL
    for x, y in zip(xa, xb):
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return False
        elif math.isinf(x) or math.isinf(y):
            if x != y:
                return False
        elif abs(x - y) > tol:
            return False
    return True


def _same_history(h1, h2, p0=None, states=True, params=True):
    """Same parameter path (as displacement from p0) and state arrays."""
    if len(h1) != len(h2):
        return False
    for a, b in zip(h1, h2):
        if params:
            pa, pb = np.asarray(a["param"]), np.asarray(b["param"])
            if p0 is not None:
                pa, pb = pa - p0, pb - p0
            if not _close(pa, pb):
                return False
        if states and not all(_close(x, y)
                              for x, y in zip(a["state"], b["state"])):
            return False
    return True


def _differ(mine, ref):
    """'expected 0.01235, got 0.01236' with enough digits to differ."""
    xa, xb = _flat(mine), _flat(ref)
    if not xa or len(xa) != len(xb):
        return f"expected shape {np.shape(ref)}, got {np.shape(mine)}"
    i = max(range(len(xa)), key=lambda j: (
        abs(xa[j] - xb[j]) if math.isfinite(xa[j] - xb[j]) else math.inf))
    for digits in range(4, 18):
        s_a, s_b = f"{xa[i]:.{digits}g}", f"{xb[i]:.{digits}g}"
        if s_a != s_b:
            break
    where = f" (entry {i})" if len(xa) > 1 else ""
    return f"expected {s_b}, got {s_a}{where}"


# --------------------------------------------------------------------------
# Relations: option parts compare the kernel with itself
# --------------------------------------------------------------------------

def _state_before(inputs, hist, k, n):
    """(param, state) before call k of a history (copies)."""
    if k == 0:
        return inputs[0].copy(), [s.copy() for s in inputs[2][:n]]
    return hist[k - 1]["param"].copy(), [s.copy()
                                         for s in hist[k - 1]["state"]]


def _relation(part, kernel, name, case, inputs, mine):
    """None if the option of `part` behaves right in `mine`, else a text.

    Each step k starts from the student's own parameter and state before
    that step and calls the student's kernel a second time, without the
    option, on inputs chosen so that a correct kernel gives the same
    result.
    """
    rule = PARTS[part][2]
    hp = case["hp"]
    n = len(STATE_NAMES[name])
    off = _option_off(part, hp)
    for k, g in enumerate(inputs[1]):
        step = case["step0"] + k
        p, st = _state_before(inputs, mine, k, n)
        got = mine[k]

        def again(grad, state, step_, hp_):
            return _call(kernel, name, p.copy(), grad,
                         [s.copy() for s in state], step_, hp_, k)
        if rule == "wd":
            lam = hp["weight_decay"]
            exp = again(g + lam * p, st, step, off)
            what = (f"with weight_decay={lam} your kernel should do exactly "
                    f"what it does with weight_decay=0 on the gradient "
                    f"g + {lam}·θ")
            keys = ("param", "state")
        elif rule == "lr_decay":
            lr = hp["lr"] / (1 + (step - 1) * hp["lr_decay"])
            exp = again(g, st, step, dict(off, lr=lr))
            what = (f"with lr_decay={hp['lr_decay']} step {step} should be "
                    f"a step without decay with lr = lr/(1 + (t − 1)·"
                    f"lr_decay) = {lr:.6g}")
            keys = ("param", "state")
        elif rule == "dampening":
            tau = hp["dampening"]
            gg = g if step == 1 else (1 - tau) * g
            exp = again(gg, st, step, off)
            what = (f"with dampening={tau} the buffer adds (1 − dampening)"
                    f"·g from step 2 on (and b₁ = g at step 1): your step "
                    f"{step} should equal your step without dampening on "
                    f"the gradient {'g' if step == 1 else f'{1 - tau:g}·g'}")
            keys = ("param", "state")
        elif rule == "nesterov":
            plain = again(g, st, step, off)
            geff = g + hp.get("weight_decay", 0.0) * p
            d_plain = plain["param"] - p
            exp = dict(param=p + hp["momentum"] * d_plain
                       - hp["lr"] * geff, state=plain["state"])
            what = ("Nesterov's step is θ ← θ − lr·(g + μ·b_t), with the "
                    "same buffer b_t as plain momentum: it should be "
                    "μ times your plain momentum step, minus lr·g")
            keys = ("param", "state")
        elif rule == "rms_momentum":
            plain = again(g, st, step, off)
            b_old = st[2]
            d = -hp["lr"] * hp["momentum"] * b_old + (plain["param"] - p)
            exp = dict(param=p + d, state=[plain["state"][0], st[1],
                                           -d / hp["lr"]])
            what = ("with momentum μ the buffer is b ← μb + g/(√v + ε) and "
                    "the step θ ← θ − lr·b, where g/(√v + ε) is your step "
                    "without momentum divided by −lr")
            keys = ("param", "state")
        elif rule == "centered":
            # the student's own plain update of v is affine in the old v,
            # v_t = a·v + c: find a and c, then the v that makes v_t
            # equal to the student's v_t − ḡ_t²
            ga = got["state"][1]                       # the student's ḡ_t
            zero, one = 0 * st[0], 0 * st[0] + 1
            c = again(g, [zero, st[1], st[2]], step, off)["state"][0]
            a = again(g, [one, st[1], st[2]], step, off)["state"][0] - c
            with np.errstate(all="ignore"):
                v_in = (got["state"][0] - ga * ga - c) / a
            exp = again(g, [v_in, st[1], st[2]], step, off)
            what = ("centered RMSProp divides by √(v_t − ḡ_t²) + ε: your "
                    "step should equal your plain RMSProp step with "
                    "v_t − ḡ_t² in place of v_t")
            keys = ("param",)
        elif rule == "bias":
            text = _bias_text(got, again, p, st, step, hp)
            if text:
                return text
            continue
        else:
            raise ValueError(rule)
        if "param" in keys and not _close(got["param"] - p,
                                          exp["param"] - p):
            return (f"{what}; at step {step} your parameter moves by "
                    f"{_differ(got['param'] - p, exp['param'] - p)}")
        if "state" in keys:
            for s_name, x, y in zip(STATE_NAMES[name], got["state"],
                                    exp["state"]):
                if not _close(x, y):
                    return (f"{what}; after step {step} `{s_name}` holds "
                            f"{_differ(x, y)}")
    return None


_BIAS_NONE = ("your first steps are not bias-corrected: divide m and v by "
              "1 − β₁ᵗ and 1 − β₂ᵗ: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)")
_BIAS_T1 = ("a bias correction with t − 1 divides by 1 − β⁰ = 0 at t = 1.  "
            "Use t, the step number, which starts at 1: m̂ = m/(1 − β₁ᵗ), "
            "v̂ = v/(1 − β₂ᵗ)")
_BIAS_POW = ("the correction is 1 − βᵗ (only β is raised to the power t), "
             "not (1 − β)ᵗ")


def _bias_text(got, again, p, st, step, hp):
    """None if the bias correction is right; else a text naming the error.

    With g = 0 the moments only decay (m ← β₁m, v ← β₂v), so step t from
    the state (m, v) must equal a step late in training, where the
    corrections are 1, from (m/(1 − β₁ᵗ), v/(1 − β₂ᵗ)): whatever the rest
    of the kernel does (ε, the root), only the correction is tested.
    """
    b1, b2 = hp["beta1"], hp["beta2"]
    d_got = got["param"] - p

    def late(c1, c2):
        with np.errstate(all="ignore"):
            return again(0 * p, [st[0] / c1, st[1] / c2, st[2] / c2],
                         BIG_STEP, hp)["param"] - p

    want = late(1 - b1 ** step, 1 - b2 ** step)
    if not all(math.isfinite(x) for x in _flat(late(1.0, 1.0))):
        return ("late in training (t = 10⁶) your step is nan or inf: a "
                "correction that goes to 0 as t grows, such as (1 − β)ᵗ, "
                f"divides by 0 there: {_BIAS_POW}.")
    if _close(d_got, want):
        return None
    if not all(math.isfinite(x) for x in _flat(d_got)):
        return f"your step at t = {step} is nan or inf: {_BIAS_T1}."
    candidates = [
        ((1.0, 1.0), _BIAS_NONE),
        ((1 - b1 ** step, 1.0), "you corrected m but not v: also use "
                                "v̂ = v/(1 − β₂ᵗ)"),
        ((1.0, 1 - b2 ** step), "you corrected v but not m: also use "
                                "m̂ = m/(1 − β₁ᵗ)"),
        (((1 - b1) ** step, (1 - b2) ** step), _BIAS_POW),
        ((1 - b1 ** (step + 1), 1 - b2 ** (step + 1)),
         "you used t + 1 in the bias correction; use t, the step number, "
         "which starts at 1"),
    ]
    if step > 1:
        candidates.append(((1 - b1 ** (step - 1), 1 - b2 ** (step - 1)),
                           "you used t − 1 in the bias correction; use t, "
                           "the step number, which starts at 1"))
    for (c1, c2), text in candidates:
        if abs(c1 - (1 - b1 ** step)) < 1e-12 and abs(
                c2 - (1 - b2 ** step)) < 1e-12:
            continue
        if _close(d_got, late(c1, c2)):
            return (f"{text}.  At t = {step} (β₁={b1}, β₂={b2}) your step: "
                    f"{_differ(d_got, want)}.")
    return (f"at t = {step} (β₁={b1}, β₂={b2}) the step should be a late "
            "step from the corrected moments m̂ = m/(1 − β₁ᵗ), "
            f"v̂ = v/(1 − β₂ᵗ); your step: {_differ(d_got, want)}.")


# --------------------------------------------------------------------------
# Diagnosis of a core mismatch
# --------------------------------------------------------------------------

_NOT_IN_PLACE = (
    "{state} did not change after your call: `{state} = ...` only "
    "rebinds the local name to a new array, so the caller's array (the "
    "optimizer's state) keeps its old value.  Update it in place: "
    "`{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.")


def _basic_faults(name, what, mine, inputs):
    """Hints that need no reference: return value, grad, nothing done."""
    param0 = inputs[0]
    first = mine[0]
    if first["returned"] is not None and _close(first["param"] - param0,
                                                0 * param0):
        return ("your kernel returned a new value but left `param` "
                "unchanged: the optimizer ignores what a kernel returns, "
                "so update `param` in place (`param -= ...`, not "
                "`param = param - ...` then `return`).")
    if any(h["grad_changed"] for h in mine):
        return ("your kernel changed `grad`; a kernel must leave the "
                "gradient alone (write `g = grad + ...`, not "
                "`grad += ...` or `grad *= ...`).")
    if all(_close(h["param"] - param0, 0 * param0) for h in mine):
        return ("`param` never changed: the kernel must update it in "
                "place, e.g. `param -= lr * ...` (is the body still `...`, "
                "or did you write `param = ...`?).")
    return None


def _diagnose(name, case, mine, ref, mistakes, inputs, only_state=False):
    """The hint for a core part where ``mine`` differs from ``ref``."""
    param0, state0 = inputs[0], inputs[2]
    hp = case["hp"]
    where = (f"(checked with {_fmt_hp(hp)}, starting at step="
             f"{case['step0']}, param of shape {tuple(case['shape'])})")
    basic = _basic_faults(name, "", mine, inputs)
    if basic:
        return basic + " " + where
    first = mine[0]
    frozen = [n for n, x, y, s0 in zip(STATE_NAMES[name], first["state"],
                                       ref[0]["state"], state0)
              if _close(x, s0) and not _close(y, s0)]
    state = frozen[0] if frozen else STATE_NAMES[name][0]
    ratio = _ratio_text(first["param"] - param0, ref[0]["param"] - param0)
    for text, theirs in mistakes:
        if _same_history(mine, theirs, param0, params=not only_state):
            text = text.replace("{ratio}", ratio).replace("{state}", state)
            return (text + " " + _first_difference(name, case, mine, ref,
                                                   param0, only_state)
                    + " " + where)
    if frozen:
        return _NOT_IN_PLACE.replace("{state}", state) + " " + where
    if not all(all(math.isfinite(x) for x in _flat(h["param"]))
               for h in mine):
        return ("your parameter became nan or inf.  Look for a division "
                "by zero or the square root of a negative number (is "
                "every average of squares built from g², never g?). "
                + where)
    for k, (a, b) in enumerate(zip(mine, ref)):
        step = case["step0"] + k
        if not only_state and not _close(a["param"] - param0,
                                         b["param"] - param0):
            if k == 0:
                d_mine = a["param"] - param0
                d_ref = b["param"] - param0
                dot = sum(x * y for x, y in zip(_flat(d_mine),
                                                _flat(d_ref)))
                how = ("points the wrong way (uphill)" if dot < 0
                       else f"is {ratio}")
                return (f"your first step {how}: θ − θ₀ "
                        f"{_differ(d_mine, d_ref)}. " + where)
            return (f"your steps agree with the reference up to step "
                    f"{step - 1} but not at step {step} (θ − θ₀ "
                    f"{_differ(a['param'] - param0, b['param'] - param0)});"
                    " check how the state carries over from one call to "
                    "the next. " + where)
        for s_name, x, y in zip(STATE_NAMES[name], a["state"], b["state"]):
            if not _close(x, y):
                return (f"after the call with step={step}, `{s_name}` "
                        f"{_differ(x, y)}.  The next call reads it, so it "
                        "must hold exactly the quantity of the formula. "
                        + where)
    return "your kernel differs from the reference. " + where


def _first_difference(name, case, mine, ref, param0, only_state=False):
    """'(At step 1, θ − θ₀: expected 0.01, got 0.03.)'"""
    for k, (a, b) in enumerate(zip(mine, ref)):
        step = case["step0"] + k
        if not only_state and not _close(a["param"] - param0,
                                         b["param"] - param0):
            return (f"(At step {step}, θ − θ₀: "
                    f"{_differ(a['param'] - param0, b['param'] - param0)}.)")
        for s_name, x, y in zip(STATE_NAMES[name], a["state"], b["state"]):
            if not _close(x, y):
                return f"(After step {step}, `{s_name}`: {_differ(x, y)}.)"
    return ""


def _ratio_text(student_step, ref_step):
    """'10× too small' from two first steps (arrays)."""
    s = math.sqrt(sum(x * x for x in _flat(student_step)))
    r = math.sqrt(sum(x * x for x in _flat(ref_step)))
    if r == 0 or s == 0 or not math.isfinite(s):
        return "wrong"
    q = s / r
    if abs(q - 1) < 1e-3:
        return "the right size but not the right direction"
    if q < 1:
        return f"{_round(1 / q)}× too small"
    return f"{_round(q)}× too large"


def _round(x):
    if x >= 10:
        return f"{x:.0f}"
    return f"{x:.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------
# Expected results: computed (instructor) or stored (student copy)
# --------------------------------------------------------------------------

def _history_from_data(rows):
    return [dict(param=np.array(r[0]), state=[np.array(s) for s in r[1]])
            for r in rows]


def _expected(part, ci, case, inputs):
    """(reference history, [(hint, mistake history), ...]) for a case."""
    data = globals().get("_PUBLIC")
    if data is not None:
        entry = data["parts"][part][ci]
        return (_history_from_data(entry["ref"]),
                [(data["hints"][name_i], _history_from_data(rows))
                 for name_i, rows in entry["mistakes"]])
    return _compute_expected(part, case, inputs)   # instructor's copy


def _check_kernel(part, kernel, cases, grading=False):
    """Run every case of a part; raise Hint on the first failure."""
    name, what, rule, public, _ = PARTS[part]
    for ci, case in enumerate(cases):
        inputs = _inputs(case)
        mine = _run(kernel, name, case, inputs)
        basic = _basic_faults(name, what, mine, inputs)
        if basic:
            ref, _ = _expected(part, ci, case, inputs)
            raise Hint(f"{what}: {basic} " + _first_difference(
                name, case, mine, ref, inputs[0]))
        frozen = (rule in ("ref", "state", "update")
                  and _frozen_state(part, ci, case, inputs, mine))
        if frozen:
            j = STATE_NAMES[name].index(frozen)
            ref, _ = _expected(part, ci, case, inputs)
            raise Hint(f"{what}: " + _NOT_IN_PLACE.replace("{state}", frozen)
                       + f"  (After step {case['step0']}, `{frozen}`: "
                       + _differ(mine[0]["state"][j], ref[0]["state"][j])
                       + ".)")
        if rule in ("ref", "state") or (rule == "update" and not grading):
            ref, mistakes = _expected(part, ci, case, inputs)
            if _same_history(mine, ref, inputs[0], params=rule != "state"):
                continue
            if name == "sgd_step" and _keras_form(mine, ref,
                                                              case, inputs):
                continue
            raise Hint(f"{what}: " + _diagnose(
                name, case, mine, ref, mistakes, inputs,
                only_state=rule == "state"))
        if rule == "update":
            text = _own_state_update(case, inputs, mine)
        else:
            text = _relation(part, kernel, name, case, inputs, mine)
            if text is None:
                text = _no_effect(part, kernel, name, case, inputs, mine)
        if text is not None:
            raise Hint(f"{what}: " + _named_mistake(part, ci, case, inputs,
                                                    mine, text))


def _frozen_state(part, ci, case, inputs, mine):
    """The first state array the reference changes and the student's
    kernel leaves as it was (rebound instead of updated in place)."""
    name = PARTS[part][0]
    ref, _ = _expected(part, ci, case, inputs)
    for j, s_name in enumerate(STATE_NAMES[name]):
        s0 = inputs[2][j]
        if (_close(mine[0]["state"][j], s0)
                and not _close(ref[0]["state"][j], s0)):
            return s_name
    return None


def _named_mistake(part, ci, case, inputs, mine, text):
    """A catalogued mistake that reproduces `mine`, else `text`."""
    if PARTS[part][2] == "bias":
        return text
    try:
        _, mistakes = _expected(part, ci, case, inputs)
    except (KeyError, IndexError):
        return text
    for hint, theirs in mistakes:
        if _same_history(mine, theirs, inputs[0]):
            return hint.replace("{ratio}", "wrong").replace(
                "{state}", STATE_NAMES[PARTS[part][0]][0]) + " (" + \
                text + ".)"
    return text


def _no_effect(part, kernel, name, case, inputs, mine):
    """A text if the option of `part` changes nothing in the student's run."""
    off = _option_off(part, case["hp"])
    if part == "adam_bias_correction":
        return None
    plain = _run(kernel, name, case, inputs, hp=off)
    if _same_history(mine, plain, inputs[0]):
        option = {"wd": "weight_decay", "lr_decay": "lr_decay",
                  "dampening": "dampening", "nesterov": "nesterov",
                  "rms_momentum": "momentum",
                  "centered": "centered"}[PARTS[part][2]]
        return (f"`{option}` has no effect in your kernel: with "
                f"{_fmt_hp(case['hp'])} it gives exactly the same steps as "
                f"without it.")
    return None


def _keras_form(mine, ref, case, inputs):
    """Momentum kept as v ← μv − lr·g, θ ← θ + v: the same path."""
    lr = case["hp"]["lr"]
    if not case["hp"].get("momentum"):
        return False
    for a, b in zip(mine, ref):
        if not _close(a["param"] - inputs[0], b["param"] - inputs[0]):
            return False
        if not _close(a["state"][0], -lr * b["state"][0]):
            return False
    return True


# --------------------------------------------------------------------------
# Time limit and the student's view
# --------------------------------------------------------------------------

class _time_limit:
    """Raise _TimeUp in the kernel after `seconds` (main thread only)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.active = (seconds and hasattr(signal, "setitimer")
                       and threading.current_thread()
                       is threading.main_thread())

    def _handler(self, signum, frame):
        raise _TimeUp()

    def __enter__(self):
        if self.active:
            self.old = signal.signal(signal.SIGALRM, self._handler)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        return False


def _timeout_hint(what, seconds):
    call = _CURRENT
    return (f"{what}: your `{call.get('name', 'kernel')}` did not return "
            f"within {seconds} s when called with step={call.get('step')}, "
            f"{_fmt_hp(call.get('hp', {}))}.  Look for a loop that never "
            "ends in the code for these options; this part scores 0, the "
            "other parts are graded separately.")


def _undefined_hint(name):
    """Why `name` is not defined: a syntax error in its cell, or not run."""
    try:
        cells = get_ipython().user_ns.get("In", [])   # noqa: F821
    except NameError:
        cells = []
    for src in reversed(cells):
        if f"def {name}(" not in src:
            continue
        try:
            ast.parse(src)
        except SyntaxError as exc:
            return (f"the cell that defines `{name}` has a syntax error "
                    f"(line {exc.lineno}: {exc.msg}), so `{name}` was never "
                    "defined.  Fix that line and run the cell again.")
        break
    return (f"`{name}` is not defined: run the cell that defines it (and "
            "the cells above it) before checking.")


def check(part, kernel):
    """Check a student's kernel for one part; raise :class:`Hint` if wrong.

    Parameters
    ----------
    part : str
        A key of :data:`PARTS`, e.g. ``"adam_bias_correction"``.
    kernel : callable or None
        The student's function (None when it is not defined).
    """
    name, what, rule, public, _ = PARTS[part]
    if kernel is None:
        raise Hint(_undefined_hint(name))
    if not callable(kernel):
        raise Hint(f"`{name}` should be a function, got "
                   f"{type(kernel).__name__}.")
    try:
        with _time_limit(TIME_LIMIT):
            _check_kernel(part, kernel, public)
    except _TimeUp:
        raise Hint(_timeout_hint(what, TIME_LIMIT)) from None


def check_value(name, value, expected, tol, hint):
    """Check a number the student reports; raise Hint(hint) if off."""
    x = check_answer_format(name, value, "number")
    if not math.isfinite(x) or abs(x - expected) > tol:
        raise Hint(f"`{name}` = {x:g} is not right: {hint}")


def check_choice(name, value, expected, choices, hint):
    """Check a one-word answer among ``choices``; raise Hint(hint) if not."""
    answer = check_answer_format(name, value, "choice", choices)
    if answer != expected:
        raise Hint(f"`{name}` = {value!r} is not right: {hint}")


def check_answer_format(name, value, kind, choices=None):
    """Check only the form of an answer (the value is graded after
    submission).  Returns the normalised answer."""
    if value is None or value is Ellipsis:
        raise Hint(f"`{name}` has no value yet: replace the `...`.")
    if kind == "number":
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise Hint(f"`{name}` should be a number, got "
                       f"{value!r}.") from None
        if not math.isfinite(x):
            raise Hint(f"`{name}` should be a finite number, got {x}.")
        return x
    if kind == "choice":
        answer = str(value).strip().lower()
        if answer not in choices:
            raise Hint(f"`{name}` should be one of {sorted(choices)}, got "
                       f"{value!r}.")
        return answer
    if kind == "set":
        try:
            got = {str(e).strip().lower() for e in value}
        except TypeError:
            raise Hint(f"`{name}` should be a set of names, got "
                       f"{value!r}.") from None
        unknown = sorted(got - set(choices))
        if unknown:
            raise Hint(f"`{name}` holds {unknown}, which are not among "
                       f"the choices {sorted(choices)}.")
        if not got:
            raise Hint(f"`{name}` is empty: choose at least one name.")
        return got
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Checks of the helper functions the assignments ask for
# --------------------------------------------------------------------------


class _Quadratic:
    """f(x, y) = a x² + b y², with the ``grad`` method of a Surface."""

    def __init__(self, a=0.5, b=2.0):
        self.a, self.b = a, b

    def value(self, xy):
        return self.a * xy[0] ** 2 + self.b * xy[1] ** 2

    def grad(self, xy):
        return np.array([2 * self.a * xy[0], 2 * self.b * xy[1]])


DESCENT = dict(xy0=[1.5, -0.5], lr=0.1, steps=6)


def check_descent(gradient_descent):
    """Check ``gradient_descent(surface, xy0, lr, steps)`` → path array.

    The path must have ``steps + 1`` rows (the start first), follow
    θ ← θ − lr·∇f(θ), and leave ``xy0`` unchanged.
    """
    if gradient_descent is None:
        raise Hint(_undefined_hint("gradient_descent"))
    surface = _Quadratic()
    xy0 = np.array(DESCENT["xy0"])
    start = xy0.copy()
    lr, steps = DESCENT["lr"], DESCENT["steps"]
    try:
        with np.errstate(all="ignore"), _time_limit(TIME_LIMIT):
            path = gradient_descent(surface, xy0, lr, steps)
    except _TimeUp:
        raise Hint(f"gradient_descent did not return within {TIME_LIMIT} "
                   "s (called with steps=6): a loop that never ends?") \
            from None
    except Exception as exc:
        raise Hint(f"gradient_descent raised {type(exc).__name__}: {exc} "
                   "(called with a quadratic surface, xy0=[1.5, -0.5], "
                   "lr=0.1, steps=6).") from None
    if path is None:
        raise Hint("gradient_descent returned None: return the path, an "
                   "array with one row per point (np.array(path)).")
    path = np.asarray(path, dtype=float)
    data = globals().get("_PUBLIC")
    expected = (np.array(data["descent"]) if data is not None
                else _descent_path(surface))
    if not np.array_equal(xy0, start):
        raise Hint("gradient_descent changed the caller's xy0: start from "
                   "a copy, `xy = np.array(xy0, dtype=float)` or "
                   "`xy0.copy()`.")
    if path.shape != expected.shape:
        raise Hint(f"the path has shape {path.shape}, expected "
                   f"{expected.shape}: one row per point, the start "
                   "included (steps + 1 rows, 2 columns).")
    if len(path) > 1 and _close(path - path[-1], 0 * path) and not _close(
            expected - expected[-1], 0 * expected):
        raise Hint("every row of your path is the same point: appending "
                   "`xy` stores the same array each time, and the in-place "
                   "update changes all of them.  Append `xy.copy()`.")
    for k in range(len(path)):
        if not _close(path[k], expected[k]):
            raise Hint(f"row {k} of your path: {_differ(path[k], expected[k])}"
                       "; row 0 is the start and row k + 1 is one step "
                       "θ ← θ − lr·∇f(θ) from row k.")


def check_minibatches(minibatch_indices):
    """Check ``minibatch_indices(n, batch_size, rng)`` → list of arrays.

    One epoch: every index in 0..n−1 exactly once, in a shuffled order
    drawn from ``rng``, in batches of ``batch_size`` (the last one may be
    smaller); ``batch_size=None`` means one batch of all n.
    """
    if minibatch_indices is None:
        raise Hint(_undefined_hint("minibatch_indices"))
    n, bs = 23, 5
    try:
        with _time_limit(TIME_LIMIT):
            batches = [np.asarray(b) for b in minibatch_indices(
                n, bs, np.random.default_rng(0))]
            again = [np.asarray(b) for b in minibatch_indices(
                n, bs, np.random.default_rng(0))]
            other = [np.asarray(b) for b in minibatch_indices(
                n, bs, np.random.default_rng(1))]
            full = [np.asarray(b) for b in minibatch_indices(
                n, None, np.random.default_rng(0))]
    except _TimeUp:
        raise Hint(f"minibatch_indices did not return within {TIME_LIMIT} "
                   "s: a loop that never ends?") from None
    except Exception as exc:
        raise Hint(f"minibatch_indices raised {type(exc).__name__}: {exc} "
                   "(called with n=23, batch_size=5 or None, "
                   "rng=np.random.default_rng(0)).") from None
    sizes = [len(b) for b in batches]
    if sizes != [5, 5, 5, 5, 3]:
        raise Hint(f"with n=23 and batch_size=5 your batch sizes are "
                   f"{sizes}; expected [5, 5, 5, 5, 3] (the last batch "
                   "holds what is left).")
    every = np.concatenate(batches)
    if sorted(every.tolist()) != list(range(n)):
        raise Hint("one epoch must use every example exactly once: your "
                   "batches repeat or miss some indices (draw one "
                   "permutation, rng.permutation(n), and cut it).")
    if every.tolist() == list(range(n)):
        raise Hint("your batches are in the original order: shuffle once "
                   "per epoch with rng.permutation(n), so consecutive "
                   "batches are not correlated.")
    if not all(np.array_equal(a, b) for a, b in zip(batches, again)):
        raise Hint("the same rng seed gave different batches: draw the "
                   "order from the `rng` argument, not from np.random.")
    if all(np.array_equal(a, b) for a, b in zip(batches, other)):
        raise Hint("two different rngs gave the same batches: use the "
                   "`rng` argument to shuffle.")
    if len(full) != 1 or len(full[0]) != n:
        raise Hint("batch_size=None means full batch: one batch holding "
                   f"all {n} indices.")


# --- BEGIN INSTRUCTOR ONLY ---------------------------------------------------
# Everything from here to the END marker stays in the autograder: reference
# kernels, the catalogue of mistakes, hidden cases and `grade`.  The
# student's copy gets the numbers of the public cases instead (`_PUBLIC`).

import os  # noqa: E402
import sys  # noqa: E402


def _sgd_variant(sign_b=1.0, sign_theta=-1.0, keep_buffer=True, ema=False,
                 damp_first=False, nesterov_old=False, sign_first=None,
                 wd_decoupled=False):
    sign_first = sign_b if sign_first is None else sign_first

    def kernel(param, grad, buf, step, *, lr, momentum=0.0, dampening=0.0,
               nesterov=False, weight_decay=0.0):
        if wd_decoupled and weight_decay:
            param *= 1 - lr * weight_decay
            g = grad
        else:
            g = grad + weight_decay * param if weight_decay else grad
        if momentum != 0:
            old = buf.copy()
            tau = (1 - momentum) if ema else dampening
            if step == 1 and not damp_first:
                new = sign_first * g
            else:
                new = momentum * buf + sign_b * (1 - tau) * g
            if keep_buffer:
                buf[...] = new
            if nesterov:
                g = g + momentum * (old if nesterov_old else new)
            else:
                g = new
        param += sign_theta * lr * g
    return kernel


def _adagrad_variant(eps_inside=False, sqrt=True, accumulate=True,
                     decay_t=False, keep_sum=True, square=True):
    def kernel(param, grad, state_sum, step, *, lr, lr_decay=0.0,
               weight_decay=0.0, eps=1e-10):
        g = grad + weight_decay * param if weight_decay else grad
        t = step if decay_t else step - 1
        clr = lr / (1 + t * lr_decay)
        g2 = g * g if square else g
        s = state_sum + g2 if accumulate else g2
        if keep_sum:
            state_sum[...] = s
        if eps_inside:
            denom = np.sqrt(s + eps)
        else:
            denom = (np.sqrt(s) if sqrt else s) + eps
        param -= clr * g / denom
    return kernel


def _rmsprop_variant(eps_inside=False, swap_alpha=False, sqrt=True,
                     lr_in_buffer=False, center=True, keep_state=True,
                     square=True):
    def kernel(param, grad, square_avg, grad_avg, buf, step, *, lr,
               alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
               centered=False):
        g = grad + weight_decay * param if weight_decay else grad
        a = 1 - alpha if swap_alpha else alpha
        v = a * square_avg + (1 - a) * (g * g if square else g)
        if keep_state:
            square_avg[...] = v
        if centered:
            ga = alpha * grad_avg + (1 - alpha) * g
            if keep_state:
                grad_avg[...] = ga
            if center:
                v = v - ga * ga
        if eps_inside:
            denom = np.sqrt(v + eps)
        else:
            denom = (np.sqrt(v) if sqrt else v) + eps
        if momentum > 0:
            b = momentum * buf + (lr if lr_in_buffer else 1.0) * g / denom
            if keep_state:
                buf[...] = b
            param -= b if lr_in_buffer else lr * b
        else:
            param -= lr * g / denom
    return kernel


def _adam_variant(bias1=True, bias2=True, square=True, sqrt=True,
                  eps_inside=False, keep_state=True, swap_beta=False,
                  wd_decoupled=False, bias_t=0, bias_pow=False):
    def kernel(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *,
               lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
               amsgrad=False, decoupled_weight_decay=False):
        g = grad
        if weight_decay:
            if wd_decoupled or decoupled_weight_decay:
                param *= 1 - lr * weight_decay
            else:
                g = grad + weight_decay * param
        b1 = 1 - beta1 if swap_beta else beta1
        b2 = 1 - beta2 if swap_beta else beta2
        m = b1 * exp_avg + (1 - b1) * g
        v = b2 * exp_avg_sq + (1 - b2) * (g * g if square else g)
        if keep_state:
            exp_avg[...] = m
            exp_avg_sq[...] = v
        if amsgrad:
            np.maximum(max_exp_avg_sq, v, out=max_exp_avg_sq)
            v = max_exp_avg_sq.copy()
        t = step + bias_t
        if bias_pow:
            c1, c2 = (1 - beta1) ** t, (1 - beta2) ** t
        else:
            c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
        m_hat = m / c1 if bias1 else m
        v_hat = v / c2 if bias2 else v
        if eps_inside:
            denom = np.sqrt(v_hat + eps)
        else:
            denom = (np.sqrt(v_hat) if sqrt else v_hat) + eps
        param -= lr * m_hat / denom
    return kernel


# The reference kernels: the variants with every option right.  The test
# suite checks that they equal optlib.optim's kernels on every case.
REFERENCE = {
    "sgd_step": _sgd_variant(),
    "adagrad_step": _adagrad_variant(),
    "rmsprop_step": _rmsprop_variant(),
    "adam_step": _adam_variant(),
}

_SIGN = ("your velocity has the wrong sign: momentum should be "
         "v ← μv + g, θ ← θ − lr·v (the buffer adds the gradient, the "
         "step subtracts the buffer).  With your sign the parameter is "
         "pushed uphill as soon as the buffer matters.")
_NOT_SQUARED = ("{what} must be built from the *squared* gradient g² "
                "(you used g): with g alone it can be negative, and its "
                "square root is nan.")

MISTAKES = {
    "sgd_step": [
        (_sgd_variant(sign_theta=1.0),
         "your step goes uphill: gradient descent subtracts the gradient, "
         "θ ← θ − lr·g (you add it)."),
        (_sgd_variant(sign_b=-1.0), _SIGN),
        (_sgd_variant(sign_b=-1.0, sign_theta=1.0), _SIGN),
        (_sgd_variant(sign_b=-1.0, sign_first=1.0), _SIGN),
        (_sgd_variant(sign_b=-1.0, sign_first=1.0, sign_theta=1.0), _SIGN),
        (_sgd_variant(keep_buffer=False),
         _NOT_IN_PLACE
         + "  Without it every step forgets the velocity, which is plain "
           "gradient descent."),
        (_sgd_variant(ema=True),
         "your buffer averages the gradients, v ← μv + (1 − μ)g; the "
         "course's (and torch's) momentum sums them, v ← μv + g, unless "
         "`dampening` is given: then v ← μv + (1 − dampening)·g."),
        (_sgd_variant(damp_first=True),
         "at step 1 the buffer is the gradient itself, b₁ = g, with no "
         "(1 − dampening) factor; dampening applies from step 2 on."),
        (_sgd_variant(nesterov_old=True),
         "Nesterov's look-ahead uses the buffer after this step's update: "
         "g ← g + μ·b_t, where b_t = μb_{t−1} + g (you used b_{t−1})."),
        (_sgd_variant(wd_decoupled=True),
         "weight decay adds λθ to the gradient, g ← g + λθ, before the "
         "step; you shrank θ directly (θ ← (1 − lr·λ)θ), which is the same "
         "for plain SGD only when nothing else uses g."),
    ],
    "adagrad_step": [
        (_adagrad_variant(eps_inside=True),
         "ε goes outside the square root: θ ← θ − lr·g / (√s + ε).  "
         "ε inside the root (√(s + ε)) is Keras' form, not torch's."),
        (_adagrad_variant(sqrt=False),
         "the denominator is the square root of the sum of squares, "
         "√s + ε, not s + ε."),
        (_adagrad_variant(square=False),
         _NOT_SQUARED.replace("{what}", "state_sum (s ← s + g²)")),
        (_adagrad_variant(accumulate=False),
         "state_sum must accumulate every squared gradient, s ← s + g²; "
         "you replace it by the current g², which forgets the history."),
        (_adagrad_variant(keep_sum=False),
         _NOT_IN_PLACE),
        (_adagrad_variant(decay_t=True),
         "the decayed rate is lr / (1 + (t − 1)·lr_decay): at step 1 "
         "there is no decay yet (you used t instead of t − 1)."),
    ],
    "rmsprop_step": [
        (_rmsprop_variant(eps_inside=True),
         "ε goes outside the square root: θ ← θ − lr·g / (√v + ε)."),
        (_rmsprop_variant(swap_alpha=True),
         "α weighs the old average: v ← αv + (1 − α)g².  You swapped "
         "α and 1 − α, so v forgets almost everything at each step."),
        (_rmsprop_variant(sqrt=False),
         "the denominator is √v + ε (a root mean square), not v + ε."),
        (_rmsprop_variant(square=False),
         _NOT_SQUARED.replace("{what}", "square_avg (v ← αv + (1 − α)g²)")),
        (_rmsprop_variant(keep_state=False),
         _NOT_IN_PLACE),
        (_rmsprop_variant(lr_in_buffer=True),
         "torch's RMSProp momentum keeps lr out of the buffer: "
         "b ← μb + g/(√v + ε), θ ← θ − lr·b."),
        (_rmsprop_variant(center=False),
         "centered RMSProp divides by √(v − ḡ²) + ε, where ḡ is the "
         "running mean of g: you updated ḡ but did not subtract ḡ²."),
    ],
    "adam_step": [
        (_adam_variant(bias1=False, bias2=False), _BIAS_NONE + "."),
        (_adam_variant(bias_t=-1), _BIAS_T1 + "."),
        (_adam_variant(bias_pow=True), _BIAS_POW + "."),
        (_adam_variant(square=False),
         _NOT_SQUARED.replace("{what}", "v (v ← β₂v + (1 − β₂)g²)")),
        (_adam_variant(square=False, sqrt=False),
         "v must average the squared gradient and the step divides by its "
         "square root: v ← β₂v + (1 − β₂)g², θ ← θ − lr·m̂/(√v̂ + ε).  "
         "You used g and no root (the source article's error)."),
        (_adam_variant(sqrt=False),
         "the step divides by the square root, m̂/(√v̂ + ε); without the "
         "root the step is not scale invariant (multiply the loss by 10 "
         "and your step shrinks 10×)."),
        (_adam_variant(eps_inside=True),
         "ε goes outside the square root: m̂/(√v̂ + ε), not m̂/√(v̂ + ε)."),
        (_adam_variant(keep_state=False),
         _NOT_IN_PLACE),
        (_adam_variant(swap_beta=True),
         "β weighs the old average: m ← β₁m + (1 − β₁)g.  You swapped β "
         "and 1 − β."),
        (_adam_variant(wd_decoupled=True),
         "Adam's weight_decay is an L2 term added to the gradient, "
         "g ← g + λθ, before the moments; shrinking θ directly is AdamW's "
         "decoupled decay."),
    ],
}


def _compute_expected(part, case, inputs):
    name = PARTS[part][0]
    ref = _run(REFERENCE[name], name, case, inputs)
    mistakes = []
    for variant, text in MISTAKES[name]:
        try:
            theirs = _run(variant, name, case, inputs)
        except Hint:
            continue
        if not _same_history(theirs, ref, inputs[0]):
            mistakes.append((text, theirs))
    return ref, mistakes


def _descent_path(surface):
    xy = np.array(DESCENT["xy0"], dtype=float)
    path = [xy.copy()]
    for t in range(1, DESCENT["steps"] + 1):
        REFERENCE["sgd_step"](xy, surface.grad(xy), None, t,
                              lr=DESCENT["lr"])
        path.append(xy.copy())
    return np.array(path)


def _own_state_update(case, inputs, mine):
    """Adam's update from the student's own moments (late in training)."""
    hp = case["hp"]
    eps = hp.get("eps", 1e-8)
    p = inputs[0]
    for k, h in enumerate(mine):
        if not all(math.isfinite(x) for x in _flat(h["param"])):
            return (f"your step late in training (t = {case['step0'] + k}) "
                    "is nan or inf: is there a division by something that "
                    "goes to 0 as t grows?  A bias correction written "
                    f"(1 − β)ᵗ does: {_BIAS_POW}.")
        m, v = h["state"][0], h["state"][1]
        with np.errstate(all="ignore"):
            exp = p - hp["lr"] * m / (np.sqrt(v) + eps)
        if not _close(h["param"] - p, exp - p):
            ref = _run(REFERENCE["adam_step"], "adam_step", case, inputs)
            if _same_history(mine, ref, inputs[0], states=False):
                return None
            return (f"late in training (t = {case['step0'] + k}) the step "
                    "is θ ← θ − lr·m/(√v + ε) from the m and v your kernel "
                    f"stored: θ − θ_before {_differ(h['param'] - p, exp - p)}")
        p = h["param"]
    return None


def public_data():
    """The numbers the student's copy needs: public cases only."""
    hints, parts = [], {}

    def hint_id(text):
        if text not in hints:
            hints.append(text)
        return hints.index(text)

    def short(a):          # 10 digits: plenty for a tolerance of 1e-4
        return [float(f"{x:.10g}") for x in _flat(a)]

    def rows(history):
        return [[short(h["param"]), [short(s) for s in h["state"]]]
                for h in history]

    def shaped(history, shape):
        return [[np.reshape(r[0], shape).tolist(),
                 [np.reshape(s, shape).tolist() for s in r[1]]]
                for r in rows(history)]

    for part, (name, _, rule, public, _) in PARTS.items():
        parts[part] = []
        for case in public:
            inputs = _inputs(case)
            ref, mistakes = _compute_expected(part, case, inputs)
            shape = tuple(case["shape"])
            parts[part].append(dict(
                ref=shaped(ref, shape),
                mistakes=[[hint_id(t), shaped(h, shape)]
                          for t, h in mistakes]))
    return dict(hints=hints, parts=parts,
                descent=_descent_path(_Quadratic()).tolist())


def _foreign(filename):
    """Why code from `filename` is not the student's own, or None."""
    base = os.path.basename(filename or "")
    if base.startswith("kernel_checks"):
        return "the course's checker (kernel_checks)"
    parts = os.path.normpath(filename or "").split(os.sep)
    if "optlib" in parts:
        return "optlib (`optlib.optim` is the reference solution)"
    if "torch" in parts and "optim" in parts:
        return "torch.optim"
    return None


def _callees(kernel, call):
    """Run `call()` with a profiler; return the foreign code it entered."""
    seen = []

    def profiler(frame, event, arg):
        if event == "call" and _CURRENT.get("in_kernel"):
            why = _foreign(frame.f_code.co_filename)
            if why and why not in seen:
                seen.append(why)

    old = sys.getprofile()
    sys.setprofile(profiler)
    try:
        call()
    finally:
        removed = sys.getprofile() is not profiler
        sys.setprofile(old)
    if removed:
        seen.append("sys.setprofile (your kernel switched off the grader's "
                    "profiler)")
    return seen


def grade(part, kernel, seconds=TIME_LIMIT):
    """Grade one part: public and hidden cases; raise Hint if it fails.

    Called by the hidden tests, after the whole notebook has run, from the
    autograder's own copy of this file.  A kernel that is, or calls,
    optlib's optimizers or this checker scores 0, with a message; a part
    that does not finish within `seconds` scores 0 and says which call
    hung, and the other parts are graded separately.
    """
    name, what, rule, public, hidden = PARTS[part]
    if kernel is None:
        raise Hint(_undefined_hint(name))
    if not callable(kernel):
        raise Hint(f"`{name}` should be a function, got "
                   f"{type(kernel).__name__}.")
    code = getattr(kernel, "__code__", None)
    why = _foreign(getattr(code, "co_filename", ""))
    if why:
        raise Hint(f"{what}: your `{name}` is not your own code: it comes "
                   f"from {why}.  This part needs the update written by "
                   "you, so it scores 0.")
    failure = []
    _CURRENT["student"] = kernel

    def run():
        try:
            _check_kernel(part, kernel, public + hidden, grading=True)
        except Hint as exc:
            failure.append(exc)

    try:
        with _time_limit(seconds):
            seen = _callees(kernel, run)
    except _TimeUp:
        sys.setprofile(None)
        raise Hint(_timeout_hint(what, seconds)) from None
    if seen:
        raise Hint(f"{what}: your `{name}` calls {', '.join(seen)} "
                   "instead of computing the step itself.  This part needs "
                   "the update written by you, so it scores 0.")
    if failure:
        raise failure[0]
# --- END INSTRUCTOR ONLY -----------------------------------------------------
