"""Chapter 10 (Adam) helpers: Reddi et al.'s counterexample.

Reddi, Kale & Kumar (2018) give an online problem on the interval [-1, 1]:
at step t the loss is f_t(x) = C x when t mod 3 = 1 and -x otherwise, with
C > 2.  The average loss is (C - 2)/3 · x, minimised at x = -1.  Adam with
β₁ = 0 and β₂ = 1/(1 + C²) is pulled to the wrong end, x = +1; AMSGrad,
whose denominator never shrinks, reaches x = -1.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["reddi_gradient", "reddi_run"]


def reddi_gradient(t, C=3.0):
    """The gradient of f_t at any x: C when t mod 3 == 1, else -1."""
    return C if t % 3 == 1 else -1.0


def reddi_run(make_optimizer, C=3.0, steps=3000, x0=0.0, lr=0.1):
    """Run an optimizer on the online problem with projection onto [-1, 1].

    ``make_optimizer(params)`` builds the optimizer; its learning rate is
    set to ``lr / sqrt(t)`` at step t, as in the paper.  Returns the array
    of iterates x_0 .. x_steps.
    """
    if not C > 2:
        raise ValueError(f"the counterexample needs C > 2, got {C!r}")
    if not (isinstance(steps, int) and steps > 0):
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
    x = np.array([float(x0)])
    opt = make_optimizer([x])
    xs = np.empty(steps + 1)
    xs[0] = x[0]
    for t in range(1, steps + 1):
        opt.lr = lr / math.sqrt(t)
        opt.step([np.array([reddi_gradient(t, C)])])
        np.clip(x, -1.0, 1.0, out=x)
        xs[t] = x[0]
    return xs
