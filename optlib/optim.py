"""Optimizers that follow torch.optim's algorithms exactly, on NumPy arrays.

Every optimizer here is two things:

* a **kernel**: a small function (``sgd_step``, ``adagrad_step``,
  ``rmsprop_step``, ``adam_step``) that updates one parameter array in place
  from its gradient and its state arrays.  This is the math; a chapter shows
  it with ``inspect.getsource`` so the reader sees the code that ran.
* a **class** (``SGD``, ``Adagrad``, ``RMSprop``, ``Adam``, ``AdamW``): a thin
  shell that checks its arguments and the gradients (before anything
  changes), creates the state lazily on the first ``step`` and calls the
  kernel for each parameter (for large arrays, on cache-sized pieces, which
  gives the same bits).

The notation is the course's: θ parameters, g gradient, γ = ``lr``, t the
step counting from 1, λ = ``weight_decay``.  The argument names, defaults,
order of operations and the place of ``eps`` are torch.optim's, so the same
problem in float64 gives the same numbers to about 1e-12 relative.

Example
-------
>>> import numpy as np
>>> from optlib.optim import Adam
>>> w = np.array([1.0, -2.0])
>>> opt = Adam([w], lr=0.1)
>>> opt.step([2 * w])          # gradient of |w|^2
>>> w.round(6)
array([ 0.9, -1.9])
"""

from __future__ import annotations

import copy
import math
from numbers import Real

import numpy as np

from optlib.checks import flag

__all__ = [
    "Optimizer",
    "SGD",
    "Adagrad",
    "RMSprop",
    "Adam",
    "AdamW",
    "sgd_step",
    "adagrad_step",
    "rmsprop_step",
    "adam_step",
    "adam_hyperparameters",
]


# --------------------------------------------------------------------------
# Kernels: the update rules.  Each updates ``param`` (and its state arrays)
# in place and returns nothing.  ``grad`` is never modified.  The order of
# the floating-point operations is torch's (its ``addcdiv`` computes
# ``param + (value * a) / b``, so ``param -= c * a / b`` here), which is why
# the results agree with torch to rounding (torch fuses some multiply-adds).
# --------------------------------------------------------------------------


def sgd_step(param, grad, momentum_buffer, step, *, lr, momentum=0.0,
             dampening=0.0, nesterov=False, weight_decay=0.0):
    """One SGD step, with optional momentum (Polyak 1964) or Nesterov.

    .. math::
        g &\\leftarrow g + \\lambda\\theta \\\\
        b_1 &= g, \\quad b_t = \\mu b_{t-1} + (1-\\tau) g \\\\
        g &\\leftarrow g + \\mu b_t \\text{ (nesterov) or } b_t \\\\
        \\theta &\\leftarrow \\theta - \\gamma g

    ``momentum_buffer`` is unused (may be None) when ``momentum == 0``.
    """
    if weight_decay != 0:
        grad = grad + weight_decay * param           # g = g + wd*theta
    if momentum != 0:
        buf = momentum_buffer
        if step == 1:
            buf[...] = grad                          # b_1 = g
        else:                                        # b = mu*b + (1-tau)*g
            buf *= momentum
            buf += (1 - dampening) * grad if dampening else grad
        grad = grad + momentum * buf if nesterov else buf
    param -= lr * grad                               # theta -= lr*g


def adagrad_step(param, grad, state_sum, step, *, lr, lr_decay=0.0,
                 weight_decay=0.0, eps=1e-10):
    """One AdaGrad step (Duchi, Hazan & Singer 2011).

    .. math::
        \\tilde\\gamma = \\frac{\\gamma}{1 + (t-1)\\,\\text{lr\\_decay}},
        \\quad s \\leftarrow s + g^2, \\quad
        \\theta \\leftarrow \\theta - \\tilde\\gamma\\,
        \\frac{g}{\\sqrt{s} + \\epsilon}
    """
    if weight_decay != 0:
        grad = grad + weight_decay * param           # g = g + wd*theta
    clr = lr / (1 + (step - 1) * lr_decay)           # decayed step size
    state_sum += grad * grad                         # s = s + g^2
    std = np.sqrt(state_sum)
    std += eps                                       # eps outside the root
    param -= clr * grad / std                        # theta -= clr*g/std


