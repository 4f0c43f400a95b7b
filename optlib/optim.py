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

As in torch, ``params`` may be a list of parameter groups, each with its
own hyperparameters (``[{"params": weights}, {"params": biases,
"weight_decay": 0.0}]``), and any hyperparameter may change between steps
(``opt.set(momentum=0.9)``, ``opt.param_groups[0]["lr"] = 0.01`` or
``opt.lr = 0.01``); every change is checked as the constructor checks its
arguments.  The differences from torch.optim (explicit gradients, state
as a list, ...) are listed on the API page, "Coming from torch.optim".

The notation is the course's: θ parameters, g gradient, η = ``lr``, t the
step counting from 1, wd = ``weight_decay`` (λ is a curvature in the
course, so it does not name the decay).  The argument names, defaults,
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
import inspect
import math
from numbers import Integral, Real

import numpy as np

from optlib.checks import flag

__all__ = [
    "Optimizer",
    "ParamGroup",
    "HyperparameterTypeError",
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
    r"""One SGD step, with optional momentum (Polyak 1964) or Nesterov.

    .. math::
        g &\leftarrow g + \text{wd}\,\theta \\
        b_1 &= g, \quad b_t = \mu b_{t-1} + (1-\tau) g \\
        g &\leftarrow g + \mu b_t \text{ (nesterov) or } b_t \\
        \theta &\leftarrow \theta - \eta g

    η = ``lr``, μ = ``momentum``, τ = ``dampening``, wd =
    ``weight_decay``.  ``momentum_buffer`` is unused (may be None) when
    ``momentum == 0``; ``step == 1`` makes it start as g.
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
    r"""One AdaGrad step (Duchi, Hazan & Singer 2011).

    .. math::
        g &\leftarrow g + \text{wd}\,\theta \\
        \tilde\eta &= \frac{\eta}{1 + (t-1)\,\text{lr\_decay}},
        \quad s \leftarrow s + g^2, \quad
        \theta \leftarrow \theta - \tilde\eta\,
        \frac{g}{\sqrt{s} + \epsilon}

    η = ``lr``, wd = ``weight_decay``, s = ``state_sum``.
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
    r"""One RMSProp step (Tieleman & Hinton 2012), torch's form.

    .. math::
        g &\leftarrow g + \text{wd}\,\theta \\
        v &\leftarrow \alpha v + (1-\alpha) g^2 \\
        \bar g &\leftarrow \alpha \bar g + (1-\alpha) g,\quad
        \tilde v = v - \bar g^2 \text{ (centered, else } \tilde v = v) \\
        b &\leftarrow \mu b + g / (\sqrt{\tilde v} + \epsilon),\quad
        \theta \leftarrow \theta - \eta b \\
        \theta &\leftarrow \theta - \eta g / (\sqrt{\tilde v}
        + \epsilon) \text{ when } \mu = 0

    η = ``lr``, α = ``alpha``, μ = ``momentum``, wd = ``weight_decay``;
    v = ``square_avg``, ḡ = ``grad_avg`` (used only when centered), b =
    ``momentum_buffer`` (only when ``momentum > 0``); pass None otherwise.
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
    r"""One Adam step: Algorithm 1 of Kingma & Ba (2015), in torch's form.

    .. math::
        m &\leftarrow \beta_1 m + (1-\beta_1) g \\
        v &\leftarrow \beta_2 v + (1-\beta_2) g^2 \\
        \hat m &= m / (1-\beta_1^t), \quad \hat v = v / (1-\beta_2^t) \\
        \theta &\leftarrow \theta - \eta\, \hat m / (\sqrt{\hat v}
        + \epsilon)

    η = ``lr``, m = ``exp_avg``, v = ``exp_avg_sq``, t = ``step``.  With
    ``weight_decay`` (wd) an L2 term g ← g + wd·θ comes first.  With
    ``amsgrad`` (Reddi et al. 2018) the denominator uses the running
    maximum of the raw v.  With ``decoupled_weight_decay`` (AdamW,
    Loshchilov & Hutter 2019) θ ← θ − η·wd·θ comes first instead and no L2
    term is added to g.  ``max_exp_avg_sq`` is used only with ``amsgrad``
    (else None).
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


class HyperparameterTypeError(TypeError, ValueError):
    """A hyperparameter of the wrong type (``lr="0.01"``, ``None``, ...).

    A TypeError whose message names the type; also a ValueError, so code
    written for torch's ``ValueError("Invalid learning rate: ...")``
    still catches it.
    """


def _is_number(x):
    if type(x) is float or type(x) is int:      # fast path (no ABC check)
        return True
    return isinstance(x, Real) and not isinstance(x, (bool, np.bool_))


def _looks_numeric(x):
    try:
        return isinstance(x, str) and math.isfinite(float(x))
    except ValueError:
        return False


def _check(value, message, low=0.0, high=math.inf, high_open=False):
    """Raise ValueError(f"{message}: {value}") unless low <= value <= high.

    ``value`` must be a finite real number (not a bool); ``high_open``
    makes the upper bound strict.  The message uses ``str(value)`` like
    torch, so ``np.float64(-1.0)`` reads "-1.0".
    """
    if not _is_number(value):
        raise HyperparameterTypeError(
            f"{message}: {value!r} is a {type(value).__name__}, not a "
            "number" + (f" (write {float(value)!r}, without quotes)"
                        if _looks_numeric(value) else ""))
    if (not math.isfinite(value) or value < low or value > high
            or (high_open and value == high)):
        raise ValueError(f"{message}: {value}")


def _check_lr(lr):
    _check(lr, "Invalid learning rate")


def _check_params(params):
    """Check the flat list of parameters (see ``_as_groups``)."""
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
    if g is None:
        raise TypeError(
            f"grads[{i}] is None: no gradient was computed for params[{i}] "
            f"(shape {p.shape}); pass an array of that shape (zeros if the "
            "loss does not depend on it)")
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


class ParamGroup(dict):
    """One parameter group: ``{"params": [...], "lr": ..., ...}``.

    A dict, as in torch, whose changes are checked: ``group["momentum"] =
    0.9`` (or ``group.update(...)``) validates the whole group as the
    constructor would, before anything changes, and the optimizer creates
    any state the new setting needs at the next step.  ``"params"`` cannot
    be replaced and no key can be removed.
    """

    __slots__ = ("_owner",)

    def __init__(self, owner, params, hyperparameters):
        dict.__init__(self, params=params, **hyperparameters)
        self._owner = owner

    def hyperparameters(self):
        """The group's settings as a plain dict (without ``params``)."""
        return {k: v for k, v in self.items() if k != "params"}

    def update(self, *args, **kwargs):
        changes = dict(*args, **kwargs)
        if "params" in changes:
            raise TypeError("a group's 'params' cannot be replaced; make a "
                            "new optimizer for other parameters")
        checked = self._owner._checked({**self.hyperparameters(),
                                        **changes})
        dict.update(self, checked)
        self._owner._state_ready = False

    def __setitem__(self, key, value):
        self.update({key: value})

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def _no_removal(self, *args):
        raise TypeError("a parameter group's entries cannot be removed; "
                        "set a value instead (e.g. group['momentum'] = 0)")

    __delitem__ = pop = popitem = clear = _no_removal

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return (_rebuild_group, (self._owner, dict(self)))


def _rebuild_group(owner, items):
    group = ParamGroup.__new__(ParamGroup)
    dict.update(group, items)
    group._owner = owner
    return group


class _Defaults(dict):
    """``opt.defaults``: read-only (it cannot be left in an invalid state)."""

    def _read_only(self, *args, **kwargs):
        raise TypeError(
            "opt.defaults is read-only: change a hyperparameter with "
            "opt.set(momentum=0.9) (every group, checked), "
            "opt.param_groups[i]['momentum'] = 0.9 (one group) or "
            "opt.lr = 0.01")

    __setitem__ = __delitem__ = update = setdefault = _read_only
    pop = popitem = clear = __ior__ = _read_only

    def __reduce__(self):
        return (_Defaults, (dict(self),))


def _as_groups(params):
    """Split the constructor's ``params`` into [(list of arrays, dict)].

    A list of arrays is one group with no overrides; a list of dicts
    ``{"params": [...], "lr": ...}`` gives one group each.
    """
    if isinstance(params, dict):
        params = [params]
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
    dicts = [isinstance(p, dict) for p in params]
    if not any(dicts):
        return [(params, {})]
    if not all(dicts):
        raise TypeError("params must be a list of arrays or a list of "
                        "parameter groups (dicts with a 'params' key), not "
                        "a mixture")
    groups = []
    for j, group in enumerate(params):
        if "params" not in group:
            raise TypeError(f"parameter group {j} has no 'params' key")
        arrays = group["params"]
        if isinstance(arrays, np.ndarray):
            arrays = [arrays]               # torch accepts one tensor too
        try:
            arrays = list(arrays)
        except TypeError:
            raise TypeError(f"parameter group {j}: 'params' must be a list "
                            "of NumPy arrays, got "
                            f"{type(arrays).__name__}") from None
        if not arrays:
            raise ValueError(f"parameter group {j} has no parameters")
        groups.append((arrays, {k: v for k, v in group.items()
                                if k != "params"}))
    return groups


class Optimizer:
    """Base class: holds the parameters, the hyperparameters and the state.

    Subclasses define ``_hyperparameters(**hp)`` (a classmethod that checks
    every hyperparameter and returns them normalised; without one, the
    constructor itself is the check), ``_state_names(hp)`` (the state
    arrays a parameter needs under ``hp``) and ``_update(p, g, st, hp)``
    (one call of the kernel).

    ``params`` is the flat list of parameters, group after group, and
    ``step(grads)`` takes the gradients in that order.  ``param_groups`` is
    a list of dicts, torch's: each holds its ``"params"`` and every
    hyperparameter, and a change to one is checked (see
    :class:`ParamGroup`).  ``set(**hp)`` changes every group; ``lr`` reads
    or sets every group's learning rate (for a schedule).  ``defaults``
    (read-only) holds the constructor's hyperparameters.

    ``state`` is a list with one dict per parameter, in the order of
    ``params``, under torch's names (``step``, ``exp_avg``, ...).  It is
    empty until the first ``step``; an option switched on later (momentum,
    centered, amsgrad) creates its state at the next step, and state that
    an option switched off no longer uses is kept, as torch keeps it.
    """

    #: state entries always present after the first step (None: all of
    #: ``_state_names``), and every entry the class may hold (None: the
    #: same).  Optional entries may be missing: they are created when used.
    _required_state = None
    _all_state = None
    #: state entries that ``_update`` creates itself when missing
    _lazy_state = ()

    def __init__(self, params, defaults):
        groups = _as_groups(params)
        flat = [p for arrays, _ in groups for p in arrays]
        self.params = _check_params(flat)
        self.defaults = _Defaults(defaults)
        self.param_groups = []
        for arrays, overrides in groups:
            hp = (self._checked({**defaults, **overrides}) if overrides
                  else dict(defaults))
            self.param_groups.append(ParamGroup(self, arrays, hp))
        self.state = [{} for _ in self.params]
        self._state_ready = False

    # hyperparameters -------------------------------------------------------
    @classmethod
    def _names(cls):
        """The hyperparameters' names: the constructor's keywords."""
        names = cls.__dict__.get("_names_cache")
        if names is None:
            kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD,
                     inspect.Parameter.KEYWORD_ONLY)
            sig = inspect.signature(cls.__init__)
            names = tuple(n for n, q in list(sig.parameters.items())[2:]
                          if q.kind in kinds)
            cls._names_cache = names
        return names

    @classmethod
    def _hyperparameters(cls, **hp):
        # Generic check for a subclass without its own: its constructor.
        return dict(cls([np.zeros(1)], **hp).defaults)

    @classmethod
    def _checked(cls, hp, exact=False, where="hyperparameters"):
        """``hp`` checked like the constructor's arguments, normalised.

        Unknown names raise TypeError naming them and the valid ones;
        with ``exact``, so do missing ones (for ``load_state_dict``).
        """
        names = cls._names()
        unknown = [k for k in hp if k not in names]
        missing = [k for k in names if k not in hp] if exact else []
        if unknown or missing:
            what = (f"unknown {unknown}" if unknown else "") + (
                "; " if unknown and missing else "") + (
                f"missing {missing}" if missing else "")
            raise TypeError(f"{cls.__name__} {where}: {what}; its "
                            f"hyperparameters are {', '.join(names)}")
        return cls._hyperparameters(**hp)

    def set(self, **hyperparameters):
        """Change hyperparameters in every group, checked, between steps.

        ``opt.set(momentum=0.9)``; nothing changes unless every group
        accepts the new values.  ``defaults`` changes too.
        """
        checked = [self._checked({**g.hyperparameters(), **hyperparameters})
                   for g in self.param_groups]
        defaults = self._checked({**self.defaults, **hyperparameters})
        for group, hp in zip(self.param_groups, checked):
            dict.update(group, hp)
        self.defaults = _Defaults(defaults)
        self._state_ready = False

    def add_param_group(self, param_group):
        """Add a group ``{"params": [...], "lr": ..., ...}``, as torch's.

        Its missing hyperparameters come from ``defaults``; it is checked
        (the settings, and arrays new to this optimizer) before anything
        changes.  Its parameters go at the end of ``params``, so ``step``
        takes their gradients last.
        """
        if not isinstance(param_group, dict):
            raise TypeError("add_param_group takes a dict with a 'params' "
                            f"key, got {type(param_group).__name__}")
        [(arrays, overrides)] = _as_groups([param_group])
        params = _check_params(self.params + arrays)
        hp = self._checked({**self.defaults, **overrides})
        self.params = params
        self.param_groups.append(ParamGroup(self, arrays, hp))
        self.state.extend({} for _ in arrays)
        self._state_ready = False

    @property
    def lr(self):
        """The learning rate used by the next step (every group's).

        Setting it sets every group's ``lr`` (a schedule does this before
        each step); with several groups of different rates, read
        ``opt.param_groups[i]["lr"]``.
        """
        lrs = {g["lr"] for g in self.param_groups}
        if len(lrs) > 1:
            raise ValueError(
                "the parameter groups have different learning rates "
                f"{[g['lr'] for g in self.param_groups]}; read "
                "opt.param_groups[i]['lr']")
        return lrs.pop()

    @lr.setter
    def lr(self, value):
        # The fast path of set(lr=value) for schedules: a learning rate's
        # one rule (a finite number >= 0) involves no other setting.
        _check_lr(value)
        value = float(value)
        for group in self.param_groups:
            dict.__setitem__(group, "lr", value)
        dict.__setitem__(self.defaults, "lr", value)

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.defaults.items())
        if len(self.param_groups) > 1:
            groups = []
            for g in self.param_groups:
                own = ", ".join(f"{k}={v!r}" for k, v in g.items()
                                if k != "params" and self.defaults[k] != v)
                groups.append(f"{{{len(g['params'])} params"
                              + (f", {own}" if own else "") + "}")
            args += f", param_groups=[{', '.join(groups)}]"
        elif any(v != self.defaults[k] for k, v in
                 self.param_groups[0].hyperparameters().items()):
            args = ", ".join(
                f"{k}={v!r}"
                for k, v in self.param_groups[0].hyperparameters().items())
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
            if callable(grads):
                raise TypeError(
                    "step() takes the gradients, not a closure: optlib has "
                    "no autograd (no backward()), so compute the gradients "
                    "first and pass the list, one array per parameter, "
                    "e.g. loss, grads = model.loss_and_grads(X, y); "
                    "opt.step(grads)")
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

    def _hp_per_param(self):
        return [g for g in self.param_groups for _ in g["params"]]

    def _prepare_state(self):
        """Create the state each parameter needs under its group's settings
        (at the first step, and after a change of hyperparameters)."""
        for p, st, hp in zip(self.params, self.state, self._hp_per_param()):
            if not st:
                st["step"] = 0
            for name in self._state_names(hp):
                if name not in st and name not in self._lazy_state:
                    st[name] = self._initial_state(name, p, hp)
        self._state_ready = True

    def step(self, grads):
        """Update every parameter in place from ``grads`` (same order/shape).

        Everything is checked before any array changes, so a bad call
        leaves parameters and state untouched.  If the update itself
        overflows or divides 0 by 0 (possible only with huge gradients,
        ``eps=0``, or centered RMSprop's v − ḡ² rounding below 0) and
        leaves a nan or inf behind, ``FloatingPointError`` says so (the
        step has then been applied) instead of a silent nan.
        """
        self._apply(self._check_grads(grads))

    def _apply(self, grads):
        """:meth:`step` after its checks: ``grads`` are float arrays of the
        parameters' dtype and shapes, finite, not sharing memory with
        them (for callers that have made sure of that themselves, such as
        :func:`optlib.trajectory.trajectory` and
        :func:`optlib.train.fit`)."""
        if not self._state_ready:
            self._prepare_state()
        groups = self.param_groups
        hps = (groups[0],) * len(grads) if len(groups) == 1 else \
            self._hp_per_param()
        errors = []
        with np.errstate(over="call", divide="call", invalid="call",
                         call=lambda kind, flag: errors.append(kind)):
            for p, g, st, hp in zip(self.params, grads, self.state, hps):
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
        """A deep copy of the hyperparameters and the state.

        ``{"type", "defaults", "param_groups", "state"}``; each group holds
        its hyperparameters and, under ``"params"``, the indices of its
        parameters in ``opt.params`` (torch's layout).
        """
        groups, i = [], 0
        for g in self.param_groups:
            n = len(g["params"])
            groups.append({**copy.deepcopy(g.hyperparameters()),
                           "params": list(range(i, i + n))})
            i += n
        return {"type": type(self).__name__,
                "defaults": copy.deepcopy(dict(self.defaults)),
                "param_groups": groups,
                "state": copy.deepcopy(self.state)}

    def load_state_dict(self, state_dict):
        """Restore what ``state_dict`` returned; resumes bit-identically.

        The dict is checked completely (optimizer type, every group's
        hyperparameters, exactly the constructor's keys, the groups'
        sizes, one state per parameter with the right names, shapes and
        dtypes) before anything changes, and deep-copied.  A ``step`` may
        be any integer type (NumPy's, after an ``.npz`` round trip).  A
        dict without ``"param_groups"`` (saved before groups existed)
        gives every group its ``defaults``.
        """
        name = type(self).__name__
        if not (isinstance(state_dict, dict)
                and {"type", "defaults", "state"} <= state_dict.keys()):
            raise TypeError("load_state_dict expects the dict returned by "
                            "state_dict() (keys 'type', 'defaults', "
                            "'param_groups', 'state')")
        if state_dict["type"] != name:
            raise ValueError(
                f"state_dict is for {state_dict['type']}, not {name}")
        state = state_dict["state"]
        saved_groups = state_dict.get("param_groups")

        def checked(hp, where):
            if not isinstance(hp, dict):
                raise ValueError(f"state_dict's {where} must be a dict")
            try:
                return self._checked(hp, exact=True, where=where)
            except TypeError as err:
                raise ValueError(f"state_dict has bad hyperparameters: "
                                 f"{err}") from None

        defaults = checked(state_dict["defaults"], "defaults")
        if saved_groups is None:
            groups = [dict(defaults) for _ in self.param_groups]
        else:
            if not isinstance(saved_groups, (list, tuple)):
                raise ValueError("state_dict's param_groups must be a list")
            if len(saved_groups) != len(self.param_groups):
                raise ValueError(
                    f"state_dict has {len(saved_groups)} parameter groups, "
                    f"this optimizer has {len(self.param_groups)}")
            groups, i = [], 0
            for j, (saved, own) in enumerate(zip(saved_groups,
                                                 self.param_groups)):
                n = len(own["params"])
                if not isinstance(saved, dict) or list(
                        saved.get("params", ())) != list(range(i, i + n)):
                    raise ValueError(
                        f"state_dict's param_groups[{j}] must hold the "
                        f"parameters {i}..{i + n - 1} ('params': "
                        f"{list(range(i, i + n))}), as this optimizer's")
                i += n
                groups.append(checked(
                    {k: v for k, v in saved.items() if k != "params"},
                    f"param_groups[{j}]"))
        if not isinstance(state, (list, tuple)) or len(state) != len(
                self.params):
            raise ValueError(
                f"state_dict holds state for "
                f"{len(state) if isinstance(state, (list, tuple)) else '?'}"
                f" parameters, this optimizer has {len(self.params)}")
        hps = [hp for hp, g in zip(groups, self.param_groups)
               for _ in g["params"]]
        loaded = []
        for i, (p, st, hp) in enumerate(zip(self.params, state, hps)):
            if not isinstance(st, dict):
                raise ValueError(f"state[{i}] must be a dict")
            needed = set(self._state_names(hp) if self._required_state is
                         None else self._required_state)
            allowed = set(self._state_names(hp) if self._all_state is None
                          else self._all_state)
            if st and not (needed | {"step"} <= set(st)
                           <= allowed | {"step"}):
                raise ValueError(
                    f"state[{i}] has entries {sorted(st)}, expected "
                    f"{sorted(needed | {'step'})} for {name} with these "
                    "settings" + (f" (and possibly {sorted(allowed - needed)})"
                                  if allowed - needed else ""))
            entry = {}
            for k, v in st.items():
                if k == "step":
                    if not (isinstance(v, Integral) and not isinstance(
                            v, (bool, np.bool_)) and v >= 1):
                        raise ValueError(f"state[{i}]['step'] must be a "
                                         f"positive int, got {v!r}")
                    entry[k] = int(v)
                elif not (isinstance(v, np.ndarray) and v.shape == p.shape
                          and v.dtype == p.dtype):
                    raise ValueError(
                        f"state[{i}][{k!r}] must be a {p.dtype} array of "
                        f"shape {p.shape} like params[{i}]")
                else:
                    entry[k] = v.copy()
            loaded.append(entry)
        self.defaults = _Defaults(defaults)
        for group, hp in zip(self.param_groups, groups):
            dict.update(group, copy.deepcopy(hp))
        self.state = loaded
        self._state_ready = False


