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

Two more readings of the article's formulas:

* :func:`adagrad_first_step`: where AdaGrad's ε sits (PyTorch, Keras 3
  and the article as printed) and what that does to the first step;
* :func:`reddi_gradient` and :func:`reddi_run`: Reddi, Kale & Kumar's
  (2018) online problem on [−1, 1], on which Adam converges to the wrong
  end and AMSGrad does not.
"""

from __future__ import annotations

import math

import numpy as np

from optlib.checks import flag, integer
from optlib.optim import Optimizer, adam_hyperparameters

__all__ = ["adam_variant_step", "AdamVariant", "ArticleAdam",
           "adagrad_first_step", "reddi_gradient", "reddi_run"]


def adam_variant_step(param, grad, exp_avg, exp_avg_sq, step, *, lr,
                      beta1=0.9, beta2=0.999, eps=1e-8, square=True,
                      sqrt=True, bias_correction=True):
    r"""One Adam step with the article's errors switched on or off.

    .. math::
        m &\leftarrow \beta_1 m + (1-\beta_1) g \\
        v &\leftarrow \beta_2 v + (1-\beta_2)\, g^2
            \quad (g \text{ when } \texttt{square=False}) \\
        \hat m &= m/(1-\beta_1^t), \quad \hat v = v/(1-\beta_2^t)
            \quad (m, v \text{ when } \texttt{bias\_correction=False}) \\
        \theta &\leftarrow \theta - \eta\, \hat m / (\sqrt{\hat v} + \epsilon)
            \quad (\hat v + \epsilon \text{ when } \texttt{sqrt=False})

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
        hp = adam_hyperparameters(lr, betas, eps, 0.0, False)
        super().__init__(params, dict(
            lr=hp["lr"], betas=hp["betas"], eps=hp["eps"],
            square=flag(square, "square"), sqrt=flag(sqrt, "sqrt"),
            bias_correction=flag(bias_correction, "bias_correction")))

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


def adagrad_first_step(g, lr=1.0, rule="torch"):
    r"""The first AdaGrad step size abs(Δθ) for a gradient g, by rule::

        "torch"    η g / (√(g²) + 1e-10)      (PyTorch, ε outside)
        "keras"    η g / √(0.1 + g² + 1e-7)   (Keras 3: accumulator starts
                                              at 0.1, ε inside the root)
        "article"  η g / (g² + 1e-7)          (the article as printed: no
                                              square root)

    >>> round(adagrad_first_step(1e-3, rule="torch"), 6)
    1.0
    >>> round(adagrad_first_step(1e-3, rule="article"), 1)
    909.1
    """
    g = abs(float(g))
    if rule == "torch":
        return lr * g / (math.sqrt(g * g) + 1e-10)
    if rule == "keras":
        return lr * g / math.sqrt(0.1 + g * g + 1e-7)
    if rule == "article":
        return lr * g / (g * g + 1e-7)
    raise ValueError(f"rule must be 'torch', 'keras' or 'article', got "
                     f"{rule!r}")


def reddi_gradient(t, C=3.0):
    """The gradient of f_t at any x: C when t mod 3 == 1, else -1."""
    return C if t % 3 == 1 else -1.0


def reddi_run(make_optimizer, C=3.0, steps=3000, x0=0.0, lr=0.1):
    """Run an optimizer on the online problem with projection onto [-1, 1].

    ``make_optimizer(params)`` builds the optimizer; its learning rate is
    set to ``lr / sqrt(t)`` at step t, as in the paper (a
    :func:`optlib.trajectory.replay`).  Returns the array of iterates
    x_0 .. x_steps.

    >>> from optlib.optim import Adam
    >>> xs = reddi_run(lambda p: Adam(p, betas=(0.0, 0.1)))
    >>> bool(xs[-1] > 0.9)                 # pulled to the wrong end
    True
    """
    if not C > 2:
        raise ValueError(f"the counterexample needs C > 2, got {C!r}")
    from optlib.trajectory import replay

    steps = integer(steps, "steps", 1)
    grads = [reddi_gradient(t, C) for t in range(1, steps + 1)]
    return replay(make_optimizer, grads, x0=x0,
                  schedule=lambda t: lr / math.sqrt(t), bounds=(-1.0, 1.0))


# --------------------------------------------------------------------------
# The article's AdaGrad, run (chapter 8's reading of ``sqrgrad``)
# --------------------------------------------------------------------------


def article_adagrad_step(param, grad, state_sum, *, lr, eps=1e-7,
                         sqrt=False):
    """One step of the article's AdaGrad, ``sqrgrad`` read as Σ g².

    The article prints ``w = w – (wi*lr) / sqrgrad+ 1e-7`` twice and never
    defines ``sqrgrad``.  Read as the running sum of squared gradients
    (with ε in the denominator, as intended):

    .. math::
        s \\leftarrow s + g^2, \\qquad
        \\theta \\leftarrow \\theta - \\eta\\, g / (s + \\epsilon)
        \\quad (\\sqrt{s} + \\epsilon \\text{ when } \\texttt{sqrt=True})

    ``sqrt=True`` puts back Duchi et al.'s square root: it is then
    torch's AdaGrad with the article's ε = 1e-7.
    """
    state_sum += grad * grad                         # s = s + g^2
    denom = np.sqrt(state_sum) if sqrt else state_sum.copy()
    denom += eps
    param -= lr * grad / denom


class ArticleAdagrad(Optimizer):
    """The article's AdaGrad (``sqrt=False``) or AdaGrad proper (``True``).

    ``ArticleAdagrad(params, lr)`` divides by the sum of squared gradients
    itself, as the article's undefined ``sqrgrad`` reads literally; its
    first step is η/abs(g), huge where the slope is gentle.  With
    ``sqrt=True`` it equals :class:`optlib.optim.Adagrad` with
    ``eps=1e-7``.  For showing the error; train with ``Adagrad``.

    >>> import numpy as np
    >>> w = np.zeros(2)
    >>> ArticleAdagrad([w], lr=0.1).step([np.array([1e-2, 10.0])])
    >>> np.round(w, 4)                 # -lr/g: 10 for g = 0.01, 0.01 for 10
    array([-9.99, -0.01])
    """

    def __init__(self, params, lr=1e-2, eps=1e-7, sqrt=False):
        for value, message in ((lr, "Invalid learning rate"),
                               (eps, "Invalid epsilon value")):
            if (isinstance(value, bool) or not isinstance(value, (int, float))
                    or not math.isfinite(value) or value < 0):
                raise ValueError(f"{message}: {value}")
        super().__init__(params, dict(lr=float(lr), eps=float(eps),
                                      sqrt=flag(sqrt, "sqrt")))

    def _state_names(self, hp):
        return ("sum",)

    def _update(self, p, g, st, hp):
        article_adagrad_step(p, g, st["sum"], lr=hp["lr"], eps=hp["eps"],
                             sqrt=hp["sqrt"])


__all__ += ["article_adagrad_step", "ArticleAdagrad"]
