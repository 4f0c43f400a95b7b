"""Optimizers that follow torch.optim's algorithms exactly, on NumPy arrays.

Every optimizer here is two things:

* a **kernel**: a small function (``sgd_step``, ``adagrad_step``,
  ``rmsprop_step``, ``adam_step``) that updates one parameter array in place
  from its gradient and its state arrays.  This is the math; a chapter shows
  it with ``inspect.getsource`` so the reader sees the code that ran.
* a **class** (``SGD``, ``Adagrad``, ``RMSprop``, ``Adam``, ``AdamW``): a thin
  shell that checks its arguments, creates the state lazily on the first
  ``step`` and calls the kernel once per parameter.

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
]


# --------------------------------------------------------------------------
# Kernels: the update rules.  Each updates ``param`` (and its state arrays)
# in place and returns nothing.  ``grad`` is never modified.
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
        grad = grad + weight_decay * param
    if momentum != 0:
        buf = momentum_buffer
        if step == 1:
            buf[...] = grad                      # b_1 = g
        else:
            buf *= momentum                      # b = mu*b + (1-tau)*g
            buf += (1 - dampening) * grad
        grad = grad + momentum * buf if nesterov else buf
    param -= lr * grad


def adagrad_step(param, grad, state_sum, step, *, lr, lr_decay=0.0,
                 weight_decay=0.0, eps=1e-10):
    """One AdaGrad step (Duchi, Hazan & Singer 2011).

    .. math::
        \\tilde\\gamma = \\frac{\\gamma}{1 + (t-1)\\,\\text{lr\\_decay}},
        \\quad s \\leftarrow s + g^2, \\quad
        \\theta \\leftarrow \\theta - \\tilde\\gamma\\,\\frac{g}{\\sqrt{s} + \\epsilon}
    """
    if weight_decay != 0:
        grad = grad + weight_decay * param
    clr = lr / (1 + (step - 1) * lr_decay)
    state_sum += grad * grad                     # s = s + g^2
    std = np.sqrt(state_sum)
    std += eps                                   # eps outside the root
    np.divide(grad, std, out=std)
    std *= clr
    param -= std


def rmsprop_step(param, grad, square_avg, grad_avg, momentum_buffer, step, *,
                 lr, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False):
    """One RMSProp step (Tieleman & Hinton 2012), torch's form.

    .. math::
        v &\\leftarrow \\alpha v + (1-\\alpha) g^2 \\\\
        \\bar g &\\leftarrow \\alpha \\bar g + (1-\\alpha) g,\\quad
        \\tilde v = v - \\bar g^2 \\text{ (centered, else } \\tilde v = v) \\\\
        b &\\leftarrow \\mu b + g / (\\sqrt{\\tilde v} + \\epsilon),\\quad
        \\theta \\leftarrow \\theta - \\gamma b \\text{ (or } b = g/(\\sqrt{\\tilde v}+\\epsilon)
        \\text{ when } \\mu = 0)

    ``grad_avg`` is used only when centered, ``momentum_buffer`` only when
    ``momentum > 0``; pass None otherwise.
    """
    if weight_decay != 0:
        grad = grad + weight_decay * param
    square_avg *= alpha                          # v = alpha*v + (1-alpha)*g^2
    square_avg += (1 - alpha) * (grad * grad)
    if centered:
        grad_avg += (1 - alpha) * (grad - grad_avg)   # torch's lerp_
        avg = square_avg - grad_avg * grad_avg
        np.sqrt(avg, out=avg)
    else:
        avg = np.sqrt(square_avg)
    avg += eps
    if momentum > 0:
        momentum_buffer *= momentum
        momentum_buffer += grad / avg
        param -= lr * momentum_buffer
    else:
        np.divide(grad, avg, out=avg)
        avg *= lr
        param -= avg


def adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *, lr,
              beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
              amsgrad=False, decoupled_weight_decay=False):
    """One Adam step: Algorithm 1 of Kingma & Ba (2015), in torch's form.

    .. math::
        m &\\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\
        v &\\leftarrow \\beta_2 v + (1-\\beta_2) g^2 \\\\
        \\hat m &= m / (1-\\beta_1^t), \\quad \\hat v = v / (1-\\beta_2^t) \\\\
        \\theta &\\leftarrow \\theta - \\gamma\\, \\hat m / (\\sqrt{\\hat v} + \\epsilon)

    With ``amsgrad`` (Reddi et al. 2018) the denominator uses the running
    maximum of the raw ``v``.  With ``decoupled_weight_decay`` (AdamW,
    Loshchilov & Hutter 2019) θ ← θ − γλθ comes first and no L2 term is added
    to g.  ``max_exp_avg_sq`` is used only with ``amsgrad`` (else None).
    """
    if weight_decay != 0:
        if decoupled_weight_decay:
            param *= 1 - lr * weight_decay
        else:
            grad = grad + weight_decay * param
    exp_avg += (1 - beta1) * (grad - exp_avg)    # m: torch's lerp_
    exp_avg_sq *= beta2                          # v = b2*v + (1-b2)*g^2
    exp_avg_sq += (1 - beta2) * (grad * grad)
    bias_correction1 = 1 - beta1 ** step
    bias_correction2_sqrt = math.sqrt(1 - beta2 ** step)
    if amsgrad:
        np.maximum(max_exp_avg_sq, exp_avg_sq, out=max_exp_avg_sq)
        denom = np.sqrt(max_exp_avg_sq)
    else:
        denom = np.sqrt(exp_avg_sq)
    denom /= bias_correction2_sqrt
    denom += eps
    np.divide(exp_avg, denom, out=denom)
    denom *= lr / bias_correction1               # step size gamma/(1-b1^t)
    param -= denom


# --------------------------------------------------------------------------
# Argument checks (torch's wording)
# --------------------------------------------------------------------------


def _is_number(x):
    return isinstance(x, Real) and not isinstance(x, bool)


def _check(value, message, low=0.0, high=math.inf, low_open=False,
           high_open=False):
    """Raise ValueError(message) unless value is a real number in range."""
    if not _is_number(value) or math.isnan(value):
        raise ValueError(f"{message}: {value!r}")
    ok_low = value > low if low_open else value >= low
    ok_high = value < high if high_open else value <= high
    if not (ok_low and ok_high):
        raise ValueError(f"{message}: {value!r}")


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
    ids = [id(p) for p in params]
    if len(set(ids)) != len(ids):
        raise ValueError("some parameters appear more than once in params")
    return params


def _all_finite(a):
    """True when every entry of a is finite (fast path: the sum)."""
    with np.errstate(over="ignore", invalid="ignore"):
        if math.isfinite(a.sum()):
            return True
    return bool(np.isfinite(a).all())


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
        if isinstance(grads, np.ndarray):
            raise TypeError("grads must be a list of arrays, one per "
                            "parameter, not a single array; wrap it: [g]")
        try:
            grads = list(grads)
        except TypeError:
            raise TypeError("grads must be a list of arrays, got "
                            f"{type(grads).__name__}") from None
        if len(grads) != len(self.params):
            raise ValueError(
                f"expected {len(self.params)} gradients (one per parameter), "
                f"got {len(grads)}")
        out = []
        for i, (p, g) in enumerate(zip(self.params, grads)):
            g = np.asarray(g)
            if not (np.issubdtype(g.dtype, np.floating)
                    or np.issubdtype(g.dtype, np.integer)):
                raise TypeError(f"grads[{i}] has dtype {g.dtype}; gradients "
                                "must be real numbers")
            if g.shape != p.shape:
                raise ValueError(
                    f"grads[{i}] has shape {g.shape} but params[{i}] has "
                    f"shape {p.shape}")
            if g.dtype != p.dtype:
                g = g.astype(p.dtype)
            if not _all_finite(g):
                raise FloatingPointError(
                    f"grads[{i}] contains nan or inf; the run has probably "
                    "diverged (try a smaller learning rate)")
            out.append(g)
        return out

    def step(self, grads):
        """Update every parameter in place from ``grads`` (same order/shape).

        Everything is checked before any array changes, so a bad call
        leaves parameters and state untouched.
        """
        grads = self._check_grads(grads)
        hp = self.defaults
        for p, g, st in zip(self.params, grads, self.state):
            if not st:
                st["step"] = 0
                for name in self._state_names(hp):
                    st[name] = self._initial_state(name, p, hp)
        for p, g, st in zip(self.params, grads, self.state):
            st["step"] += 1
            self._update(p, g, st, hp)

    def _initial_state(self, name, p, hp):
        return np.zeros_like(p)

    # saving and resuming ----------------------------------------------------
    def state_dict(self):
        """A deep copy of the hyperparameters and the state."""
        return {"type": type(self).__name__,
                "defaults": dict(self.defaults),
                "state": copy.deepcopy(self.state)}

    def load_state_dict(self, state_dict):
        """Restore what ``state_dict`` returned; resumes bit-identically."""
        if state_dict.get("type") != type(self).__name__:
            raise ValueError(
                f"state_dict is for {state_dict.get('type')}, not "
                f"{type(self).__name__}")
        state = state_dict["state"]
        if len(state) != len(self.params):
            raise ValueError(
                f"state_dict holds state for {len(state)} parameters, "
                f"this optimizer has {len(self.params)}")
        for i, (p, st) in enumerate(zip(self.params, state)):
            for k, v in st.items():
                if isinstance(v, np.ndarray) and v.shape != p.shape:
                    raise ValueError(
                        f"state[{i}][{k!r}] has shape {v.shape}, "
                        f"params[{i}] has shape {p.shape}")
        # re-validate the hyperparameters through the constructor's checks
        type(self)(self.params, **state_dict["defaults"])
        self.defaults = dict(state_dict["defaults"])
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
        if not isinstance(nesterov, (bool, np.bool_)):
            raise TypeError(f"nesterov must be True or False, got {nesterov!r}")
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
               "Invalid initial_accumulator value")
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
        if not isinstance(centered, (bool, np.bool_)):
            raise TypeError(f"centered must be True or False, got {centered!r}")
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


def _check_adam_args(lr, betas, eps, weight_decay, amsgrad):
    _check_lr(lr)
    _check(eps, "Invalid epsilon value")
    try:
        b1, b2 = betas
    except (TypeError, ValueError):
        raise ValueError(f"betas must be a pair (beta1, beta2), got {betas!r}"
                         ) from None
    _check(b1, "Invalid beta parameter at index 0", 0.0, 1.0, high_open=True)
    _check(b2, "Invalid beta parameter at index 1", 0.0, 1.0, high_open=True)
    _check(weight_decay, "Invalid weight_decay value")
    if not isinstance(amsgrad, (bool, np.bool_)):
        raise TypeError(f"amsgrad must be True or False, got {amsgrad!r}")
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
        super().__init__(params, _check_adam_args(lr, betas, eps,
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
