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
  ``scripts/assignments.py generate``): everything outside the block marked
  INSTRUCTOR ONLY, plus the *numbers* the public cases expect (the
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
import json
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
                "divides by 0 there.  The correction is 1 − βᵗ (only β is "
                "raised to the power t), which goes to 1.")
    if _close(d_got, want):
        return None
    if not all(math.isfinite(x) for x in _flat(d_got)):
        return (f"your step at t = {step} is nan or inf: a bias correction "
                "with t − 1 divides by 1 − β⁰ = 0 at t = 1.  Use t, the "
                "step number, which starts at 1: m̂ = m/(1 − β₁ᵗ), "
                "v̂ = v/(1 − β₂ᵗ).")
    candidates = [
        ((1.0, 1.0), "your first steps are not bias-corrected: divide m "
                     "and v by 1 − β₁ᵗ and 1 − β₂ᵗ: m̂ = m/(1 − β₁ᵗ), "
                     "v̂ = v/(1 − β₂ᵗ)"),
        ((1 - b1 ** step, 1.0), "you corrected m but not v: also use "
                                "v̂ = v/(1 − β₂ᵗ)"),
        ((1.0, 1 - b2 ** step), "you corrected v but not m: also use "
                                "m̂ = m/(1 − β₁ᵗ)"),
        (((1 - b1) ** step, (1 - b2) ** step),
         "you wrote (1 − β)ᵗ; the correction is 1 − βᵗ (only β is raised "
         "to the power t)"),
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
            return (f"{text}.  At t = {step} (β₁={b1}, β₂={b2}) your step "
                    f"{_differ(d_got, want)}.")
    return (f"at t = {step} (β₁={b1}, β₂={b2}) the step should be a late "
            "step from the corrected moments m̂ = m/(1 − β₁ᵗ), "
            f"v̂ = v/(1 − β₂ᵗ); your step {_differ(d_got, want)}.")


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
            return text + " " + where
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
            raise Hint(f"{what}: {basic}")
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
                "{state}", STATE_NAMES[PARTS[part][0]][0])
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
_PUBLIC = json.loads('{"hints": ["your step goes uphill: gradient descent subtracts the gradient, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7g (you add it).", "your velocity has the wrong sign: momentum should be v \\u2190 \\u03bcv + g, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7v (the buffer adds the gradient, the step subtracts the buffer).  With your sign the parameter is pushed uphill as soon as the buffer matters.", "{state} did not change after your call: `{state} = ...` only rebinds the local name to a new array, so the caller\'s array (the optimizer\'s state) keeps its old value.  Update it in place: `{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.  Without it every step forgets the velocity, which is plain gradient descent.", "your buffer averages the gradients, v \\u2190 \\u03bcv + (1 \\u2212 \\u03bc)g; the course\'s (and torch\'s) momentum sums them, v \\u2190 \\u03bcv + g, unless `dampening` is given: then v \\u2190 \\u03bcv + (1 \\u2212 dampening)\\u00b7g.", "at step 1 the buffer is the gradient itself, b\\u2081 = g, with no (1 \\u2212 dampening) factor; dampening applies from step 2 on.", "Nesterov\'s look-ahead uses the buffer after this step\'s update: g \\u2190 g + \\u03bc\\u00b7b_t, where b_t = \\u03bcb_{t\\u22121} + g (you used b_{t\\u22121}).", "the denominator is the square root of the sum of squares, \\u221as + \\u03b5, not s + \\u03b5.", "state_sum (s \\u2190 s + g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "state_sum must accumulate every squared gradient, s \\u2190 s + g\\u00b2; you replace it by the current g\\u00b2, which forgets the history.", "{state} did not change after your call: `{state} = ...` only rebinds the local name to a new array, so the caller\'s array (the optimizer\'s state) keeps its old value.  Update it in place: `{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.", "the decayed rate is lr / (1 + (t \\u2212 1)\\u00b7lr_decay): at step 1 there is no decay yet (you used t instead of t \\u2212 1).", "\\u03b1 weighs the old average: v \\u2190 \\u03b1v + (1 \\u2212 \\u03b1)g\\u00b2.  You swapped \\u03b1 and 1 \\u2212 \\u03b1, so v forgets almost everything at each step.", "the denominator is \\u221av + \\u03b5 (a root mean square), not v + \\u03b5.", "square_avg (v \\u2190 \\u03b1v + (1 \\u2212 \\u03b1)g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "torch\'s RMSProp momentum keeps lr out of the buffer: b \\u2190 \\u03bcb + g/(\\u221av + \\u03b5), \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7b.", "centered RMSProp divides by \\u221a(v \\u2212 \\u1e21\\u00b2) + \\u03b5, where \\u1e21 is the running mean of g: you updated \\u1e21 but did not subtract \\u1e21\\u00b2.", "your first step is {ratio} \\u2014 did you forget bias correction?  m and v start at 0, so they are too small in the first steps; divide them: m\\u0302 = m/(1 \\u2212 \\u03b2\\u2081\\u1d57), v\\u0302 = v/(1 \\u2212 \\u03b2\\u2082\\u1d57).", "your bias correction uses t \\u2212 1: at t = 1 that divides by 1 \\u2212 \\u03b2\\u2070 = 0.  Use t, the step number, which starts at 1.", "the bias correction is 1 \\u2212 \\u03b2\\u1d57 (only \\u03b2 is raised to the power t), not (1 \\u2212 \\u03b2)\\u1d57.", "v (v \\u2190 \\u03b2\\u2082v + (1 \\u2212 \\u03b2\\u2082)g\\u00b2) must be built from the *squared* gradient g\\u00b2 (you used g): with g alone it can be negative, and its square root is nan.", "v must average the squared gradient and the step divides by its square root: v \\u2190 \\u03b2\\u2082v + (1 \\u2212 \\u03b2\\u2082)g\\u00b2, \\u03b8 \\u2190 \\u03b8 \\u2212 lr\\u00b7m\\u0302/(\\u221av\\u0302 + \\u03b5).  You used g and no root (the source article\'s error).", "the step divides by the square root, m\\u0302/(\\u221av\\u0302 + \\u03b5); without the root the step is not scale invariant (multiply the loss by 10 and your step shrinks 10\\u00d7).", "\\u03b2 weighs the old average: m \\u2190 \\u03b2\\u2081m + (1 \\u2212 \\u03b2\\u2081)g.  You swapped \\u03b2 and 1 \\u2212 \\u03b2.", "Adam\'s weight_decay is an L2 term added to the gradient, g \\u2190 g + \\u03bb\\u03b8, before the moments; shrinking \\u03b8 directly is AdamW\'s decoupled decay."], "parts": {"gd_step": [{"ref": [[[0.2874723816451507, 0.7851609038825508, 0.30102382651783455, -1.3059994557359407, 0.8506845680118731, 0.520019981064178, -0.5206622405609799], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.33568431291314854, 0.725276282619088, 0.29705161576966865, -1.2767537806394318, 0.9288754142475573, 0.5457392051260651, -0.5214764586128142], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.36324460344308557, 0.5958699011792673, 0.19637918423908923, -1.0056375327428348, 1.1177767388443245, 0.5632164143315813, -0.47925741745517886], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[0, [[[0.40369600248442133, 0.8580753831197659, 0.3598503258489397, -1.3003150074727812, 0.9600271653343624, 0.37272916366384456, -0.5532442301595905], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712164235, 0.9179600043832287, 0.3638225365971056, -1.32956068256929, 0.8818363190986782, 0.3470099396019575, -0.5524300121077561], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237806864865, 1.0473663858230493, 0.46449496812768504, -1.600676930465887, 0.692934994501911, 0.32953273039644126, -0.5946490532653914], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[0.40369600248442133, 0.8580753831197659, 0.3598503258489397, -1.3003150074727812, 0.9600271653343624, 0.37272916366384456, -0.5532442301595905], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712164235, 0.9179600043832287, 0.3638225365971056, -1.32956068256929, 0.8818363190986782, 0.3470099396019575, -0.5524300121077561], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237806864865, 1.0473663858230493, 0.46449496812768504, -1.600676930465887, 0.692934994501911, 0.32953273039644126, -0.5946490532653914], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[0.40369600248442133, 0.8580753831197659, 0.3598503258489397, -1.3003150074727812, 0.9600271653343624, 0.37272916366384456, -0.5532442301595905], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3554840712164235, 0.9179600043832287, 0.3638225365971056, -1.32956068256929, 0.8818363190986782, 0.3470099396019575, -0.5524300121077561], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.3279237806864865, 1.0473663858230493, 0.46449496812768504, -1.600676930465887, 0.692934994501911, 0.32953273039644126, -0.5946490532653914], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "gd_weight_decay": [{"ref": [[[1.9620664030803423, -2.3413604721209786, 0.06489395272500159, -0.5619597871443255, -0.394753748070764, -0.17668856312014256, -1.8521821880789933], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.9694781380468374, -2.1852123507914643, 0.013454716238072928, -0.5100064371297726, -0.4707919309632022, -0.14787392205747743, -1.76199903518271], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7164221460232143, -2.1304622855206556, 0.06330485398757109, -0.4662222178135104, -0.5013048475905223, -0.3339890293644888, -1.646937050689383], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[0, [[[2.1197718396900225, -2.769969590507385, 0.7713037407265562, -0.5735794251115341, -0.5105448361501277, -0.2545057630593892, -2.1877900702155086], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.1202453765540117, -2.94754816775622, 0.8580634666135626, -0.6261137570244475, -0.44029620766165767, -0.28721126411901665, -2.2947536172186176], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.3808397305029936, -3.0404150238752665, 0.8504437663828389, -0.6757033423354434, -0.40825850486926035, -0.10806302391508218, -2.4364533308137397], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[2.1197718396900225, -2.769969590507385, 0.7713037407265562, -0.5735794251115341, -0.5105448361501277, -0.2545057630593892, -2.1877900702155086], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.1202453765540117, -2.94754816775622, 0.8580634666135626, -0.6261137570244475, -0.44029620766165767, -0.28721126411901665, -2.2947536172186176], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.3808397305029936, -3.0404150238752665, 0.8504437663828389, -0.6757033423354434, -0.40825850486926035, -0.10806302391508218, -2.4364533308137397], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [1, [[[2.1197718396900225, -2.769969590507385, 0.7713037407265562, -0.5735794251115341, -0.5105448361501277, -0.2545057630593892, -2.1877900702155086], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.1202453765540117, -2.94754816775622, 0.8580634666135626, -0.6261137570244475, -0.44029620766165767, -0.28721126411901665, -2.2947536172186176], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[2.3808397305029936, -3.0404150238752665, 0.8504437663828389, -0.6757033423354434, -0.40825850486926035, -0.10806302391508218, -2.4364533308137397], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "momentum": [{"ref": [[[-0.7234533897190196, -1.399233572701604, -0.4118399263911063, 0.3931683604810493, 1.2593793988927198, 0.20553291986541705, -0.7126492294361436], [[-0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717, -0.9582652054360887, 1.6000190889991115]]], [[-0.6731114017888954, -1.2934072078237588, -0.5506007809756757, 0.4849417679994992, 1.4333077880616447, 0.3405773706823508, -0.7853196102828393], [[-0.5034198793012422, -1.058263648778453, 1.387608545845694, -0.9177340751844989, -1.739283891689249, -1.3504445081693373, 0.7267038084669567]]], [[-0.6831414596871126, -1.1918548822411692, -0.6165424242985277, 0.5265740521103924, 1.5068578076075447, 0.6264197135581588, -0.8250499404083159], [[0.10030057898217148, -1.0155232558258969, 0.6594164332285198, -0.4163228411089321, -0.7355001954590001, -2.8584234287580808, 0.39730330125476704]]], [[-0.5940937761911067, -1.0831422667306352, -0.5469480286137086, 0.5619740684064372, 1.5768413993032615, 0.9141115972422351, -0.7560145870092203], [[-0.8904768349600582, -1.0871261551053393, -0.6959439568481909, -0.3540001629604477, -0.6998359169571684, -2.876918836840762, -0.6903535339909559]]], [[-0.47433182799739215, -0.8761680226015838, -0.34879219787689747, 0.5713555098268881, 1.7507616256185432, 1.0560046824400744, -0.7655415345374179], [[-1.1976194819371453, -2.0697424412905145, -1.9815583073681113, -0.09381441420450976, -1.7392022631528177, -1.4189308519783923, 0.09526947528197582]]]], "mistakes": [[0, [[[-0.8804094607878752, -1.2494844185546858, -0.08488331779939079, 0.44772211564999365, 1.0127136660865657, 0.013879878778199309, -0.3926454116363213], [[-0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717, -0.9582652054360887, 1.6000190889991115]]], [[-0.9307514487179994, -1.355310783432531, 0.05387753678517862, 0.3559487081315438, 0.8387852769176407, -0.12116457203873442, -0.3199750307896256], [[-0.5034198793012422, -1.058263648778453, 1.387608545845694, -0.9177340751844989, -1.739283891689249, -1.3504445081693373, 0.7267038084669567]]], [[-0.9207213908197822, -1.4568631090151207, 0.11981918010803061, 0.3143164240206506, 0.7652352573717407, -0.4070069149145425, -0.28024470066414886], [[0.10030057898217148, -1.0155232558258969, 0.6594164332285198, -0.4163228411089321, -0.7355001954590001, -2.8584234287580808, 0.39730330125476704]]], [[-1.009769074315788, -1.5655757245256547, 0.050224784423211516, 0.2789164077246058, 0.6952516656760238, -0.6946987985986187, -0.34928005406324447], [[-0.8904768349600582, -1.0871261551053393, -0.6959439568481909, -0.3540001629604477, -0.6998359169571684, -2.876918836840762, -0.6903535339909559]]], [[-1.1295310225095025, -1.7725499686547062, -0.14793104631359963, 0.2695349663041548, 0.521331439360742, -0.836591883796458, -0.33975310653504687], [[-1.1976194819371453, -2.0697424412905145, -1.9815583073681113, -0.09381441420450976, -1.7392022631528177, -1.4189308519783923, 0.09526947528197582]]]]], [1, [[[-0.8804094607878752, -1.2494844185546858, -0.08488331779939079, 0.44772211564999365, 1.0127136660865657, 0.013879878778199309, -0.3926454116363213], [[0.7847803553442784, -0.7487457707345911, -1.6347830429585775, -0.27276877584472176, 1.2333286640307717, 0.9582652054360887, -1.6000190889991115]]], [[-0.9307514487179994, -1.355310783432531, 0.05387753678517862, 0.3559487081315438, 0.8387852769176407, -0.12116457203873442, -0.3199750307896256], [[0.5034198793012422, 1.058263648778453, -1.387608545845694, 0.9177340751844989, 1.739283891689249, 1.3504445081693373, -0.7267038084669567]]], [[-0.9207213908197822, -1.4568631090151207, 0.11981918010803061, 0.3143164240206506, 0.7652352573717407, -0.4070069149145425, -0.28024470066414886], [[-0.10030057898217148, 1.0155232558258969, -0.6594164332285198, 0.4163228411089321, 0.7355001954590001, 2.8584234287580808, -0.39730330125476704]]], [[-1.009769074315788, -1.5655757245256547, 0.050224784423211516, 0.2789164077246058, 0.6952516656760238, -0.6946987985986187, -0.34928005406324447], [[0.8904768349600582, 1.0871261551053393, 0.6959439568481909, 0.3540001629604477, 0.6998359169571684, 2.876918836840762, 0.6903535339909559]]], [[-1.1295310225095025, -1.7725499686547062, -0.14793104631359963, 0.2695349663041548, 0.521331439360742, -0.836591883796458, -0.33975310653504687], [[1.1976194819371453, 2.0697424412905145, 1.9815583073681113, 0.09381441420450976, 1.7392022631528177, 1.4189308519783923, -0.09526947528197582]]]]], [1, [[[-0.7234533897190196, -1.399233572701604, -0.4118399263911063, 0.3931683604810493, 1.2593793988927198, 0.20553291986541705, -0.7126492294361436], [[0.7847803553442784, -0.7487457707345911, -1.6347830429585775, -0.27276877584472176, 1.2333286640307717, 0.9582652054360887, -1.6000190889991115]]], [[-0.6731114017888954, -1.2934072078237588, -0.5506007809756757, 0.4849417679994992, 1.4333077880616447, 0.3405773706823508, -0.7853196102828393], [[0.5034198793012422, 1.058263648778453, -1.387608545845694, 0.9177340751844989, 1.739283891689249, 1.3504445081693373, -0.7267038084669567]]], [[-0.6831414596871126, -1.1918548822411692, -0.6165424242985277, 0.5265740521103924, 1.5068578076075447, 0.6264197135581588, -0.8250499404083159], [[-0.10030057898217148, 1.0155232558258969, -0.6594164332285198, 0.4163228411089321, 0.7355001954590001, 2.8584234287580808, -0.39730330125476704]]], [[-0.5940937761911067, -1.0831422667306352, -0.5469480286137086, 0.5619740684064372, 1.5768413993032615, 0.9141115972422351, -0.7560145870092203], [[0.8904768349600582, 1.0871261551053393, 0.6959439568481909, 0.3540001629604477, 0.6998359169571684, 2.876918836840762, 0.6903535339909559]]], [[-0.47433182799739215, -0.8761680226015838, -0.34879219787689747, 0.5713555098268881, 1.7507616256185432, 1.0560046824400744, -0.7655415345374179], [[1.1976194819371453, 2.0697424412905145, 1.9815583073681113, 0.09381441420450976, 1.7392022631528177, 1.4189308519783923, -0.09526947528197582]]]]], [1, [[[-0.7234533897190196, -1.399233572701604, -0.4118399263911063, 0.3931683604810493, 1.2593793988927198, 0.20553291986541705, -0.7126492294361436], [[-0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717, -0.9582652054360887, 1.6000190889991115]]], [[-0.6325349136871737, -1.6398341763116757, -0.5673400195390809, 0.25229657331054944, 1.3074501692493339, 0.2429762060269793, -0.927982284609288], [[-0.909184760318459, 2.4060060361007167, 1.5550009314797457, 1.4087178717049982, -0.4807077035661401, -0.37443286161562245, 2.153330551731444]]], [[-0.4953704382231835, -1.8626833167532693, -0.7662332291755185, 0.1664757475128113, 1.4336993932764188, 0.11237282643181762, -1.1474550469016673], [[-1.3716447546399024, 2.2284914044159345, 1.9889320963643757, 0.8582082579773813, -1.26249224027085, 1.3060337959516168, 2.1947276229237938]]], [[-0.46999714590999353, -2.0805630656369067, -1.0741789925236982, 0.09130604369860609, 1.5435351207963885, -0.03560399029967681, -1.4497731834768335], [[-0.25373292313189966, 2.178797488836373, 3.079457633481797, 0.751697038142052, -1.0983572751996968, 1.4797681673149443, 3.0231813657516606]]], [[-0.48678021587543185, -2.385787729801751, -1.486851054157534, 0.04613188351181072, 1.5314522817752247, -0.051753515240192484, -1.6502007408070993], [[0.16783069965438302, 3.052246641648445, 4.126720616338357, 0.4517416018679537, 0.12082839021163883, 0.1614952494051567, 2.0042755733026585]]]]], [1, [[[-0.8804094607878752, -1.2494844185546858, -0.08488331779939079, 0.44772211564999365, 1.0127136660865657, 0.013879878778199309, -0.3926454116363213], [[-0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717, -0.9582652054360887, 1.6000190889991115]]], [[-0.9713279368197211, -1.0088838149446142, 0.0706167753485838, 0.5885939028204935, 0.9646428957299517, -0.02356340738336294, -0.17731235646317686], [[-0.909184760318459, 2.4060060361007167, 1.5550009314797457, 1.4087178717049982, -0.4807077035661401, -0.37443286161562245, 2.153330551731444]]], [[-1.1084924122837112, -0.7860346745030208, 0.2695099849850214, 0.6744147286182316, 0.8383936717028666, 0.10703997221179876, 0.042160405829202524], [[-1.3716447546399024, 2.2284914044159345, 1.9889320963643757, 0.8582082579773813, -1.26249224027085, 1.3060337959516168, 2.1947276229237938]]], [[-1.1338657045969012, -0.5681549256193834, 0.577455748333201, 0.7495844324324368, 0.7285579441828969, 0.25501678894329316, 0.3444785424043686], [[-0.25373292313189966, 2.178797488836373, 3.079457633481797, 0.751697038142052, -1.0983572751996968, 1.4797681673149443, 3.0231813657516606]]], [[-1.1170826346314628, -0.2629302614545389, 0.9901278099670368, 0.7947585926192322, 0.7406407832040608, 0.27116631388380885, 0.5449060997346344], [[0.16783069965438302, 3.052246641648445, 4.126720616338357, 0.4517416018679537, 0.12082839021163883, 0.1614952494051567, 2.0042755733026585]]]]], [2, [[[-0.7234533897190196, -1.399233572701604, -0.4118399263911063, 0.3931683604810493, 1.2593793988927198, 0.20553291986541705, -0.7126492294361436], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7437416337698805, -1.2260200884576455, -0.4034703071094037, 0.5094909578255242, 1.3223082082988753, 0.2543335021931028, -0.6413178922729192], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7990794808052094, -1.2197114912651166, -0.3445271813061432, 0.4685271751698125, 1.2393226775927428, 0.41863583933367055, -0.6156448796363698], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.7010047452008081, -1.2023959687789134, -0.2155853066307573, 0.4664581357660534, 1.2431112516971496, 0.4490696144295194, -0.5108522291243451], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6613857121534988, -1.0932630786093425, -0.08006443201028335, 0.4439795625200641, 1.3540462454862863, 0.3320400043116901, -0.5825109947117287], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-0.7234533897190196, -1.399233572701604, -0.4118399263911063, 0.3931683604810493, 1.2593793988927198, 0.20553291986541705, -0.7126492294361436], [[-0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717, -0.9582652054360887, 1.6000190889991115]]], [[-0.6710825773838093, -1.3107285562481548, -0.551437742903846, 0.4733095082650517, 1.4270149071210292, 0.33569731244958223, -0.7924527439991618], [[-0.523708123352103, -0.8850501645344943, 1.3959781651273966, -0.8014114778400241, -1.6763550822830937, -1.3016439258416517, 0.7980351456301811]]], [[-0.673752908613916, -1.2253963039667743, -0.6240269645423773, 0.5085691368805133, 1.5031998868909884, 0.6007173692018418, -0.8411701957329836], [[0.02670331230106776, -0.853322522813805, 0.7258922163853126, -0.35259628615461647, -0.7618497976995927, -2.650200567522596, 0.48717451733821837]]], [[-0.587888944677051, -1.133013306675949, -0.5733095768092081, 0.5384406671710456, 1.5751760853779178, 0.8666258178651395, -0.7907025168326011], [[-0.8586396393686503, -0.9238299729082534, -0.5071738773316914, -0.2987153029053228, -0.7197619848692948, -2.6590844866329766, -0.5046767890038251]]], [[-0.4749542473912941, -0.9516490079615922, -0.4056951406909293, 0.5450943285111343, 1.7397961584263772, 1.0006167725560609, -0.809774494850902], [[-1.1293469728575687, -1.8136429871435662, -1.676144361182788, -0.06653661340088671, -1.6462007304845947, -1.3399095469092148, 0.19071978018300995]]]]]]}], "dampening": [{"ref": [[[-0.13279137119797077, 0.34796618936360285, -0.21209036538022352, -0.9395760437757941, -0.4903594859877286, -1.0021879798962523, 0.15319040706825895], [[1.3402152455545335, -0.49220651855132963, -0.6204748998199404, 0.4898420501851982, 0.35688700816006075, 0.10541424899789856, -0.9304680447082047]]], [[-0.2519481521747151, 0.35749961631030813, -0.08903689703217478, -0.960781040240451, -0.42741817973209184, -0.9471983753168144, 0.329019282981584], [[1.1915678097674436, -0.09533426946705276, -1.2305346834804873, 0.21204996464656933, -0.6294130625563674, -0.5498960457943793, -1.7582887591332503]]], [[-0.347434698500051, 0.42945202463452803, 0.008148006539984015, -0.9877030913898535, -0.36142445687052105, -0.7718697456542946, 0.5141999160959083], [[0.9548654632533585, -0.7195240832421991, -0.9718490357215879, 0.269220511494025, -0.6599372286157078, -1.7532862966251979, -1.8518063311432436]]], [[-0.4309475429227997, 0.4885437428261606, 0.1721212080301966, -0.9880452736226192, -0.25310415239227535, -0.5736321169867468, 0.6278175547294963], [[0.8351284442274867, -0.5909171819163254, -1.6397320149021257, 0.00342182232765717, -1.0832030447824568, -1.9823762866754777, -1.1361763863358798]]]], "mistakes": [[0, [[[0.13525167791293594, 0.24952488565333691, -0.33618534534421163, -0.8416076337387544, -0.4189820843557165, -0.9811051300966726, -0.03290320187338199], [[1.3402152455545335, -0.49220651855132963, -0.6204748998199404, 0.4898420501851982, 0.35688700816006075, 0.10541424899789856, -0.9304680447082047]]], [[0.25440845888968033, 0.23999145870663163, -0.4592388136922604, -0.8204026372740975, -0.48192339061135325, -1.0360947346761105, -0.20873207778670705], [[1.1915678097674436, -0.09533426946705276, -1.2305346834804873, 0.21204996464656933, -0.6294130625563674, -0.5498960457943793, -1.7582887591332503]]], [[0.3498950052150162, 0.16803905038241174, -0.5564237172644192, -0.793480586124695, -0.547917113472924, -1.2114233643386303, -0.3939127109010314], [[0.9548654632533585, -0.7195240832421991, -0.9718490357215879, 0.269220511494025, -0.6599372286157078, -1.7532862966251979, -1.8518063311432436]]], [[0.4334078496377649, 0.1089473321907792, -0.7203969187546317, -0.7931384038919292, -0.6562374179511697, -1.409660993006178, -0.5075303495346194], [[0.8351284442274867, -0.5909171819163254, -1.6397320149021257, 0.00342182232765717, -1.0832030447824568, -1.9823762866754777, -1.1361763863358798]]]]], [1, [[[0.13525167791293594, 0.24952488565333691, -0.33618534534421163, -0.8416076337387544, -0.4189820843557165, -0.9811051300966726, -0.03290320187338199], [[-1.3402152455545335, 0.49220651855132963, 0.6204748998199404, -0.4898420501851982, -0.35688700816006075, -0.10541424899789856, 0.9304680447082047]]], [[0.25440845888968033, 0.23999145870663163, -0.4592388136922604, -0.8204026372740975, -0.48192339061135325, -1.0360947346761105, -0.20873207778670705], [[-1.1915678097674436, 0.09533426946705276, 1.2305346834804873, -0.21204996464656933, 0.6294130625563674, 0.5498960457943793, 1.7582887591332503]]], [[0.3498950052150162, 0.16803905038241174, -0.5564237172644192, -0.793480586124695, -0.547917113472924, -1.2114233643386303, -0.3939127109010314], [[-0.9548654632533585, 0.7195240832421991, 0.9718490357215879, -0.269220511494025, 0.6599372286157078, 1.7532862966251979, 1.8518063311432436]]], [[0.4334078496377649, 0.1089473321907792, -0.7203969187546317, -0.7931384038919292, -0.6562374179511697, -1.409660993006178, -0.5075303495346194], [[-0.8351284442274867, 0.5909171819163254, 1.6397320149021257, -0.00342182232765717, 1.0832030447824568, 1.9823762866754777, 1.1361763863358798]]]]], [1, [[[-0.13279137119797077, 0.34796618936360285, -0.21209036538022352, -0.9395760437757941, -0.4903594859877286, -1.0021879798962523, 0.15319040706825895], [[-1.3402152455545335, 0.49220651855132963, 0.6204748998199404, -0.4898420501851982, -0.35688700816006075, -0.10541424899789856, 0.9304680447082047]]], [[-0.2519481521747151, 0.35749961631030813, -0.08903689703217478, -0.960781040240451, -0.42741817973209184, -0.9471983753168144, 0.329019282981584], [[-1.1915678097674436, 0.09533426946705276, 1.2305346834804873, -0.21204996464656933, 0.6294130625563674, 0.5498960457943793, 1.7582887591332503]]], [[-0.347434698500051, 0.42945202463452803, 0.008148006539984015, -0.9877030913898535, -0.36142445687052105, -0.7718697456542946, 0.5141999160959083], [[-0.9548654632533585, 0.7195240832421991, 0.9718490357215879, -0.269220511494025, 0.6599372286157078, 1.7532862966251979, 1.8518063311432436]]], [[-0.4309475429227997, 0.4885437428261606, 0.1721212080301966, -0.9880452736226192, -0.25310415239227535, -0.5736321169867468, 0.6278175547294963], [[-0.8351284442274867, 0.5909171819163254, 1.6397320149021257, -0.00342182232765717, 1.0832030447824568, 1.9823762866754777, 1.1361763863358798]]]]], [1, [[[-0.13279137119797077, 0.34796618936360285, -0.21209036538022352, -0.9395760437757941, -0.4903594859877286, -1.0021879798962523, 0.15319040706825895], [[1.3402152455545335, -0.49220651855132963, -0.6204748998199404, 0.4898420501851982, 0.35688700816006075, 0.10541424899789856, -0.9304680447082047]]], [[-0.2548733344210425, 0.4270299357561369, -0.223458351760683, -1.0065426163444728, -0.6175404537121763, -1.0761521492953119, 0.14484577920241076], [[1.220819632230717, -0.7906374639253406, 0.1136798638045946, 0.6696657256867875, 1.2718096772444767, 0.7396416939905968, 0.08344627865848198]]], [[-0.3765016578755411, 0.4348149834372324, -0.22012632156201142, -1.0589749773250725, -0.7413498718956769, -1.2685578872954912, 0.11040096933081556], [[1.2162832345449859, -0.07785047681095503, -0.03332030198671561, 0.5243236098059961, 1.2380941818350064, 1.9240573800017935, 0.34444809871595206]]], [[-0.4883921962546434, 0.44748697565038376, -0.2936342826584767, -1.1300517660093088, -0.9017043021636595, -1.4821649134669326, 0.13244557161568382], [[1.1189053837910232, -0.1267199221315133, 0.7350796109646527, 0.7107678868423618, 1.6035443026798255, 2.136070261714414, -0.22044602284868248]]]]], [1, [[[0.13525167791293594, 0.24952488565333691, -0.33618534534421163, -0.8416076337387544, -0.4189820843557165, -0.9811051300966726, -0.03290320187338199], [[1.3402152455545335, -0.49220651855132963, -0.6204748998199404, 0.4898420501851982, 0.35688700816006075, 0.10541424899789856, -0.9304680447082047]]], [[0.25733364113600765, 0.17046113926080286, -0.3248173589637522, -0.7746410611700756, -0.29180111663126884, -0.9071409606976129, -0.024558574007533793], [[1.220819632230717, -0.7906374639253406, 0.1136798638045946, 0.6696657256867875, 1.2718096772444767, 0.7396416939905968, 0.08344627865848198]]], [[0.37896196459050624, 0.16267609157970736, -0.32814938916242375, -0.7222087001894759, -0.16799169844776818, -0.7147352226974335, 0.009886235864061413], [[1.2162832345449859, -0.07785047681095503, -0.03332030198671561, 0.5243236098059961, 1.2380941818350064, 1.9240573800017935, 0.34444809871595206]]], [[0.4908525029696086, 0.15000409936655604, -0.25464142806595846, -0.6511319115052397, -0.007637268179785606, -0.5011281965259922, -0.012158366420806838], [[1.1189053837910232, -0.1267199221315133, 0.7350796109646527, 0.7107678868423618, 1.6035443026798255, 2.136070261714414, -0.22044602284868248]]]]], [2, [[[-0.13279137119797077, 0.34796618936360285, -0.21209036538022352, -0.9395760437757941, -0.4903594859877286, -1.0021879798962523, 0.15319040706825895], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.13132878007480708, 0.31320102964068847, -0.14487963801596943, -0.9166952557237832, -0.3952983489976864, -0.9377110929070035, 0.24527715895784558], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.11957422352107303, 0.37657335371287365, -0.1584428559570545, -0.9245328100549944, -0.3859518017661887, -0.8118731073659778, 0.2722118037501774], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.11714917625101942, 0.37090790441270827, -0.08193606768178482, -0.900645146253298, -0.3370258478633567, -0.7714312453946979, 0.21916687258087347], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-0.13279137119797077, 0.34796618936360285, -0.21209036538022352, -0.9395760437757941, -0.4903594859877286, -1.0021879798962523, 0.15319040706825895], [[1.3402152455545335, -0.49220651855132963, -0.6204748998199404, 0.4898420501851982, 0.35688700816006075, 0.10541424899789856, -0.9304680447082047]]], [[-0.2507780792761842, 0.3296874885319766, -0.0352683151407715, -0.9424764097988423, -0.3513692701400581, -0.8956168657254153, 0.40268868449325335], [[1.179867080782134, 0.18278700831626238, -1.76822050239452, 0.029003660230482065, -1.389902158476705, -1.0657111417083698, -2.4949827742499435]]], [[-0.33580791474985494, 0.4273068411134463, 0.09945773778078218, -0.959194337015766, -0.20945429086045872, -0.5731944889978158, 0.6757194948019456], [[0.8502983547367076, -0.9761935258146966, -1.3472605292155369, 0.1671792721692365, -1.4191497927959935, -3.2242237672759946, -2.7303081030869225]]], [[-0.40796968159006214, 0.5049664496964713, 0.3584234043056659, -0.9312426766679435, 0.006335907516278244, -0.21021899839467229, 0.8259663479750216], [[0.7216176684020721, -0.7765960858302501, -2.589656665248837, -0.2795166034782247, -2.1579019837673696, -3.6297549060314345, -1.5024685317307598]]]]], [4, [[[-0.06578060892024411, 0.3233558634360364, -0.24311411037122055, -0.9150839412665341, -0.4725151355797256, -0.9969172674463573, 0.10666700483284872], [[0.6701076227772668, -0.24610325927566482, -0.3102374499099702, 0.2449210250925991, 0.17844350408003037, 0.05270712449894928, -0.46523402235410233]]], [[-0.12462770384703445, 0.3107399970479318, -0.14798201251506912, -0.9142460454728571, -0.3935139139568861, -0.937184021662014, 0.24062481873430455], [[0.5884709492679034, 0.12615866388104557, -0.9513209785615142, -0.008378957936769876, -0.7900122162283947, -0.5973324578434337, -1.3395781390145582]]], [[-0.1658355327274117, 0.3627580413708229, -0.07592634238561792, -0.9213294935897591, -0.3130662672648329, -0.7575861149150793, 0.38812149603794666], [[0.4120782888037725, -0.5201804432289105, -0.720556701294512, 0.07083448116901969, -0.8044764669205324, -1.795979067469347, -1.4749667730364207]]], [[-0.20049753144969762, 0.4039088319612595, 0.06543054900615784, -0.9038169330932744, -0.191737431339153, -0.5555061368715581, 0.4678235744419206], [[0.3466199872228593, -0.41150790590436576, -1.4135689139177576, -0.17512560496484758, -1.213288359256799, -2.020799780435212, -0.7970207840397392]]]]]]}], "nesterov": [{"ref": [[[-1.908050433633578, -1.5184437683211869, -1.6256357721014134, -0.49743645276640425, -2.3025059217328225, -0.3522580539839506, -1.2432706478092763], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.856249087263667, -1.7119151122728404, -1.7303006613966174, -0.833204709755971, -2.1392004558350837, -0.36460751127095725, -1.434058954178561], [[0.1506456330199324, 1.4715136596514977, 1.2103585785143256, 2.1307398272004763, -0.8846218209783843, 0.472267980483992, 1.7172716339148981]]], [[-1.917492334272271, -1.5196126058395585, -1.8967692003813812, -0.9832800728509848, -2.0219939969875376, -0.3733539019097249, -1.6147625804905295], [[0.3936913367389367, -0.3150856687613002, 1.449477952900279, 1.7991681449634558, -1.035907488082108, 0.26973952043329963, 1.7645161756016274]]], [[-1.6042661568717431, -1.7890593145892977, -1.8505029966414759, -0.7031527995374403, -1.922510336624267, -0.672124082394461, -1.6591542062046458], [[-1.4620734583895976, 1.268889466111696, 0.443088484321683, -0.622116527720177, -1.0142912331087384, 1.7002459859143841, 1.069463586938225]]]], "mistakes": [[0, [[[-1.568482363360186, -1.154841818041078, -1.0965776450285607, -0.2057978097904153, -2.322657237660584, -0.025536338185264962, -0.6711878083834157], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.620283709730097, -0.9613704740894244, -0.9919127557333567, 0.12997044719915152, -2.485962703558323, -0.01318688089825834, -0.48039950201413095], [[0.1506456330199324, 1.4715136596514977, 1.2103585785143256, 2.1307398272004763, -0.8846218209783843, 0.472267980483992, 1.7172716339148981]]], [[-1.559040462721493, -1.1536729805227064, -0.8254442167485929, 0.2800458102941653, -2.603169162405869, -0.004440490259490686, -0.29969587570216255], [[0.3936913367389367, -0.3150856687613002, 1.449477952900279, 1.7991681449634558, -1.035907488082108, 0.26973952043329963, 1.7645161756016274]]], [[-1.872266640122021, -0.8842262717729671, -0.8717104204884982, -8.146301937933531e-05, -2.7026528227691395, 0.29432969022524536, -0.2553042499880463], [[-1.4620734583895976, 1.268889466111696, 0.443088484321683, -0.622116527720177, -1.0142912331087384, 1.7002459859143841, 1.069463586938225]]]]], [1, [[[-1.747202400346182, -1.3462112655569247, -1.375029290856378, -0.35929183240935686, -2.3120512819091306, -0.1974951359740469, -0.9722840396601845], [[-0.8936001849299788, -0.956847237579234, -1.3922582291390866, -0.7674701130947078, 0.053029778757267734, -0.8597939889439096, -1.5054811563838433]]], [[-1.668284840032683, -1.2748101507713085, -1.2618296360190033, -0.3115269205028379, -2.3079777437875006, -0.12483635677393494, -0.8539634519247876], [[-0.1506456330199324, -1.4715136596514977, -1.2103585785143256, -2.1307398272004763, 0.8846218209783843, -0.472267980483992, -1.7172716339148981]]], [[-1.6586636464282785, -1.1392230647150607, -1.1673921434817167, -0.13775201750442959, -2.377234632794734, -0.08502963373470865, -0.7170541666284631], [[-0.3936913367389367, 0.3150856687613002, -1.449477952900279, -1.7991681449634558, 1.035907488082108, -0.26973952043329963, -1.7645161756016274]]], [[-1.6086106915378782, -1.1802696695646948, -1.0413700125639085, 0.030394280819483227, -2.4603233943910365, -0.07775553675485553, -0.5689423466936989], [[1.4620734583895976, -1.268889466111696, -0.443088484321683, 0.622116527720177, 1.0142912331087384, -1.7002459859143841, -1.069463586938225]]]]], [1, [[[-1.7293303966475821, -1.3270743208053402, -1.3471841262735962, -0.3439424301474627, -2.313111877484276, -0.18029925619516868, -0.9421744165325076], [[-0.8936001849299788, -0.956847237579234, -1.3922582291390866, -0.7674701130947078, 0.053029778757267734, -0.8597939889439096, -1.5054811563838433]]], [[-1.808247956961081, -1.3984754355909563, -1.4603837811109708, -0.3917073420539816, -2.317185415605906, -0.2529580353952806, -1.0604950042679044], [[-0.1506456330199324, -1.4715136596514977, -1.2103585785143256, -2.1307398272004763, 0.8846218209783843, -0.472267980483992, -1.7172716339148981]]], [[-1.8178691505654856, -1.5340625216472041, -1.5548212736482574, -0.56548224505239, -2.2479285265986726, -0.2927647584345069, -1.197404289564229], [[-0.3936913367389367, 0.3150856687613002, -1.449477952900279, -1.7991681449634558, 1.035907488082108, -0.26973952043329963, -1.7645161756016274]]], [[-1.8679221054558859, -1.49301591679757, -1.6808434045660656, -0.7336285433763028, -2.16483976500237, -0.30003885541436004, -1.3455161094989931], [[1.4620734583895976, -1.268889466111696, -0.443088484321683, 0.622116527720177, 1.0142912331087384, -1.7002459859143841, -1.069463586938225]]]]], [1, [[[-1.908050433633578, -1.5184437683211869, -1.6256357721014134, -0.49743645276640425, -2.3025059217328225, -0.3522580539839506, -1.2432706478092763], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.9738961032787357, -1.6020519060234066, -1.7379819503845708, -0.574001699181228, -2.2898415594525154, -0.418885900992752, -1.368838007408062], [[1.4578346998540295, 0.2508113679911236, 1.2957062339360301, -0.7492936236300024, 0.7891682192153024, 1.0753611996150452, 0.9925944475760198]]], [[-2.094561816637122, -1.605973147206211, -1.8465357076557631, -0.5121239386720281, -2.3513667067169393, -0.5044371415415478, -1.4514278747125018], [[1.053940962847629, 1.8651781936396594, 0.8059803783050412, -0.5558665617500294, 0.9499992464953342, 1.123126741655834, 0.6743632977401987]]], [[-2.1617670780132334, -1.7725772465709921, -1.9032057015655859, -0.44468506858840284, -2.427496900744713, -0.6099852117909146, -1.5008652921184256], [[2.7649425280175066, 0.12619380627882726, 1.5868240137631053, 1.741087952612261, 0.9369738156806418, -0.4466663500341639, 1.1255279390694186]]]]], [1, [[[-1.568482363360186, -1.154841818041078, -1.0965776450285607, -0.2057978097904153, -2.322657237660584, -0.025536338185264962, -0.6711878083834157], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.5026366937150284, -1.0712336803388582, -0.9842314667454032, -0.12923256337559158, -2.335321599940891, 0.041091508823536446, -0.54562044878463], [[1.4578346998540295, 0.2508113679911236, 1.2957062339360301, -0.7492936236300024, 0.7891682192153024, 1.0753611996150452, 0.9925944475760198]]], [[-1.381970980356642, -1.0673124391560538, -0.8756777094742109, -0.19111032388479152, -2.2737964526764674, 0.12664274937233222, -0.4630305814801902], [[1.053940962847629, 1.8651781936396594, 0.8059803783050412, -0.5558665617500294, 0.9499992464953342, 1.123126741655834, 0.6743632977401987]]], [[-1.3147657189805304, -0.9007083397912727, -0.8190077155643882, -0.2585491939684168, -2.1976662586486935, 0.2321908196216989, -0.4135931640742665], [[2.7649425280175066, 0.12619380627882726, 1.5868240137631053, 1.741087952612261, 0.9369738156806418, -0.4466663500341639, 1.1255279390694186]]]]], [2, [[[-1.908050433633578, -1.5184437683211869, -1.6256357721014134, -0.49743645276640425, -2.3025059217328225, -0.3522580539839506, -1.2432706478092763], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.7838674722843386, -1.6344104860289224, -1.6175277448363514, -0.7710396305952998, -2.1434958679144223, -0.29496419816650055, -1.3121149805114698], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.8329084230183281, -1.3229153731638692, -1.6859572389614548, -0.7485250676870749, -2.0979437765661255, -0.26545688238606485, -1.3537196044763316], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.4877932473419464, -1.617884021083274, -1.522283321036627, -0.32266517463149036, -2.082368622737506, -0.5423781617157035, -1.255185419966716], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [3, [[[-1.908050433633578, -1.5184437683211869, -1.6256357721014134, -0.49743645276640425, -2.3025059217328225, -0.3522580539839506, -1.2432706478092763], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.8621314380644205, -1.7064219519603687, -1.7306847258460152, -0.8202445592272339, -2.146732511015955, -0.36732143075704693, -1.430797906840036], [[0.21600508636163718, 1.410478545068479, 1.2146259612854107, 1.9867381546589526, -0.8009323189687001, 0.5024226414405446, 1.6810377745979541]]], [[-1.9263458083905136, -1.5239306329078912, -1.8942575257451004, -0.959722266142037, -2.0384626324740074, -0.379908063891316, -1.606595845201628], [[0.42670381804437124, -0.2060724756412522, 1.4173030741705173, 1.681416409627782, -0.9366121513532359, 0.3124088814944263, 1.710008531708556]]], [[-1.6321412029288176, -1.7882352111883826, -1.8531381318876814, -0.6902294129899884, -1.947759664830289, -0.6690171388642836, -1.6512397605003346], [[-1.2507226590692424, 1.2117546831200527, 0.5002752607937541, -0.5039563037035546, -0.9167279806692693, 1.5929003691169568, 1.0722668045447847]]]]], [5, [[[-1.82762641698988, -1.432327516939056, -1.5003325314788958, -0.4283641425878806, -2.3072786018209763, -0.27487659497899875, -1.1077773437347305], [[0.8936001849299788, 0.956847237579234, 1.3922582291390866, 0.7674701130947078, -0.053029778757267734, 0.8597939889439096, 1.5054811563838433]]], [[-1.8426909802918732, -1.5794788829042057, -1.6213683893303283, -0.6414381253079282, -2.218816419723138, -0.32210339302739793, -1.2795045071262203], [[0.1506456330199324, 1.4715136596514977, 1.2103585785143256, 2.1307398272004763, -0.8846218209783843, 0.472267980483992, 1.7172716339148981]]], [[-1.882060113965767, -1.5479703160280756, -1.7663161846203563, -0.8213549398042738, -2.1152256709149273, -0.3490773450707279, -1.455956124686383], [[0.3936913367389367, -0.3150856687613002, 1.449477952900279, 1.7991681449634558, -1.035907488082108, 0.26973952043329963, 1.7645161756016274]]], [[-1.7358527681268072, -1.6748592626392451, -1.8106250330525246, -0.7591432870322561, -2.0137965476040534, -0.5191019436621663, -1.5629024833802054], [[-1.4620734583895976, 1.268889466111696, 0.443088484321683, -0.622116527720177, -1.0142912331087384, 1.7002459859143841, 1.069463586938225]]]]]]}], "adagrad": [{"ref": [[[-1.203338449053876, -0.8250246402233953, -0.681805257340241, 0.36697585638114627, -0.14858072945116357, 0.2264830514827678, 0.94304257060971], [[0.7360551229263878, 0.22579949357552118, 0.20319232901718742, 0.5699227501396158, 0.6639220295187999, 0.11823616322871126, 0.002639914037554098]]], [[-1.1283565004394458, -0.7327887065039662, -0.7379335890236323, 0.45957561731533675, -0.1273469257039784, 0.1486816769226879, 1.0429068988943744], [[1.681371226641443, 1.512861456010433, 0.29664801018820297, 3.9986602006833314, 0.6952699742752285, 0.29956366214078506, 0.9735655851043598]]], [[-1.0632262114994724, -0.6801928853295245, -0.8144858405713521, 0.4660546309423994, -0.03601835794757714, 0.20986414086927707, 0.9712413749500858], [[2.920038123541482, 2.091413417231043, 0.7165838779248597, 4.015516381790984, 4.190663787324613, 0.4787881309190441, 2.001552305744981]]], [[-1.1131170926443608, -0.7201332764981696, -0.7874136975412139, 0.5337876104215189, -0.044273839594855056, 0.2345118461818423, 0.9658208914295706], [[3.8877340025357707, 2.4883662769105457, 0.7732558726190305, 7.419319527671757, 4.219420393527184, 0.5097563044292033, 2.00745052493037]]]], "mistakes": [[6, [[[-1.2198971853118405, -0.9354695948427147, -0.5599619426413278, 0.399438068423365, -0.12585335017013421, 0.417303430077671, 2.7893215446552726], [[0.7360551229263878, 0.22579949357552118, 0.20319232901718742, 0.5699227501396158, 0.6639220295187999, 0.11823616322871126, 0.002639914037554098]]], [[-1.162070950277555, -0.8604800755860215, -0.6630151264827674, 0.4457457049086062, -0.1003879173600555, 0.2751547915906276, 2.890532559236754], [[1.681371226641443, 1.512861456010433, 0.29664801018820297, 3.9986602006833314, 0.6952699742752285, 0.29956366214078506, 0.9735655851043598]]], [[-1.1239565804128147, -0.8241110810039979, -0.7534476088074638, 0.4489789467650463, -0.05577452607698436, 0.3635757616156225, 2.8398770356795033], [[2.920038123541482, 2.091413417231043, 0.7165838779248597, 4.015516381790984, 4.190663787324613, 0.4787881309190441, 2.001552305744981]]], [[-1.1492596321089377, -0.8494305830624644, -0.7226610589063525, 0.47384564604989166, -0.05979350767322227, 0.39809770135146605, 2.8360512943458818], [[3.8877340025357707, 2.4883662769105457, 0.7732558726190305, 7.419319527671757, 4.219420393527184, 0.5097563044292033, 2.00745052493037]]]]], [7, [[[-1.1959633133996037, -0.7939582054946659, NaN, NaN, NaN, NaN, NaN], [[0.8579365494757685, 0.47518364194858514, -0.4507685980824168, -0.7549322818237513, -0.8148141073390911, -0.3438548577942607, -0.05138009378693365]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.11433712789858852, -0.6593038910084377, -0.14506337867814245, -2.6066173118825127, -0.9918676155122664, 0.08197080948294061, -1.036735700188402]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-1.2272912585347253, -1.4199299234452782, 0.5029612101583126, -2.736448668294021, -2.861464848353978, -0.3413783003286415, -0.02283890039040415]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.2435759140400443, -0.7898879727154058, 0.2649024050403946, -4.581388544246831, -2.6918871192661924, -0.5173560645778763, 0.05396096409768392]]]]], [8, [[[-1.203338449053876, -0.8250246402233953, -0.681805257340241, 0.36697585638114627, -0.14858072945116357, 0.2264830514827678, 0.94304257060971], [[0.7360551229263878, 0.22579949357552118, 0.20319232901718742, 0.5699227501396158, 0.6639220295187999, 0.11823616322871126, 0.002639914037554098]]], [[-1.1033384490641613, -0.7250246402322098, -0.7818052573075298, 0.4669758563757458, -0.04858072950764368, 0.12648305150625155, 1.0430425705995614], [[0.9453161037150553, 1.2870619624349118, 0.09345568117101553, 3.4287374505437156, 0.03134794475642865, 0.18132749891207378, 0.9709256710668056]]], [[-1.0033384490731465, -0.6250246402453569, -0.8818052572920982, 0.5669758562987228, 0.051419270487007576, 0.22648305148263037, 0.9430425706094243], [[1.238666896900039, 0.5785519612206098, 0.41993586773665664, 0.016856181107652062, 3.4953938130493847, 0.17922446877825904, 1.0279867206406215]]], [[-1.103338449062981, -0.7250246402294849, -0.7818052573341047, 0.6669758562933026, -0.048580729454022406, 0.326483051425805, 0.8430425707396328], [[0.9676958789942889, 0.39695285967950306, 0.056671994694170884, 3.403803145880773, 0.02875660620257046, 0.030968173510159236, 0.00589821918538869]]]]], [9, [[[-1.203338449053876, -0.8250246402233953, -0.681805257340241, 0.36697585638114627, -0.14858072945116357, 0.2264830514827678, 0.94304257060971], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.1033384490641613, -0.7250246402322098, -0.7818052573075298, 0.4669758563757458, -0.04858072950764368, 0.12648305150625155, 1.0430425705995614], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.0033384490731465, -0.6250246402453569, -0.8818052572920982, 0.5669758562987228, 0.051419270487007576, 0.22648305148263037, 0.9430425706094243], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.103338449062981, -0.7250246402294849, -0.7818052573341047, 0.6669758562933026, -0.048580729454022406, 0.326483051425805, 0.8430425707396328], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adagrad_lr_decay": [{"ref": [[[0.09317322012690488, 1.1461432922120973, 0.6415884212984951, 0.8239565411943658, 1.5187762233542426, -1.1055581426515624, -0.7269554710083758], [[1.7441513184871635, 0.011610602969090241, 0.9975288391822204, 0.00048170971173754583, 0.24589704031656096, 3.651036887999408, 0.021627868885488274]]], [[0.13091318753672027, 1.0795990726452227, 0.5973237373796388, 0.7573076834661364, 1.5265019047599389, -1.1259192027828056, -0.7920164138858805], [[2.5666973794919468, 3.1636180793153175, 1.7840301235980334, 0.9017461510740331, 0.24924423700254955, 4.0266370552351765, 0.454447334213585]]], [[0.1414216517196271, 1.09306420720856, 0.6016043936995377, 0.7841880757298316, 1.5647871938604578, -1.1189276602348435, -0.7553199988188615], [[2.6853105761295404, 3.410997021008608, 1.7972029154089937, 1.268318286700512, 0.6024835802025584, 4.106938658733861, 0.985039719488692]]], [[0.12447709672008594, 1.1192188211378917, 0.5806667106187637, 0.8036114633528554, 1.5877992174487023, -1.0967418326019742, -0.7495671038627242], [[3.27256885164152, 5.958488605937156, 2.475457495099003, 1.6596516954121292, 0.9005340154258461, 5.931726659420834, 1.0058455083387323]]]], "mistakes": [[6, [[[0.06889275189362018, 1.9741959292509428, 0.6414646337861896, 5.2802030069676436, 1.4171145581004574, -1.1532231834897995, -1.3069307658083869], [[1.7441513184871635, 0.011610602969090241, 0.9975288391822204, 0.00048170971173754583, 0.24589704031656096, 3.651036887999408, 0.021627868885488274]]], [[0.09244943757773413, 1.9367832929870388, 0.6083243459745883, 5.210016995673739, 1.4325893291318843, -1.1633699845027865, -1.403442156293741], [[2.5666973794919468, 3.1636180793153175, 1.7840301235980334, 0.9017461510740331, 0.24924423700254955, 4.0266370552351765, 0.454447334213585]]], [[0.09886215328870677, 1.9440740064121447, 0.611517440711316, 5.233885294966252, 1.4819134465797312, -1.1599200257969944, -1.366468128104928], [[2.6853105761295404, 3.410997021008608, 1.7972029154089937, 1.268318286700512, 0.6024835802025584, 4.106938658733861, 0.985039719488692]]], [[0.08949547138635237, 1.9547887123674654, 0.5982098055737636, 5.248962349313259, 1.506163056090609, -1.150810724445776, -1.3607319740876829], [[3.27256885164152, 5.958488605937156, 2.475457495099003, 1.6596516954121292, 0.9005340154258461, 5.931726659420834, 1.0058455083387323]]]]], [7, [[[NaN, NaN, 0.6416502576513043, NaN, 1.5483574711210908, NaN, -0.6653044170594938], [[-1.3206632116051251, -0.10775250794802987, 0.9987636553170226, -0.02194788627038025, 0.4958800664642217, -1.910768664176647, 0.14706416587832766]]], [[NaN, NaN, 0.5985944036213935, NaN, 1.55418520694511, NaN, -0.7141895176444661], [[-2.227606462864421, 1.6676368792981109, 1.8856127317758151, 0.9274015969876535, 0.4380251039632522, -1.2979063898965535, 0.804954327932828]]], [[NaN, NaN, 0.6029068058619711, NaN, NaN, NaN, -0.5825410144236409], [[-2.5720091292849845, 1.1702648438022554, 1.7708399483689452, 0.3219495876372187, -0.15631431354160152, -1.5812817655005114, 0.07653660074937518]]], [[NaN, NaN, 0.5824547148315282, NaN, NaN, NaN, NaN], [[-1.805681343339584, -0.42582148999317826, 2.594402076984637, -0.303616882621232, -0.7022542692357123, -2.9321289073663013, -0.06770551809959494]]]]], [8, [[[0.09317322012690488, 1.1461432922120973, 0.6415884212984951, 0.8239565411943658, 1.5187762233542426, -1.1055581426515624, -0.7269554710083758], [[1.7441513184871635, 0.011610602969090241, 0.9975288391822204, 0.00048170971173754583, 0.24589704031656096, 3.651036887999408, 0.021627868885488274]]], [[0.15983988678622085, 1.0794766255491857, 0.5749217546393457, 0.7572898745347215, 1.5854428899056785, -1.172224809307351, -0.7936221376649091], [[0.8225460610047831, 3.152007476346227, 0.786501284415813, 0.9012644413622956, 0.0033471966859885834, 0.3756001672357686, 0.43281946532809673]]], [[0.20983988677170295, 1.1294766255391329, 0.6249217545957814, 0.8072898745264633, 1.6354428898972657, -1.1222248093249956, -0.7436221376717733], [[0.1186131966375937, 0.2473789416932905, 0.01317279181096027, 0.36657213562647895, 0.3532393432000089, 0.08030160349868416, 0.530592385275107]]], [[0.16983988677692266, 1.1694766255366267, 0.5849217546006383, 0.8472898745200691, 1.675442889889939, -1.0822248093279567, -0.7036221376995044], [[0.5872582755119796, 2.547491584928548, 0.6782545796900095, 0.3913334087116171, 0.29805043522328767, 1.8247880006869734, 0.020805788850040422]]]]], [9, [[[0.09317322012690488, 1.1461432922120973, 0.6415884212984951, 0.8239565411943658, 1.5187762233542426, -1.1055581426515624, -0.7269554710083758], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.15983988678622085, 1.0794766255491857, 0.5749217546393457, 0.7572898745347215, 1.5854428899056785, -1.172224809307351, -0.7936221376649091], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.20983988677170295, 1.1294766255391329, 0.6249217545957814, 0.8072898745264633, 1.6354428898972657, -1.1222248093249956, -0.7436221376717733], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[0.16983988677692266, 1.1694766255366267, 0.5849217546006383, 0.8472898745200691, 1.675442889889939, -1.0822248093279567, -0.7036221376995044], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [10, [[[0.059839886796095525, 1.1128099589096991, 0.674921754628491, 0.7906232080129074, 1.5521095566808538, -1.1388914759831512, -0.6936221376977083], [[1.7441513184871635, 0.011610602969090241, 0.9975288391822204, 0.00048170971173754583, 0.24589704031656096, 3.651036887999408, 0.021627868885488274]]], [[0.08814486235345707, 1.0629017942345431, 0.6417232416893488, 0.7406365647167354, 1.557903817735126, -1.1541622710815835, -0.742417844855837], [[2.5666973794919468, 3.1636180793153175, 1.7840301235980334, 0.9017461510740331, 0.24924423700254955, 4.0266370552351765, 0.454447334213585]]], [[0.09655163369978252, 1.0736739018852128, 0.6451477667452679, 0.7621408785276916, 1.5885320490155415, -1.1485690370432138, -0.7130607128022217], [[2.6853105761295404, 3.410997021008608, 1.7972029154089937, 1.268318286700512, 0.6024835802025584, 4.106938658733861, 0.985039719488692]]], [[0.08243117120016491, 1.0954694134929892, 0.6276996975112895, 0.7783270348802114, 1.6077087353390784, -1.1300808473491561, -0.7082666336721074], [[3.27256885164152, 5.958488605937156, 2.475457495099003, 1.6596516954121292, 0.9005340154258461, 5.931726659420834, 1.0058455083387323]]]]]]}], "rmsprop": [{"ref": [[[1.7951338148579632, -3.046709135533473, 0.9264412004298607, 0.038014453373503204, 1.349872797980371, 0.41725202255646415, 1.7956358523744602], [[0.0001007666245085353, 0.02664928393610152, 0.033696274390277836, 0.01867163396151518, 0.012733432699203639, 0.006115918036996365, 0.05175948894277642], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7635399065064052, -3.0242532787942578, 0.9440016243967724, 0.06885344721959541, 1.318873687309799, 0.43910421413575396, 1.7674695100311009], [[0.04969679188303845, 0.04838145792229338, 0.04384798523451545, 0.3432536217555889, 0.2934338613161875, 0.010534966046321557, 0.2254146326597396], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7467949853381832, -3.0541978986566933, 0.9147291216488279, 0.0632183870218572, 1.2975750466294047, 0.4691866396472645, 1.7465298833011407], [[0.06215486489601328, 0.421442439042804, 0.2757338945823363, 0.31905964922947944, 0.48335650574365346, 0.09975494007334314, 0.3612851323798767], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7750201785398103, -3.059686489630775, 0.897019429185015, 0.059080985321007286, 1.3030571546129806, 0.48966955888458186, 1.7524357724255253], [[0.2751047901197337, 0.39107931554108105, 0.36155669459187006, 0.29215481778437313, 0.4484998493571789, 0.15467214462440237, 0.3369078041800552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[11, [[[1.816215637923778, -3.067790984879375, 0.9475230499663632, 0.059096302384188254, 1.3287909494035872, 0.3961701750829937, 1.8167177022067216], [[0.0009068996205768179, 0.23984355542491373, 0.3032664695125006, 0.16804470565363666, 0.11460089429283278, 0.0550432623329673, 0.4658354004849879], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.8056757829922208, -3.0577825154024576, 0.956954127885808, 0.06960721154022839, 1.3182737440986907, 0.40612342439792365, 1.8063260875084561], [[0.44654560725088477, 0.24355827696070956, 0.15201869150063865, 2.9548468312773912, 2.5492240364114216, 0.05078008455052019, 1.6560633735496666], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.796375878543717, -3.0682858996649114, 0.9464506800751817, 0.06448843888661925, 1.3083540742297637, 0.4166315622235204, 1.7963487183325633], [[0.20150433053659653, 3.425447969910732, 2.141638239991516, 0.38666718997278393, 2.228316678672905, 0.8175392441399358, 1.5913140042299663], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.8068633713662952, -3.073410686617688, 0.9368674192318394, 0.05675751559646279, 1.3146124193378925, 0.4265041240325569, 1.8030092109137617], [[1.992639138473556, 0.4485748806140901, 1.2347295292090579, 0.08367692029785312, 0.34414261555830766, 0.6657882114395358, 0.26489206576649216], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [12, [[[-1.3231563594892743, -2.884619669367086, 0.7857942631303727, -0.1617868838036752, 1.5984879502728613, 0.7899895048807202, 1.6882617878020967], [[0.0001007666245085353, 0.02664928393610152, 0.033696274390277836, 0.01867163396151518, 0.012733432699203639, 0.006115918036996365, 0.05175948894277642], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.464878958766307, -2.782528052174218, 0.8696552748033868, -0.10914970177749803, 1.5412618550045665, 1.0028906803619795, 1.6289365631974992], [[0.04969679188303845, 0.04838145792229338, 0.04384798523451545, 0.3432536217555889, 0.2934338613161875, 0.010534966046321557, 0.2254146326597396], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.5320443411286102, -2.8286544634799635, 0.8139091387430979, -0.1191258435473973, 1.5106268398216172, 1.098136432167921, 1.594099311527027], [[0.06215486489601328, 0.421442439042804, 0.2757338945823363, 0.31905964922947944, 0.48335650574365346, 0.09975494007334314, 0.3612851323798767], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.4782312623692477, -2.837431106609829, 0.7844565949045791, -0.12678041983301752, 1.518812739762928, 1.150218207755493, 1.6042742021266034], [[0.2751047901197337, 0.39107931554108105, 0.36155669459187006, 0.29215481778437313, 0.4484998493571789, 0.15467214462440237, 0.3369078041800552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [13, [[[1.821122400935577, NaN, 0.9339707216233604, 0.04885004844481784, NaN, NaN, 1.8004362372277352], [[0.0031743759151766394, -0.051622944449248066, 0.05804849213397177, 0.04321068613377387, -0.035683935740335085, -0.02473038219881845, 0.07194406781853276], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.795105862847461, NaN, 0.963532651278082, NaN, NaN, NaN, 1.770419328152841], [[0.07328853770985833, -0.0958540730278413, 0.015472270518574971, -0.1417894214382567, 0.13580520458254544, -0.04468643181822429, 0.19847740408622055], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.782385478443747, NaN, 0.9259903204307467, NaN, NaN, NaN, 1.7476103195592965], [[0.10770624331959114, 0.10812761173743435, 0.16763604107953384, -0.09578063535914064, 0.27030102611013435, -0.1352301407973992, 0.3044914779764997], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, 0.9049995380019417, NaN, NaN, NaN, 1.754611162740476], [[-0.05110674377158689, 0.1316384873211172, 0.25736008389260473, -0.06383935765834939, 0.20655717377522212, -0.2022631311856029, 0.2397623286646051], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[1.7951338148579632, -3.046709135533473, 0.9264412004298607, 0.038014453373503204, 1.349872797980371, 0.41725202255646415, 1.7956358523744602], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7635110396760967, -3.01508636095635, 0.9580639743120378, 0.06963722942171938, 1.3182500219742064, 0.4488747946996525, 1.7640130765205644], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7318882654698198, -3.0467091370436203, 0.9264411983609255, 0.0380144559617409, 1.2866272460478498, 0.48049757024884165, 1.7323903007134027], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.7635110413960213, -3.07833191073186, 0.8948184226983178, 0.0063916838316856045, 1.3182500199257587, 0.5121203456091531, 1.764013074397934], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "rmsprop_momentum": [{"ref": [[[-1.4624957984775484, -0.9049249413968727, 0.36231558067623265, -0.5557094031313541, 0.557238979263869, 0.7757008517707417, -1.4751541602496794], [[0.10344187506757307, 0.035479731131026926, 0.4385191928182848, 0.05309875735276707, 0.02905096062781115, 0.00405973296102704, 0.004621550551907929], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.162277561846133, -3.1622774922841836, 3.1622776124148264, 3.162277522935618, -3.1622774746359954, 3.1622771638604683, 3.162277195004395]]], [[-1.5011763858184344, -0.9057687060333649, 0.3256629050001246, -0.6133641316524453, 0.5610812867919382, 0.7687741339135657, -1.4722711431245088], [[0.1039559060043513, 0.22604923820666617, 0.42305954809850843, 0.32356058573181207, 0.06636937988514133, 0.006812948940920712, 0.23654133523813062], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.8680587340885904, 0.0843764636492157, 3.6652675676108, 5.765472852109124, -0.3842307528069231, 0.692671785717593, -0.2883017125170584]]], [[-1.5091105587158564, -0.9110222679347095, 0.282119729559201, -0.685674663435991, 0.584196232424096, 0.7530642876333151, -1.4542845365233033], [[0.3370887311800457, 0.20763810545001754, 0.42849873361534546, 0.49951763013857414, 0.0973463389077823, 0.006736532792837314, 0.27898058147449206], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.7934172897422007, 0.5253561901344626, 4.354317544092362, 7.2310531783545775, -2.3114945632157733, 1.5709846280250641, -1.7986606601205464]]], [[-1.5087995943031138, -0.888630757777924, 0.23179540988489372, -0.7405531188234405, 0.6074482909784752, 0.7112453114356824, -1.444713903808687], [[0.32121640541510676, 0.7064630003990302, 0.44023767751582243, 0.5017817125051639, 0.08814016515619552, 0.0259306673830566, 0.26258062318460196], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.031096441274267916, -2.2391510156785577, 5.032431967430728, 5.487845538744947, -2.325205855437922, 4.181897619763274, -0.9570632714616347]]]], "mistakes": [[11, [[[-1.4414139482837347, -0.9260067909723579, 0.38339743131954584, -0.5346275532834116, 0.5361571298452565, 0.7967826984269051, -1.454072313316681], [[0.9309768756081579, 0.31931758017924244, 3.946672735364564, 0.4778888161749037, 0.2614586456503004, 0.036537596649243366, 0.04159395496717137], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.0540925424647654, -1.0540925347356596, 1.0540925480835095, 1.0540925381413746, -1.0540925327747495, 1.0540924982441306, 1.0540925017045675]]], [[-1.4584441518536997, -0.9269658536925058, 0.36730248694734047, -0.554555273259735, 0.5354642384327601, 0.7972184977143724, -1.453028686519302], [[0.19082165355263558, 1.7789890797166021, 0.6501977445949256, 2.5297342186463863, 0.38815750244603175, 0.03208646314889172, 2.095596853169439], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.7030203569964923, 0.09590627201479107, 1.6094944372205404, 1.9927719976323335, 0.06928914124963914, -0.04357992874673122, -0.10436267973791147]]], [[-1.4632759985617432, -0.932238980549846, 0.3429931762829368, -0.5823847193895927, 0.5448246979970495, 0.789249645701708, -1.443024941951528], [[2.2108379073404296, 0.21564302754782202, 0.49472603739968346, 2.1277913486841284, 0.3773408233449992, 0.008652555028967227, 0.8044001031585146], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.483184670804349, 0.5273126857340152, 2.43093106644037, 2.782944612985774, -0.9360459564289323, 0.7968852012664388, -1.000374456777417]]], [[-1.4607880008034497, -0.9264680897354673, 0.3110676034594961, -0.5986858288369229, 0.5567757553327243, 0.7715621649949544, -1.4419282691700641], [[0.381612716911634, 4.697862652200913, 0.5407719590980725, 0.6827217432924371, 0.042490223587222965, 0.17967534632842394, 0.18392290903388364], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.24879977582934593, -0.577089081437862, 3.1925572823440724, 1.6301109447330218, -1.1951057335674795, 1.7687480706753507, -0.10966727814637844]]]]], [12, [[[-1.5291952632385808, -0.7686635580516874, 0.34618480410658037, -0.6613193694272957, 0.7111485357729364, 0.31101685679742824, -1.9086944349877166], [[0.10344187506757307, 0.035479731131026926, 0.4385191928182848, 0.05309875735276707, 0.02905096062781115, 0.00405973296102704, 0.004621550551907929], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [9.832224037949361, -16.788415826802712, 4.775355269380055, 13.723274152529784, -18.55323312554274, 49.63067666119181, 46.51630466880812]]], [[-1.6493831494161848, -0.6792030789101409, 0.29061159479744914, -0.836152686566501, 0.7825685041210921, 0.1252275343006647, -2.262895450503391], [[0.1039559060043513, 0.22604923820666617, 0.42305954809850843, 0.32356058573181207, 0.06636937988514133, 0.006812948940920712, 0.23654133523813062], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [12.018788617760409, -8.946047914154647, 5.557320930913126, 17.483331713920524, -7.141996834815579, 18.578932249676356, 35.420101551567434]]], [[-1.711257621550887, -0.6085513588869106, 0.2244701379294005, -1.0223966584158175, 0.9098484991015809, -0.157433693905706, -2.5525353283214534], [[0.3370887311800457, 0.20763810545001754, 0.42849873361534546, 0.49951763013857414, 0.0973463389077823, 0.006736532792837314, 0.27898058147449206], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [6.187447213470229, -7.065172002323029, 6.614145686804865, 18.624397184931652, -12.727999498048874, 28.26612282063707, 28.963987781806225]]], [[-1.7537967079639738, -0.5126991605008997, 0.14816001883586755, -1.1756154430301369, 1.032648182288332, -0.58372286952349, -2.8261249080618795], [[0.32121640541510676, 0.7064630003990302, 0.44023767751582243, 0.5017817125051639, 0.08814016515619552, 0.0259306673830566, 0.26258062318460196], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [4.253908641308674, -9.585219838601095, 7.631011909353295, 15.321878461431945, -12.279968318675111, 42.628917561778394, 27.358957974042628]]]]], [13, [[[-1.46276445940731, NaN, 0.3481771844554738, -0.5510808659456053, NaN, 0.7931289849202193, -1.4581935126120824], [[0.10170637888921867, -0.05956486475349954, 0.2094084985902637, 0.07286889415434206, -0.053898943058107496, 0.02014877902262824, 0.02149779186778942], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.189143654822271, NaN, 4.576117234490714, 2.6994238043607486, NaN, 1.4194638489127032, 1.4662124312446905]]], [[-1.500806094997063, NaN, 0.2961549814269609, -0.6098791415840608, NaN, 0.8740585108928997, NaN], [[0.12448755194223979, 0.08571767104097158, 0.24175205035314928, 0.2316457587956922, 0.014912962663387076, 0.000359792771431635, -0.13309277573908837], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [3.804163558975302, NaN, 5.2022203028512894, 5.87982756384554, NaN, -8.092952597268033, NaN]]], [[NaN, NaN, 0.23642964556772103, -0.6870964984826815, NaN, 0.9382541797421535, NaN], [[-0.04401517333161062, 0.09762465161347317, 0.2866747036975901, 0.35281174204340665, -0.047908503186244886, 0.008101208598104868, -0.2010813331672105], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [NaN, NaN, 5.972533585923986, 7.721735689862069, NaN, -6.419566884925386, NaN]]], [[NaN, NaN, 0.1698519493084054, -0.7420013265244888, NaN, 0.9764580601262676, NaN], [[-0.08184699277529643, -0.14008269844201127, 0.33189147878111536, 0.2452700354714954, -0.050387179256536324, 0.051864384530772065, -0.14706435165778448], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [NaN, NaN, 6.657769625931564, 5.490482804180733, NaN, -3.820388038411405, NaN]]]]], [9, [[[-1.4624957984775484, -0.9049249413968727, 0.36231558067623265, -0.5557094031313541, 0.557238979263869, 0.7757008517707417, -1.4751541602496794], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.4941185720444978, -0.9365477172808157, 0.3306928059512706, -0.5873321791308596, 0.5256162042389247, 0.8073236227462652, -1.443531384303988], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.462495796083618, -0.9681704889993891, 0.2990700307968096, -0.6189549550396894, 0.5572389792100897, 0.7757008590023516, -1.4119086089323494], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-1.4308730218497319, -0.9365477128364078, 0.2674472555485943, -0.5873321798218869, 0.5888617420557252, 0.7440780846441634, -1.4435313825849507], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [14, [[[-1.4624957984775484, -0.9049249413968727, 0.36231558067623265, -0.5557094031313541, 0.557238979263869, 0.7757008517707417, -1.4751541602496794], [[0.10344187506757307, 0.035479731131026926, 0.4385191928182848, 0.05309875735276707, 0.02905096062781115, 0.00405973296102704, 0.004621550551907929], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.03162277561846133, -0.03162277492284184, 0.031622776124148266, 0.03162277522935618, -0.03162277474635995, 0.031622771638604684, 0.03162277195004395]]], [[-1.5011763858184344, -0.9057687060333649, 0.3256629050001246, -0.6133641316524453, 0.5610812867919382, 0.7687741339135657, -1.4722711431245088], [[0.1039559060043513, 0.22604923820666617, 0.42305954809850843, 0.32356058573181207, 0.06636937988514133, 0.006812948940920712, 0.23654133523813062], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.038680587340885905, 0.0008437646364921579, 0.036652675676108006, 0.05765472852109124, -0.0038423075280692304, 0.00692671785717593, -0.002883017125170584]]], [[-1.5091105587158564, -0.9110222679347095, 0.282119729559201, -0.685674663435991, 0.584196232424096, 0.7530642876333151, -1.4542845365233033], [[0.3370887311800457, 0.20763810545001754, 0.42849873361534546, 0.49951763013857414, 0.0973463389077823, 0.006736532792837314, 0.27898058147449206], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.007934172897422008, 0.005253561901344626, 0.04354317544092363, 0.07231053178354578, -0.023114945632157734, 0.015709846280250638, -0.017986606601205466]]], [[-1.5087995943031138, -0.888630757777924, 0.23179540988489372, -0.7405531188234405, 0.6074482909784752, 0.7112453114356824, -1.444713903808687], [[0.32121640541510676, 0.7064630003990302, 0.44023767751582243, 0.5017817125051639, 0.08814016515619552, 0.0259306673830566, 0.26258062318460196], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-0.00031096441274267896, -0.02239151015678558, 0.05032431967430728, 0.05487845538744947, -0.02325205855437922, 0.04181897619763274, -0.009570632714616351]]]]]]}], "rmsprop_centered": [{"ref": [[[-0.5915545736833678, 0.648406534585219, 1.044635555576246, 1.0295290772026862, 1.8294016606319978, -0.3837576009593034, 0.5351906728424771], [[1.3396115568878932, 0.661952668731637, 1.7762138248562458, 0.9743731570860397, 0.6285950187563422, 1.7890901291693846, 1.568772019583135], [-0.0649387042068017, -0.09087000959121536, 0.01054911894403808, 0.13586130140200373, -0.03696435732150593, 0.027125141241723938, 0.12159542432235693], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966811240616221, 0.6411837060413128, 1.041914398410965, 1.0314092729400937, 1.849470266437838, -0.39137696478342704, 0.5469657770614665], [[1.238191914348034, 0.6285151278210213, 1.6105033913959215, 0.8800080017025995, 0.9145818739132128, 1.7084801237999692, 1.6388972756106595], [-0.001399664710265494, -0.024548643114034742, 0.04400644984157711, 0.10474759206453894, -0.22004221238776922, 0.12355848308113827, -0.041230125552114416], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5987241876085407, 0.642624766955692, 1.0407738201139645, 1.0285595882789422, 1.8532485638644374, -0.39854869319105507, 0.55708522768123], [[1.1190419975010721, 0.5668384916430176, 1.4513374241510064, 0.7983745860078348, 0.8342687728419105, 1.6188092423715537, 1.640156088239489], [0.020348806076982685, -0.032932951299175395, 0.05333304745991232, 0.11950650971163768, -0.23142224839701123, 0.2013009871173273, -0.16561724496706928], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6064146043272365, 0.662072586933356, 1.030815448940012, 1.0344713006178687, 1.848887412035743, -0.41056843543504434, 0.5731585498970244], [[1.069849084362658, 0.7964230833205348, 1.4469421291531033, 0.7444419473970917, 0.7648334169327476, 1.6843513845412867, 1.9438600074133656], [0.09750438361399584, -0.19883434900618427, 0.1666329789579002, 0.05665908085617135, -0.17087478144470206, 0.3319764143013284, -0.36532376316859705], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[11, [[[-0.5875940245659746, 0.6412032646044741, 1.0481687874192542, 1.026745173528153, 1.8279961666915883, -0.38120247481217373, 0.5342562537788474], [[0.2680620132207375, 1.8781665498736173, 0.6377283463758086, 0.12474384626561379, 0.8143281441785504, 0.2313754822563413, 1.2898282085876365], [-0.0649387042068017, -0.09087000959121536, 0.01054911894403808, 0.13586130140200373, -0.03696435732150593, 0.027125141241723938, 0.12159542432235693], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5976833605329408, 0.6329596395229904, 1.0397744755589302, 1.0370108944103207, 1.8384821045794286, -0.39169682097153574, 0.5444834099907389], [[0.3196798196624441, 0.482636188650293, 0.17097137586528183, 0.04012382755303526, 3.221050027710398, 0.9078286161533402, 2.1720049427313075], [-0.001399664710265494, -0.024548643114034742, 0.04400644984157711, 0.10474759206453894, -0.22004221238776922, 0.12355848308113827, -0.041230125552114416], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6056495848911486, 0.6374699776637492, 1.032004458119074, 1.0253760511220955, 1.8439789579810062, -0.4018928639966734, 0.5544096856101325], [[0.07399145325681962, 0.05883750830191477, 0.034056484638620876, 0.06131884303476014, 0.42241077965121104, 0.8213770401795675, 1.703537355982192], [0.020348806076982685, -0.032932951299175395, 0.05333304745991232, 0.11950650971163768, -0.23142224839701123, 0.2013009871173273, -0.16561724496706928], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6162102500229211, 0.6480804240090067, 1.0213606819925503, 1.0358515440487788, 1.833944884556962, -0.41250682249145754, 0.5649047216245179], [[0.5718007248309187, 2.582299718406562, 1.2700516752186406, 0.23927526421383882, 0.1681647703403754, 2.1289453016799524, 4.3798294875786485], [0.09750438361399584, -0.19883434900618427, 0.1666329789579002, 0.05665908085617135, -0.17087478144470206, 0.3319764143013284, -0.36532376316859705], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [12, [[[-0.5919812747347277, 0.6525803164504212, 1.0433170651167472, 1.0294973254592388, 1.8324368657034644, -0.384118726043944, 0.5369683100631257], [[1.3396115568878932, 0.661952668731637, 1.7762138248562458, 0.9743731570860397, 0.6285950187563422, 1.7890901291693846, 1.568772019583135], [-0.0649387042068017, -0.09087000959121536, 0.01054911894403808, 0.13586130140200373, -0.03696435732150593, 0.027125141241723938, 0.12159542432235693], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5965884166657032, 0.6434652940004748, 1.0411715376778223, 1.0315142246592615, 1.8540002693857214, -0.38997421088187006, 0.5461709884271607], [[1.238191914348034, 0.6285151278210213, 1.6105033913959215, 0.8800080017025995, 0.9145818739132128, 1.7084801237999692, 1.6388972756106595], [-0.001399664710265494, -0.024548643114034742, 0.04400644984157711, 0.10474759206453894, -0.22004221238776922, 0.12355848308113827, -0.041230125552114416], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5985201138518113, 0.6453811751049833, 1.0402238463592546, 1.0282960243173216, 1.8582763961475266, -0.39568282680074496, 0.554139487117005], [[1.1190419975010721, 0.5668384916430176, 1.4513374241510064, 0.7983745860078348, 0.8342687728419105, 1.6188092423715537, 1.640156088239489], [0.020348806076982685, -0.032932951299175395, 0.05333304745991232, 0.11950650971163768, -0.23142224839701123, 0.2013009871173273, -0.16561724496706928], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6059885022515918, 0.6677351685571229, 1.0318645399334923, 1.0351625381854543, 1.8531916421441634, -0.40526299331911614, 0.5660853783048478], [[1.069849084362658, 0.7964230833205348, 1.4469421291531033, 0.7444419473970917, 0.7648334169327476, 1.6843513845412867, 1.9438600074133656], [0.09750438361399584, -0.19883434900618427, 0.1666329789579002, 0.05665908085617135, -0.17087478144470206, 0.3319764143013284, -0.36532376316859705], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [13, [[[-0.5914934817915334, 0.6564495127101819, 1.0448234345457348, 1.0295375670885376, 1.83145915365108, -0.38374838036782444, 0.5351514671365133], [[1.2895775566759353, 0.31644848892936706, 1.6562861466457832, 0.9861353726900598, 0.45332306735671746, 1.7662769120582695, 1.5553010039366062], [-0.0649387042068017, -0.09087000959121536, 0.01054911894403808, 0.13586130140200373, -0.03696435732150593, 0.027125141241723938, 0.12159542432235693], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966630623917051, 0.6466545539636072, 1.04202709451387, 1.0314286899296357, 1.8763903375729531, -0.3914124249544242, 0.548641454425807], [[1.2176649700841977, 0.3420380055544895, 1.5251697747731479, 0.8699942562237893, 0.22121646982263185, 1.6887950768160294, 1.2491048961007098], [-0.001399664710265494, -0.024548643114034742, 0.04400644984157711, 0.10474759206453894, -0.22004221238776922, 0.12355848308113827, -0.041230125552114416], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5987075291643398, 0.6486471348781752, 1.0408600480903405, 1.028596744647298, 1.886358927343542, -0.3986042202164653, 0.5617014324313974], [[1.1175069773919994, 0.2969950325024964, 1.386380039898326, 0.808228507454963, 0.16571056559234976, 1.6100139214787292, 0.9956842745204726], [0.020348806076982685, -0.032932951299175395, 0.05333304745991232, 0.11950650971163768, -0.23142224839701123, 0.2013009871173273, -0.16561724496706928], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6063437737924763, 0.7185612568656078, 1.0306063730697286, 1.034799525242113, 1.8769290980116524, -0.4109603085329547, 0.5909593157400337], [[1.0849467377975108, 0.09810083641532039, 1.3663752721524725, 0.6765088788251641, 0.18654475114572283, 1.5998180552265902, 0.6798476043701908], [0.09750438361399584, -0.19883434900618427, 0.1666329789579002, 0.05665908085617135, -0.17087478144470206, 0.3319764143013284, -0.36532376316859705], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[-0.5915545736833678, 0.648406534585219, 1.044635555576246, 1.0295290772026862, 1.8294016606319978, -0.3837576009593034, 0.5351906728424771], [[1.4735552498462878, 0.5099259335888895, 1.9185245096663004, 1.0805768209385929, 0.6053783780785661, 1.983804460033515, 1.6036399959575722], [-0.03146281780119783, 0.0573498241215757, 0.08992781221991693, 0.13582785284075283, 0.06061457288054009, 0.05141360357068667, 0.010633796386184351], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5964499088363435, 0.6401441135384872, 1.0420080324900134, 1.0313136840458583, 1.8493549436256094, -0.39102229774403663, 0.546918688900605], [[1.4735552498462878, 0.5099259335888895, 1.9185245096663004, 1.0805768209385929, 0.6053783780785661, 1.983804460033515, 1.6036399959575722], [-0.03146281780119783, 0.0573498241215757, 0.08992781221991693, 0.13582785284075283, 0.06061457288054009, 0.05141360357068667, 0.010633796386184351], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5983230236175419, 0.6417449694169515, 1.040961216958194, 1.0287344331873571, 1.8538339844413194, -0.3976500362949112, 0.557096522725672], [[1.4735552498462878, 0.5099259335888895, 1.9185245096663004, 1.0805768209385929, 0.6053783780785661, 1.983804460033515, 1.6036399959575722], [-0.03146281780119783, 0.0573498241215757, 0.08992781221991693, 0.13582785284075283, 0.06061457288054009, 0.05141360357068667, 0.010633796386184351], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6050487726867309, 0.6615290627977592, 1.032185798839023, 1.0338411616981988, 1.8487919845711516, -0.40838357336452547, 0.572918936948737], [[1.4735552498462878, 0.5099259335888895, 1.9185245096663004, 1.0805768209385929, 0.6053783780785661, 1.983804460033515, 1.6036399959575722], [-0.03146281780119783, 0.0573498241215757, 0.08992781221991693, 0.13582785284075283, 0.06061457288054009, 0.05141360357068667, 0.010633796386184351], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [15, [[[-0.5915595657433468, 0.6482962725596332, 1.0446353901266705, 1.0295423314533265, 1.829389094759509, -0.3837578954033074, 0.5352331213969082], [[1.3396115568878932, 0.661952668731637, 1.7762138248562458, 0.9743731570860397, 0.6285950187563422, 1.7890901291693846, 1.568772019583135], [-0.0649387042068017, -0.09087000959121536, 0.01054911894403808, 0.13586130140200373, -0.03696435732150593, 0.027125141241723938, 0.12159542432235693], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.5966861120659978, 0.6410769075596077, 1.041915869496267, 1.0314107691591403, 1.8489192545487558, -0.39134314014201665, 0.5470021172505859], [[1.238191914348034, 0.6285151278210213, 1.6105033913959215, 0.8800080017025995, 0.9145818739132128, 1.7084801237999692, 1.6388972756106595], [-0.001399664710265494, -0.024548643114034742, 0.04400644984157711, 0.10474759206453894, -0.22004221238776922, 0.12355848308113827, -0.041230125552114416], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.598728797585293, 0.6425165891629863, 1.0407764094326555, 1.0285866879554484, 1.8525742658109852, -0.3984245382063592, 0.5570365950393786], [[1.1190419975010721, 0.5668384916430176, 1.4513374241510064, 0.7983745860078348, 0.8342687728419105, 1.6188092423715537, 1.640156088239489], [0.020348806076982685, -0.032932951299175395, 0.05333304745991232, 0.11950650971163768, -0.23142224839701123, 0.2013009871173273, -0.16561724496706928], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[-0.6063849680008797, 0.6614755623315505, 1.0309140507476364, 1.0344856400066786, 1.848297169420777, -0.4100443984104271, 0.5725483257230924], [[1.069849084362658, 0.7964230833205348, 1.4469421291531033, 0.7444419473970917, 0.7648334169327476, 1.6843513845412867, 1.9438600074133656], [0.09750438361399584, -0.19883434900618427, 0.1666329789579002, 0.05665908085617135, -0.17087478144470206, 0.3319764143013284, -0.36532376316859705], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adam_moments": [{"ref": [[[1.1022624534943812, 0.33943127660112654, -0.5389715154463823, -1.2592418568568249, -1.8956212698284463, 0.01963829097835184, -0.8115670995062253], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [0.0007606560184492928, 4.92704620750656e-05, 2.6880106330659744e-06, 0.005183739990212125, 0.000855896214055187, 0.004108103110196784, 0.003458201825116552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102399821844406, 0.34038980084525033, -0.5396892636709013, -1.2585786234588534, -1.8966034497336652, 0.020268080557075064, -0.8125223205906305], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [0.0011086660568694713, 0.0002718584409054501, 0.001806325022039183, 0.005178988327220958, 0.0013324121013426275, 0.004115492653653365, 0.004657124690901842], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1020209536633316, 0.3413127755157096, -0.5399290660589696, -1.2581669961083404, -1.8972360015176075, 0.021069017306872703, -0.8134978748788559], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0022341750174658124, 0.001094841826602037, 0.0021796648756781676, 0.005291614148195526, 0.0013751839530311122, 0.009332210138012357, 0.00875761983152844], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102324250695141, 0.34217147199084863, -0.5396975172894601, -1.2579781975382065, -1.8980058439344245, 0.021767827477372884, -0.8142139230068602], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [0.006962467419289598, 0.005426567636751335, 0.003805948118599146, 0.005605379457881107, 0.004599469693050432, 0.009378298174860338, 0.00890180370580582], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]], "mistakes": [[16, [[[1.1044247300194319, 0.34159354980122925, -0.536809256881098, -1.2570795796314804, -1.8977835464185142, 0.02180056815007658, -0.8137293766340281], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [0.0007606560184492928, 4.92704620750656e-05, 2.6880106330659744e-06, 0.005183739990212125, 0.000855896214055187, 0.004108103110196784, 0.003458201825116552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1050084892504104, 0.3456668841017988, -0.5398593930845165, -1.2542611088703872, -1.901957408887528, 0.024476916310475355, -0.817788675646289], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [0.0011086660568694713, 0.0002718584409054501, 0.001806325022039183, 0.005178988327220958, 0.0013324121013426275, 0.004115492653653365, 0.004657124690901842], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1031330029634987, 0.35023582463506325, -0.5410464711019886, -1.252223456874684, -1.9050886882893248, 0.028441741332433414, -0.8226178984794199], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0022341750174658124, 0.001094841826602037, 0.0021796648756781676, 0.005291614148195526, 0.0013751839530311122, 0.009332210138012357, 0.00875761983152844], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1047834288982934, 0.35490852091275443, -0.5397864716982266, -1.2511960875966641, -1.9092778748764185, 0.032244397889698746, -0.8265143573709188], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [0.006962467419289598, 0.005426567636751335, 0.003805948118599146, 0.005605379457881107, 0.004599469693050432, 0.009378298174860338, 0.00890180370580582], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [17, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [0.0007606560184492928, 4.92704620750656e-05, 2.6880106330659744e-06, 0.005183739990212125, 0.000855896214055187, 0.004108103110196784, 0.003458201825116552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [0.0011086660568694713, 0.0002718584409054501, 0.001806325022039183, 0.005178988327220958, 0.0013324121013426275, 0.004115492653653365, 0.004657124690901842], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0022341750174658124, 0.001094841826602037, 0.0021796648756781676, 0.005291614148195526, 0.0013751839530311122, 0.009332210138012357, 0.00875761983152844], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [0.006962467419289598, 0.005426567636751335, 0.003805948118599146, 0.005605379457881107, 0.004599469693050432, 0.009378298174860338, 0.00890180370580582], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [18, [[[1.1022624534943812, 0.33943127660112654, -0.5389715154463823, -1.2592418568568249, -1.8956212698284463, 0.01963829097835184, -0.8115670995062253], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [0.0007606560184492928, 4.92704620750656e-05, 2.6880106330659744e-06, 0.005183739990212125, 0.000855896214055187, 0.004108103110196784, 0.003458201825116552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1023208294349935, 0.3398386102779829, -0.5392765291384188, -1.2589600097415903, -1.8960386561895788, 0.01990592583606879, -0.8119730294668748], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [0.0011086660568694713, 0.0002718584409054501, 0.001806325022039183, 0.005178988327220958, 0.0013324121013426275, 0.004115492653653365, 0.004657124690901842], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102261521338576, 0.33998309290743695, -0.5393140678494144, -1.2588955735188805, -1.8961376759652804, 0.02003130462498124, -0.8121257429180048], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0022341750174658124, 0.001094841826602037, 0.0021796648756781676, 0.005291614148195526, 0.0013751839530311122, 0.009332210138012357, 0.00875761983152844], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1022780255999018, 0.340029819876557, -0.5393014678533343, -1.258885299824728, -1.8961795678373283, 0.020069331194480566, -0.8121647075110495], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [0.006962467419289598, 0.005426567636751335, 0.003805948118599146, 0.005605379457881107, 0.004599469693050432, 0.009378298174860338, 0.00890180370580582], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [19, [[[NaN, NaN, NaN, NaN, -1.8955831152381315, NaN, -0.8119307798558479], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [-0.000872155959934514, -0.00022196950708389124, -5.184602813201776e-05, -0.002276782815775833, 0.0009251465905764273, -0.0020268456059100277, 0.0018596241085543485], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.8964751975299483, NaN, -0.8131301019626058], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [-0.00028071569237471655, -0.0006935920557101219, 0.0012912023552768895, -0.0022537195710426138, 0.0016151424116091356, -0.0019175916808569125, 0.00295429586457607], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.8971013320183947, NaN, -0.8144241209102012], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0007809874776934886, -0.0016002326050474783, 0.0006774193744779962, -0.0019082387993591392, 0.0014035171175623556, -0.0042005883057305085, 0.004977459103633272], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[NaN, NaN, NaN, NaN, -1.8980245577998558, NaN, -0.8154222389613766], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [-0.0013947708836530126, -0.0036801752261871965, -0.0005993704646294212, -0.0013414793201134338, 0.0031981261070750657, -0.004431802770014865, 0.004581404293985135], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [20, [[[1.1002624534943812, 0.33743127660112654, -0.5409715154463823, -1.2612418568568249, -1.8956212698284463, 0.017638290978351838, -0.8115670995062253], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [-0.000872155959934514, -0.00022196950708389124, -5.184602813201776e-05, -0.002276782815775833, 0.0009251465905764273, -0.0020268456059100277, 0.0018596241085543485], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.099533958116967, 0.33641250501418957, -0.5420278029969182, -1.2621887378111158, -1.8966137135860532, 0.01669627850570079, -0.8125536407434703], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [-0.00028071569237471655, -0.0006935920557101219, 0.0012912023552768895, -0.0022537195710426138, 0.0016151424116091356, -0.0019175916808569125, 0.00295429586457607], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.0982786622747132, 0.33536772268835424, -0.5429325646447938, -1.2630477692139968, -1.8975286738011095, 0.01568789947407871, -0.8135577482874268], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0007809874776934886, -0.0016002326050474783, 0.0006774193744779962, -0.0019082387993591392, 0.0014035171175623556, -0.0042005883057305085, 0.004977459103633272], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.0971319587728774, 0.33428145202942394, -0.544438765369217, -1.2637136883450795, -1.898560399809448, 0.014722860028646359, -0.8144896859185401], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [-0.0013947708836530126, -0.0036801752261871965, -0.0005993704646294212, -0.0013414793201134338, 0.0031981261070750657, -0.004431802770014865, 0.004581404293985135], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [21, [[[1.1024090374114692, 0.34293639903968176, -0.5206837064122143, -1.259802640607852, -1.8957021796091256, 0.019131668473238432, -0.8111048425923191], [[-0.0872155959934513, -0.0221969507083891, -0.00518460281320177, -0.22767828157758302, 0.09251465905764264, -0.20268456059100254, 0.18596241085543463], [0.0007606560184492928, 4.92704620750656e-05, 2.6880106330659744e-06, 0.005183739990212125, 0.000855896214055187, 0.004108103110196784, 0.003458201825116552], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1025934933752337, 0.3455355892822439, -0.5214387648665247, -1.2593905902273266, -1.8969052143145466, 0.019570594114767786, -0.8117306653688342], [[-0.019437225234119934, -0.0671617074508816, 0.12963351120619576, -0.20283180722808042, 0.15235528991420677, -0.1716933965871818, 0.27701930778291867], [0.0011086660568694713, 0.0002718584409054501, 0.001806325022039183, 0.005178988327220958, 0.0013324121013426275, 0.004115492653653365, 0.004657124690901842], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.102154686947623, 0.34706265431143596, -0.5217199562987871, -1.259080810078603, -1.8978390256205355, 0.02002448285725313, -0.8123013574455432], [[0.08864874272687498, -0.1511789508451, 0.055420982241214625, -0.14822592129402923, 0.11611874575926905, -0.38301547858390866, 0.4519291304968044], [0.0022341750174658124, 0.001094841826602037, 0.0021796648756781676, 0.005291614148195526, 0.0013751839530311122, 0.009332210138012357, 0.00875761983152844], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1023844027229728, 0.347799338448209, -0.5214827559665021, -1.2589214423289323, -1.8985564104747408, 0.020480521293112147, -0.8127809886780528], [[-0.13771386893269305, -0.34421534113506635, -0.07773235795620062, -0.07691820511999173, 0.2841081218463692, -0.3682554359845265, 0.36762848239267354], [0.006962467419289598, 0.005426567636751335, 0.003805948118599146, 0.005605379457881107, 0.004599469693050432, 0.009378298174860338, 0.00890180370580582], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [9, [[[1.1022624534943812, 0.33943127660112654, -0.5389715154463823, -1.2592418568568249, -1.8956212698284463, 0.01963829097835184, -0.8115670995062253], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1015183166886293, 0.3401754134023958, -0.5397156522621153, -1.259985993174243, -1.8963654066367857, 0.018894154252904208, -0.8123112363201974], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1008795030996499, 0.34081422698960584, -0.5390768386807726, -1.2606248067414207, -1.8957265930900467, 0.019532967847462696, -0.8129500499141377], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.101460631456502, 0.34139535534621834, -0.5384957103276816, -1.2612059350830518, -1.8963077214457722, 0.020114096160321133, -0.8123689215816428], [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]], [22, [[[1.1015472009044696, 0.3387160240444977, -0.5396867678565154, -1.2599571094537465, -1.8949060172378835, 0.018923038381966916, -0.8108518469102801], [[-0.7849403639410619, -0.19977255637550195, -0.04666142531881594, -2.0491045341982477, 0.8326319315187839, -1.8241610453190233, 1.673661697698912], [0.7598953624308429, 0.049221191612990496, 0.002685322622432906, 5.1785562502219085, 0.855040317841131, 4.103995007086584, 3.454743623291433], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1013667987428442, 0.33893785849962926, -0.5398978407242394, -1.2593721181568418, -1.895146065476504, 0.01908495081990245, -0.8110993172308814], [[0.4530172640457701, -0.4446373219575329, 1.2040307411108149, -0.186202637694126, 0.7050920640128341, -0.08591173302941774, 1.1542444118871387], [0.3491818191066198, 0.22246383323477992, 1.8018387450399542, 0.005610201172268178, 0.47774945203583485, 0.015590143927297039, 1.2046334301660866], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1011763016130889, 0.33912963751761355, -0.5397560116795252, -1.2595430499190228, -1.8950326356326341, 0.019267610988259395, -0.8112927032969017], [[1.0005819353428236, -0.8610644594495124, -0.43083952648817275, 0.2902840831317757, -0.11849993007037019, -2.0650139682019475, 1.9389302226183125], [1.1258401908456632, 0.822654452726589, 0.3765728712274023, 0.11769261469366023, 0.04453790897807336, 5.215627734179555, 4.102251746482344], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]], [[1.1013332993216343, 0.33930270156966646, -0.539584349268229, -1.2597179412616497, -1.8951968961828163, 0.01957998253971568, -0.8112193632988535], [[-1.857421442947643, -1.9594950143152388, -1.191585130408462, 0.5373945247148888, 1.6045612629602066, -0.41837494415127274, -0.15807659322822248], [4.726921890455252, 4.329310485776648, 1.6272110177600858, 0.3188555595246355, 3.222479800957354, 0.06058045447318684, 0.1568908043612824], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]]]}], "adam_update": [{"ref": [[[-0.36823978278615016, 0.9937396133685168, 0.4151106503034943, -0.6167155713579713, 0.6713734716869627, -1.4491784692711716, 0.5940873175062091], [[-0.21907505240199318, 0.036725254111798306, 0.09904662340076908, -0.1924514415210132, 0.08182463827850807, -0.07224726030934644, -0.07934062220193512], [1.5063155217628603, 1.173082848424966, 1.7588768531812984, 1.7661306012429074, 1.1371138699948524, 0.6879706854188951, 1.7330661308015731], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36826360187406204, 0.9926916353946923, 0.4153300282589208, -0.6146642288553806, 0.6703812247689134, -1.4487689856546997, 0.5951856847495768], [[0.0029475083595227047, 0.11324872227926147, -0.02906456471674948, -0.2720044889667582, 0.10532534299338453, -0.03381810907001786, -0.14409216481588122], [1.5312984019915314, 1.167783417326782, 1.7552608673858583, 1.7582303778934831, 1.126746554463811, 0.6820646947172924, 1.721018666643662], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36926777478611433, 0.9916535161891393, 0.41618107227690565, -0.6125256526683238, 0.6696530938722319, -1.4465476440835001, 0.5968134541307325], [[0.12424054155577556, 0.11162556166084227, -0.11242644228796987, -0.2822638110829459, 0.07691346925727208, -0.18576735750734485, -0.21290416305235235], [1.5307690071974782, 1.1561997063616682, 1.7451504841705363, 1.7420513085588845, 1.1157987596978682, 0.6993717857671509, 1.7107342505563745], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]], "mistakes": [[18, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.21907505240199318, 0.036725254111798306, 0.09904662340076908, -0.1924514415210132, 0.08182463827850807, -0.07224726030934644, -0.07934062220193512], [1.5063155217628603, 1.173082848424966, 1.7588768531812984, 1.7661306012429074, 1.1371138699948524, 0.6879706854188951, 1.7330661308015731], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.0029475083595227047, 0.11324872227926147, -0.02906456471674948, -0.2720044889667582, 0.10532534299338453, -0.03381810907001786, -0.14409216481588122], [1.5312984019915314, 1.167783417326782, 1.7552608673858583, 1.7582303778934831, 1.126746554463811, 0.6820646947172924, 1.721018666643662], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.12424054155577556, 0.11162556166084227, -0.11242644228796987, -0.2822638110829459, 0.07691346925727208, -0.18576735750734485, -0.21290416305235235], [1.5307690071974782, 1.1561997063616682, 1.7451504841705363, 1.7420513085588845, 1.1157987596978682, 0.6993717857671509, 1.7107342505563745], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]], [19, [[[-0.36823456086974843, 0.9937399492066854, 0.4151111726366413, -0.6167099802178636, 0.6713743110981641, -1.449179890227143, 0.5940891754984441], [[-0.21907505240199318, 0.036725254111798306, 0.09904662340076908, -0.1924514415210132, 0.08182463827850807, -0.07224726030934644, -0.07934062220193512], [1.497540698144843, 1.175410049257987, 1.7613397536944102, 1.7525714058820598, 1.1396058221357637, 0.6902208168148887, 1.7224296909649133], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36825860652979997, 0.9926937132937494, 0.41533202482079135, -0.6146390730136995, 0.6703840972452159, -1.4487717134201161, 0.5951949831686829], [[0.0029475083595227047, 0.11324872227926147, -0.02906456471674948, -0.2720044889667582, 0.10532534299338453, -0.03381810907001786, -0.14409216481588122], [1.5025767967155261, 1.1716755481232715, 1.7319057035797218, 1.7251658726634547, 1.1313780807686786, 0.6864390511675792, 1.69793683357185], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36927312443547256, 0.9916577107306728, 0.4161927887635762, -0.6124768575725866, 0.6696567734039663, -1.4464920445476854, 0.5968411866488712], [[0.12424054155577556, 0.11162556166084227, -0.11242644228796987, -0.2822638110829459, 0.07691346925727208, -0.18576735750734485, -0.21290416305235235], [1.4997098071515913, 1.1609289638029894, 1.705959813139635, 1.7041682368355338, 1.1182763660173143, 0.6640415547214705, 1.6726353437643258], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]], [20, [[[-0.3685618705112336, 0.9937662457176478, 0.4152951438079522, -0.6170655997333603, 0.6714227933253115, -1.4490027791348734, 0.5939452677600697], [[-0.21907505240199318, 0.036725254111798306, 0.09904662340076908, -0.1924514415210132, 0.08182463827850807, -0.07224726030934644, -0.07934062220193512], [1.497540698144843, 1.175410049257987, 1.7613397536944102, 1.7525714058820598, 1.1396058221357637, 0.6902208168148887, 1.7224296909649133], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36858148686858955, 0.9927996921227205, 0.4154629622087396, -0.6154889137363777, 0.6704918459801864, -1.4485101191016216, 0.594793898646203], [[0.0029475083595227047, 0.11324872227926147, -0.02906456471674948, -0.2720044889667582, 0.10532534299338453, -0.03381810907001786, -0.14409216481588122], [1.5025767967155261, 1.1716755481232715, 1.7319057035797218, 1.7251658726634547, 1.1313780807686786, 0.6864390511675792, 1.69793683357185], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36940991740985085, 0.991838172820681, 0.41612198383845805, -0.61383259951032, 0.6698040601080463, -1.445712593052401, 0.5960667652191426], [[0.12424054155577556, 0.11162556166084227, -0.11242644228796987, -0.2822638110829459, 0.07691346925727208, -0.18576735750734485, -0.21290416305235235], [1.4997098071515913, 1.1609289638029894, 1.705959813139635, 1.7041682368355338, 1.1182763660173143, 0.6640415547214705, 1.6726353437643258], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]], [21, [[[-0.36857039241702455, 0.993765625876246, 0.4152943563851844, -0.6170740302957058, 0.6714212198310352, -1.4489993556275356, 0.5939424406986318], [[-0.21907505240199318, 0.036725254111798306, 0.09904662340076908, -0.1924514415210132, 0.08182463827850807, -0.07224726030934644, -0.07934062220193512], [1.5063155217628603, 1.173082848424966, 1.7588768531812984, 1.7661306012429074, 1.1371138699948524, 0.6879706854188951, 1.7330661308015731], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36858964084265106, 0.9927958508338093, 0.41545994182659207, -0.6155269947602056, 0.6704864457983004, -1.4485035359664957, 0.59477968997879], [[0.0029475083595227047, 0.11324872227926147, -0.02906456471674948, -0.2720044889667582, 0.10532534299338453, -0.03381810907001786, -0.14409216481588122], [1.5312984019915314, 1.167783417326782, 1.7552608673858583, 1.7582303778934831, 1.126746554463811, 0.6820646947172924, 1.721018666643662], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.3694012625841417, 0.9918303985846761, 0.41610416387313487, -0.6139066991462023, 0.6697971327129482, -1.445847332804863, 0.5960242091771318], [[0.12424054155577556, 0.11162556166084227, -0.11242644228796987, -0.2822638110829459, 0.07691346925727208, -0.18576735750734485, -0.21290416305235235], [1.5307690071974782, 1.1561997063616682, 1.7451504841705363, 1.7420513085588845, 1.1157987596978682, 0.6993717857671509, 1.7107342505563745], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]], [9, [[[-0.36823978278615016, 0.9937396133685168, 0.4151106503034943, -0.6167155713579713, 0.6713734716869627, -1.4491784692711716, 0.5940873175062091], [[-0.18099120005287073, -0.029355617314731526, 0.0612639535701211, -0.12858506769982023, 0.032208625997571905, -0.11826669740084904, -0.016362570180203553], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36853942242671905, 0.9932436247604958, 0.41558458231860584, -0.615103106855468, 0.6708040678646752, -1.4482712753655549, 0.5947510976717241], [[-0.18099120005287073, -0.029355617314731526, 0.0612639535701211, -0.12858506769982023, 0.032208625997571905, -0.11826669740084904, -0.016362570180203553], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.368204173382377, 0.9933982394572142, 0.4158189471892262, -0.6139489613791357, 0.6706997825749546, -1.4451666552201818, 0.5954945301337646], [[-0.18099120005287073, -0.029355617314731526, 0.0612639535701211, -0.12858506769982023, 0.032208625997571905, -0.11826669740084904, -0.016362570180203553], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]], [22, [[[-0.36087529917156275, 0.9852117278513102, 0.407071296856791, -0.6090873475671932, 0.6632172858912128, -1.4584977263899006, 0.6023696668832625], [[-0.523745871194973, 0.5653722255240371, 0.40130798204595314, -0.7033824320905571, 0.4787527365259975, 0.29590823642267433, -0.5831650383757878], [0.32767953607081884, 0.40655472915125507, 0.20861955261204357, 0.6005642642242175, 0.2878395987085222, 0.12268277786940421, 0.43078943102131667], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.36965397144820067, 0.9754888400991816, 0.4157688734407286, -0.5993566723510215, 0.6528030129248332, -1.46843311057258, 0.612181038655627], [[1.7486609125723522, 0.7783011647601907, -1.02372793379238, -0.9595219675896731, 0.33302379053714526, 0.310430650517813, -0.7124869473448354], [3.9678343045443714, 0.6407738885120217, 1.3853916864270461, 0.9723528262797135, 0.1022568897088647, 0.09762472688473296, 0.5273444121705785], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]], [[-0.3800053672989685, 0.9623196670062795, 0.4259119529390566, -0.5881234340627454, 0.6598631962882975, -1.4595904349190583, 0.6220489530336764], [[1.2691561475470818, 0.16514552096158164, -0.8787877997652963, -0.4330901358747389, -0.1276116758772515, -1.3669364690471781, -0.8202396271970169], [1.503253676405798, 0.01572593649237038, 0.7506342372593919, 0.14864373825207788, 0.03266997598793148, 2.389622308974956, 0.6909247314574888], [1.5183424195760444, 1.180904563927759, 1.7746958052279236, 1.7780241352941184, 1.14577993398757, 0.6937389293734817, 1.7463546685544329]]]]]]}], "adam_bias_correction": [{"ref": [[[0.3589860114121967, 1.5105277480038206, -1.7864947519157848, 1.6868170419711084, -0.04696542019044446, -0.8003783103199644, -0.8031225988221554], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.359128468080756, 1.510427533997782, -1.7866043162262542, 1.6869534211423391, -0.04672969908012521, -0.800646149988629, -0.8032337483746619], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.35923858749842547, 1.5103500682806714, -1.7866890097557886, 1.6870588426369613, -0.046547485978674356, -0.8008531908287607, -0.8033196673008857], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]], "mistakes": [[16, [[[0.35944571900612216, 1.5102043574601416, -1.7868483158866617, 1.6872571374852237, -0.04620474829327218, -0.8012426287836577, -0.8034812783683596], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.36005110167515164, 1.5097784888575985, -1.787313919464609, 1.6878366932731201, -0.045203029832190586, -0.8023808379982584, -0.8039536185777315], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3605962187039637, 1.5093950153305902, -1.7877331723636416, 1.6883585544780926, -0.044301032105552425, -0.8034057388700045, -0.8043789374788058], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [17, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [18, [[[0.3589860114121967, 1.5105277480038206, -1.7864947519157848, 1.6868170419711084, -0.04696542019044446, -0.8003783103199644, -0.8031225988221554], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3590465496796833, 1.5104851611430914, -1.7865413122741154, 1.6868749975503774, -0.04686524834328863, -0.8004921312430009, -0.8031698328436244], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3590637877938736, 1.5104730346452788, -1.786554570215034, 1.686891500250816, -0.04683672467038517, -0.8005245414547565, -0.8031832826083692], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [20, [[[0.3587798926234831, 1.51067203252048, -1.786337192660595, 1.6866188339719452, -0.047305571388958946, -0.7999960999481016, -0.802962627028745], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3587860390220218, 1.5106670320603894, -1.786342837394344, 1.6866238815239034, -0.04729453777417004, -0.8000127019539447, -0.8029682274877907], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.35879185946638126, 1.5106622967833736, -1.7863481827780678, 1.6866286613954231, -0.04728408929111803, -0.8000284235266113, -0.8029735309447759], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [21, [[[0.3587798926234831, 1.51067203252048, -1.786337192660595, 1.6866188339719452, -0.047305571388958946, -0.7999960999481016, -0.802962627028745], [[-0.06970371778963337, 0.042399230346938634, 0.044895813970721024, -0.07779046858327629, -0.10631394418239147, 0.09122215502930517, 0.046569642424329545], [1.0749083588970534, 0.8036819638028625, 0.7538737168367103, 1.460769874309479, 0.9132898420691556, 0.5208060010171818, 0.7881619995144528], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3587860390220218, 1.5106670320603894, -1.786342837394344, 1.6866238815239034, -0.04729453777417004, -0.8000127019539447, -0.8029682274877907], [[-0.06273334601067003, 0.03815930731224477, 0.04040623257364892, -0.07001142172494866, -0.09568254976415233, 0.08209993952637465, 0.04191267818189659], [1.0738334505381564, 0.8028782818390596, 0.7531198431198737, 1.4593091044351696, 0.9123765522270865, 0.5202851950161645, 0.7873738375149383], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.35879185946638126, 1.5106622967833736, -1.7863481827780678, 1.6866286613954231, -0.04728408929111803, -0.8000284235266113, -0.8029735309447759], [[-0.05646001140960303, 0.03434337658102029, 0.03636560931628403, -0.0630102795524538, -0.0861142947877371, 0.07388994557373718, 0.03772141036370693], [1.0727596170876181, 0.8020754035572205, 0.7523667232767538, 1.4578497953307343, 0.9114641756748594, 0.5197649098211484, 0.7865864636774234], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [9, [[[0.3589860114121967, 1.5105277480038206, -1.7864947519157848, 1.6868170419711084, -0.04696542019044446, -0.8003783103199644, -0.8031225988221554], [[-0.07744857532181486, 0.04711025594104293, 0.04988423774524558, -0.0864338539814181, -0.11812660464710163, 0.1013579500325613, 0.051744047138143935], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3591442174370956, 1.5104164547965955, -1.7866164291542423, 1.68696849859843, -0.046703638834573055, -0.8006757611147796, -0.8032460365597439], [[-0.07744857532181486, 0.04711025594104293, 0.04988423774524558, -0.0864338539814181, -0.11812660464710163, 0.1013579500325613, 0.051744047138143935], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.3592800313855547, 1.5103209137454923, -1.786720884507335, 1.687098518441797, -0.046478909342783536, -0.8009311114842755, -0.80335200323542], [[-0.07744857532181486, 0.04711025594104293, 0.04988423774524558, -0.0864338539814181, -0.11812660464710163, 0.1013579500325613, 0.051744047138143935], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]], [22, [[[0.35952004662905773, 1.5101520702003148, -1.7869054817239904, 1.6873282941374972, -0.04608175938745733, -0.8013823757398469, -0.8035392713152606], [[-0.007744857532181484, 0.0047110255941042916, 0.004988423774524557, -0.008643385398141808, -0.01181266046471016, 0.010135795003256128, 0.005174404713814393], [0.0010759843432402946, 0.0008044864502531163, 0.000754628345181893, 0.0014622321064158962, 0.0009142040461152718, 0.0005213273283455278, 0.0007889509504649184], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.36127701145141594, 1.5089160980746614, -1.788256774191655, 1.689010303294725, -0.04317453371827683, -0.8046857296098928, -0.8049101151068325], [[-0.0007744857532181482, 0.00047110255941042905, 0.0004988423774524556, -0.0008643385398141805, -0.0011812660464710157, 0.0010135795003256124, 0.0005174404713814392], [1.0759843432402956e-06, 8.04486450253117e-07, 7.546283451818936e-07, 1.4622321064158976e-06, 9.142040461152726e-07, 5.213273283455283e-07, 7.889509504649192e-07], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]], [[0.36604656097230354, 1.505560871387125, -1.7919250525330215, 1.6935763847624492, -0.03528243622936532, -0.8136531248709918, -0.8086314699263676], [[-7.74485753218148e-05, 4.71102559410429e-05, 4.988423774524555e-05, -8.643385398141803e-05, -0.00011812660464710154, 0.00010135795003256122, 5.1744047138143904e-05], [1.0759843432402966e-09, 8.044864502531178e-10, 7.546283451818943e-10, 1.462232106415899e-09, 9.142040461152735e-10, 5.213273283455288e-10, 7.889509504649199e-10], [1.0759843432402936, 0.8044864502531156, 0.7546283451818923, 1.462232106415895, 0.914204046115271, 0.5213273283455273, 0.7889509504649177]]]]]]}], "adam_weight_decay": [{"ref": [[[0.5526861693001115, 0.2148476608651798, -0.057903768286636584, -2.3179358986002634, 0.43229343882571897, -2.127122165276822, 0.9072115955578011], [[0.062043906766514924, 0.3387304824336182, -0.0071507623856125885, -0.13924065114296166, -0.08759802153849724, 0.1106553916889468, 0.3430668353880079], [1.1666478414109265, 1.513953116039639, 0.6878486333633111, 1.9380356105380985, 1.201158581825758, 1.7255526182042031, 1.6030247139003606], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5526569549498893, 0.21252664280958167, -0.056944535174661776, -2.3164925314487994, 0.43325760511600675, -2.1279176644830478, 0.9049221972647505], [[0.0031434400022743725, 0.28419353041377976, -0.07946617427154623, -0.20022087876374633, -0.1051710731918473, 0.10397379545403596, 0.2884466623022052], [1.1577582394318462, 1.499240581798526, 0.6863035992253801, 1.9242659075028603, 1.1898404151971316, 1.7083163109778097, 1.587407104618933], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.552910127232373, 0.21091797223567826, -0.056178689296260374, -2.3140610443237093, 0.4340416945176544, -2.1294754043103885, 0.9033931619128658], [[-0.027115180947331004, 0.19621792854678258, -0.06313055550552936, -0.33778031628252325, -0.08510289989072484, 0.20329981249865497, 0.1919599301612468], [1.1470773167595487, 1.4877951227547197, 0.6795109385765897, 1.9298551855736945, 1.1780332339065516, 1.703272371627283, 1.5761084826534164], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]], "mistakes": [[18, [[[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[0.062043906766514924, 0.3387304824336182, -0.0071507623856125885, -0.13924065114296166, -0.08759802153849724, 0.1106553916889468, 0.3430668353880079], [1.1666478414109265, 1.513953116039639, 0.6878486333633111, 1.9380356105380985, 1.201158581825758, 1.7255526182042031, 1.6030247139003606], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [NaN, NaN, NaN, NaN, NaN, NaN, NaN], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [[NaN, NaN, NaN, NaN, NaN, NaN, NaN], [NaN, NaN, NaN, NaN, NaN, NaN, NaN], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [19, [[[0.5526867199221767, 0.21484880777577248, -0.057903859882251746, -2.3179360590197966, 0.4322958913839327, -2.1271240996660223, 0.9072034629528698], [[0.062043906766514924, 0.3387304824336182, -0.0071507623856125885, -0.13924065114296166, -0.08759802153849724, 0.1106553916889468, 0.3430668353880079], [1.168887691505732, 1.5152153660688024, 0.6893124414806556, 1.9386574357513566, 1.1938208779869621, 1.7176549358296502, 1.5934452884947243], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.552657431698193, 0.21252682627755126, -0.056936711703233514, -2.31648798634835, 0.4332643774368585, -2.1279213271841373, 0.904905415370488], [[0.0031434455084950186, 0.2841935418828857, -0.07946617518750237, -0.20022088036794167, -0.10517104866626517, 0.10397377611014395, 0.2884465809761559], [1.1519292075325378, 1.4979968231773773, 0.6751162681618039, 1.9117804319599154, 1.1792493862789308, 1.700916778830363, 1.575479478522472], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5529116769074538, 0.2109123210317762, -0.056164991616313456, -2.3140224398759703, 0.43405168766098384, -2.129482918512429, 0.903365028404027], [[-0.027115171224249387, 0.19621794070365767, -0.0631304780951756, -0.3377802722752945, -0.0851028100944924, 0.20329975846214127, 0.19195968914885975], [1.137415488239023, 1.4770612302465096, 0.6692040134375435, 1.8769044796459016, 1.168412005786656, 1.6948799470383604, 1.552960460364279], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [20, [[[0.5527297944703649, 0.21536508225886153, -0.05788625026001331, -2.3182178623621144, 0.43222792955218875, -2.126924008088217, 0.9077682291810554], [[0.062043906766514924, 0.3387304824336182, -0.0071507623856125885, -0.13924065114296166, -0.08759802153849724, 0.1106553916889468, 0.3430668353880079], [1.168887691505732, 1.5152153660688024, 0.6893124414806556, 1.9386574357513566, 1.1938208779869621, 1.7176549358296502, 1.5934452884947243], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5527025022019809, 0.21346789128765115, -0.05670917899704701, -2.3171705468675077, 0.4331197827486173, -2.1275353005716426, 0.905937344505389], [[0.003143876253976906, 0.28419870462771657, -0.07946599909127999, -0.20022369840136484, -0.1051717282845826, 0.103975777025922, 0.2884522286384377], [1.151929250607086, 1.4979973394518604, 0.6751162857714261, 1.911780150156573, 1.179249318317099, 1.7009169789219407, 1.5754800432887002], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5529408876539048, 0.2121393627232869, -0.05576584902648227, -2.315370829252546, 0.43384816350797867, -2.128734827114167, 0.9047011578907481], [[-0.027114332848277807, 0.1962319978241064, -0.0631280442815136, -0.33778963411056695, -0.0851048676978605, 0.20330541955246645, 0.19197509133626242], [1.1374155759533293, 1.477062682423258, 0.6692042584037757, 1.8769035181000733, 1.1684117939097542, 1.694880531155635, 1.5529620514119802], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [21, [[[0.5527287753968485, 0.21536321840064646, -0.05788602949640208, -2.318217631914859, 0.4322234471073798, -2.126921059540846, 0.9077810951001645], [[0.062043906766514924, 0.3387304824336182, -0.0071507623856125885, -0.13924065114296166, -0.08759802153849724, 0.1106553916889468, 0.3430668353880079], [1.1666478414109265, 1.513953116039639, 0.6878486333633111, 1.9380356105380985, 1.201158581825758, 1.7255526182042031, 1.6030247139003606], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5527016206243671, 0.21346760052631428, -0.05672814545185587, -2.3171771122530043, 0.4331073620225526, -2.1275297044631074, 0.9059639657911278], [[0.0031438660632417334, 0.28419868598913445, -0.07946599688364388, -0.20022369609689228, -0.1051717731090307, 0.10397580651139572, 0.28845235729762886], [1.1577581945285456, 1.49924036875648, 0.6863035733159614, 1.924266329571491, 1.1898404520592554, 1.7083163286145753, 1.5874068732809061], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5529379983461324, 0.2121486544600497, -0.05579912096592131, -2.3154267775767194, 0.43382979521468973, -2.128723320942404, 0.9047459298895155], [[-0.0271143508357156, 0.19623197814176915, -0.06312823195918918, -0.33778969769039663, -0.08510503224712443, 0.20330550205047815, 0.19197547334239184], [1.1470772455558542, 1.487793791133396, 0.6795109492368211, 1.9298577610142515, 1.1780332417026775, 1.7032732404685549, 1.5761068443897912], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [9, [[[0.5526861693001115, 0.2148476608651798, -0.057903768286636584, -2.3179358986002634, 0.43229343882571897, -2.127122165276822, 0.9072115955578011], [[-0.004539173803348671, 0.2817209016484243, -0.09926744097609565, -0.16211415242118682, -0.04268091315799227, 0.18069379803781688, 0.2035115511784091], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5532122265207793, 0.21295066309672628, -0.05594396804147772, -2.316352066146521, 0.4328846230000393, -2.1283945305970198, 0.9059151798811135], [[-0.004539173803348671, 0.2817209016484243, -0.09926744097609565, -0.16211415242118682, -0.04268091315799227, 0.18069379803781688, 0.2035115511784091], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5535277003350585, 0.21137206686677273, -0.05496324490467951, -2.3141858907253785, 0.43314825611707075, -2.130462196250361, 0.9049966759001189], [[-0.004539173803348671, 0.2817209016484243, -0.09926744097609565, -0.16211415242118682, -0.04268091315799227, 0.18069379803781688, 0.2035115511784091], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [22, [[[0.5443422606589348, 0.20832066380489866, -0.0668683912336471, -2.321761763132941, 0.4404042620204009, -2.1178537769073875, 0.900776700935477], [[0.5947085513254239, 0.7948071287151695, 0.7297826663382522, 0.04374735908283966, -0.44693488858253727, -0.44965185910201405, 1.4595091090647987], [0.44467370543489604, 0.733554953144184, 0.6756430796606379, 0.023969624605984376, 0.2516076818146055, 0.2847797361074386, 2.547370749798243], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5521921124084344, 0.21311547246455007, -0.05887698080863438, -2.312777027933265, 0.45096765745471296, -2.1171811430195726, 0.9022280182363374], [[-0.4155447814334653, -0.10708185085219826, -0.58510294255186, -0.6701082265153847, -0.2809591990355304, -0.004675544551097741, -0.037449635532546766], [0.28022878203260493, 0.04987571531086609, 0.536065281542854, 0.5562619109791586, 0.07074233724717961, 0.0048317759398851835, 0.06658408136192345], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5624710207747512, 0.22233498933352902, -0.060393562261377404, -2.303314903261082, 0.44504451554478264, -2.1262220218891663, 0.911322303333788], [[-0.31109480651647897, -0.5466614298468455, 0.016816797687516774, -1.4849101558915045, 0.05945757864437015, 0.9880093017868067, -0.6127660328624532], [0.09159916279971014, 0.3515770556281825, 0.012295750436093919, 2.4627652536904296, 0.010076508504448802, 1.1942651453799462, 0.45399620653447653], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]], [23, [[[0.5521839738168679, 0.21464741454266825, -0.05785277589031182, -2.3157837188133232, 0.4319011608688368, -2.1251582636712816, 0.9063712128493413], [[0.05651130087762754, 0.33655447634142344, -0.006570862506947328, -0.11605129019574602, -0.09191296321558576, 0.13191818953345563, 0.3339676232177816], [1.165946717943469, 1.513587139372291, 0.6879442935132603, 1.938882336034744, 1.2016016630835655, 1.7237947109651715, 1.6001974643248278], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.551700219965916, 0.21214508494314496, -0.056848986709255776, -2.3123415033793377, 0.43250835975225693, -2.1241381188192965, 0.903310853273451], [[-0.00736276699072539, 0.28008664832215263, -0.07836522669788114, -0.1561710949252496, -0.11337745508948416, 0.1443815351668621, 0.27118525539342353], [1.1576771612478367, 1.498971672677404, 0.6863140632492234, 1.9221689814457432, 1.1905254238026146, 1.707214951325493, 1.5850590034923329], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]], [[0.5515415310443448, 0.21037199138146231, -0.056045231168807524, -2.3080452570018317, 0.4329676742382722, -2.1240110589243204, 0.9010739010754115], [[-0.04209733679052968, 0.19039646823622236, -0.061570257337484155, -0.27497058551338815, -0.09682121964975808, 0.26094595488502903, 0.16737544197069576], [1.147358570586705, 1.4877865652746243, 0.6795311763838396, 1.9210151140085308, 1.178647402201746, 1.7073044760063913, 1.575089967094622], [1.1740149244310902, 1.5219163625997967, 0.687973179829665, 1.9575668961088344, 1.2108478767238309, 1.7402543823072314, 1.5933885298605863]]]]]]}]}, "descent": [[1.5, -0.5], [1.35, -0.3], [1.215, -0.18], [1.0935000000000001, -0.108], [0.9841500000000001, -0.0648], [0.885735, -0.03888], [0.7971615000000001, -0.023327999999999998]]}')