class SGD(Optimizer):
    """Stochastic gradient descent, with optional momentum and Nesterov.

    Plain gradient descent is ``SGD(params, lr)``; full batch or minibatch is
    decided by the data loop, not here.  The article's ``rho`` is
    ``momentum``: b ← μb + g, θ ← θ − ηb (PyTorch's form; Sutskever et al.
    2013 for Nesterov).
    """

    _required_state = ()
    _all_state = ("momentum_buffer",)
    _lazy_state = ("momentum_buffer",)

    def __init__(self, params, lr=1e-3, momentum=0.0, dampening=0.0,
                 nesterov=False, weight_decay=0.0):
        super().__init__(params, self._hyperparameters(
            lr=lr, momentum=momentum, dampening=dampening,
            nesterov=nesterov, weight_decay=weight_decay))

    @classmethod
    def _hyperparameters(cls, *, lr, momentum, dampening, nesterov,
                         weight_decay):
        _check_lr(lr)
        _check(momentum, "Invalid momentum value")
        _check(dampening, "Invalid dampening value")
        _check(weight_decay, "Invalid weight_decay value")
        flag(nesterov, "nesterov")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError(
                "Nesterov momentum requires a momentum and zero dampening")
        return dict(lr=float(lr), momentum=float(momentum),
                    dampening=float(dampening), nesterov=bool(nesterov),
                    weight_decay=float(weight_decay))

    def _state_names(self, hp):
        return ("momentum_buffer",) if hp["momentum"] != 0 else ()

    def _update(self, p, g, st, hp):
        buf, step = st.get("momentum_buffer"), st["step"]
        if buf is None and hp["momentum"] != 0:
            # A new buffer starts as the gradient (torch: buffer is None ->
            # clone(grad)), also when momentum is switched on mid-run;
            # step=1 is the kernel's signal for b_1 = g (its only use).
            buf = st["momentum_buffer"] = np.empty_like(p)
            step = 1
        sgd_step(p, g, buf, step, lr=hp["lr"], momentum=hp["momentum"],
                 dampening=hp["dampening"], nesterov=hp["nesterov"],
                 weight_decay=hp["weight_decay"])


