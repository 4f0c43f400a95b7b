"""Helpers for chapter 9 (RMSProp).

:func:`step_sizes` feeds an optimizer a given sequence of gradients for one
scalar parameter and records how far each step moves it.  With a made-up
gradient sequence (constant, then ten times larger, ...) this shows how an
optimizer's step responds to the history of gradients, independently of
any loss surface.
"""

from __future__ import annotations

import numpy as np

__all__ = ["step_sizes", "piecewise_constant"]


def step_sizes(make_optimizer, grads):
    """|θ_t − θ_{t−1}| for each gradient of ``grads`` fed in turn.

    Parameters
    ----------
    make_optimizer : callable
        ``make_optimizer(params)`` → optimizer over one parameter of shape
        (1,), e.g. ``lambda p: RMSprop(p, lr=0.01)``.
    grads : sequence of float
        g_1, g_2, ... (finite numbers).

    Returns
    -------
    ndarray, shape (len(grads),)
        The size of each step.  A step that is not finite (a run that blew
        up) is reported as ``inf`` and ends the record: the rest is NaN.

    Examples
    --------
    >>> from optlib.optim import SGD
    >>> step_sizes(lambda p: SGD(p, lr=0.1), [1.0, 2.0, -3.0])
    array([0.1, 0.2, 0.3])
    """
    g = np.asarray(grads, dtype=np.float64).ravel()
    if g.size == 0:
        raise ValueError("grads must not be empty")
    if not np.isfinite(g).all():
        raise ValueError("grads must be finite numbers")
    theta = np.zeros(1)
    opt = make_optimizer([theta])
    out = np.full(g.size, np.nan)
    with np.errstate(all="ignore"):
        for t, gt in enumerate(g):
            before = theta[0]
            opt.step([np.array([gt])])
            step = abs(theta[0] - before)
            if not np.isfinite(step):
                out[t] = np.inf
                break
            out[t] = step
    return out


def piecewise_constant(*pieces):
    """A gradient sequence from (value, count) pairs.

    >>> piecewise_constant((1.0, 2), (10.0, 3)).tolist()
    [1.0, 1.0, 10.0, 10.0, 10.0]
    """
    if not pieces:
        raise ValueError("give at least one (value, count) pair")
    parts = []
    for value, count in pieces:
        if int(count) != count or count < 0:
            raise ValueError(f"counts must be non-negative integers, got "
                             f"{count!r}")
        parts.append(np.full(int(count), float(value)))
    return np.concatenate(parts)
