"""Teaching checks for the course assignments.

Each assignment asks the student to write an optimizer kernel with exactly
the signature of its ``optlib.optim`` counterpart, for example

    adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *,
              lr, beta1, beta2, eps, weight_decay, amsgrad,
              decoupled_weight_decay)

:func:`check` runs the student's kernel and ``optlib.optim``'s reference
side by side on seeded random inputs (same parameter, same gradients, same
state) and compares the parameter and every state array after each step
(relative tolerance 1e-7).  On a mismatch it does not dump arrays: it runs a
catalogue of *known mistakes* (a missing bias correction, a momentum with
the wrong sign, ε inside the square root, a state array rebound instead of
updated in place, ...) on the same inputs, and if one of them reproduces
the student's numbers it raises :class:`Hint` with the matching
explanation.  Otherwise the hint says at which step and by how much the
first step differs ("your first step is 10× too small").

This module depends only on NumPy and ``optlib.optim``.  The autograder
ships its own copy, so editing the student copy changes nothing at grading.
"""

import math

import numpy as np

from optlib import optim

__all__ = ["Hint", "check", "check_value", "check_choice", "check_descent",
           "check_minibatches", "PARTS"]

RTOL = 1e-7
ATOL = 1e-12


class Hint(AssertionError):
    """A failed check, with an explanation meant for the student."""


# --------------------------------------------------------------------------
# The kernels: reference, argument order, state names
# --------------------------------------------------------------------------

STATE_NAMES = {
    "sgd_step": ("momentum_buffer",),
    "adagrad_step": ("state_sum",),
    "rmsprop_step": ("square_avg", "grad_avg", "momentum_buffer"),
    "adam_step": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
}

REFERENCE = {
    "sgd_step": optim.sgd_step,
    "adagrad_step": optim.adagrad_step,
    "rmsprop_step": optim.rmsprop_step,
    "adam_step": optim.adam_step,
}

# ``state0`` makes a state array at the start of a case: "zeros" (a fresh
# optimizer), or "positive"/"normal" (a run already under way).


def _case(hp, steps=3, shape=(7,), seed=0, step0=1, state0="zeros",
          compare="all"):
    # compare: "all" (param and state) or "state" (state arrays only)
    return dict(hp=hp, steps=steps, shape=shape, seed=seed, step0=step0,
                state0=state0, compare=compare)


