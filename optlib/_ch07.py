"""Helpers for chapter 7 (SGD with momentum): the two ways to write it.

PyTorch (and the source article) keep a buffer of summed gradients and
multiply it by the *current* learning rate:

.. math::
    b_t = \\mu b_{t-1} + g_t \\;(b_1 = g_1), \\qquad
    \\theta_t = \\theta_{t-1} - \\eta_t b_t .

Keras, scikit-learn and CS231n keep a velocity that already contains the
learning rate of each past step:

.. math::
    u_t = \\mu u_{t-1} - \\eta_t g_t \\;(u_0 = 0), \\qquad
    \\theta_t = \\theta_{t-1} + u_t .

With a constant η, u_t = −η b_t and both paths are the same.  When η
changes, the PyTorch form rescales the whole buffer at once, the other form
only the newest gradient, so the paths separate.
"""

from __future__ import annotations

import numpy as np

from .optim import SGD

__all__ = ["torch_form_path", "velocity_form_path", "step_decay_lr",
           "escape_step"]


def _check_common(x0, momentum, steps, lr_at):
    xy = np.array(x0, dtype=np.float64)
    if xy.shape != (2,) or not np.isfinite(xy).all():
        raise ValueError(f"x0 must be a finite point (x, y), got {x0!r}")
    if not 0 <= momentum < 1:
        raise ValueError(f"momentum must be in [0, 1), got {momentum!r}")
    if not isinstance(steps, (int, np.integer)) or steps < 1:
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
    if not callable(lr_at):
        raise TypeError("lr_at must be callable: lr_at(t) -> learning rate")
    return xy


def torch_form_path(surface, x0, lr_at, momentum, steps):
    """Path of PyTorch's momentum, b ← μb + g, θ ← θ − η_t b.

    Uses :class:`optlib.optim.SGD` and sets ``opt.lr = lr_at(t)`` before
    step t (t = 1, 2, ...).

    Parameters
    ----------
    surface : object with ``grad(xy)``
    x0 : point (2,)
    lr_at : callable, ``lr_at(t)`` → η_t
    momentum : float in [0, 1)
    steps : int

    Returns
    -------
    ndarray, shape (steps + 1, 2)
        θ₀, θ₁, ..., θ_steps.
    """
    xy = _check_common(x0, momentum, steps, lr_at)
    opt = SGD([xy], lr=lr_at(1), momentum=momentum)
    path = [xy.copy()]
    for t in range(1, steps + 1):
        opt.lr = lr_at(t)
        opt.step([surface.grad(xy)])
        path.append(xy.copy())
    return np.array(path)


def velocity_form_path(surface, x0, lr_at, momentum, steps):
    """Path of the Keras/scikit-learn/CS231n form, u ← μu − η_t g, θ ← θ + u.

    Same arguments and return value as :func:`torch_form_path`.
    """
    xy = _check_common(x0, momentum, steps, lr_at)
    u = np.zeros(2)
    path = [xy.copy()]
    for t in range(1, steps + 1):
        u = momentum * u - lr_at(t) * surface.grad(xy)
        xy = xy + u
        path.append(xy.copy())
    return np.array(path)


def step_decay_lr(lr, every, factor=0.1):
    """``lr_at(t) = lr · factor^⌊(t − 1) / every⌋``: a step-decay schedule.

    >>> lr_at = step_decay_lr(0.05, every=10)
    >>> [round(lr_at(t), 6) for t in (1, 10, 11, 21)]
    [0.05, 0.05, 0.005, 0.0005]
    """
    if lr <= 0 or every < 1 or not 0 < factor <= 1:
        raise ValueError("need lr > 0, every >= 1 and 0 < factor <= 1")

    def lr_at(t):
        return lr * factor ** ((t - 1) // every)
    return lr_at


def escape_step(path, threshold=1.0):
    """First step t with |y_t| ≥ ``threshold`` (leaving a saddle), or None.

    >>> escape_step(np.array([[0, 0.1], [0, 0.5], [0, 2.0]]))
    2
    """
    path = np.asarray(path, dtype=np.float64)
    out = np.flatnonzero(np.abs(path[:, 1]) >= threshold)
    return int(out[0]) if out.size else None