class Adagrad(Optimizer):
    """AdaGrad (Duchi, Hazan & Singer 2011): steps scaled by 1/√(Σ g²).

    ``eps`` (1e-10) is added *after* the square root, as in torch; Keras
    and the source article use 1e-7.
    """

    def __init__(self, params, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 initial_accumulator_value=0.0, eps=1e-10):
        super().__init__(params, self._hyperparameters(
            lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
            initial_accumulator_value=initial_accumulator_value, eps=eps))

    @classmethod
    def _hyperparameters(cls, *, lr, lr_decay, weight_decay,
                         initial_accumulator_value, eps):
        _check_lr(lr)
        _check(lr_decay, "Invalid lr_decay value")
        _check(weight_decay, "Invalid weight_decay value")
        _check(initial_accumulator_value,
               "Invalid initial_accumulator_value value")
        _check(eps, "Invalid epsilon value")
        return dict(lr=float(lr), lr_decay=float(lr_decay),
                    weight_decay=float(weight_decay),
                    initial_accumulator_value=float(
                        initial_accumulator_value),
                    eps=float(eps))

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
        super().__init__(params, self._hyperparameters(
            lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay,
            momentum=momentum, centered=centered))

    _required_state = ("square_avg",)
    _all_state = ("square_avg", "momentum_buffer", "grad_avg")

    @classmethod
    def _hyperparameters(cls, *, lr, alpha, eps, weight_decay, momentum,
                         centered):
        _check_lr(lr)
        _check(eps, "Invalid epsilon value")
        _check(momentum, "Invalid momentum value")
        _check(weight_decay, "Invalid weight_decay value")
        _check(alpha, "Invalid alpha value", 0.0, 1.0)
        flag(centered, "centered")
        return dict(lr=float(lr), alpha=float(alpha), eps=float(eps),
                    weight_decay=float(weight_decay),
                    momentum=float(momentum), centered=bool(centered))

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

    _required_state = ("exp_avg", "exp_avg_sq")
    _all_state = ("exp_avg", "exp_avg_sq", "max_exp_avg_sq")

    @classmethod
    def _hyperparameters(cls, *, lr, betas, eps, weight_decay, amsgrad):
        return adam_hyperparameters(lr, betas, eps, weight_decay, amsgrad)

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

    θ ← θ − η·wd·θ happens before the Adam step, and no L2 term is added to g.
    The default ``weight_decay`` is 1e-2, as in torch.
    """

    _decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=1e-2, amsgrad=False):
        super().__init__(params, lr=lr, betas=betas, eps=eps,
                         weight_decay=weight_decay, amsgrad=amsgrad)
