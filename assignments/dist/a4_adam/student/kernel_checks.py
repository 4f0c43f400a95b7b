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


# The numbers the public cases expect (written by scripts/assignments.py generate
# from the reference; no implementation is shipped to students).
_PUBLIC = json.loads('{"hints": ["your step goes uphill: gradient descent subtracts the gradient, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7g (you add it).", "your velocity has the wrong sign: momentum should be v \\u2190 \\u03bcv + g, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7v (the buffer adds the gradient, the step subtracts the buffer).  With your sign the parameter is pushed uphill as soon as the buffer matters.", "{state} did not change after your call: `{state} = ...` only rebinds the local name to a new array, so the caller\'s array (the optimizer\'s state) keeps its old value.  Update it in place: `{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.  Without it every step forgets the velocity, which is plain gradient descent.", "your buffer averages the gradients, v \\u2190 \\u03bcv + (1 \\u2212 \\u03bc)g; the course\'s (and torch\'s) momentum sums them, v \\u2190 \\u03bcv + g, unless `dampening` is given: then v \\u2190 \\u03bcv + (1 \\u2212 dampening)\\u00b7g.", "at step 1 the buffer is the gradient itself, b\\u2081 = g, with no (1 \\u2212 dampening) factor; dampening applies from step 2 on.", "Nesterov\'s look-ahead uses the buffer after this step\'s update: g \\u2190 g + \\u03bc\\u00b7b_t, where b_t = \\u03bcb_{t\\u22121} + g (you used b_{t\\u22121}).", "the denominator is the square root of the sum of squares, \\u221as + \\u03b5, not s + \\u03b5.", "state_sum (s \\u2190 s + g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "state_sum must accumulate every squared gradient, s \\u2190 s + g\\u00b2; you replace it by the current g\\u00b2, which forgets the history.", "{state} did not change after your call: `{state} = ...` only rebinds the local name to a new array, so the caller\'s array (the optimizer\'s state) keeps its old value.  Update it in place: `{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.", "the decayed rate is lr / (1 + (t \\u2212 1)\\u00b7lr_decay): at step 1 there is no decay yet (you used t instead of t \\u2212 1).", "\\u03b1 weighs the old average: v \\u2190 \\u03b1v + (1 \\u2212 \\u03b1)g\\u00b2.  You swapped \\u03b1 and 1 \\u2212 \\u03b1, so v forgets almost everything at each step.", "the denominator is \\u221av + \\u03b5 (a root mean square), not v + \\u03b5.", "square_avg (v \\u2190 \\u03b1v + (1 \\u2212 \\u03b1)g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "torch\'s RMSProp momentum keeps lr out of the buffer: b \\u2190 \\u03bcb + g/(\\u221av + \\u03b5), \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7b.", "centered RMSProp divides by \\u221a(v \\u2212 \\u1e21\\u00b2) + \\u03b5, where \\u1e21 is the running mean of g: you updated \\u1e21 but did not subtract \\u1e21\\u00b2.", "your first steps are not bias-corrected: divide m and v by 1 \\u2212 \\u03b2\\u2081\\u1d57 and 1 \\u2212 \\u03b2\\u2082\\u1d57: m\\u0302 = m/(1 \\u2212 \\u03b2\\u2081\\u1d57), v\\u0302 = v/(1 \\u2212 \\u03b2\\u2082\\u1d57).", "a bias correction with t \\u2212 1 divides by 1 \\u2212 \\u03b2\\u2070 = 0 at t = 1.  Use t, the step number, which starts at 1: m\\u0302 = m/(1 \\u2212 \\u03b2\\u2081\\u1d57), v\\u0302 = v/(1 \\u2212 \\u03b2\\u2082\\u1d57).", "the correction is 1 \\u2212 \\u03b2\\u1d57 (only \\u03b2 is raised to the power t), not (1 \\u2212 \\u03b2)\\u1d57.", "v (v \\u2190 \\u03b2\\u2082v + (1 \\u2212 \\u03b2\\u2082)g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "v must average the squared gradient and the step divides by its square root: v \\u2190 \\u03b2\\u2082v + (1 \\u2212 \\u03b2\\u2082)g\\u00b2, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7m\\u0302/(\\u221av\\u0302 + \\u03b5).  You used g and no root (the source article\'s error).", "the step divides by the square root, m\\u0302/(\\u221av\\u0302 + \\u03b5); without the root the step is not scale invariant (multiply the loss by 10 and your step shrinks 10\\u00d7).", "\\u03b2 weighs the old average: m \\u2190 \\u03b2\\u2081m + (1 \\u2212 \\u03b2\\u2081)g.  You swapped \\u03b2 and 1 \\u2212 \\u03b2.", "Adam\'s weight_decay is an L2 term added to the gradient, g \\u2190 g + \\u03bb\\u03b8, before the moments; shrinking \\u03b8 directly is AdamW\'s decoupled decay."], "parts": {"gd_step": [{"ref": [[[0.2874723816, 0.7851609039, 0.3010238265, -1.305999456, 0.850684568, 0.5200199811, -0.5206622406], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3356843129, 0.7252762826, 0.2970516158, -1.276753781, 0.9288754142, 0.5457392051, -0.5214764586], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3632446034, 0.5958699012, 0.1963791842, -1.005637533, 1.117776739, 0.5632164143, -0.4792574175], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[0, [[[0.4036960025, 0.8580753831, 0.3598503258, -1.300315007, 0.9600271653, 0.3727291637, -0.5532442302], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712, 0.9179600044, 0.3638225366, -1.329560683, 0.8818363191, 0.3470099396, -0.5524300121], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237807, 1.047366386, 0.4644949681, -1.60067693, 0.6929349945, 0.3295327304, -0.5946490533], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[0.4036960025, 0.8580753831, 0.3598503258, -1.300315007, 0.9600271653, 0.3727291637, -0.5532442302], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712, 0.9179600044, 0.3638225366, -1.329560683, 0.8818363191, 0.3470099396, -0.5524300121], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237807, 1.047366386, 0.4644949681, -1.60067693, 0.6929349945, 0.3295327304, -0.5946490533], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[0.4036960025, 0.8580753831, 0.3598503258, -1.300315007, 0.9600271653, 0.3727291637, -0.5532442302], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712, 0.9179600044, 0.3638225366, -1.329560683, 0.8818363191, 0.3470099396, -0.5524300121], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237807, 1.047366386, 0.4644949681, -1.60067693, 0.6929349945, 0.3295327304, -0.5946490533], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "gd_weight_decay": [{"ref": [[[1.962066403, -2.341360472, 0.06489395273, -0.5619597871, -0.3947537481, -0.1766885631, -1.852182188], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.969478138, -2.185212351, 0.01345471624, -0.5100064371, -0.470791931, -0.1478739221, -1.761999035], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.716422146, -2.130462286, 0.06330485399, -0.4662222178, -0.5013048476, -0.3339890294, -1.646937051], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[0, [[[2.11977184, -2.769969591, 0.7713037407, -0.5735794251, -0.5105448362, -0.2545057631, -2.18779007], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.120245377, -2.947548168, 0.8580634666, -0.626113757, -0.4402962077, -0.2872112641, -2.294753617], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.380839731, -3.040415024, 0.8504437664, -0.6757033423, -0.4082585049, -0.1080630239, -2.436453331], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[2.11977184, -2.769969591, 0.7713037407, -0.5735794251, -0.5105448362, -0.2545057631, -2.18779007], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.120245377, -2.947548168, 0.8580634666, -0.626113757, -0.4402962077, -0.2872112641, -2.294753617], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.380839731, -3.040415024, 0.8504437664, -0.6757033423, -0.4082585049, -0.1080630239, -2.436453331], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[2.11977184, -2.769969591, 0.7713037407, -0.5735794251, -0.5105448362, -0.2545057631, -2.18779007], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.120245377, -2.947548168, 0.8580634666, -0.626113757, -0.4402962077, -0.2872112641, -2.294753617], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.380839731, -3.040415024, 0.8504437664, -0.6757033423, -0.4082585049, -0.1080630239, -2.436453331], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "momentum": [{"ref": [[[-0.7234533897, -1.399233573, -0.4118399264, 0.3931683605, 1.259379399, 0.2055329199, -0.7126492294], [[-0.7847803553, 0.7487457707, 1.634783043, 0.2727687758, -1.233328664, -0.9582652054, 1.600019089]]], [[-0.6731114018, -1.293407208, -0.550600781, 0.484941768, 1.433307788, 0.3405773707, -0.7853196103], [[-0.5034198793, -1.058263649, 1.387608546, -0.9177340752, -1.739283892, -1.350444508, 0.7267038085]]], [[-0.6831414597, -1.191854882, -0.6165424243, 0.5265740521, 1.506857808, 0.6264197136, -0.8250499404], [[0.100300579, -1.015523256, 0.6594164332, -0.4163228411, -0.7355001955, -2.858423429, 0.3973033013]]], [[-0.5940937762, -1.083142267, -0.5469480286, 0.5619740684, 1.576841399, 0.9141115972, -0.756014587], [[-0.890476835, -1.087126155, -0.6959439568, -0.354000163, -0.699835917, -2.876918837, -0.690353534]]], [[-0.474331828, -0.8761680226, -0.3487921979, 0.5713555098, 1.750761626, 1.056004682, -0.7655415345], [[-1.197619482, -2.069742441, -1.981558307, -0.0938144142, -1.739202263, -1.418930852, 0.09526947528]]]], "mistakes": [[0, [[[-0.8804094608, -1.249484419, -0.0848833178, 0.4477221156, 1.012713666, 0.01387987878, -0.3926454116], [[-0.7847803553, 0.7487457707, 1.634783043, 0.2727687758, -1.233328664, -0.9582652054, 1.600019089]]], [[-0.9307514487, -1.355310783, 0.05387753679, 0.3559487081, 0.8387852769, -0.121164572, -0.3199750308], [[-0.5034198793, -1.058263649, 1.387608546, -0.9177340752, -1.739283892, -1.350444508, 0.7267038085]]], [[-0.9207213908, -1.456863109, 0.1198191801, 0.314316424, 0.7652352574, -0.4070069149, -0.2802447007], [[0.100300579, -1.015523256, 0.6594164332, -0.4163228411, -0.7355001955, -2.858423429, 0.3973033013]]], [[-1.009769074, -1.565575725, 0.05022478442, 0.2789164077, 0.6952516657, -0.6946987986, -0.3492800541], [[-0.890476835, -1.087126155, -0.6959439568, -0.354000163, -0.699835917, -2.876918837, -0.690353534]]], [[-1.129531023, -1.772549969, -0.1479310463, 0.2695349663, 0.5213314394, -0.8365918838, -0.3397531065], [[-1.197619482, -2.069742441, -1.981558307, -0.0938144142, -1.739202263, -1.418930852, 0.09526947528]]]]], [1, [[[-0.8804094608, -1.249484419, -0.0848833178, 0.4477221156, 1.012713666, 0.01387987878, -0.3926454116], [[0.7847803553, -0.7487457707, -1.634783043, -0.2727687758, 1.233328664, 0.9582652054, -1.600019089]]], [[-0.9307514487, -1.355310783, 0.05387753679, 0.3559487081, 0.8387852769, -0.121164572, -0.3199750308], [[0.5034198793, 1.058263649, -1.387608546, 0.9177340752, 1.739283892, 1.350444508, -0.7267038085]]], [[-0.9207213908, -1.456863109, 0.1198191801, 0.314316424, 0.7652352574, -0.4070069149, -0.2802447007], [[-0.100300579, 1.015523256, -0.6594164332, 0.4163228411, 0.7355001955, 2.858423429, -0.3973033013]]], [[-1.009769074, -1.565575725, 0.05022478442, 0.2789164077, 0.6952516657, -0.6946987986, -0.3492800541], [[0.890476835, 1.087126155, 0.6959439568, 0.354000163, 0.699835917, 2.876918837, 0.690353534]]], [[-1.129531023, -1.772549969, -0.1479310463, 0.2695349663, 0.5213314394, -0.8365918838, -0.3397531065], [[1.197619482, 2.069742441, 1.981558307, 0.0938144142, 1.739202263, 1.418930852, -0.09526947528]]]]], [1, [[[-0.7234533897, -1.399233573, -0.4118399264, 0.3931683605, 1.259379399, 0.2055329199, -0.7126492294], [[0.7847803553, -0.7487457707, -1.634783043, -0.2727687758, 1.233328664, 0.9582652054, -1.600019089]]], [[-0.6731114018, -1.293407208, -0.550600781, 0.484941768, 1.433307788, 0.3405773707, -0.7853196103], [[0.5034198793, 1.058263649, -1.387608546, 0.9177340752, 1.739283892, 1.350444508, -0.7267038085]]], [[-0.6831414597, -1.191854882, -0.6165424243, 0.5265740521, 1.506857808, 0.6264197136, -0.8250499404], [[-0.100300579, 1.015523256, -0.6594164332, 0.4163228411, 0.7355001955, 2.858423429, -0.3973033013]]], [[-0.5940937762, -1.083142267, -0.5469480286, 0.5619740684, 1.576841399, 0.9141115972, -0.756014587], [[0.890476835, 1.087126155, 0.6959439568, 0.354000163, 0.699835917, 2.876918837, 0.690353534]]], [[-0.474331828, -0.8761680226, -0.3487921979, 0.5713555098, 1.750761626, 1.056004682, -0.7655415345], [[1.197619482, 2.069742441, 1.981558307, 0.0938144142, 1.739202263, 1.418930852, -0.09526947528]]]]], [1, [[[-0.7234533897, -1.399233573, -0.4118399264, 0.3931683605, 1.259379399, 0.2055329199, -0.7126492294], [[-0.7847803553, 0.7487457707, 1.634783043, 0.2727687758, -1.233328664, -0.9582652054, 1.600019089]]], [[-0.6325349137, -1.639834176, -0.5673400195, 0.2522965733, 1.307450169, 0.242976206, -0.9279822846], [[-0.9091847603, 2.406006036, 1.555000931, 1.408717872, -0.4807077036, -0.3744328616, 2.153330552]]], [[-0.4953704382, -1.862683317, -0.7662332292, 0.1664757475, 1.433699393, 0.1123728264, -1.147455047], [[-1.371644755, 2.228491404, 1.988932096, 0.858208258, -1.26249224, 1.306033796, 2.194727623]]], [[-0.4699971459, -2.080563066, -1.074178993, 0.0913060437, 1.543535121, -0.0356039903, -1.449773183], [[-0.2537329231, 2.178797489, 3.079457633, 0.7516970381, -1.098357275, 1.479768167, 3.023181366]]], [[-0.4867802159, -2.38578773, -1.486851054, 0.04613188351, 1.531452282, -0.05175351524, -1.650200741], [[0.1678306997, 3.052246642, 4.126720616, 0.4517416019, 0.1208283902, 0.1614952494, 2.004275573]]]]], [1, [[[-0.8804094608, -1.249484419, -0.0848833178, 0.4477221156, 1.012713666, 0.01387987878, -0.3926454116], [[-0.7847803553, 0.7487457707, 1.634783043, 0.2727687758, -1.233328664, -0.9582652054, 1.600019089]]], [[-0.9713279368, -1.008883815, 0.07061677535, 0.5885939028, 0.9646428957, -0.02356340738, -0.1773123565], [[-0.9091847603, 2.406006036, 1.555000931, 1.408717872, -0.4807077036, -0.3744328616, 2.153330552]]], [[-1.108492412, -0.7860346745, 0.269509985, 0.6744147286, 0.8383936717, 0.1070399722, 0.04216040583], [[-1.371644755, 2.228491404, 1.988932096, 0.858208258, -1.26249224, 1.306033796, 2.194727623]]], [[-1.133865705, -0.5681549256, 0.5774557483, 0.7495844324, 0.7285579442, 0.2550167889, 0.3444785424], [[-0.2537329231, 2.178797489, 3.079457633, 0.7516970381, -1.098357275, 1.479768167, 3.023181366]]], [[-1.117082635, -0.2629302615, 0.99012781, 0.7947585926, 0.7406407832, 0.2711663139, 0.5449060997], [[0.1678306997, 3.052246642, 4.126720616, 0.4517416019, 0.1208283902, 0.1614952494, 2.004275573]]]]], [2, [[[-0.7234533897, -1.399233573, -0.4118399264, 0.3931683605, 1.259379399, 0.2055329199, -0.7126492294], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7437416338, -1.226020088, -0.4034703071, 0.5094909578, 1.322308208, 0.2543335022, -0.6413178923], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7990794808, -1.219711491, -0.3445271813, 0.4685271752, 1.239322678, 0.4186358393, -0.6156448796], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7010047452, -1.202395969, -0.2155853066, 0.4664581358, 1.243111252, 0.4490696144, -0.5108522291], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6613857122, -1.093263079, -0.08006443201, 0.4439795625, 1.354046245, 0.3320400043, -0.5825109947], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-0.7234533897, -1.399233573, -0.4118399264, 0.3931683605, 1.259379399, 0.2055329199, -0.7126492294], [[-0.7847803553, 0.7487457707, 1.634783043, 0.2727687758, -1.233328664, -0.9582652054, 1.600019089]]], [[-0.6710825774, -1.310728556, -0.5514377429, 0.4733095083, 1.427014907, 0.3356973124, -0.792452744], [[-0.5237081234, -0.8850501645, 1.395978165, -0.8014114778, -1.676355082, -1.301643926, 0.7980351456]]], [[-0.6737529086, -1.225396304, -0.6240269645, 0.5085691369, 1.503199887, 0.6007173692, -0.8411701957], [[0.0267033123, -0.8533225228, 0.7258922164, -0.3525962862, -0.7618497977, -2.650200568, 0.4871745173]]], [[-0.5878889447, -1.133013307, -0.5733095768, 0.5384406672, 1.575176085, 0.8666258179, -0.7907025168], [[-0.8586396394, -0.9238299729, -0.5071738773, -0.2987153029, -0.7197619849, -2.659084487, -0.504676789]]], [[-0.4749542474, -0.951649008, -0.4056951407, 0.5450943285, 1.739796158, 1.000616773, -0.8097744949], [[-1.129346973, -1.813642987, -1.676144361, -0.0665366134, -1.64620073, -1.339909547, 0.1907197802]]]]]]}], "dampening": [{"ref": [[[-0.1327913712, 0.3479661894, -0.2120903654, -0.9395760438, -0.490359486, -1.00218798, 0.1531904071], [[1.340215246, -0.4922065186, -0.6204748998, 0.4898420502, 0.3568870082, 0.105414249, -0.9304680447]]], [[-0.2519481522, 0.3574996163, -0.08903689703, -0.9607810402, -0.4274181797, -0.9471983753, 0.329019283], [[1.19156781, -0.09533426947, -1.230534683, 0.2120499646, -0.6294130626, -0.5498960458, -1.758288759]]], [[-0.3474346985, 0.4294520246, 0.00814800654, -0.9877030914, -0.3614244569, -0.7718697457, 0.5141999161], [[0.9548654633, -0.7195240832, -0.9718490357, 0.2692205115, -0.6599372286, -1.753286297, -1.851806331]]], [[-0.4309475429, 0.4885437428, 0.172121208, -0.9880452736, -0.2531041524, -0.573632117, 0.6278175547], [[0.8351284442, -0.5909171819, -1.639732015, 0.003421822328, -1.083203045, -1.982376287, -1.136176386]]]], "mistakes": [[0, [[[0.1352516779, 0.2495248857, -0.3361853453, -0.8416076337, -0.4189820844, -0.9811051301, -0.03290320187], [[1.340215246, -0.4922065186, -0.6204748998, 0.4898420502, 0.3568870082, 0.105414249, -0.9304680447]]], [[0.2544084589, 0.2399914587, -0.4592388137, -0.8204026373, -0.4819233906, -1.036094735, -0.2087320778], [[1.19156781, -0.09533426947, -1.230534683, 0.2120499646, -0.6294130626, -0.5498960458, -1.758288759]]], [[0.3498950052, 0.1680390504, -0.5564237173, -0.7934805861, -0.5479171135, -1.211423364, -0.3939127109], [[0.9548654633, -0.7195240832, -0.9718490357, 0.2692205115, -0.6599372286, -1.753286297, -1.851806331]]], [[0.4334078496, 0.1089473322, -0.7203969188, -0.7931384039, -0.656237418, -1.409660993, -0.5075303495], [[0.8351284442, -0.5909171819, -1.639732015, 0.003421822328, -1.083203045, -1.982376287, -1.136176386]]]]], [1, [[[0.1352516779, 0.2495248857, -0.3361853453, -0.8416076337, -0.4189820844, -0.9811051301, -0.03290320187], [[-1.340215246, 0.4922065186, 0.6204748998, -0.4898420502, -0.3568870082, -0.105414249, 0.9304680447]]], [[0.2544084589, 0.2399914587, -0.4592388137, -0.8204026373, -0.4819233906, -1.036094735, -0.2087320778], [[-1.19156781, 0.09533426947, 1.230534683, -0.2120499646, 0.6294130626, 0.5498960458, 1.758288759]]], [[0.3498950052, 0.1680390504, -0.5564237173, -0.7934805861, -0.5479171135, -1.211423364, -0.3939127109], [[-0.9548654633, 0.7195240832, 0.9718490357, -0.2692205115, 0.6599372286, 1.753286297, 1.851806331]]], [[0.4334078496, 0.1089473322, -0.7203969188, -0.7931384039, -0.656237418, -1.409660993, -0.5075303495], [[-0.8351284442, 0.5909171819, 1.639732015, -0.003421822328, 1.083203045, 1.982376287, 1.136176386]]]]], [1, [[[-0.1327913712, 0.3479661894, -0.2120903654, -0.9395760438, -0.490359486, -1.00218798, 0.1531904071], [[-1.340215246, 0.4922065186, 0.6204748998, -0.4898420502, -0.3568870082, -0.105414249, 0.9304680447]]], [[-0.2519481522, 0.3574996163, -0.08903689703, -0.9607810402, -0.4274181797, -0.9471983753, 0.329019283], [[-1.19156781, 0.09533426947, 1.230534683, -0.2120499646, 0.6294130626, 0.5498960458, 1.758288759]]], [[-0.3474346985, 0.4294520246, 0.00814800654, -0.9877030914, -0.3614244569, -0.7718697457, 0.5141999161], [[-0.9548654633, 0.7195240832, 0.9718490357, -0.2692205115, 0.6599372286, 1.753286297, 1.851806331]]], [[-0.4309475429, 0.4885437428, 0.172121208, -0.9880452736, -0.2531041524, -0.573632117, 0.6278175547], [[-0.8351284442, 0.5909171819, 1.639732015, -0.003421822328, 1.083203045, 1.982376287, 1.136176386]]]]], [1, [[[-0.1327913712, 0.3479661894, -0.2120903654, -0.9395760438, -0.490359486, -1.00218798, 0.1531904071], [[1.340215246, -0.4922065186, -0.6204748998, 0.4898420502, 0.3568870082, 0.105414249, -0.9304680447]]], [[-0.2548733344, 0.4270299358, -0.2234583518, -1.006542616, -0.6175404537, -1.076152149, 0.1448457792], [[1.220819632, -0.7906374639, 0.1136798638, 0.6696657257, 1.271809677, 0.739641694, 0.08344627866]]], [[-0.3765016579, 0.4348149834, -0.2201263216, -1.058974977, -0.7413498719, -1.268557887, 0.1104009693], [[1.216283235, -0.07785047681, -0.03332030199, 0.5243236098, 1.238094182, 1.92405738, 0.3444480987]]], [[-0.4883921963, 0.4474869757, -0.2936342827, -1.130051766, -0.9017043022, -1.482164913, 0.1324455716], [[1.118905384, -0.1267199221, 0.735079611, 0.7107678868, 1.603544303, 2.136070262, -0.2204460228]]]]], [1, [[[0.1352516779, 0.2495248857, -0.3361853453, -0.8416076337, -0.4189820844, -0.9811051301, -0.03290320187], [[1.340215246, -0.4922065186, -0.6204748998, 0.4898420502, 0.3568870082, 0.105414249, -0.9304680447]]], [[0.2573336411, 0.1704611393, -0.324817359, -0.7746410612, -0.2918011166, -0.9071409607, -0.02455857401], [[1.220819632, -0.7906374639, 0.1136798638, 0.6696657257, 1.271809677, 0.739641694, 0.08344627866]]], [[0.3789619646, 0.1626760916, -0.3281493892, -0.7222087002, -0.1679916984, -0.7147352227, 0.009886235864], [[1.216283235, -0.07785047681, -0.03332030199, 0.5243236098, 1.238094182, 1.92405738, 0.3444480987]]], [[0.490852503, 0.1500040994, -0.2546414281, -0.6511319115, -0.00763726818, -0.5011281965, -0.01215836642], [[1.118905384, -0.1267199221, 0.735079611, 0.7107678868, 1.603544303, 2.136070262, -0.2204460228]]]]], [2, [[[-0.1327913712, 0.3479661894, -0.2120903654, -0.9395760438, -0.490359486, -1.00218798, 0.1531904071], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.1313287801, 0.3132010296, -0.144879638, -0.9166952557, -0.395298349, -0.9377110929, 0.245277159], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.1195742235, 0.3765733537, -0.158442856, -0.9245328101, -0.3859518018, -0.8118731074, 0.2722118038], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.1171491763, 0.3709079044, -0.08193606768, -0.9006451463, -0.3370258479, -0.7714312454, 0.2191668726], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-0.1327913712, 0.3479661894, -0.2120903654, -0.9395760438, -0.490359486, -1.00218798, 0.1531904071], [[1.340215246, -0.4922065186, -0.6204748998, 0.4898420502, 0.3568870082, 0.105414249, -0.9304680447]]], [[-0.2507780793, 0.3296874885, -0.03526831514, -0.9424764098, -0.3513692701, -0.8956168657, 0.4026886845], [[1.179867081, 0.1827870083, -1.768220502, 0.02900366023, -1.389902158, -1.065711142, -2.494982774]]], [[-0.3358079147, 0.4273068411, 0.09945773778, -0.959194337, -0.2094542909, -0.573194489, 0.6757194948], [[0.8502983547, -0.9761935258, -1.347260529, 0.1671792722, -1.419149793, -3.224223767, -2.730308103]]], [[-0.4079696816, 0.5049664497, 0.3584234043, -0.9312426767, 0.006335907516, -0.2102189984, 0.825966348], [[0.7216176684, -0.7765960858, -2.589656665, -0.2795166035, -2.157901984, -3.629754906, -1.502468532]]]]], [4, [[[-0.06578060892, 0.3233558634, -0.2431141104, -0.9150839413, -0.4725151356, -0.9969172674, 0.1066670048], [[0.6701076228, -0.2461032593, -0.3102374499, 0.2449210251, 0.1784435041, 0.0527071245, -0.4652340224]]], [[-0.1246277038, 0.310739997, -0.1479820125, -0.9142460455, -0.393513914, -0.9371840217, 0.2406248187], [[0.5884709493, 0.1261586639, -0.9513209786, -0.008378957937, -0.7900122162, -0.5973324578, -1.339578139]]], [[-0.1658355327, 0.3627580414, -0.07592634239, -0.9213294936, -0.3130662673, -0.7575861149, 0.388121496], [[0.4120782888, -0.5201804432, -0.7205567013, 0.07083448117, -0.8044764669, -1.795979067, -1.474966773]]], [[-0.2004975314, 0.403908832, 0.06543054901, -0.9038169331, -0.1917374313, -0.5555061369, 0.4678235744], [[0.3466199872, -0.4115079059, -1.413568914, -0.175125605, -1.213288359, -2.02079978, -0.797020784]]]]]]}], "nesterov": [{"ref": [[[-1.908050434, -1.518443768, -1.625635772, -0.4974364528, -2.302505922, -0.352258054, -1.243270648], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.856249087, -1.711915112, -1.730300661, -0.8332047098, -2.139200456, -0.3646075113, -1.434058954], [[0.150645633, 1.47151366, 1.210358579, 2.130739827, -0.884621821, 0.4722679805, 1.717271634]]], [[-1.917492334, -1.519612606, -1.8967692, -0.9832800729, -2.021993997, -0.3733539019, -1.61476258], [[0.3936913367, -0.3150856688, 1.449477953, 1.799168145, -1.035907488, 0.2697395204, 1.764516176]]], [[-1.604266157, -1.789059315, -1.850502997, -0.7031527995, -1.922510337, -0.6721240824, -1.659154206], [[-1.462073458, 1.268889466, 0.4430884843, -0.6221165277, -1.014291233, 1.700245986, 1.069463587]]]], "mistakes": [[0, [[[-1.568482363, -1.154841818, -1.096577645, -0.2057978098, -2.322657238, -0.02553633819, -0.6711878084], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.62028371, -0.9613704741, -0.9919127557, 0.1299704472, -2.485962704, -0.0131868809, -0.480399502], [[0.150645633, 1.47151366, 1.210358579, 2.130739827, -0.884621821, 0.4722679805, 1.717271634]]], [[-1.559040463, -1.153672981, -0.8254442167, 0.2800458103, -2.603169162, -0.004440490259, -0.2996958757], [[0.3936913367, -0.3150856688, 1.449477953, 1.799168145, -1.035907488, 0.2697395204, 1.764516176]]], [[-1.87226664, -0.8842262718, -0.8717104205, -8.146301938e-05, -2.702652823, 0.2943296902, -0.25530425], [[-1.462073458, 1.268889466, 0.4430884843, -0.6221165277, -1.014291233, 1.700245986, 1.069463587]]]]], [1, [[[-1.7472024, -1.346211266, -1.375029291, -0.3592918324, -2.312051282, -0.197495136, -0.9722840397], [[-0.8936001849, -0.9568472376, -1.392258229, -0.7674701131, 0.05302977876, -0.8597939889, -1.505481156]]], [[-1.66828484, -1.274810151, -1.261829636, -0.3115269205, -2.307977744, -0.1248363568, -0.8539634519], [[-0.150645633, -1.47151366, -1.210358579, -2.130739827, 0.884621821, -0.4722679805, -1.717271634]]], [[-1.658663646, -1.139223065, -1.167392143, -0.1377520175, -2.377234633, -0.08502963373, -0.7170541666], [[-0.3936913367, 0.3150856688, -1.449477953, -1.799168145, 1.035907488, -0.2697395204, -1.764516176]]], [[-1.608610692, -1.18026967, -1.041370013, 0.03039428082, -2.460323394, -0.07775553675, -0.5689423467], [[1.462073458, -1.268889466, -0.4430884843, 0.6221165277, 1.014291233, -1.700245986, -1.069463587]]]]], [1, [[[-1.729330397, -1.327074321, -1.347184126, -0.3439424301, -2.313111877, -0.1802992562, -0.9421744165], [[-0.8936001849, -0.9568472376, -1.392258229, -0.7674701131, 0.05302977876, -0.8597939889, -1.505481156]]], [[-1.808247957, -1.398475436, -1.460383781, -0.3917073421, -2.317185416, -0.2529580354, -1.060495004], [[-0.150645633, -1.47151366, -1.210358579, -2.130739827, 0.884621821, -0.4722679805, -1.717271634]]], [[-1.817869151, -1.534062522, -1.554821274, -0.5654822451, -2.247928527, -0.2927647584, -1.19740429], [[-0.3936913367, 0.3150856688, -1.449477953, -1.799168145, 1.035907488, -0.2697395204, -1.764516176]]], [[-1.867922105, -1.493015917, -1.680843405, -0.7336285434, -2.164839765, -0.3000388554, -1.345516109], [[1.462073458, -1.268889466, -0.4430884843, 0.6221165277, 1.014291233, -1.700245986, -1.069463587]]]]], [1, [[[-1.908050434, -1.518443768, -1.625635772, -0.4974364528, -2.302505922, -0.352258054, -1.243270648], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.973896103, -1.602051906, -1.73798195, -0.5740016992, -2.289841559, -0.418885901, -1.368838007], [[1.4578347, 0.250811368, 1.295706234, -0.7492936236, 0.7891682192, 1.0753612, 0.9925944476]]], [[-2.094561817, -1.605973147, -1.846535708, -0.5121239387, -2.351366707, -0.5044371415, -1.451427875], [[1.053940963, 1.865178194, 0.8059803783, -0.5558665618, 0.9499992465, 1.123126742, 0.6743632977]]], [[-2.161767078, -1.772577247, -1.903205702, -0.4446850686, -2.427496901, -0.6099852118, -1.500865292], [[2.764942528, 0.1261938063, 1.586824014, 1.741087953, 0.9369738157, -0.44666635, 1.125527939]]]]], [1, [[[-1.568482363, -1.154841818, -1.096577645, -0.2057978098, -2.322657238, -0.02553633819, -0.6711878084], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.502636694, -1.07123368, -0.9842314667, -0.1292325634, -2.3353216, 0.04109150882, -0.5456204488], [[1.4578347, 0.250811368, 1.295706234, -0.7492936236, 0.7891682192, 1.0753612, 0.9925944476]]], [[-1.38197098, -1.067312439, -0.8756777095, -0.1911103239, -2.273796453, 0.1266427494, -0.4630305815], [[1.053940963, 1.865178194, 0.8059803783, -0.5558665618, 0.9499992465, 1.123126742, 0.6743632977]]], [[-1.314765719, -0.9007083398, -0.8190077156, -0.258549194, -2.197666259, 0.2321908196, -0.4135931641], [[2.764942528, 0.1261938063, 1.586824014, 1.741087953, 0.9369738157, -0.44666635, 1.125527939]]]]], [2, [[[-1.908050434, -1.518443768, -1.625635772, -0.4974364528, -2.302505922, -0.352258054, -1.243270648], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.783867472, -1.634410486, -1.617527745, -0.7710396306, -2.143495868, -0.2949641982, -1.312114981], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.832908423, -1.322915373, -1.685957239, -0.7485250677, -2.097943777, -0.2654568824, -1.353719604], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.487793247, -1.617884021, -1.522283321, -0.3226651746, -2.082368623, -0.5423781617, -1.25518542], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-1.908050434, -1.518443768, -1.625635772, -0.4974364528, -2.302505922, -0.352258054, -1.243270648], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.862131438, -1.706421952, -1.730684726, -0.8202445592, -2.146732511, -0.3673214308, -1.430797907], [[0.2160050864, 1.410478545, 1.214625961, 1.986738155, -0.800932319, 0.5024226414, 1.681037775]]], [[-1.926345808, -1.523930633, -1.894257526, -0.9597222661, -2.038462632, -0.3799080639, -1.606595845], [[0.426703818, -0.2060724756, 1.417303074, 1.68141641, -0.9366121514, 0.3124088815, 1.710008532]]], [[-1.632141203, -1.788235211, -1.853138132, -0.690229413, -1.947759665, -0.6690171389, -1.651239761], [[-1.250722659, 1.211754683, 0.5002752608, -0.5039563037, -0.9167279807, 1.592900369, 1.072266805]]]]], [5, [[[-1.827626417, -1.432327517, -1.500332531, -0.4283641426, -2.307278602, -0.274876595, -1.107777344], [[0.8936001849, 0.9568472376, 1.392258229, 0.7674701131, -0.05302977876, 0.8597939889, 1.505481156]]], [[-1.84269098, -1.579478883, -1.621368389, -0.6414381253, -2.21881642, -0.322103393, -1.279504507], [[0.150645633, 1.47151366, 1.210358579, 2.130739827, -0.884621821, 0.4722679805, 1.717271634]]], [[-1.882060114, -1.547970316, -1.766316185, -0.8213549398, -2.115225671, -0.3490773451, -1.455956125], [[0.3936913367, -0.3150856688, 1.449477953, 1.799168145, -1.035907488, 0.2697395204, 1.764516176]]], [[-1.735852768, -1.674859263, -1.810625033, -0.759143287, -2.013796548, -0.5191019437, -1.562902483], [[-1.462073458, 1.268889466, 0.4430884843, -0.6221165277, -1.014291233, 1.700245986, 1.069463587]]]]]]}], "adagrad": [{"ref": [[[-1.203338449, -0.8250246402, -0.6818052573, 0.3669758564, -0.1485807295, 0.2264830515, 0.9430425706], [[0.7360551229, 0.2257994936, 0.203192329, 0.5699227501, 0.6639220295, 0.1182361632, 0.002639914038]]], [[-1.1283565, -0.7327887065, -0.737933589, 0.4595756173, -0.1273469257, 0.1486816769, 1.042906899], [[1.681371227, 1.512861456, 0.2966480102, 3.998660201, 0.6952699743, 0.2995636621, 0.9735655851]]], [[-1.063226211, -0.6801928853, -0.8144858406, 0.4660546309, -0.03601835795, 0.2098641409, 0.971241375], [[2.920038124, 2.091413417, 0.7165838779, 4.015516382, 4.190663787, 0.4787881309, 2.001552306]]], [[-1.113117093, -0.7201332765, -0.7874136975, 0.5337876104, -0.04427383959, 0.2345118462, 0.9658208914], [[3.887734003, 2.488366277, 0.7732558726, 7.419319528, 4.219420394, 0.5097563044, 2.007450525]]]], "mistakes": [[6, [[[-1.219897185, -0.9354695948, -0.5599619426, 0.3994380684, -0.1258533502, 0.4173034301, 2.789321545], [[0.7360551229, 0.2257994936, 0.203192329, 0.5699227501, 0.6639220295, 0.1182361632, 0.002639914038]]], [[-1.16207095, -0.8604800756, -0.6630151265, 0.4457457049, -0.1003879174, 0.2751547916, 2.890532559], [[1.681371227, 1.512861456, 0.2966480102, 3.998660201, 0.6952699743, 0.2995636621, 0.9735655851]]], [[-1.12395658, -0.824111081, -0.7534476088, 0.4489789468, -0.05577452608, 0.3635757616, 2.839877036], [[2.920038124, 2.091413417, 0.7165838779, 4.015516382, 4.190663787, 0.4787881309, 2.001552306]]], [[-1.149259632, -0.8494305831, -0.7226610589, 0.473845646, -0.05979350767, 0.3980977014, 2.836051294], [[3.887734003, 2.488366277, 0.7732558726, 7.419319528, 4.219420394, 0.5097563044, 2.007450525]]]]], [7, [[[-1.195963313, -0.7939582055, NaN, NaN, NaN, NaN, NaN], [[0.8579365495, 0.4751836419, -0.4507685981, -0.7549322818, -0.8148141073, -0.3438548578, -0.05138009379]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.1143371279, -0.659303891, -0.1450633787, -2.606617312, -0.9918676155, 0.08197080948, -1.0367357]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-1.227291259, -1.419929923, 0.5029612102, -2.736448668, -2.861464848, -0.3413783003, -0.02283890039]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.243575914, -0.7898879727, 0.264902405, -4.581388544, -2.691887119, -0.5173560646, 0.0539609641]]]]], [8, [[[-1.203338449, -0.8250246402, -0.6818052573, 0.3669758564, -0.1485807295, 0.2264830515, 0.9430425706], [[0.7360551229, 0.2257994936, 0.203192329, 0.5699227501, 0.6639220295, 0.1182361632, 0.002639914038]]], [[-1.103338449, -0.7250246402, -0.7818052573, 0.4669758564, -0.04858072951, 0.1264830515, 1.043042571], [[0.9453161037, 1.287061962, 0.09345568117, 3.428737451, 0.03134794476, 0.1813274989, 0.9709256711]]], [[-1.003338449, -0.6250246402, -0.8818052573, 0.5669758563, 0.05141927049, 0.2264830515, 0.9430425706], [[1.238666897, 0.5785519612, 0.4199358677, 0.01685618111, 3.495393813, 0.1792244688, 1.027986721]]], [[-1.103338449, -0.7250246402, -0.7818052573, 0.6669758563, -0.04858072945, 0.3264830514, 0.8430425707], [[0.967695879, 0.3969528597, 0.05667199469, 3.403803146, 0.0287566062, 0.03096817351, 0.005898219185]]]]], [9, [[[-1.203338449, -0.8250246402, -0.6818052573, 0.3669758564, -0.1485807295, 0.2264830515, 0.9430425706], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.103338449, -0.7250246402, -0.7818052573, 0.4669758564, -0.04858072951, 0.1264830515, 1.043042571], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.003338449, -0.6250246402, -0.8818052573, 0.5669758563, 0.05141927049, 0.2264830515, 0.9430425706], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.103338449, -0.7250246402, -0.7818052573, 0.6669758563, -0.04858072945, 0.3264830514, 0.8430425707], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adagrad_lr_decay": [{"ref": [[[0.09317322013, 1.146143292, 0.6415884213, 0.8239565412, 1.518776223, -1.105558143, -0.726955471], [[1.744151318, 0.01161060297, 0.9975288392, 0.0004817097117, 0.2458970403, 3.651036888, 0.02162786889]]], [[0.1309131875, 1.079599073, 0.5973237374, 0.7573076835, 1.526501905, -1.125919203, -0.7920164139], [[2.566697379, 3.163618079, 1.784030124, 0.9017461511, 0.249244237, 4.026637055, 0.4544473342]]], [[0.1414216517, 1.093064207, 0.6016043937, 0.7841880757, 1.564787194, -1.11892766, -0.7553199988], [[2.685310576, 3.410997021, 1.797202915, 1.268318287, 0.6024835802, 4.106938659, 0.9850397195]]], [[0.1244770967, 1.119218821, 0.5806667106, 0.8036114634, 1.587799217, -1.096741833, -0.7495671039], [[3.272568852, 5.958488606, 2.475457495, 1.659651695, 0.9005340154, 5.931726659, 1.005845508]]]], "mistakes": [[6, [[[0.06889275189, 1.974195929, 0.6414646338, 5.280203007, 1.417114558, -1.153223183, -1.306930766], [[1.744151318, 0.01161060297, 0.9975288392, 0.0004817097117, 0.2458970403, 3.651036888, 0.02162786889]]], [[0.09244943758, 1.936783293, 0.608324346, 5.210016996, 1.432589329, -1.163369985, -1.403442156], [[2.566697379, 3.163618079, 1.784030124, 0.9017461511, 0.249244237, 4.026637055, 0.4544473342]]], [[0.09886215329, 1.944074006, 0.6115174407, 5.233885295, 1.481913447, -1.159920026, -1.366468128], [[2.685310576, 3.410997021, 1.797202915, 1.268318287, 0.6024835802, 4.106938659, 0.9850397195]]], [[0.08949547139, 1.954788712, 0.5982098056, 5.248962349, 1.506163056, -1.150810724, -1.360731974], [[3.272568852, 5.958488606, 2.475457495, 1.659651695, 0.9005340154, 5.931726659, 1.005845508]]]]], [7, [[[NaN, NaN, 0.6416502577, NaN, 1.548357471, NaN, -0.6653044171], [[-1.320663212, -0.1077525079, 0.9987636553, -0.02194788627, 0.4958800665, -1.910768664, 0.1470641659]]], [[NaN, NaN, 0.5985944036, NaN, 1.554185207, NaN, -0.7141895176], [[-2.227606463, 1.667636879, 1.885612732, 0.927401597, 0.438025104, -1.29790639, 0.8049543279]]], [[NaN, NaN, 0.6029068059, NaN, NaN, NaN, -0.5825410144], [[-2.572009129, 1.170264844, 1.770839948, 0.3219495876, -0.1563143135, -1.581281766, 0.07653660075]]], [[NaN, NaN, 0.5824547148, NaN, NaN, NaN, NaN], [[-1.805681343, -0.42582149, 2.594402077, -0.3036168826, -0.7022542692, -2.932128907, -0.0677055181]]]]], [8, [[[0.09317322013, 1.146143292, 0.6415884213, 0.8239565412, 1.518776223, -1.105558143, -0.726955471], [[1.744151318, 0.01161060297, 0.9975288392, 0.0004817097117, 0.2458970403, 3.651036888, 0.02162786889]]], [[0.1598398868, 1.079476626, 0.5749217546, 0.7572898745, 1.58544289, -1.172224809, -0.7936221377], [[0.822546061, 3.152007476, 0.7865012844, 0.9012644414, 0.003347196686, 0.3756001672, 0.4328194653]]], [[0.2098398868, 1.129476626, 0.6249217546, 0.8072898745, 1.63544289, -1.122224809, -0.7436221377], [[0.1186131966, 0.2473789417, 0.01317279181, 0.3665721356, 0.3532393432, 0.0803016035, 0.5305923853]]], [[0.1698398868, 1.169476626, 0.5849217546, 0.8472898745, 1.67544289, -1.082224809, -0.7036221377], [[0.5872582755, 2.547491585, 0.6782545797, 0.3913334087, 0.2980504352, 1.824788001, 0.02080578885]]]]], [9, [[[0.09317322013, 1.146143292, 0.6415884213, 0.8239565412, 1.518776223, -1.105558143, -0.726955471], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.1598398868, 1.079476626, 0.5749217546, 0.7572898745, 1.58544289, -1.172224809, -0.7936221377], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.2098398868, 1.129476626, 0.6249217546, 0.8072898745, 1.63544289, -1.122224809, -0.7436221377], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.1698398868, 1.169476626, 0.5849217546, 0.8472898745, 1.67544289, -1.082224809, -0.7036221377], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [10, [[[0.0598398868, 1.112809959, 0.6749217546, 0.790623208, 1.552109557, -1.138891476, -0.6936221377], [[1.744151318, 0.01161060297, 0.9975288392, 0.0004817097117, 0.2458970403, 3.651036888, 0.02162786889]]], [[0.08814486235, 1.062901794, 0.6417232417, 0.7406365647, 1.557903818, -1.154162271, -0.7424178449], [[2.566697379, 3.163618079, 1.784030124, 0.9017461511, 0.249244237, 4.026637055, 0.4544473342]]], [[0.0965516337, 1.073673902, 0.6451477667, 0.7621408785, 1.588532049, -1.148569037, -0.7130607128], [[2.685310576, 3.410997021, 1.797202915, 1.268318287, 0.6024835802, 4.106938659, 0.9850397195]]], [[0.0824311712, 1.095469413, 0.6276996975, 0.7783270349, 1.607708735, -1.130080847, -0.7082666337], [[3.272568852, 5.958488606, 2.475457495, 1.659651695, 0.9005340154, 5.931726659, 1.005845508]]]]]]}], "rmsprop": [{"ref": [[[1.795133815, -3.046709136, 0.9264412004, 0.03801445337, 1.349872798, 0.4172520226, 1.795635852], [[0.0001007666245, 0.02664928394, 0.03369627439, 0.01867163396, 0.0127334327, 0.006115918037, 0.05175948894], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.763539907, -3.024253279, 0.9440016244, 0.06885344722, 1.318873687, 0.4391042141, 1.76746951], [[0.04969679188, 0.04838145792, 0.04384798523, 0.3432536218, 0.2934338613, 0.01053496605, 0.2254146327], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.746794985, -3.054197899, 0.9147291216, 0.06321838702, 1.297575047, 0.4691866396, 1.746529883], [[0.0621548649, 0.421442439, 0.2757338946, 0.3190596492, 0.4833565057, 0.09975494007, 0.3612851324], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.775020179, -3.05968649, 0.8970194292, 0.05908098532, 1.303057155, 0.4896695589, 1.752435772], [[0.2751047901, 0.3910793155, 0.3615566946, 0.2921548178, 0.4484998494, 0.1546721446, 0.3369078042], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[11, [[[1.816215638, -3.067790985, 0.94752305, 0.05909630238, 1.328790949, 0.3961701751, 1.816717702], [[0.0009068996206, 0.2398435554, 0.3032664695, 0.1680447057, 0.1146008943, 0.05504326233, 0.4658354005], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.805675783, -3.057782515, 0.9569541279, 0.06960721154, 1.318273744, 0.4061234244, 1.806326088], [[0.4465456073, 0.243558277, 0.1520186915, 2.954846831, 2.549224036, 0.05078008455, 1.656063374], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.796375879, -3.0682859, 0.9464506801, 0.06448843889, 1.308354074, 0.4166315622, 1.796348718], [[0.2015043305, 3.42544797, 2.14163824, 0.38666719, 2.228316679, 0.8175392441, 1.591314004], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.806863371, -3.073410687, 0.9368674192, 0.0567575156, 1.314612419, 0.426504124, 1.803009211], [[1.992639138, 0.4485748806, 1.234729529, 0.0836769203, 0.3441426156, 0.6657882114, 0.2648920658], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [12, [[[-1.323156359, -2.884619669, 0.7857942631, -0.1617868838, 1.59848795, 0.7899895049, 1.688261788], [[0.0001007666245, 0.02664928394, 0.03369627439, 0.01867163396, 0.0127334327, 0.006115918037, 0.05175948894], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.464878959, -2.782528052, 0.8696552748, -0.1091497018, 1.541261855, 1.00289068, 1.628936563], [[0.04969679188, 0.04838145792, 0.04384798523, 0.3432536218, 0.2934338613, 0.01053496605, 0.2254146327], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.532044341, -2.828654463, 0.8139091387, -0.1191258435, 1.51062684, 1.098136432, 1.594099312], [[0.0621548649, 0.421442439, 0.2757338946, 0.3190596492, 0.4833565057, 0.09975494007, 0.3612851324], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.478231262, -2.837431107, 0.7844565949, -0.1267804198, 1.51881274, 1.150218208, 1.604274202], [[0.2751047901, 0.3910793155, 0.3615566946, 0.2921548178, 0.4484998494, 0.1546721446, 0.3369078042], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [13, [[[1.821122401, NaN, 0.9339707216, 0.04885004844, NaN, NaN, 1.800436237], [[0.003174375915, -0.05162294445, 0.05804849213, 0.04321068613, -0.03568393574, -0.0247303822, 0.07194406782], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.795105863, NaN, 0.9635326513, NaN, NaN, NaN, 1.770419328], [[0.07328853771, -0.09585407303, 0.01547227052, -0.1417894214, 0.1358052046, -0.04468643182, 0.1984774041], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.782385478, NaN, 0.9259903204, NaN, NaN, NaN, 1.74761032], [[0.1077062433, 0.1081276117, 0.1676360411, -0.09578063536, 0.2703010261, -0.1352301408, 0.304491478], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, 0.904999538, NaN, NaN, NaN, 1.754611163], [[-0.05110674377, 0.1316384873, 0.2573600839, -0.06383935766, 0.2065571738, -0.2022631312, 0.2397623287], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[1.795133815, -3.046709136, 0.9264412004, 0.03801445337, 1.349872798, 0.4172520226, 1.795635852], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.76351104, -3.015086361, 0.9580639743, 0.06963722942, 1.318250022, 0.4488747947, 1.764013077], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.731888265, -3.046709137, 0.9264411984, 0.03801445596, 1.286627246, 0.4804975702, 1.732390301], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.763511041, -3.078331911, 0.8948184227, 0.006391683832, 1.31825002, 0.5121203456, 1.764013074], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "rmsprop_momentum": [{"ref": [[[-1.462495798, -0.9049249414, 0.3623155807, -0.5557094031, 0.5572389793, 0.7757008518, -1.47515416], [[0.1034418751, 0.03547973113, 0.4385191928, 0.05309875735, 0.02905096063, 0.004059732961, 0.004621550552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.162277562, -3.162277492, 3.162277612, 3.162277523, -3.162277475, 3.162277164, 3.162277195]]], [[-1.501176386, -0.905768706, 0.325662905, -0.6133641317, 0.5610812868, 0.7687741339, -1.472271143], [[0.103955906, 0.2260492382, 0.4230595481, 0.3235605857, 0.06636937989, 0.006812948941, 0.2365413352], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.868058734, 0.08437646365, 3.665267568, 5.765472852, -0.3842307528, 0.6926717857, -0.2883017125]]], [[-1.509110559, -0.9110222679, 0.2821197296, -0.6856746634, 0.5841962324, 0.7530642876, -1.454284537], [[0.3370887312, 0.2076381055, 0.4284987336, 0.4995176301, 0.09734633891, 0.006736532793, 0.2789805815], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.7934172897, 0.5253561901, 4.354317544, 7.231053178, -2.311494563, 1.570984628, -1.79866066]]], [[-1.508799594, -0.8886307578, 0.2317954099, -0.7405531188, 0.607448291, 0.7112453114, -1.444713904], [[0.3212164054, 0.7064630004, 0.4402376775, 0.5017817125, 0.08814016516, 0.02593066738, 0.2625806232], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.03109644127, -2.239151016, 5.032431967, 5.487845539, -2.325205855, 4.18189762, -0.9570632715]]]], "mistakes": [[11, [[[-1.441413948, -0.926006791, 0.3833974313, -0.5346275533, 0.5361571298, 0.7967826984, -1.454072313], [[0.9309768756, 0.3193175802, 3.946672735, 0.4778888162, 0.2614586457, 0.03653759665, 0.04159395497], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.054092542, -1.054092535, 1.054092548, 1.054092538, -1.054092533, 1.054092498, 1.054092502]]], [[-1.458444152, -0.9269658537, 0.3673024869, -0.5545552733, 0.5354642384, 0.7972184977, -1.453028687], [[0.1908216536, 1.77898908, 0.6501977446, 2.529734219, 0.3881575024, 0.03208646315, 2.095596853], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.703020357, 0.09590627201, 1.609494437, 1.992771998, 0.06928914125, -0.04357992875, -0.1043626797]]], [[-1.463275999, -0.9322389805, 0.3429931763, -0.5823847194, 0.544824698, 0.7892496457, -1.443024942], [[2.210837907, 0.2156430275, 0.4947260374, 2.127791349, 0.3773408233, 0.008652555029, 0.8044001032], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.4831846708, 0.5273126857, 2.430931066, 2.782944613, -0.9360459564, 0.7968852013, -1.000374457]]], [[-1.460788001, -0.9264680897, 0.3110676035, -0.5986858288, 0.5567757553, 0.771562165, -1.441928269], [[0.3816127169, 4.697862652, 0.5407719591, 0.6827217433, 0.04249022359, 0.1796753463, 0.183922909], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.2487997758, -0.5770890814, 3.192557282, 1.630110945, -1.195105734, 1.768748071, -0.1096672781]]]]], [12, [[[-1.529195263, -0.7686635581, 0.3461848041, -0.6613193694, 0.7111485358, 0.3110168568, -1.908694435], [[0.1034418751, 0.03547973113, 0.4385191928, 0.05309875735, 0.02905096063, 0.004059732961, 0.004621550552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [9.832224038, -16.78841583, 4.775355269, 13.72327415, -18.55323313, 49.63067666, 46.51630467]]], [[-1.649383149, -0.6792030789, 0.2906115948, -0.8361526866, 0.7825685041, 0.1252275343, -2.262895451], [[0.103955906, 0.2260492382, 0.4230595481, 0.3235605857, 0.06636937989, 0.006812948941, 0.2365413352], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [12.01878862, -8.946047914, 5.557320931, 17.48333171, -7.141996835, 18.57893225, 35.42010155]]], [[-1.711257622, -0.6085513589, 0.2244701379, -1.022396658, 0.9098484991, -0.1574336939, -2.552535328], [[0.3370887312, 0.2076381055, 0.4284987336, 0.4995176301, 0.09734633891, 0.006736532793, 0.2789805815], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [6.187447213, -7.065172002, 6.614145687, 18.62439718, -12.7279995, 28.26612282, 28.96398778]]], [[-1.753796708, -0.5126991605, 0.1481600188, -1.175615443, 1.032648182, -0.5837228695, -2.826124908], [[0.3212164054, 0.7064630004, 0.4402376775, 0.5017817125, 0.08814016516, 0.02593066738, 0.2625806232], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [4.253908641, -9.585219839, 7.631011909, 15.32187846, -12.27996832, 42.62891756, 27.35895797]]]]], [13, [[[-1.462764459, NaN, 0.3481771845, -0.5510808659, NaN, 0.7931289849, -1.458193513], [[0.1017063789, -0.05956486475, 0.2094084986, 0.07286889415, -0.05389894306, 0.02014877902, 0.02149779187], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.189143655, NaN, 4.576117234, 2.699423804, NaN, 1.419463849, 1.466212431]]], [[-1.500806095, NaN, 0.2961549814, -0.6098791416, NaN, 0.8740585109, NaN], [[0.1244875519, 0.08571767104, 0.2417520504, 0.2316457588, 0.01491296266, 0.0003597927714, -0.1330927757], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.804163559, NaN, 5.202220303, 5.879827564, NaN, -8.092952597, NaN]]], [[NaN, NaN, 0.2364296456, -0.6870964985, NaN, 0.9382541797, NaN], [[-0.04401517333, 0.09762465161, 0.2866747037, 0.352811742, -0.04790850319, 0.008101208598, -0.2010813332], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [NaN, NaN, 5.972533586, 7.72173569, NaN, -6.419566885, NaN]]], [[NaN, NaN, 0.1698519493, -0.7420013265, NaN, 0.9764580601, NaN], [[-0.08184699278, -0.1400826984, 0.3318914788, 0.2452700355, -0.05038717926, 0.05186438453, -0.1470643517], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [NaN, NaN, 6.657769626, 5.490482804, NaN, -3.820388038, NaN]]]]], [9, [[[-1.462495798, -0.9049249414, 0.3623155807, -0.5557094031, 0.5572389793, 0.7757008518, -1.47515416], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.494118572, -0.9365477173, 0.330692806, -0.5873321791, 0.5256162042, 0.8073236227, -1.443531384], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.462495796, -0.968170489, 0.2990700308, -0.618954955, 0.5572389792, 0.775700859, -1.411908609], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.430873022, -0.9365477128, 0.2674472555, -0.5873321798, 0.5888617421, 0.7440780846, -1.443531383], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [14, [[[-1.462495798, -0.9049249414, 0.3623155807, -0.5557094031, 0.5572389793, 0.7757008518, -1.47515416], [[0.1034418751, 0.03547973113, 0.4385191928, 0.05309875735, 0.02905096063, 0.004059732961, 0.004621550552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.03162277562, -0.03162277492, 0.03162277612, 0.03162277523, -0.03162277475, 0.03162277164, 0.03162277195]]], [[-1.501176386, -0.905768706, 0.325662905, -0.6133641317, 0.5610812868, 0.7687741339, -1.472271143], [[0.103955906, 0.2260492382, 0.4230595481, 0.3235605857, 0.06636937989, 0.006812948941, 0.2365413352], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.03868058734, 0.0008437646365, 0.03665267568, 0.05765472852, -0.003842307528, 0.006926717857, -0.002883017125]]], [[-1.509110559, -0.9110222679, 0.2821197296, -0.6856746634, 0.5841962324, 0.7530642876, -1.454284537], [[0.3370887312, 0.2076381055, 0.4284987336, 0.4995176301, 0.09734633891, 0.006736532793, 0.2789805815], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.007934172897, 0.005253561901, 0.04354317544, 0.07231053178, -0.02311494563, 0.01570984628, -0.0179866066]]], [[-1.508799594, -0.8886307578, 0.2317954099, -0.7405531188, 0.607448291, 0.7112453114, -1.444713904], [[0.3212164054, 0.7064630004, 0.4402376775, 0.5017817125, 0.08814016516, 0.02593066738, 0.2625806232], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.0003109644127, -0.02239151016, 0.05032431967, 0.05487845539, -0.02325205855, 0.0418189762, -0.009570632715]]]]]]}], "rmsprop_centered": [{"ref": [[[-0.5915545737, 0.6484065346, 1.044635556, 1.029529077, 1.829401661, -0.383757601, 0.5351906728], [[1.339611557, 0.6619526687, 1.776213825, 0.9743731571, 0.6285950188, 1.789090129, 1.56877202], [-0.06493870421, -0.09087000959, 0.01054911894, 0.1358613014, -0.03696435732, 0.02712514124, 0.1215954243], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966811241, 0.641183706, 1.041914398, 1.031409273, 1.849470266, -0.3913769648, 0.5469657771], [[1.238191914, 0.6285151278, 1.610503391, 0.8800080017, 0.9145818739, 1.708480124, 1.638897276], [-0.00139966471, -0.02454864311, 0.04400644984, 0.1047475921, -0.2200422124, 0.1235584831, -0.04123012555], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5987241876, 0.642624767, 1.04077382, 1.028559588, 1.853248564, -0.3985486932, 0.5570852277], [[1.119041998, 0.5668384916, 1.451337424, 0.798374586, 0.8342687728, 1.618809242, 1.640156088], [0.02034880608, -0.0329329513, 0.05333304746, 0.1195065097, -0.2314222484, 0.2013009871, -0.165617245], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6064146043, 0.6620725869, 1.030815449, 1.034471301, 1.848887412, -0.4105684354, 0.5731585499], [[1.069849084, 0.7964230833, 1.446942129, 0.7444419474, 0.7648334169, 1.684351385, 1.943860007], [0.09750438361, -0.198834349, 0.166632979, 0.05665908086, -0.1708747814, 0.3319764143, -0.3653237632], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[11, [[[-0.5875940246, 0.6412032646, 1.048168787, 1.026745174, 1.827996167, -0.3812024748, 0.5342562538], [[0.2680620132, 1.87816655, 0.6377283464, 0.1247438463, 0.8143281442, 0.2313754823, 1.289828209], [-0.06493870421, -0.09087000959, 0.01054911894, 0.1358613014, -0.03696435732, 0.02712514124, 0.1215954243], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5976833605, 0.6329596395, 1.039774476, 1.037010894, 1.838482105, -0.391696821, 0.54448341], [[0.3196798197, 0.4826361887, 0.1709713759, 0.04012382755, 3.221050028, 0.9078286162, 2.172004943], [-0.00139966471, -0.02454864311, 0.04400644984, 0.1047475921, -0.2200422124, 0.1235584831, -0.04123012555], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6056495849, 0.6374699777, 1.032004458, 1.025376051, 1.843978958, -0.401892864, 0.5544096856], [[0.07399145326, 0.0588375083, 0.03405648464, 0.06131884303, 0.4224107797, 0.8213770402, 1.703537356], [0.02034880608, -0.0329329513, 0.05333304746, 0.1195065097, -0.2314222484, 0.2013009871, -0.165617245], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.61621025, 0.648080424, 1.021360682, 1.035851544, 1.833944885, -0.4125068225, 0.5649047216], [[0.5718007248, 2.582299718, 1.270051675, 0.2392752642, 0.1681647703, 2.128945302, 4.379829488], [0.09750438361, -0.198834349, 0.166632979, 0.05665908086, -0.1708747814, 0.3319764143, -0.3653237632], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [12, [[[-0.5919812747, 0.6525803165, 1.043317065, 1.029497325, 1.832436866, -0.384118726, 0.5369683101], [[1.339611557, 0.6619526687, 1.776213825, 0.9743731571, 0.6285950188, 1.789090129, 1.56877202], [-0.06493870421, -0.09087000959, 0.01054911894, 0.1358613014, -0.03696435732, 0.02712514124, 0.1215954243], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5965884167, 0.643465294, 1.041171538, 1.031514225, 1.854000269, -0.3899742109, 0.5461709884], [[1.238191914, 0.6285151278, 1.610503391, 0.8800080017, 0.9145818739, 1.708480124, 1.638897276], [-0.00139966471, -0.02454864311, 0.04400644984, 0.1047475921, -0.2200422124, 0.1235584831, -0.04123012555], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5985201139, 0.6453811751, 1.040223846, 1.028296024, 1.858276396, -0.3956828268, 0.5541394871], [[1.119041998, 0.5668384916, 1.451337424, 0.798374586, 0.8342687728, 1.618809242, 1.640156088], [0.02034880608, -0.0329329513, 0.05333304746, 0.1195065097, -0.2314222484, 0.2013009871, -0.165617245], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6059885023, 0.6677351686, 1.03186454, 1.035162538, 1.853191642, -0.4052629933, 0.5660853783], [[1.069849084, 0.7964230833, 1.446942129, 0.7444419474, 0.7648334169, 1.684351385, 1.943860007], [0.09750438361, -0.198834349, 0.166632979, 0.05665908086, -0.1708747814, 0.3319764143, -0.3653237632], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [13, [[[-0.5914934818, 0.6564495127, 1.044823435, 1.029537567, 1.831459154, -0.3837483804, 0.5351514671], [[1.289577557, 0.3164484889, 1.656286147, 0.9861353727, 0.4533230674, 1.766276912, 1.555301004], [-0.06493870421, -0.09087000959, 0.01054911894, 0.1358613014, -0.03696435732, 0.02712514124, 0.1215954243], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966630624, 0.646654554, 1.042027095, 1.03142869, 1.876390338, -0.391412425, 0.5486414544], [[1.21766497, 0.3420380056, 1.525169775, 0.8699942562, 0.2212164698, 1.688795077, 1.249104896], [-0.00139966471, -0.02454864311, 0.04400644984, 0.1047475921, -0.2200422124, 0.1235584831, -0.04123012555], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5987075292, 0.6486471349, 1.040860048, 1.028596745, 1.886358927, -0.3986042202, 0.5617014324], [[1.117506977, 0.2969950325, 1.38638004, 0.8082285075, 0.1657105656, 1.610013921, 0.9956842745], [0.02034880608, -0.0329329513, 0.05333304746, 0.1195065097, -0.2314222484, 0.2013009871, -0.165617245], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6063437738, 0.7185612569, 1.030606373, 1.034799525, 1.876929098, -0.4109603085, 0.5909593157], [[1.084946738, 0.09810083642, 1.366375272, 0.6765088788, 0.1865447511, 1.599818055, 0.6798476044], [0.09750438361, -0.198834349, 0.166632979, 0.05665908086, -0.1708747814, 0.3319764143, -0.3653237632], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[-0.5915545737, 0.6484065346, 1.044635556, 1.029529077, 1.829401661, -0.383757601, 0.5351906728], [[1.47355525, 0.5099259336, 1.91852451, 1.080576821, 0.6053783781, 1.98380446, 1.603639996], [-0.0314628178, 0.05734982412, 0.08992781222, 0.1358278528, 0.06061457288, 0.05141360357, 0.01063379639], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5964499088, 0.6401441135, 1.042008032, 1.031313684, 1.849354944, -0.3910222977, 0.5469186889], [[1.47355525, 0.5099259336, 1.91852451, 1.080576821, 0.6053783781, 1.98380446, 1.603639996], [-0.0314628178, 0.05734982412, 0.08992781222, 0.1358278528, 0.06061457288, 0.05141360357, 0.01063379639], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5983230236, 0.6417449694, 1.040961217, 1.028734433, 1.853833984, -0.3976500363, 0.5570965227], [[1.47355525, 0.5099259336, 1.91852451, 1.080576821, 0.6053783781, 1.98380446, 1.603639996], [-0.0314628178, 0.05734982412, 0.08992781222, 0.1358278528, 0.06061457288, 0.05141360357, 0.01063379639], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6050487727, 0.6615290628, 1.032185799, 1.033841162, 1.848791985, -0.4083835734, 0.5729189369], [[1.47355525, 0.5099259336, 1.91852451, 1.080576821, 0.6053783781, 1.98380446, 1.603639996], [-0.0314628178, 0.05734982412, 0.08992781222, 0.1358278528, 0.06061457288, 0.05141360357, 0.01063379639], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [15, [[[-0.5915595657, 0.6482962726, 1.04463539, 1.029542331, 1.829389095, -0.3837578954, 0.5352331214], [[1.339611557, 0.6619526687, 1.776213825, 0.9743731571, 0.6285950188, 1.789090129, 1.56877202], [-0.06493870421, -0.09087000959, 0.01054911894, 0.1358613014, -0.03696435732, 0.02712514124, 0.1215954243], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966861121, 0.6410769076, 1.041915869, 1.031410769, 1.848919255, -0.3913431401, 0.5470021173], [[1.238191914, 0.6285151278, 1.610503391, 0.8800080017, 0.9145818739, 1.708480124, 1.638897276], [-0.00139966471, -0.02454864311, 0.04400644984, 0.1047475921, -0.2200422124, 0.1235584831, -0.04123012555], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5987287976, 0.6425165892, 1.040776409, 1.028586688, 1.852574266, -0.3984245382, 0.557036595], [[1.119041998, 0.5668384916, 1.451337424, 0.798374586, 0.8342687728, 1.618809242, 1.640156088], [0.02034880608, -0.0329329513, 0.05333304746, 0.1195065097, -0.2314222484, 0.2013009871, -0.165617245], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.606384968, 0.6614755623, 1.030914051, 1.03448564, 1.848297169, -0.4100443984, 0.5725483257], [[1.069849084, 0.7964230833, 1.446942129, 0.7444419474, 0.7648334169, 1.684351385, 1.943860007], [0.09750438361, -0.198834349, 0.166632979, 0.05665908086, -0.1708747814, 0.3319764143, -0.3653237632], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adam_moments": [{"ref": [[[1.102262453, 0.3394312766, -0.5389715154, -1.259241857, -1.89562127, 0.01963829098, -0.8115670995], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [0.0007606560184, 4.927046208e-05, 2.688010633e-06, 0.00518373999, 0.0008558962141, 0.00410810311, 0.003458201825], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102399822, 0.3403898008, -0.5396892637, -1.258578623, -1.89660345, 0.02026808056, -0.8125223206], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [0.001108666057, 0.0002718584409, 0.001806325022, 0.005178988327, 0.001332412101, 0.004115492654, 0.004657124691], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102020954, 0.3413127755, -0.5399290661, -1.258166996, -1.897236002, 0.02106901731, -0.8134978749], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.002234175017, 0.001094841827, 0.002179664876, 0.005291614148, 0.001375183953, 0.009332210138, 0.008757619832], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102324251, 0.342171472, -0.5396975173, -1.257978198, -1.898005844, 0.02176782748, -0.814213923], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [0.006962467419, 0.005426567637, 0.003805948119, 0.005605379458, 0.004599469693, 0.009378298175, 0.008901803706], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[16, [[[1.10442473, 0.3415935498, -0.5368092569, -1.25707958, -1.897783546, 0.02180056815, -0.8137293766], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [0.0007606560184, 4.927046208e-05, 2.688010633e-06, 0.00518373999, 0.0008558962141, 0.00410810311, 0.003458201825], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.105008489, 0.3456668841, -0.5398593931, -1.254261109, -1.901957409, 0.02447691631, -0.8177886756], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [0.001108666057, 0.0002718584409, 0.001806325022, 0.005178988327, 0.001332412101, 0.004115492654, 0.004657124691], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.103133003, 0.3502358246, -0.5410464711, -1.252223457, -1.905088688, 0.02844174133, -0.8226178985], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.002234175017, 0.001094841827, 0.002179664876, 0.005291614148, 0.001375183953, 0.009332210138, 0.008757619832], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.104783429, 0.3549085209, -0.5397864717, -1.251196088, -1.909277875, 0.03224439789, -0.8265143574], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [0.006962467419, 0.005426567637, 0.003805948119, 0.005605379458, 0.004599469693, 0.009378298175, 0.008901803706], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [17, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [0.0007606560184, 4.927046208e-05, 2.688010633e-06, 0.00518373999, 0.0008558962141, 0.00410810311, 0.003458201825], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [0.001108666057, 0.0002718584409, 0.001806325022, 0.005178988327, 0.001332412101, 0.004115492654, 0.004657124691], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.002234175017, 0.001094841827, 0.002179664876, 0.005291614148, 0.001375183953, 0.009332210138, 0.008757619832], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [0.006962467419, 0.005426567637, 0.003805948119, 0.005605379458, 0.004599469693, 0.009378298175, 0.008901803706], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [18, [[[1.102262453, 0.3394312766, -0.5389715154, -1.259241857, -1.89562127, 0.01963829098, -0.8115670995], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [0.0007606560184, 4.927046208e-05, 2.688010633e-06, 0.00518373999, 0.0008558962141, 0.00410810311, 0.003458201825], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102320829, 0.3398386103, -0.5392765291, -1.25896001, -1.896038656, 0.01990592584, -0.8119730295], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [0.001108666057, 0.0002718584409, 0.001806325022, 0.005178988327, 0.001332412101, 0.004115492654, 0.004657124691], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102261521, 0.3399830929, -0.5393140678, -1.258895574, -1.896137676, 0.02003130462, -0.8121257429], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.002234175017, 0.001094841827, 0.002179664876, 0.005291614148, 0.001375183953, 0.009332210138, 0.008757619832], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102278026, 0.3400298199, -0.5393014679, -1.2588853, -1.896179568, 0.02006933119, -0.8121647075], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [0.006962467419, 0.005426567637, 0.003805948119, 0.005605379458, 0.004599469693, 0.009378298175, 0.008901803706], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [19, [[[NaN, NaN, NaN, NaN, -1.895583115, NaN, -0.8119307799], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [-0.0008721559599, -0.0002219695071, -5.184602813e-05, -0.002276782816, 0.0009251465906, -0.002026845606, 0.001859624109], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.896475198, NaN, -0.813130102], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [-0.0002807156924, -0.0006935920557, 0.001291202355, -0.002253719571, 0.001615142412, -0.001917591681, 0.002954295865], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.897101332, NaN, -0.8144241209], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.0007809874777, -0.001600232605, 0.0006774193745, -0.001908238799, 0.001403517118, -0.004200588306, 0.004977459104], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.898024558, NaN, -0.815422239], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [-0.001394770884, -0.003680175226, -0.0005993704646, -0.00134147932, 0.003198126107, -0.00443180277, 0.004581404294], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [20, [[[1.100262453, 0.3374312766, -0.5409715154, -1.261241857, -1.89562127, 0.01763829098, -0.8115670995], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [-0.0008721559599, -0.0002219695071, -5.184602813e-05, -0.002276782816, 0.0009251465906, -0.002026845606, 0.001859624109], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.099533958, 0.336412505, -0.542027803, -1.262188738, -1.896613714, 0.01669627851, -0.8125536407], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [-0.0002807156924, -0.0006935920557, 0.001291202355, -0.002253719571, 0.001615142412, -0.001917591681, 0.002954295865], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.098278662, 0.3353677227, -0.5429325646, -1.263047769, -1.897528674, 0.01568789947, -0.8135577483], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.0007809874777, -0.001600232605, 0.0006774193745, -0.001908238799, 0.001403517118, -0.004200588306, 0.004977459104], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.097131959, 0.334281452, -0.5444387654, -1.263713688, -1.8985604, 0.01472286003, -0.8144896859], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [-0.001394770884, -0.003680175226, -0.0005993704646, -0.00134147932, 0.003198126107, -0.00443180277, 0.004581404294], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [21, [[[1.102409037, 0.342936399, -0.5206837064, -1.259802641, -1.89570218, 0.01913166847, -0.8111048426], [[-0.08721559599, -0.02219695071, -0.005184602813, -0.2276782816, 0.09251465906, -0.2026845606, 0.1859624109], [0.0007606560184, 4.927046208e-05, 2.688010633e-06, 0.00518373999, 0.0008558962141, 0.00410810311, 0.003458201825], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102593493, 0.3455355893, -0.5214387649, -1.25939059, -1.896905214, 0.01957059411, -0.8117306654], [[-0.01943722523, -0.06716170745, 0.1296335112, -0.2028318072, 0.1523552899, -0.1716933966, 0.2770193078], [0.001108666057, 0.0002718584409, 0.001806325022, 0.005178988327, 0.001332412101, 0.004115492654, 0.004657124691], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102154687, 0.3470626543, -0.5217199563, -1.25908081, -1.897839026, 0.02002448286, -0.8123013574], [[0.08864874273, -0.1511789508, 0.05542098224, -0.1482259213, 0.1161187458, -0.3830154786, 0.4519291305], [0.002234175017, 0.001094841827, 0.002179664876, 0.005291614148, 0.001375183953, 0.009332210138, 0.008757619832], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102384403, 0.3477993384, -0.521482756, -1.258921442, -1.89855641, 0.02048052129, -0.8127809887], [[-0.1377138689, -0.3442153411, -0.07773235796, -0.07691820512, 0.2841081218, -0.368255436, 0.3676284824], [0.006962467419, 0.005426567637, 0.003805948119, 0.005605379458, 0.004599469693, 0.009378298175, 0.008901803706], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[1.102262453, 0.3394312766, -0.5389715154, -1.259241857, -1.89562127, 0.01963829098, -0.8115670995], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101518317, 0.3401754134, -0.5397156523, -1.259985993, -1.896365407, 0.01889415425, -0.8123112363], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.100879503, 0.340814227, -0.5390768387, -1.260624807, -1.895726593, 0.01953296785, -0.8129500499], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101460631, 0.3413953553, -0.5384957103, -1.261205935, -1.896307721, 0.02011409616, -0.8123689216], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [22, [[[1.101547201, 0.338716024, -0.5396867679, -1.259957109, -1.894906017, 0.01892303838, -0.8108518469], [[-0.7849403639, -0.1997725564, -0.04666142532, -2.049104534, 0.8326319315, -1.824161045, 1.673661698], [0.7598953624, 0.04922119161, 0.002685322622, 5.17855625, 0.8550403178, 4.103995007, 3.454743623], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101366799, 0.3389378585, -0.5398978407, -1.259372118, -1.895146065, 0.01908495082, -0.8110993172], [[0.453017264, -0.444637322, 1.204030741, -0.1862026377, 0.705092064, -0.08591173303, 1.154244412], [0.3491818191, 0.2224638332, 1.801838745, 0.005610201172, 0.477749452, 0.01559014393, 1.20463343], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101176302, 0.3391296375, -0.5397560117, -1.25954305, -1.895032636, 0.01926761099, -0.8112927033], [[1.000581935, -0.8610644594, -0.4308395265, 0.2902840831, -0.1184999301, -2.065013968, 1.938930223], [1.125840191, 0.8226544527, 0.3765728712, 0.1176926147, 0.04453790898, 5.215627734, 4.102251746], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101333299, 0.3393027016, -0.5395843493, -1.259717941, -1.895196896, 0.01957998254, -0.8112193633], [[-1.857421443, -1.959495014, -1.19158513, 0.5373945247, 1.604561263, -0.4183749442, -0.1580765932], [4.72692189, 4.329310486, 1.627211018, 0.3188555595, 3.222479801, 0.06058045447, 0.1568908044], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adam_update": [{"ref": [[[-0.3682397828, 0.9937396134, 0.4151106503, -0.6167155714, 0.6713734717, -1.449178469, 0.5940873175], [[-0.2190750524, 0.03672525411, 0.0990466234, -0.1924514415, 0.08182463828, -0.07224726031, -0.0793406222], [1.506315522, 1.173082848, 1.758876853, 1.766130601, 1.13711387, 0.6879706854, 1.733066131], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3682636019, 0.9926916354, 0.4153300283, -0.6146642289, 0.6703812248, -1.448768986, 0.5951856847], [[0.00294750836, 0.1132487223, -0.02906456472, -0.272004489, 0.105325343, -0.03381810907, -0.1440921648], [1.531298402, 1.167783417, 1.755260867, 1.758230378, 1.126746554, 0.6820646947, 1.721018667], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3692677748, 0.9916535162, 0.4161810723, -0.6125256527, 0.6696530939, -1.446547644, 0.5968134541], [[0.1242405416, 0.1116255617, -0.1124264423, -0.2822638111, 0.07691346926, -0.1857673575, -0.2129041631], [1.530769007, 1.156199706, 1.745150484, 1.742051309, 1.11579876, 0.6993717858, 1.710734251], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]], "mistakes": [[18, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.2190750524, 0.03672525411, 0.0990466234, -0.1924514415, 0.08182463828, -0.07224726031, -0.0793406222], [1.506315522, 1.173082848, 1.758876853, 1.766130601, 1.13711387, 0.6879706854, 1.733066131], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.00294750836, 0.1132487223, -0.02906456472, -0.272004489, 0.105325343, -0.03381810907, -0.1440921648], [1.531298402, 1.167783417, 1.755260867, 1.758230378, 1.126746554, 0.6820646947, 1.721018667], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.1242405416, 0.1116255617, -0.1124264423, -0.2822638111, 0.07691346926, -0.1857673575, -0.2129041631], [1.530769007, 1.156199706, 1.745150484, 1.742051309, 1.11579876, 0.6993717858, 1.710734251], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]], [19, [[[-0.3682345609, 0.9937399492, 0.4151111726, -0.6167099802, 0.6713743111, -1.44917989, 0.5940891755], [[-0.2190750524, 0.03672525411, 0.0990466234, -0.1924514415, 0.08182463828, -0.07224726031, -0.0793406222], [1.497540698, 1.175410049, 1.761339754, 1.752571406, 1.139605822, 0.6902208168, 1.722429691], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3682586065, 0.9926937133, 0.4153320248, -0.614639073, 0.6703840972, -1.448771713, 0.5951949832], [[0.00294750836, 0.1132487223, -0.02906456472, -0.272004489, 0.105325343, -0.03381810907, -0.1440921648], [1.502576797, 1.171675548, 1.731905704, 1.725165873, 1.131378081, 0.6864390512, 1.697936834], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3692731244, 0.9916577107, 0.4161927888, -0.6124768576, 0.6696567734, -1.446492045, 0.5968411866], [[0.1242405416, 0.1116255617, -0.1124264423, -0.2822638111, 0.07691346926, -0.1857673575, -0.2129041631], [1.499709807, 1.160928964, 1.705959813, 1.704168237, 1.118276366, 0.6640415547, 1.672635344], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]], [20, [[[-0.3685618705, 0.9937662457, 0.4152951438, -0.6170655997, 0.6714227933, -1.449002779, 0.5939452678], [[-0.2190750524, 0.03672525411, 0.0990466234, -0.1924514415, 0.08182463828, -0.07224726031, -0.0793406222], [1.497540698, 1.175410049, 1.761339754, 1.752571406, 1.139605822, 0.6902208168, 1.722429691], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3685814869, 0.9927996921, 0.4154629622, -0.6154889137, 0.670491846, -1.448510119, 0.5947938986], [[0.00294750836, 0.1132487223, -0.02906456472, -0.272004489, 0.105325343, -0.03381810907, -0.1440921648], [1.502576797, 1.171675548, 1.731905704, 1.725165873, 1.131378081, 0.6864390512, 1.697936834], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3694099174, 0.9918381728, 0.4161219838, -0.6138325995, 0.6698040601, -1.445712593, 0.5960667652], [[0.1242405416, 0.1116255617, -0.1124264423, -0.2822638111, 0.07691346926, -0.1857673575, -0.2129041631], [1.499709807, 1.160928964, 1.705959813, 1.704168237, 1.118276366, 0.6640415547, 1.672635344], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]], [21, [[[-0.3685703924, 0.9937656259, 0.4152943564, -0.6170740303, 0.6714212198, -1.448999356, 0.5939424407], [[-0.2190750524, 0.03672525411, 0.0990466234, -0.1924514415, 0.08182463828, -0.07224726031, -0.0793406222], [1.506315522, 1.173082848, 1.758876853, 1.766130601, 1.13711387, 0.6879706854, 1.733066131], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3685896408, 0.9927958508, 0.4154599418, -0.6155269948, 0.6704864458, -1.448503536, 0.59477969], [[0.00294750836, 0.1132487223, -0.02906456472, -0.272004489, 0.105325343, -0.03381810907, -0.1440921648], [1.531298402, 1.167783417, 1.755260867, 1.758230378, 1.126746554, 0.6820646947, 1.721018667], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3694012626, 0.9918303986, 0.4161041639, -0.6139066991, 0.6697971327, -1.445847333, 0.5960242092], [[0.1242405416, 0.1116255617, -0.1124264423, -0.2822638111, 0.07691346926, -0.1857673575, -0.2129041631], [1.530769007, 1.156199706, 1.745150484, 1.742051309, 1.11579876, 0.6993717858, 1.710734251], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]], [9, [[[-0.3682397828, 0.9937396134, 0.4151106503, -0.6167155714, 0.6713734717, -1.449178469, 0.5940873175], [[-0.1809912001, -0.02935561731, 0.06126395357, -0.1285850677, 0.032208626, -0.1182666974, -0.01636257018], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3685394224, 0.9932436248, 0.4155845823, -0.6151031069, 0.6708040679, -1.448271275, 0.5947510977], [[-0.1809912001, -0.02935561731, 0.06126395357, -0.1285850677, 0.032208626, -0.1182666974, -0.01636257018], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3682041734, 0.9933982395, 0.4158189472, -0.6139489614, 0.6706997826, -1.445166655, 0.5954945301], [[-0.1809912001, -0.02935561731, 0.06126395357, -0.1285850677, 0.032208626, -0.1182666974, -0.01636257018], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]], [22, [[[-0.3608752992, 0.9852117279, 0.4070712969, -0.6090873476, 0.6632172859, -1.458497726, 0.6023696669], [[-0.5237458712, 0.5653722255, 0.401307982, -0.7033824321, 0.4787527365, 0.2959082364, -0.5831650384], [0.3276795361, 0.4065547292, 0.2086195526, 0.6005642642, 0.2878395987, 0.1226827779, 0.430789431], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3696539714, 0.9754888401, 0.4157688734, -0.5993566724, 0.6528030129, -1.468433111, 0.6121810387], [[1.748660913, 0.7783011648, -1.023727934, -0.9595219676, 0.3330237905, 0.3104306505, -0.7124869473], [3.967834305, 0.6407738885, 1.385391686, 0.9723528263, 0.1022568897, 0.09762472688, 0.5273444122], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]], [[-0.3800053673, 0.962319667, 0.4259119529, -0.5881234341, 0.6598631963, -1.459590435, 0.622048953], [[1.269156148, 0.165145521, -0.8787877998, -0.4330901359, -0.1276116759, -1.366936469, -0.8202396272], [1.503253676, 0.01572593649, 0.7506342373, 0.1486437383, 0.03266997599, 2.389622309, 0.6909247315], [1.51834242, 1.180904564, 1.774695805, 1.778024135, 1.145779934, 0.6937389294, 1.746354669]]]]]]}], "adam_bias_correction": [{"ref": [[[0.3589860114, 1.510527748, -1.786494752, 1.686817042, -0.04696542019, -0.8003783103, -0.8031225988], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3591284681, 1.510427534, -1.786604316, 1.686953421, -0.04672969908, -0.80064615, -0.8032337484], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3592385875, 1.510350068, -1.78668901, 1.687058843, -0.04654748598, -0.8008531908, -0.8033196673], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]], "mistakes": [[16, [[[0.359445719, 1.510204357, -1.786848316, 1.687257137, -0.04620474829, -0.8012426288, -0.8034812784], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3600511017, 1.509778489, -1.787313919, 1.687836693, -0.04520302983, -0.802380838, -0.8039536186], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3605962187, 1.509395015, -1.787733172, 1.688358554, -0.04430103211, -0.8034057389, -0.8043789375], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [17, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [18, [[[0.3589860114, 1.510527748, -1.786494752, 1.686817042, -0.04696542019, -0.8003783103, -0.8031225988], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3590465497, 1.510485161, -1.786541312, 1.686874998, -0.04686524834, -0.8004921312, -0.8031698328], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3590637878, 1.510473035, -1.78655457, 1.6868915, -0.04683672467, -0.8005245415, -0.8031832826], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [20, [[[0.3587798926, 1.510672033, -1.786337193, 1.686618834, -0.04730557139, -0.7999960999, -0.802962627], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.358786039, 1.510667032, -1.786342837, 1.686623882, -0.04729453777, -0.800012702, -0.8029682275], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3587918595, 1.510662297, -1.786348183, 1.686628661, -0.04728408929, -0.8000284235, -0.8029735309], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [21, [[[0.3587798926, 1.510672033, -1.786337193, 1.686618834, -0.04730557139, -0.7999960999, -0.802962627], [[-0.06970371779, 0.04239923035, 0.04489581397, -0.07779046858, -0.1063139442, 0.09122215503, 0.04656964242], [1.074908359, 0.8036819638, 0.7538737168, 1.460769874, 0.9132898421, 0.520806001, 0.7881619995], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.358786039, 1.510667032, -1.786342837, 1.686623882, -0.04729453777, -0.800012702, -0.8029682275], [[-0.06273334601, 0.03815930731, 0.04040623257, -0.07001142172, -0.09568254976, 0.08209993953, 0.04191267818], [1.073833451, 0.8028782818, 0.7531198431, 1.459309104, 0.9123765522, 0.520285195, 0.7873738375], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3587918595, 1.510662297, -1.786348183, 1.686628661, -0.04728408929, -0.8000284235, -0.8029735309], [[-0.05646001141, 0.03434337658, 0.03636560932, -0.06301027955, -0.08611429479, 0.07388994557, 0.03772141036], [1.072759617, 0.8020754036, 0.7523667233, 1.457849795, 0.9114641757, 0.5197649098, 0.7865864637], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [9, [[[0.3589860114, 1.510527748, -1.786494752, 1.686817042, -0.04696542019, -0.8003783103, -0.8031225988], [[-0.07744857532, 0.04711025594, 0.04988423775, -0.08643385398, -0.1181266046, 0.10135795, 0.05174404714], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3591442174, 1.510416455, -1.786616429, 1.686968499, -0.04670363883, -0.8006757611, -0.8032460366], [[-0.07744857532, 0.04711025594, 0.04988423775, -0.08643385398, -0.1181266046, 0.10135795, 0.05174404714], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3592800314, 1.510320914, -1.786720885, 1.687098518, -0.04647890934, -0.8009311115, -0.8033520032], [[-0.07744857532, 0.04711025594, 0.04988423775, -0.08643385398, -0.1181266046, 0.10135795, 0.05174404714], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]], [22, [[[0.3595200466, 1.51015207, -1.786905482, 1.687328294, -0.04608175939, -0.8013823757, -0.8035392713], [[-0.007744857532, 0.004711025594, 0.004988423775, -0.008643385398, -0.01181266046, 0.010135795, 0.005174404714], [0.001075984343, 0.0008044864503, 0.0007546283452, 0.001462232106, 0.0009142040461, 0.0005213273283, 0.0007889509505], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.3612770115, 1.508916098, -1.788256774, 1.689010303, -0.04317453372, -0.8046857296, -0.8049101151], [[-0.0007744857532, 0.0004711025594, 0.0004988423775, -0.0008643385398, -0.001181266046, 0.0010135795, 0.0005174404714], [1.075984343e-06, 8.044864503e-07, 7.546283452e-07, 1.462232106e-06, 9.142040461e-07, 5.213273283e-07, 7.889509505e-07], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]], [[0.366046561, 1.505560871, -1.791925053, 1.693576385, -0.03528243623, -0.8136531249, -0.8086314699], [[-7.744857532e-05, 4.711025594e-05, 4.988423775e-05, -8.643385398e-05, -0.0001181266046, 0.00010135795, 5.174404714e-05], [1.075984343e-09, 8.044864503e-10, 7.546283452e-10, 1.462232106e-09, 9.142040461e-10, 5.213273283e-10, 7.889509505e-10], [1.075984343, 0.8044864503, 0.7546283452, 1.462232106, 0.9142040461, 0.5213273283, 0.7889509505]]]]]]}], "adam_weight_decay": [{"ref": [[[0.5526861693, 0.2148476609, -0.05790376829, -2.317935899, 0.4322934388, -2.127122165, 0.9072115956], [[0.06204390677, 0.3387304824, -0.007150762386, -0.1392406511, -0.08759802154, 0.1106553917, 0.3430668354], [1.166647841, 1.513953116, 0.6878486334, 1.938035611, 1.201158582, 1.725552618, 1.603024714], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5526569549, 0.2125266428, -0.05694453517, -2.316492531, 0.4332576051, -2.127917664, 0.9049221973], [[0.003143440002, 0.2841935304, -0.07946617427, -0.2002208788, -0.1051710732, 0.1039737955, 0.2884466623], [1.157758239, 1.499240582, 0.6863035992, 1.924265908, 1.189840415, 1.708316311, 1.587407105], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5529101272, 0.2109179722, -0.0561786893, -2.314061044, 0.4340416945, -2.129475404, 0.9033931619], [[-0.02711518095, 0.1962179285, -0.06313055551, -0.3377803163, -0.08510289989, 0.2032998125, 0.1919599302], [1.147077317, 1.487795123, 0.6795109386, 1.929855186, 1.178033234, 1.703272372, 1.576108483], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]], "mistakes": [[18, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.06204390677, 0.3387304824, -0.007150762386, -0.1392406511, -0.08759802154, 0.1106553917, 0.3430668354], [1.166647841, 1.513953116, 0.6878486334, 1.938035611, 1.201158582, 1.725552618, 1.603024714], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [NaN, NaN, NaN, NaN, NaN, NaN, NaN], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [NaN, NaN, NaN, NaN, NaN, NaN, NaN], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [19, [[[0.5526867199, 0.2148488078, -0.05790385988, -2.317936059, 0.4322958914, -2.1271241, 0.907203463], [[0.06204390677, 0.3387304824, -0.007150762386, -0.1392406511, -0.08759802154, 0.1106553917, 0.3430668354], [1.168887692, 1.515215366, 0.6893124415, 1.938657436, 1.193820878, 1.717654936, 1.593445288], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5526574317, 0.2125268263, -0.0569367117, -2.316487986, 0.4332643774, -2.127921327, 0.9049054154], [[0.003143445508, 0.2841935419, -0.07946617519, -0.2002208804, -0.1051710487, 0.1039737761, 0.288446581], [1.151929208, 1.497996823, 0.6751162682, 1.911780432, 1.179249386, 1.700916779, 1.575479479], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5529116769, 0.210912321, -0.05616499162, -2.31402244, 0.4340516877, -2.129482919, 0.9033650284], [[-0.02711517122, 0.1962179407, -0.0631304781, -0.3377802723, -0.08510281009, 0.2032997585, 0.1919596891], [1.137415488, 1.47706123, 0.6692040134, 1.87690448, 1.168412006, 1.694879947, 1.55296046], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [20, [[[0.5527297945, 0.2153650823, -0.05788625026, -2.318217862, 0.4322279296, -2.126924008, 0.9077682292], [[0.06204390677, 0.3387304824, -0.007150762386, -0.1392406511, -0.08759802154, 0.1106553917, 0.3430668354], [1.168887692, 1.515215366, 0.6893124415, 1.938657436, 1.193820878, 1.717654936, 1.593445288], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5527025022, 0.2134678913, -0.056709179, -2.317170547, 0.4331197827, -2.127535301, 0.9059373445], [[0.003143876254, 0.2841987046, -0.07946599909, -0.2002236984, -0.1051717283, 0.103975777, 0.2884522286], [1.151929251, 1.497997339, 0.6751162858, 1.91178015, 1.179249318, 1.700916979, 1.575480043], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5529408877, 0.2121393627, -0.05576584903, -2.315370829, 0.4338481635, -2.128734827, 0.9047011579], [[-0.02711433285, 0.1962319978, -0.06312804428, -0.3377896341, -0.0851048677, 0.2033054196, 0.1919750913], [1.137415576, 1.477062682, 0.6692042584, 1.876903518, 1.168411794, 1.694880531, 1.552962051], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [21, [[[0.5527287754, 0.2153632184, -0.0578860295, -2.318217632, 0.4322234471, -2.12692106, 0.9077810951], [[0.06204390677, 0.3387304824, -0.007150762386, -0.1392406511, -0.08759802154, 0.1106553917, 0.3430668354], [1.166647841, 1.513953116, 0.6878486334, 1.938035611, 1.201158582, 1.725552618, 1.603024714], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5527016206, 0.2134676005, -0.05672814545, -2.317177112, 0.433107362, -2.127529704, 0.9059639658], [[0.003143866063, 0.284198686, -0.07946599688, -0.2002236961, -0.1051717731, 0.1039758065, 0.2884523573], [1.157758195, 1.499240369, 0.6863035733, 1.92426633, 1.189840452, 1.708316329, 1.587406873], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5529379983, 0.2121486545, -0.05579912097, -2.315426778, 0.4338297952, -2.128723321, 0.9047459299], [[-0.02711435084, 0.1962319781, -0.06312823196, -0.3377896977, -0.08510503225, 0.2033055021, 0.1919754733], [1.147077246, 1.487793791, 0.6795109492, 1.929857761, 1.178033242, 1.70327324, 1.576106844], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [9, [[[0.5526861693, 0.2148476609, -0.05790376829, -2.317935899, 0.4322934388, -2.127122165, 0.9072115956], [[-0.004539173803, 0.2817209016, -0.09926744098, -0.1621141524, -0.04268091316, 0.180693798, 0.2035115512], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5532122265, 0.2129506631, -0.05594396804, -2.316352066, 0.432884623, -2.128394531, 0.9059151799], [[-0.004539173803, 0.2817209016, -0.09926744098, -0.1621141524, -0.04268091316, 0.180693798, 0.2035115512], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5535277003, 0.2113720669, -0.0549632449, -2.314185891, 0.4331482561, -2.130462196, 0.9049966759], [[-0.004539173803, 0.2817209016, -0.09926744098, -0.1621141524, -0.04268091316, 0.180693798, 0.2035115512], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [22, [[[0.5443422607, 0.2083206638, -0.06686839123, -2.321761763, 0.440404262, -2.117853777, 0.9007767009], [[0.5947085513, 0.7948071287, 0.7297826663, 0.04374735908, -0.4469348886, -0.4496518591, 1.459509109], [0.4446737054, 0.7335549531, 0.6756430797, 0.02396962461, 0.2516076818, 0.2847797361, 2.54737075], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5521921124, 0.2131154725, -0.05887698081, -2.312777028, 0.4509676575, -2.117181143, 0.9022280182], [[-0.4155447814, -0.1070818509, -0.5851029426, -0.6701082265, -0.280959199, -0.004675544551, -0.03744963553], [0.280228782, 0.04987571531, 0.5360652815, 0.556261911, 0.07074233725, 0.00483177594, 0.06658408136], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.5624710208, 0.2223349893, -0.06039356226, -2.303314903, 0.4450445155, -2.126222022, 0.9113223033], [[-0.3110948065, -0.5466614298, 0.01681679769, -1.484910156, 0.05945757864, 0.9880093018, -0.6127660329], [0.0915991628, 0.3515770556, 0.01229575044, 2.462765254, 0.0100765085, 1.194265145, 0.4539962065], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]], [23, [[[0.5521839738, 0.2146474145, -0.05785277589, -2.315783719, 0.4319011609, -2.125158264, 0.9063712128], [[0.05651130088, 0.3365544763, -0.006570862507, -0.1160512902, -0.09191296322, 0.1319181895, 0.3339676232], [1.165946718, 1.513587139, 0.6879442935, 1.938882336, 1.201601663, 1.723794711, 1.600197464], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.55170022, 0.2121450849, -0.05684898671, -2.312341503, 0.4325083598, -2.124138119, 0.9033108533], [[-0.007362766991, 0.2800866483, -0.0783652267, -0.1561710949, -0.1133774551, 0.1443815352, 0.2711852554], [1.157677161, 1.498971673, 0.6863140632, 1.922168981, 1.190525424, 1.707214951, 1.585059003], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]], [[0.551541531, 0.2103719914, -0.05604523117, -2.308045257, 0.4329676742, -2.124011059, 0.9010739011], [[-0.04209733679, 0.1903964682, -0.06157025734, -0.2749705855, -0.09682121965, 0.2609459549, 0.167375442], [1.147358571, 1.487786565, 0.6795311764, 1.921015114, 1.178647402, 1.707304476, 1.575089967], [1.174014924, 1.521916363, 0.6879731798, 1.957566896, 1.210847877, 1.740254382, 1.59338853]]]]]]}]}, "descent": [[1.5, -0.5], [1.35, -0.3], [1.215, -0.18], [1.0935000000000001, -0.108], [0.9841500000000001, -0.0648], [0.885735, -0.03888], [0.7971615000000001, -0.023327999999999998]]}')