def rmsprop_step(param, grad, square_avg, grad_avg, momentum_buffer, step, *,
                 lr, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False):
    """One RMSProp step (Tieleman & Hinton 2012), torch's form.

    .. math::
        v &\\leftarrow \\alpha v + (1-\\alpha) g^2 \\\\
        \\bar g &\\leftarrow \\alpha \\bar g + (1-\\alpha) g,\\quad
        \\tilde v = v - \\bar g^2 \\text{ (centered, else } \\tilde v = v) \\\\
        b &\\leftarrow \\mu b + g / (\\sqrt{\\tilde v} + \\epsilon),\\quad
        \\theta \\leftarrow \\theta - \\gamma b \\\\
        \\theta &\\leftarrow \\theta - \\gamma g / (\\sqrt{\\tilde v}
        + \\epsilon) \\text{ when } \\mu = 0

    ``grad_avg`` is used only when centered, ``momentum_buffer`` only when
    ``momentum > 0``; pass None otherwise.
    """
    if weight_decay != 0:
        grad = grad + weight_decay * param           # g = g + wd*theta
    square_avg *= alpha                              # v = a*v + (1-a)*g^2
    square_avg += (1 - alpha) * grad * grad
    if centered:                                     # gbar: torch's lerp_
        grad_avg += (1 - alpha) * (grad - grad_avg)
        avg = np.sqrt(square_avg - grad_avg * grad_avg)   # v - gbar^2
    else:
        avg = np.sqrt(square_avg)
    avg += eps                                       # eps outside the root
    if momentum > 0:
        momentum_buffer *= momentum                  # b = mu*b + g/avg
        momentum_buffer += grad / avg
        param -= lr * momentum_buffer
    else:
        param -= lr * grad / avg                     # theta -= lr*g/avg


def adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *, lr,
              beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
              amsgrad=False, decoupled_weight_decay=False):
    """One Adam step: Algorithm 1 of Kingma & Ba (2015), in torch's form.

    .. math::
        m &\\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\
        v &\\leftarrow \\beta_2 v + (1-\\beta_2) g^2 \\\\
        \\hat m &= m / (1-\\beta_1^t), \\quad \\hat v = v / (1-\\beta_2^t) \\\\
        \\theta &\\leftarrow \\theta - \\gamma\\, \\hat m / (\\sqrt{\\hat v}
        + \\epsilon)

    With ``amsgrad`` (Reddi et al. 2018) the denominator uses the running
    maximum of the raw ``v``.  With ``decoupled_weight_decay`` (AdamW,
    Loshchilov & Hutter 2019) θ ← θ − γλθ comes first and no L2 term is added
    to g.  ``max_exp_avg_sq`` is used only with ``amsgrad`` (else None).
    """
    if weight_decay != 0 and decoupled_weight_decay:
        param *= 1 - lr * weight_decay               # theta -= lr*wd*theta
    elif weight_decay != 0:
        grad = grad + weight_decay * param           # g = g + wd*theta
    exp_avg += (1 - beta1) * (grad - exp_avg)        # m: torch's lerp_
    exp_avg_sq *= beta2                              # v = b2*v + (1-b2)*g^2
    exp_avg_sq += (1 - beta2) * grad * grad
    if amsgrad:                                      # v_max = max(v_max, v)
        np.maximum(max_exp_avg_sq, exp_avg_sq, out=max_exp_avg_sq)
    denom = np.sqrt(max_exp_avg_sq if amsgrad else exp_avg_sq)
    denom /= (1 - beta2 ** step) ** 0.5              # sqrt(v_hat)
    denom += eps                                     # eps outside the root
    param -= lr / (1 - beta1 ** step) * exp_avg / denom   # m_hat/denom


# --------------------------------------------------------------------------
# Argument checks (torch's wording)
# --------------------------------------------------------------------------