# Each part: (kernel, description, list of cases).  Cases only use the
# options a part is about, so one mistake costs one part, not all of them.
PARTS = {
    # assignment 1: gradient descent
    "gd_step": ("sgd_step", "a plain gradient-descent step", [
        _case(dict(lr=0.1), steps=3, seed=1),
        _case(dict(lr=0.5), steps=4, shape=(3, 4), seed=2),
    ]),
    "gd_weight_decay": ("sgd_step", "gradient descent with weight decay", [
        _case(dict(lr=0.1, weight_decay=0.5), steps=3, seed=3),
        _case(dict(lr=0.02, weight_decay=0.01), steps=3, shape=(2, 3),
              seed=4),
    ]),
    # assignment 2: momentum
    "momentum": ("sgd_step", "heavy-ball momentum", [
        _case(dict(lr=0.1, momentum=0.9), steps=5, seed=5),
        _case(dict(lr=0.03, momentum=0.5), steps=4, shape=(3, 2), seed=6),
    ]),
    "dampening": ("sgd_step", "momentum with dampening", [
        _case(dict(lr=0.1, momentum=0.9, dampening=0.5), steps=4, seed=7),
    ]),
    "nesterov": ("sgd_step", "Nesterov momentum", [
        _case(dict(lr=0.1, momentum=0.9, nesterov=True), steps=4, seed=8),
        _case(dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.1),
              steps=3, shape=(2, 2), seed=9),
    ]),
    # assignment 3: AdaGrad and RMSProp
    "adagrad": ("adagrad_step", "AdaGrad", [
        _case(dict(lr=0.1), steps=4, seed=10),
        _case(dict(lr=0.01, eps=1e-3), steps=3, shape=(2, 5), seed=11),
    ]),
    "adagrad_lr_decay": ("adagrad_step", "AdaGrad's lr_decay", [
        _case(dict(lr=0.1, lr_decay=0.5), steps=4, seed=12),
    ]),
    "rmsprop": ("rmsprop_step", "RMSProp", [
        _case(dict(lr=0.01, alpha=0.9), steps=4, seed=13),
        _case(dict(lr=0.01, alpha=0.99, eps=1e-3), steps=3, shape=(4, 2),
              seed=14),
    ]),
    "rmsprop_momentum": ("rmsprop_step", "RMSProp with momentum", [
        _case(dict(lr=0.01, alpha=0.9, momentum=0.9), steps=4, seed=15),
    ]),
    "rmsprop_centered": ("rmsprop_step", "centered RMSProp", [
        _case(dict(lr=0.01, alpha=0.9, centered=True), steps=4, seed=16),
    ]),
    # assignment 4: Adam
    "adam_moments": ("adam_step", "Adam's moment estimates m and v", [
        _case(dict(lr=1e-3, beta1=0.9, beta2=0.999), steps=4, seed=17,
              compare="state"),
        _case(dict(lr=1e-2, beta1=0.8, beta2=0.9), steps=3, shape=(3, 3),
              seed=18, compare="state"),
    ]),
    # late in training (t = 5000, beta2 = 0.99) the bias corrections are 1
    # to machine precision: this part tests the update alone.
    "adam_update": ("adam_step", "Adam's update late in training", [
        _case(dict(lr=1e-2, beta1=0.9, beta2=0.99), steps=3, seed=19,
              step0=5000, state0="positive"),
        _case(dict(lr=0.1, beta1=0.5, beta2=0.9, eps=1e-3), steps=2,
              shape=(2, 4), seed=20, step0=5000, state0="positive"),
    ]),
    "adam_bias_correction": ("adam_step", "Adam's first steps", [
        _case(dict(lr=1e-3, beta1=0.9, beta2=0.999), steps=3, seed=21),
        _case(dict(lr=0.1, beta1=0.8, beta2=0.99), steps=2, shape=(2, 3),
              seed=22),
    ]),
    "adam_weight_decay": ("adam_step", "Adam with L2 weight decay", [
        _case(dict(lr=1e-2, beta1=0.9, beta2=0.99, weight_decay=0.1),
              steps=3, seed=23, step0=5000, state0="positive"),
    ]),
}


# --------------------------------------------------------------------------
# Running a kernel on a case
# --------------------------------------------------------------------------


def _inputs(case):
    """Seeded parameter, gradients and initial state for a case."""
    rng = np.random.default_rng(case["seed"])
    shape = case["shape"]
    param = rng.normal(size=shape)
    grads = [rng.normal(size=shape) for _ in range(case["steps"])]
    if case["state0"] == "zeros":
        state = [np.zeros(shape) for _ in range(3)]
    else:
        # a run under way: m ~ N(0, 0.1), v > 0 and larger than m^2
        m = 0.1 * rng.normal(size=shape)
        v = rng.uniform(0.5, 2.0, size=shape)
        state = [m, v, v.copy()]
    return param, grads, state


def _run(kernel, name, case, inputs=None):
    """Run ``kernel`` for a case; return the history of (param, states).

    Raises Hint when the kernel raises or returns a non-finite parameter.
    """
    param, grads, state = inputs if inputs is not None else _inputs(case)
    param = param.copy()
    state = [s.copy() for s in state[:len(STATE_NAMES[name])]]
    history = []
    step = case["step0"]
    for k, g in enumerate(grads):
        g_in = g.copy()
        try:
            with np.errstate(all="ignore"):
                returned = kernel(param, g_in, *state, step, **case["hp"])
        except Hint:
            raise
        except Exception as exc:  # the student's code raised
            raise Hint(
                f"{name} raised {type(exc).__name__}: {exc} (call {k + 1} "
                f"with step={step}, {_fmt_hp(case['hp'])}, param of shape "
                f"{param.shape}).") from None
        history.append(dict(param=param.copy(), state=[s.copy()
                            for s in state], returned=returned,
                            grad_changed=not np.array_equal(g_in, g)))
        step += 1
    return history


