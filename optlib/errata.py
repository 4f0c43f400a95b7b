"""The source article's Adam, and each of its errors on its own.

The article prints Adam as::

    moment1 = beta1 * moment1 + (1 - beta1) * wi
    moment2 = beta2 * moment2 + (1 - beta2) * wi
    w = w - (moment1 * lr) / moment2 + 1e-7

where ``wi`` is the gradient.  Compared with Algorithm 1 of Kingma & Ba
(2015), three things are missing: the **square** of the gradient in the
second moment, the **square root** in the denominator and the **bias
correction** of both moments.  (We read the last line charitably as
``/(moment2 + 1e-7)``.)

:func:`adam_variant_step` is Adam with a switch for each of the three, so a
chapter can put back all but one and see what that one does.  With every
switch on it is exactly :func:`optlib.optim.adam_step` without weight decay.
:class:`AdamVariant` wraps it as an optimizer.  These exist to *show* the
errors; train with :class:`optlib.optim.Adam`.
"""

from __future__ import annotations

import numpy as np

from .optim import Optimizer, _check, _check_adam_args

__all__ = ["adam_variant_step", "AdamVariant", "ArticleAdam"]


def adam_variant_step(param, grad, exp_avg, exp_avg_sq, step, *, lr,
                      beta1=0.9, beta2=0.999, eps=1e-8, square=True,
                      sqrt=True, bias_correction=True):
    """One Adam step with the article's errors switched on or off.

    .. math::
        m &\\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\
        v &\\leftarrow \\beta_2 v + (1-\\beta_2)\\, g^2
            \\quad (g \\text{ when } \\texttt{square=False}) \\\\
        \\hat m &= m/(1-\\beta_1^t), \\quad \\hat v = v/(1-\\beta_2^t)
            \\quad (m, v \\text{ when } \\texttt{bias\\_correction=False}) \\\\
        \\theta &\\leftarrow \\theta - \\gamma\\, \\hat m / (\\sqrt{\\hat v} + \\epsilon)
            \\quad (\\hat v + \\epsilon \\text{ when } \\texttt{sqrt=False})

    Raises FloatingPointError when ``square=False`` makes the second moment
    negative under a square root (it averages g itself, which can be < 0).
    """
    exp_avg += (1 - beta1) * (grad - exp_avg)
    exp_avg_sq *= beta2
    exp_avg_sq += (1 - beta2) * (grad * grad if square else grad)
    m_hat, v_hat = exp_avg, exp_avg_sq
    if bias_correction:
        m_hat = exp_avg / (1 - beta1 ** step)
        v_hat = exp_avg_sq / (1 - beta2 ** step)
    if sqrt:
        if not square and (v_hat < 0).any():
            raise FloatingPointError(
                f"step {step}: the second moment is negative, so its square "
                "root is undefined (without the square, v averages the "
                "gradient itself, which can be negative)")
        denom = np.sqrt(v_hat) + eps
    else:
        denom = v_hat + eps
    param -= lr * m_hat / denom


class AdamVariant(Optimizer):
    """Adam with switches for the article's three errors (for teaching).

    ``AdamVariant(params, lr, square=False)`` is Adam without the square of
    the gradient in the second moment; ``sqrt=False`` drops the square root;
    ``bias_correction=False`` drops the bias correction.  All three on is
    Adam (without weight decay).
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 square=True, sqrt=True, bias_correction=True):
        hp = _check_adam_args(lr, betas, eps, 0.0, False)
        for name, flag in (("square", square), ("sqrt", sqrt),
                           ("bias_correction", bias_correction)):
            if not isinstance(flag, (bool, np.bool_)):
                raise TypeError(f"{name} must be True or False, got {flag!r}")
        super().__init__(params, dict(
            lr=hp["lr"], betas=hp["betas"], eps=hp["eps"],
            square=bool(square), sqrt=bool(sqrt),
            bias_correction=bool(bias_correction)))

    def _state_names(self, hp):
        return ("exp_avg", "exp_avg_sq")

    def _update(self, p, g, st, hp):
        b1, b2 = hp["betas"]
        adam_variant_step(p, g, st["exp_avg"], st["exp_avg_sq"], st["step"],
                          lr=hp["lr"], beta1=b1, beta2=b2, eps=hp["eps"],
                          square=hp["square"], sqrt=hp["sqrt"],
                          bias_correction=hp["bias_correction"])

    def step(self, grads):
        """As Optimizer.step; a FloatingPointError leaves everything as it
        was (parameters and state)."""
        saved = [p.copy() for p in self.params]
        state = [{k: (v.copy() if isinstance(v, np.ndarray) else v)
                  for k, v in st.items()} for st in self.state]
        try:
            super().step(grads)
        except FloatingPointError:
            for p, q in zip(self.params, saved):
                p[...] = q
            self.state = state
            raise


def ArticleAdam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-7):
    """The article's Adam as printed: no square, no root, no correction.

    Returns an :class:`AdamVariant` with all three switches off and the
    article's ε = 1e-7.
    """
    return AdamVariant(params, lr=lr, betas=betas, eps=eps, square=False,
                       sqrt=False, bias_correction=False)