def _is_number(x):
    return isinstance(x, Real) and not isinstance(x, (bool, np.bool_))


def _check(value, message, low=0.0, high=math.inf, high_open=False):
    """Raise ValueError(f"{message}: {value}") unless low <= value <= high.

    ``value`` must be a finite real number (not a bool); ``high_open``
    makes the upper bound strict.  The message uses ``str(value)`` like
    torch, so ``np.float64(-1.0)`` reads "-1.0".
    """
    if (not _is_number(value) or not math.isfinite(value) or value < low
            or value > high or (high_open and value == high)):
        raise ValueError(f"{message}: {value}")


def _check_lr(lr):
    _check(lr, "Invalid learning rate")




def _check_params(params):
    if isinstance(params, np.ndarray):
        raise TypeError(
            "params must be a list of NumPy arrays, not a single array; "
            "wrap it: [w]")
    try:
        params = list(params)
    except TypeError:
        raise TypeError(
            "params must be a list of NumPy float arrays, got "
            f"{type(params).__name__}") from None
    if not params:
        raise ValueError("optimizer got an empty parameter list")
    for i, p in enumerate(params):
        if not isinstance(p, np.ndarray):
            raise TypeError(
                f"params[{i}] is a {type(p).__name__}, not a NumPy array; "
                "use np.asarray(..., dtype=float)")
        if not np.issubdtype(p.dtype, np.floating):
            raise TypeError(
                f"params[{i}] has dtype {p.dtype}; parameters must be float "
                "arrays (an in-place update of an integer array would "
                "truncate silently): use p.astype(float)")
        if not p.flags.writeable:
            raise ValueError(f"params[{i}] is read-only; pass a writeable "
                             "array (e.g. p.copy())")
        for j in range(i):
            if np.may_share_memory(p, params[j]):
                raise ValueError(
                    f"params[{i}] shares memory with params[{j}] (the same "
                    "array twice, or overlapping views); each parameter "
                    "must be a separate array")
    return params


def _all_finite(a):
    """True when every entry of ``a`` is finite.

    Fast path: the dot product a·a (one BLAS call, no temporary array) is
    finite only if every entry is.  When it is not (a nan or inf, or just
    entries so large that a·a overflows, |a_i| > ~1e154), the elementwise
    test decides.
    """
    flat = a.ravel()
    with np.errstate(over="ignore", invalid="ignore"):
        if math.isfinite(np.dot(flat, flat)):
            return True
    return bool(np.isfinite(a).all())


def _as_grad(i, p, g):
    """Slow path of the gradient check: convert ``g`` or explain why not."""
    try:
        g = np.asarray(g)
    except (TypeError, ValueError) as err:
        raise TypeError(f"grads[{i}] is not an array of numbers ({err})"
                        ) from None
    if not (np.issubdtype(g.dtype, np.floating)
            or np.issubdtype(g.dtype, np.integer)):
        raise TypeError(f"grads[{i}] has dtype {g.dtype}; gradients "
                        "must be real numbers")
    if g.shape != p.shape:
        raise ValueError(
            f"grads[{i}] has shape {g.shape} but params[{i}] has "
            f"shape {p.shape}")
    return g.astype(p.dtype)


# --------------------------------------------------------------------------
# The shell
# --------------------------------------------------------------------------