def _fmt_hp(hp):
    return ", ".join(f"{k}={v!r}" for k, v in hp.items())


def _close(a, b):
    with np.errstate(all="ignore"):
        return (np.shape(a) == np.shape(b)
                and bool(np.allclose(a, b, rtol=RTOL, atol=ATOL,
                                     equal_nan=True)))


def _same_history(h1, h2, states=True, params=True):
    for a, b in zip(h1, h2):
        if params and not _close(a["param"], b["param"]):
            return False
        if states and not all(_close(x, y)
                              for x, y in zip(a["state"], b["state"])):
            return False
    return True


# --------------------------------------------------------------------------
# Known mistakes: configurable re-implementations
# --------------------------------------------------------------------------


def _sgd_variant(sign_b=1.0, sign_theta=-1.0, keep_buffer=True, ema=False,
                 damp_first=False, nesterov_old=False, keras=False,
                 sign_first=None):
    sign_first = sign_b if sign_first is None else sign_first

    def kernel(param, grad, buf, step, *, lr, momentum=0.0, dampening=0.0,
               nesterov=False, weight_decay=0.0):
        g = grad + weight_decay * param if weight_decay else grad
        if momentum != 0:
            old = buf.copy()
            tau = (1 - momentum) if ema else dampening
            if keras:
                new = momentum * buf - lr * g
                if keep_buffer:
                    buf[...] = new
                param += new
                return
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
                     decay_t=False, keep_sum=True):
    def kernel(param, grad, state_sum, step, *, lr, lr_decay=0.0,
               weight_decay=0.0, eps=1e-10):
        g = grad + weight_decay * param if weight_decay else grad
        t = step if decay_t else step - 1
        clr = lr / (1 + t * lr_decay)
        s = state_sum + g * g if accumulate else g * g
        if keep_sum:
            state_sum[...] = s
        if eps_inside:
            denom = np.sqrt(s + eps)
        else:
            denom = (np.sqrt(s) if sqrt else s) + eps
        param -= clr * g / denom
    return kernel


def _rmsprop_variant(eps_inside=False, swap_alpha=False, sqrt=True,
                     lr_in_buffer=False, center=True, keep_state=True):
    def kernel(param, grad, square_avg, grad_avg, buf, step, *, lr,
               alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
               centered=False):
        g = grad + weight_decay * param if weight_decay else grad
        a = 1 - alpha if swap_alpha else alpha
        v = a * square_avg + (1 - a) * g * g
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
                  wd_decoupled=False):
    def kernel(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *,
               lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
               amsgrad=False, decoupled_weight_decay=False):
        g = grad
        if weight_decay:
            if wd_decoupled:
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
        m_hat = m / (1 - beta1 ** step) if bias1 else m
        v_hat = v / (1 - beta2 ** step) if bias2 else v
        if eps_inside:
            denom = np.sqrt(v_hat + eps)
        else:
            denom = (np.sqrt(v_hat) if sqrt else v_hat) + eps
        param -= lr * m_hat / denom
    return kernel


_NOT_IN_PLACE = (
    "{state} did not change after your call: `{state} = ...` only "
    "rebinds the local name to a new array, so the caller's array (the "
    "optimizer's state) keeps its old value.  Update it in place: "
    "`{state}[...] = ...`, or `{state} *= ...` then `{state} += ...`.")

