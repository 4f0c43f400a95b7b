"""Learning-rate schedules: functions of the step t (counting from 1).

Each factory returns a schedule ``lr_at(t) -> float`` that
:func:`optlib.train.fit` calls before step t (``optimizer.lr =
lr_at(t)``).  A schedule is a small callable object with a readable
``repr`` and a ``values(n)`` method that returns the first n rates (for
plots).

Example
-------
>>> lr_at = step_decay(0.1, drop=0.5, every=10)
>>> [lr_at(t) for t in (1, 10, 11, 21)]
[0.1, 0.1, 0.05, 0.025]
>>> lr_at = warmup(cosine(1.0, total_steps=100), warmup_steps=4)
>>> lr_at.values(6).round(4).tolist()
[0.25, 0.5, 0.75, 1.0, 1.0, 0.9998]
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np

from optlib.checks import integer

__all__ = ["Schedule", "constant", "step_decay", "cosine", "warmup"]


def _number(value, name, low=0.0, low_open=False, high=math.inf):
    if not isinstance(value, Real) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got {value!r}")
    value = float(value)
    ok_low = value > low if low_open else value >= low
    if math.isnan(value) or not ok_low or value > high or math.isinf(value):
        raise ValueError(f"Invalid {name}: {value!r}")
    return value


class Schedule:
    """A learning-rate schedule: ``schedule(t)`` is the rate of step t.

    Built by :func:`constant`, :func:`step_decay`, :func:`cosine` and
    :func:`warmup`, not directly.
    """

    def __init__(self, rule, description):
        self._rule = rule
        self._description = description

    def __call__(self, t):
        if not isinstance(t, Integral) or isinstance(t, bool) or t < 1:
            raise ValueError(f"the step t counts from 1, got {t!r}")
        return self._rule(int(t))

    def values(self, n):
        """The rates of steps 1, ..., n as an array."""
        n = integer(n, "n", low=0)
        return np.array([self(t) for t in range(1, n + 1)], dtype=float)

    def __repr__(self):
        return self._description


def constant(lr):
    """η_t = lr for every t."""
    lr = _number(lr, "learning rate")
    return Schedule(lambda t: lr, f"constant(lr={lr!r})")


def step_decay(lr, drop=0.5, every=10):
    """Multiply the rate by ``drop`` every ``every`` steps.

    .. math:: \\eta_t = \\text{lr} \\cdot
              \\text{drop}^{\\lfloor (t-1) / \\text{every} \\rfloor}

    so steps 1..every use lr, the next ``every`` steps lr·drop, ...
    (torch's ``StepLR(step_size=every, gamma=drop)`` stepped once per
    optimizer step).
    """
    lr = _number(lr, "learning rate")
    drop = _number(drop, "drop", low=0.0, low_open=True, high=1.0)
    every = integer(every, "every", low=1)
    return Schedule(lambda t: lr * drop ** ((t - 1) // every),
                    f"step_decay(lr={lr!r}, drop={drop!r}, every={every})")


def cosine(lr, total_steps, min_lr=0.0):
    """Cosine annealing from ``lr`` down to ``min_lr`` over total_steps.

    .. math:: \\eta_t = \\eta_{\\min} + \\tfrac12 (\\text{lr} -
              \\eta_{\\min}) \\left(1 + \\cos\\frac{\\pi (t-1)}{T}\\right),
              \\quad T = \\text{total\\_steps}

    η_1 = lr; the rate then falls along half a cosine and stays at
    ``min_lr`` from step T + 1 on (Loshchilov & Hutter 2017, without
    restarts; torch's ``CosineAnnealingLR(T_max=T, eta_min=min_lr)``
    for t ≤ T + 1).
    """
    lr = _number(lr, "learning rate")
    total_steps = integer(total_steps, "total_steps", low=1)
    min_lr = _number(min_lr, "min_lr", high=lr)

    def rule(t):
        progress = min(t - 1, total_steps) / total_steps
        return min_lr + 0.5 * (lr - min_lr) * (1 + math.cos(math.pi
                                                            * progress))

    return Schedule(rule, f"cosine(lr={lr!r}, total_steps={total_steps}, "
                          f"min_lr={min_lr!r})")


def warmup(schedule, warmup_steps):
    """A linear warm-up in front of another schedule.

    .. math:: \\eta_t = \\eta^{\\text{base}}_1 \\cdot t / W
              \\ (t \\le W), \\qquad
              \\eta_t = \\eta^{\\text{base}}_{t - W}\\ (t > W)

    with W = ``warmup_steps``: the rate climbs in W equal steps to the
    base schedule's first rate, then the base schedule runs from its
    own step 1.  ``schedule`` may be a schedule or a number (a constant
    rate).  Warm-up keeps the first, badly informed steps small (Goyal
    et al. 2017).
    """
    if not callable(schedule):
        schedule = constant(schedule)
    warmup_steps = integer(warmup_steps, "warmup_steps", low=0)
    if warmup_steps == 0:
        return schedule
    peak = schedule(1)

    def rule(t):
        if t <= warmup_steps:
            return peak * t / warmup_steps
        return schedule(t - warmup_steps)

    return Schedule(rule, f"warmup({schedule!r}, "
                          f"warmup_steps={warmup_steps})")