class Optimizer:
    """Base class: holds the parameters, the hyperparameters and the state.

    Subclasses define ``_state_names(hp)`` (the state arrays a parameter
    needs) and ``_update(p, g, st, hp)`` (one call of the kernel).

    ``state`` is a list with one dict per parameter, in the order of
    ``params``, under torch's names (``step``, ``exp_avg``, ...).  It is
    empty until the first ``step``.  ``defaults`` holds the hyperparameters;
    ``lr`` may be changed between steps (for a schedule).
    """

    def __init__(self, params, defaults):
        self.params = _check_params(params)
        self.defaults = dict(defaults)
        self.state = [{} for _ in self.params]

    # hyperparameters -------------------------------------------------------
    @property
    def lr(self):
        """The learning rate used by the next step."""
        return self.defaults["lr"]

    @lr.setter
    def lr(self, value):
        _check_lr(value)
        self.defaults["lr"] = float(value)

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.defaults.items())
        return f"{type(self).__name__}({args})"

    # stepping ---------------------------------------------------------------
    def _check_grads(self, grads):
        """Validate ``grads`` against the parameters; return float arrays.

        The common case (float arrays of the parameters' dtype and shape)
        costs one dot product per array; anything else goes through
        ``_as_grad``, which converts or raises a clear error.
        """
        params = self.params
        if isinstance(grads, np.ndarray):
            raise TypeError("grads must be a list of arrays, one per "
                            "parameter, not a single array; wrap it: [g]")
        if not isinstance(grads, (list, tuple)):
            try:
                grads = list(grads)
            except TypeError:
                raise TypeError("grads must be a list of arrays, got "
                                f"{type(grads).__name__}") from None
        if len(grads) != len(params):
            raise ValueError(
                f"expected {len(params)} gradients (one per parameter), "
                f"got {len(grads)}")
        out = []
        for i, (p, g) in enumerate(zip(params, grads)):
            if not isinstance(g, np.ndarray) or g.dtype != p.dtype:
                g = _as_grad(i, p, g)
            elif g.shape != p.shape:
                raise ValueError(
                    f"grads[{i}] has shape {g.shape} but params[{i}] has "
                    f"shape {p.shape}")
            elif np.may_share_memory(g, p):
                g = g.copy()            # the kernel must not see g change
            if not _all_finite(g):
                raise FloatingPointError(
                    f"grads[{i}] contains nan or inf; the run has probably "
                    "diverged (try a smaller learning rate)")
            out.append(g)
        return out

    def step(self, grads):
        """Update every parameter in place from ``grads`` (same order/shape).

        Everything is checked before any array changes, so a bad call
        leaves parameters and state untouched.  If the update itself
        overflows or divides 0 by 0 (possible only with huge gradients,
        ``eps=0``, or centered RMSprop's v − ḡ² rounding below 0) and
        leaves a nan or inf behind, ``FloatingPointError`` says so (the
        step has then been applied) instead of a silent nan.
        """
        grads = self._check_grads(grads)
        hp = self.defaults
        for p, st in zip(self.params, self.state):
            if not st:
                st["step"] = 0
                for name in self._state_names(hp):
                    st[name] = self._initial_state(name, p, hp)
        errors = []
        with np.errstate(over="call", divide="call", invalid="call",
                         call=lambda kind, flag: errors.append(kind)):
            for p, g, st in zip(self.params, grads, self.state):
                st["step"] += 1
                self._update(p, g, st, hp)
        if errors:
            self._raise_if_not_finite(errors)

    def _raise_if_not_finite(self, errors):
        for i, (p, st) in enumerate(zip(self.params, self.state)):
            arrays = [(f"params[{i}]", p)] + [
                (f"state[{i}][{k!r}]", v) for k, v in st.items()
                if isinstance(v, np.ndarray)]
            for name, a in arrays:
                if not _all_finite(a):
                    raise FloatingPointError(
                        f"{name} holds nan or inf after step {st['step']} "
                        f"({errors[0]} in the update, already applied): the "
                        "run has diverged; use a smaller learning rate "
                        "(or eps > 0 if a gradient is exactly zero)")

    def _initial_state(self, name, p, hp):
        return np.zeros_like(p)

    # saving and resuming ----------------------------------------------------
    def state_dict(self):
        """A deep copy of the hyperparameters and the state."""
        return {"type": type(self).__name__,
                "defaults": copy.deepcopy(self.defaults),
                "state": copy.deepcopy(self.state)}

    def load_state_dict(self, state_dict):
        """Restore what ``state_dict`` returned; resumes bit-identically.

        The dict is checked completely (optimizer type, hyperparameters,
        one state per parameter with the right names, shapes and dtypes)
        before anything changes, and deep-copied.
        """
        name = type(self).__name__
        if not (isinstance(state_dict, dict)
                and {"type", "defaults", "state"} <= state_dict.keys()):
            raise TypeError("load_state_dict expects the dict returned by "
                            "state_dict() (keys 'type', 'defaults', "
                            "'state')")
        if state_dict["type"] != name:
            raise ValueError(
                f"state_dict is for {state_dict['type']}, not {name}")
        defaults, state = state_dict["defaults"], state_dict["state"]
        try:    # re-validate the hyperparameters with the constructor
            type(self)(self.params, **defaults)
        except TypeError as err:
            raise ValueError(f"state_dict has bad hyperparameters: {err}"
                             ) from None
        if len(state) != len(self.params):
            raise ValueError(
                f"state_dict holds state for {len(state)} parameters, "
                f"this optimizer has {len(self.params)}")
        names = {"step", *self._state_names(defaults)}
        for i, (p, st) in enumerate(zip(self.params, state)):
            if st and set(st) != names:
                raise ValueError(
                    f"state[{i}] has entries {sorted(st)}, expected "
                    f"{sorted(names)} for {name} with these settings")
            for k, v in st.items():
                if k == "step":
                    if not (isinstance(v, int) and v >= 1):
                        raise ValueError(f"state[{i}]['step'] must be a "
                                         f"positive int, got {v!r}")
                elif not (isinstance(v, np.ndarray) and v.shape == p.shape
                          and v.dtype == p.dtype):
                    raise ValueError(
                        f"state[{i}][{k!r}] must be a {p.dtype} array of "
                        f"shape {p.shape} like params[{i}]")
        self.defaults = copy.deepcopy(dict(defaults))
        self.state = copy.deepcopy(list(state))