_SIGN = ("your velocity has the wrong sign: momentum should be "
         "v ← μv + g, θ ← θ − lr·v (the buffer adds the gradient, the "
         "step subtracts the buffer).  With your sign the parameter is "
         "pushed uphill as soon as the buffer matters.")

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
        (_sgd_variant(keras=True),
         "your buffer holds −lr·v (the Keras / CS231n form v ← μv − lr·g, "
         "θ ← θ + v).  That gives the same path for a constant lr, but "
         "here momentum_buffer must hold torch's v ← μv + g and the step "
         "is θ ← θ − lr·v."),
        (_sgd_variant(nesterov_old=True),
         "Nesterov's look-ahead uses the buffer after this step's update: "
         "g ← g + μ·b_t, where b_t = μb_{t−1} + g (you used b_{t−1})."),
    ],
    "adagrad_step": [
        (_adagrad_variant(eps_inside=True),
         "ε goes outside the square root: θ ← θ − lr·g / (√s + ε).  "
         "ε inside the root (√(s + ε)) is Keras' form, not torch's."),
        (_adagrad_variant(sqrt=False),
         "the denominator is the square root of the sum of squares, "
         "√s + ε, not s + ε."),
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
        (_adam_variant(bias1=False, bias2=False),
         "your first step is {ratio} — did you forget bias correction?  m "
         "and v start at 0, so they are too small in the first steps; "
         "divide them: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)."),
        (_adam_variant(bias1=False),
         "your first step is {ratio} — did you forget to correct m?  "
         "Use m̂ = m/(1 − β₁ᵗ) (v̂ looks right)."),
        (_adam_variant(bias2=False),
         "your first step is {ratio} — did you forget to correct v?  "
         "Use v̂ = v/(1 − β₂ᵗ) (m̂ looks right)."),
        (_adam_variant(square=False, sqrt=False),
         "v must average the squared gradient and the step divides by its "
         "square root: v ← β₂v + (1 − β₂)g², θ ← θ − lr·m̂/(√v̂ + ε).  "
         "You used g and no root (the source article's error)."),
        (_adam_variant(square=False),
         "v must average the *squared* gradient, v ← β₂v + (1 − β₂)g² "
         "(you used g, as the source article does)."),
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


# --------------------------------------------------------------------------
# Diagnosis
# --------------------------------------------------------------------------


def _ratio_text(student_step, ref_step):
    """'10× too small' from two first steps (arrays)."""
    s = float(np.linalg.norm(student_step))
    r = float(np.linalg.norm(ref_step))
    if r == 0 or s == 0 or not math.isfinite(s):
        return "wrong"
    q = s / r
    if q < 1:
        return f"{_round(1 / q)}× too small"
    return f"{_round(q)}× too large"


def _round(x):
    if x >= 10:
        return f"{x:.0f}"
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _diagnose(name, case, mine, ref, inputs):
    """Build the hint for a case where ``mine`` differs from ``ref``."""
    param0, state0 = inputs[0], inputs[2]
    hp = case["hp"]
    where = (f"(checked with {_fmt_hp(hp)}, starting at step="
             f"{case['step0']}, param of shape {case['shape']})")
    first = mine[0]
    only_state = case["compare"] == "state"
    if first["returned"] is not None and _close(first["param"], param0):
        return ("your kernel returned a value but left `param` unchanged: "
                "the optimizer expects it to update `param` in place "
                "(`param -= ...`, not `param = param - ...` or `return`). "
                + where)
    if any(h["grad_changed"] for h in mine):
        return ("your kernel changed `grad`; a kernel must leave the "
                "gradient alone (write `g = grad + ...`, not "
                "`grad += ...`). " + where)
    if all(_close(h["param"], param0) for h in mine):
        return ("`param` never changed: the kernel must update it in "
                "place, e.g. `param -= lr * ...` " + where)
    # the first state array the reference changes and the student does not
    frozen = [n for n, x, y, s0 in zip(STATE_NAMES[name], first["state"],
                                       ref[0]["state"], state0)
              if _close(x, s0) and not _close(y, s0)]
    state = frozen[0] if frozen else STATE_NAMES[name][0]
    ratio = _ratio_text(first["param"] - param0, ref[0]["param"] - param0)
    for variant, text in MISTAKES[name]:
        try:
            theirs = _run(variant, name, case, inputs)
        except Hint:
            continue
        if _same_history(mine, theirs, params=not only_state):
            text = text.replace("{ratio}", ratio).replace("{state}", state)
            return text + " " + where
    if frozen:
        return _NOT_IN_PLACE.replace("{state}", state) + " " + where
    if not all(np.all(np.isfinite(h["param"])) for h in mine):
        return ("your parameter became nan or inf: look for a division "
                "by zero (where does ε go?) or the root of a negative "
                "number. " + where)
    # no known mistake: say where it first goes wrong
    for k, (a, b) in enumerate(zip(mine, ref)):
        step = case["step0"] + k
        if not only_state and not _close(a["param"], b["param"]):
            if k == 0:
                d_mine = a["param"] - param0
                d_ref = b["param"] - param0
                if float(np.sum(d_mine * d_ref)) < 0:
                    how = "points the wrong way (uphill)"
                else:
                    how = f"is {ratio}"
                return (f"your first step {how}; expected θ − θ₀ = "
                        f"{_short(d_ref)}, got {_short(d_mine)}. " + where)
            return (f"your steps agree with the reference up to step "
                    f"{step - 1} but not at step {step}; check how the "
                    "state carries over from one call to the next. "
                    + where)
        for s_name, x, y in zip(STATE_NAMES[name], a["state"], b["state"]):
            if not _close(x, y):
                return (f"after the call with step={step}, `{s_name}` "
                        f"holds {_short(x)} but should hold {_short(y)}.  "
                        "The next call reads it, so it must hold exactly "
                        "the quantity of the formula. " + where)
    return "your kernel differs from the reference. " + where


def _short(a):
    flat = np.ravel(a)[:3]
    more = ", ..." if np.size(a) > 3 else ""
    return "[" + ", ".join(f"{x:.4g}" for x in flat) + more + "]"


def check(part, kernel):
    """Check a student's kernel for one part; raise :class:`Hint` if wrong.

    Parameters
    ----------
    part : str
        A key of :data:`PARTS`, e.g. ``"adam_bias_correction"``.
    kernel : callable or None
        The student's function (None when it is not defined).

    Returns
    -------
    None
        Returns quietly when every case matches the reference to a
        relative tolerance of 1e-7 (parameter and state, every step).
    """
    name, what, cases = PARTS[part]
    if kernel is None:
        raise Hint(f"`{name}` is not defined: run the cell that defines "
                   "it (and the cells above it) before checking.")
    if not callable(kernel):
        raise Hint(f"`{name}` should be a function, got "
                   f"{type(kernel).__name__}.")
    for case in cases:
        inputs = _inputs(case)
        mine = _run(kernel, name, case, inputs)
        if any(h["grad_changed"] for h in mine):
            raise Hint(f"{what}: your kernel changed `grad`; a kernel "
                       "must leave the gradient alone (write "
                       "`g = grad + ...`, not `grad += ...` or "
                       "`grad *= ...`).")
        ref = _run(REFERENCE[name], name, case, inputs)
        if not _same_history(mine, ref,
                             params=case["compare"] != "state"):
            raise Hint(f"{what}: " + _diagnose(name, case, mine, ref,
                                                 inputs))


def check_value(name, value, expected, tol, hint):
    """Check a number the student reports; raise Hint(hint) if off.

    ``value`` must be a finite real number within ``tol`` of ``expected``.
    """
    if value is None or value is Ellipsis:
        raise Hint(f"`{name}` has no value yet: replace the `...`.")
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise Hint(f"`{name}` should be a number, got {value!r}.") from None
    if not math.isfinite(x) or abs(x - expected) > tol:
        raise Hint(f"`{name}` = {x:g} is not right: {hint}")


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


def check_descent(gradient_descent):
    """Check ``gradient_descent(surface, xy0, lr, steps)`` → path array.

    The path must have ``steps + 1`` rows (the start first), follow
    θ ← θ − lr·∇f(θ) computed with optlib's ``sgd_step``, and leave
    ``xy0`` unchanged.
    """
    if gradient_descent is None:
        raise Hint("`gradient_descent` is not defined: run its cell.")
    surface = _Quadratic()
    xy0 = np.array([1.5, -0.5])
    start = xy0.copy()
    lr, steps = 0.1, 6
    try:
        with np.errstate(all="ignore"):
            path = gradient_descent(surface, xy0, lr, steps)
    except Exception as exc:
        raise Hint(f"gradient_descent raised {type(exc).__name__}: {exc} "
                   "(called with a quadratic surface, xy0=[1.5, -0.5], "
                   "lr=0.1, steps=6).") from None
    if path is None:
        raise Hint("gradient_descent returned None: return the path, an "
                   "array with one row per point (np.array(path)).")
    path = np.asarray(path, dtype=float)
    expected = [start.copy()]
    xy = start.copy()
    for _ in range(steps):
        optim.sgd_step(xy, surface.grad(xy), None, 1, lr=lr)
        expected.append(xy.copy())
    expected = np.array(expected)
    if not np.array_equal(xy0, start):
        raise Hint("gradient_descent changed the caller's xy0: start from "
                   "a copy, `xy = np.array(xy0, dtype=float)` or "
                   "`xy0.copy()`.")
    if path.shape != expected.shape:
        raise Hint(f"the path has shape {path.shape}, expected "
                   f"{expected.shape}: one row per point, the start "
                   "included (steps + 1 rows, 2 columns).")
    if len(path) > 1 and np.allclose(path, path[-1]) and not np.allclose(
            expected, expected[-1]):
        raise Hint("every row of your path is the same point: appending "
                   "`xy` stores the same array each time, and the in-place "
                   "update changes all of them.  Append `xy.copy()`.")
    if not np.allclose(path, expected, rtol=RTOL, atol=ATOL):
        k = int(np.argmax(~np.all(np.isclose(path, expected, rtol=RTOL,
                                             atol=ATOL), axis=1)))
        raise Hint(f"row {k} of your path is {_short(path[k])}, expected "
                   f"{_short(expected[k])}; row 0 is the start and row "
                   "k + 1 is one sgd_step from row k.")


def check_minibatches(minibatch_indices):
    """Check ``minibatch_indices(n, batch_size, rng)`` → list of arrays.

    One epoch: every index in 0..n−1 exactly once, in a shuffled order
    drawn from ``rng``, in batches of ``batch_size`` (the last one may be
    smaller); ``batch_size=None`` means one batch of all n.
    """
    if minibatch_indices is None:
        raise Hint("`minibatch_indices` is not defined: run its cell.")
    n, bs = 23, 5
    try:
        batches = [np.asarray(b) for b in minibatch_indices(
            n, bs, np.random.default_rng(0))]
        again = [np.asarray(b) for b in minibatch_indices(
            n, bs, np.random.default_rng(0))]
        other = [np.asarray(b) for b in minibatch_indices(
            n, bs, np.random.default_rng(1))]
        full = [np.asarray(b) for b in minibatch_indices(
            n, None, np.random.default_rng(0))]
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


def check_choice(name, value, expected, choices, hint):
    """Check a one-word answer among ``choices``; raise Hint(hint) if not."""
    if value is None or value is Ellipsis:
        raise Hint(f"`{name}` has no value yet: replace the `...`.")
    answer = str(value).strip().lower()
    if answer not in choices:
        raise Hint(f"`{name}` should be one of {sorted(choices)}, got "
                   f"{value!r}.")
    if answer != expected:
        raise Hint(f"`{name}` = {value!r} is not right: {hint}")