class SGD(Optimizer):
    """Stochastic gradient descent, with optional momentum and Nesterov.

    Plain gradient descent is ``SGD(params, lr)``; full batch or minibatch is
    decided by the data loop, not here.  The article's ``rho`` is
    ``momentum``: b ← μb + g, θ ← θ − γb (PyTorch's form; Sutskever et al.
    2013 for Nesterov).
    """

    def __init__(self, params, lr=1e-3, momentum=0.0, dampening=0.0,
                 nesterov=False, weight_decay=0.0):
        _check_lr(lr)
        _check(momentum, "Invalid momentum value")
        _check(dampening, "Invalid dampening value")
        _check(weight_decay, "Invalid weight_decay value")
        flag(nesterov, "nesterov")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError(
                "Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(
            lr=float(lr), momentum=float(momentum), dampening=float(dampening),
            nesterov=bool(nesterov), weight_decay=float(weight_decay)))

    def _state_names(self, hp):
        return ("momentum_buffer",) if hp["momentum"] != 0 else ()

    def _update(self, p, g, st, hp):
        sgd_step(p, g, st.get("momentum_buffer"), st["step"], lr=hp["lr"],
                 momentum=hp["momentum"], dampening=hp["dampening"],
                 nesterov=hp["nesterov"], weight_decay=hp["weight_decay"])


class Adagrad(Optimizer):
    """AdaGrad (Duchi, Hazan & Singer 2011): steps scaled by 1/√(Σ g²).

    ``eps`` (1e-10) is added *after* the square root, as in torch; Keras
    and the source article use 1e-7.
    """

    def __init__(self, params, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 initial_accumulator_value=0.0, eps=1e-10):
        _check_lr(lr)
        _check(lr_decay, "Invalid lr_decay value")
        _check(weight_decay, "Invalid weight_decay value")
        _check(initial_accumulator_value,
               "Invalid initial_accumulator_value value")
        _check(eps, "Invalid epsilon value")
        super().__init__(params, dict(
            lr=float(lr), lr_decay=float(lr_decay),
            weight_decay=float(weight_decay),
            initial_accumulator_value=float(initial_accumulator_value),
            eps=float(eps)))

    def _state_names(self, hp):
        return ("sum",)

    def _initial_state(self, name, p, hp):
        return np.full_like(p, hp["initial_accumulator_value"])

    def _update(self, p, g, st, hp):
        adagrad_step(p, g, st["sum"], st["step"], lr=hp["lr"],
                     lr_decay=hp["lr_decay"], weight_decay=hp["weight_decay"],
                     eps=hp["eps"])


class RMSprop(Optimizer):
    """RMSProp (Tieleman & Hinton 2012): steps scaled by a leaky RMS of g.

    The article's ``decay_rate`` is ``alpha`` (torch's default 0.99; Hinton's
    lecture used 0.9).  ``centered`` subtracts the squared mean gradient;
    ``momentum`` adds a velocity on top.
    """

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8,
                 weight_decay=0.0, momentum=0.0, centered=False):
        _check_lr(lr)
        _check(eps, "Invalid epsilon value")
        _check(momentum, "Invalid momentum value")
        _check(weight_decay, "Invalid weight_decay value")
        _check(alpha, "Invalid alpha value", 0.0, 1.0)
        flag(centered, "centered")
        super().__init__(params, dict(
            lr=float(lr), alpha=float(alpha), eps=float(eps),
            weight_decay=float(weight_decay), momentum=float(momentum),
            centered=bool(centered)))

    def _state_names(self, hp):
        names = ["square_avg"]
        if hp["momentum"] > 0:
            names.append("momentum_buffer")
        if hp["centered"]:
            names.append("grad_avg")
        return names

    def _update(self, p, g, st, hp):
        rmsprop_step(p, g, st["square_avg"], st.get("grad_avg"),
                     st.get("momentum_buffer"), st["step"], lr=hp["lr"],
                     alpha=hp["alpha"], eps=hp["eps"],
                     weight_decay=hp["weight_decay"], momentum=hp["momentum"],
                     centered=hp["centered"])


def adam_hyperparameters(lr, betas, eps, weight_decay, amsgrad):
    """Adam's hyperparameters checked with torch's messages, as a dict.

    >>> adam_hyperparameters(1e-3, (0.9, 0.999), 1e-8, 0.0, False)["betas"]
    (0.9, 0.999)
    """
    _check_lr(lr)
    _check(eps, "Invalid epsilon value")
    try:
        b1, b2 = betas
    except (TypeError, ValueError):
        raise ValueError(f"betas must be a pair (beta1, beta2), got {betas!r}"
                         ) from None
    _check(b1, "Invalid beta parameter at index 0", 0.0, 1.0, True)
    _check(b2, "Invalid beta parameter at index 1", 0.0, 1.0, True)
    _check(weight_decay, "Invalid weight_decay value")
    flag(amsgrad, "amsgrad")
    return dict(lr=float(lr), betas=(float(b1), float(b2)), eps=float(eps),
                weight_decay=float(weight_decay), amsgrad=bool(amsgrad))


class Adam(Optimizer):
    """Adam (Kingma & Ba 2015), with bias correction and optional AMSGrad.

    ``weight_decay`` here is an L2 term added to the gradient; for decoupled
    weight decay use :class:`AdamW`.
    """

    _decoupled = False

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0.0, amsgrad=False):
        super().__init__(params, adam_hyperparameters(lr, betas, eps,
                                                  weight_decay, amsgrad))

    def _state_names(self, hp):
        names = ["exp_avg", "exp_avg_sq"]
        if hp["amsgrad"]:
            names.append("max_exp_avg_sq")
        return names

    def _update(self, p, g, st, hp):
        b1, b2 = hp["betas"]
        adam_step(p, g, st["exp_avg"], st["exp_avg_sq"],
                  st.get("max_exp_avg_sq"), st["step"], lr=hp["lr"],
                  beta1=b1, beta2=b2, eps=hp["eps"],
                  weight_decay=hp["weight_decay"], amsgrad=hp["amsgrad"],
                  decoupled_weight_decay=self._decoupled)


class AdamW(Adam):
    """AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay.

    θ ← θ − γλθ happens before the Adam step, and no L2 term is added to g.
    The default ``weight_decay`` is 1e-2, as in torch.
    """

    _decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=1e-2, amsgrad=False):
        super().__init__(params, lr=lr, betas=betas, eps=eps,
                         weight_decay=weight_decay, amsgrad=amsgrad)
