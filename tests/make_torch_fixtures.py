"""Write tests/fixtures/torch_optim_trajectories.json from torch.optim.

Run once (torch needed only here, not by the tests)::

    python tests/make_torch_fixtures.py

Every case runs torch.optim in float64 with ``foreach=False`` (the
one-tensor-at-a-time algorithm the docs print) on two parameters of shapes
(3, 4) and (5,), for ``STEPS`` steps.  The gradient depends on the
parameters, so an error in any step changes every later one:

    g = sin(3 θ) + A          (A: fixed random constants, one per entry)

It is computed with NumPy from torch's current parameters, exactly as the
replay in ``tests/test_torch_reference.py`` computes it from optlib's.  The
file stores, per case: the optimizer and its keyword arguments, an
optional learning rate per step (to check ``opt.lr = ...`` between
steps), the initial parameters, ``A``, the parameters after every step
(both arrays flattened and concatenated) and torch's final state under
torch's names.  Floats are written with ``repr`` so they round-trip
exactly.
"""

from __future__ import annotations

import json
import pathlib

import numpy as np
import torch

STEPS = 15
SHAPES = [(3, 4), (5,)]
OUT = (pathlib.Path(__file__).parent / "fixtures"
       / "torch_optim_trajectories.json")

# (name, torch.optim class, keyword arguments, lr schedule or None)
CASES = [
    ("sgd", "SGD", dict(lr=0.1), None),
    ("sgd_momentum", "SGD", dict(lr=0.05, momentum=0.9), None),
    ("sgd_dampening", "SGD", dict(lr=0.05, momentum=0.9, dampening=0.3),
     None),
    ("sgd_nesterov", "SGD", dict(lr=0.05, momentum=0.9, nesterov=True),
     None),
    ("sgd_weight_decay", "SGD", dict(lr=0.1, weight_decay=0.2), None),
    ("sgd_all", "SGD",
     dict(lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.1), None),
    ("sgd_momentum_schedule", "SGD", dict(lr=0.1, momentum=0.9),
     [0.1 * 0.8 ** t for t in range(STEPS)]),
    ("adagrad", "Adagrad", dict(lr=0.1), None),
    ("adagrad_lr_decay", "Adagrad", dict(lr=0.1, lr_decay=0.2), None),
    ("adagrad_weight_decay", "Adagrad", dict(lr=0.1, weight_decay=0.3),
     None),
    ("adagrad_initial_acc", "Adagrad",
     dict(lr=0.1, initial_accumulator_value=0.5), None),
    ("adagrad_eps", "Adagrad", dict(lr=0.1, eps=0.1), None),
    ("adagrad_all", "Adagrad",
     dict(lr=0.2, lr_decay=0.05, weight_decay=0.1,
          initial_accumulator_value=0.2, eps=1e-3), None),
    ("rmsprop", "RMSprop", dict(lr=0.01), None),
    ("rmsprop_alpha", "RMSprop", dict(lr=0.01, alpha=0.9), None),
    ("rmsprop_small_alpha", "RMSprop", dict(lr=0.01, alpha=0.3), None),
    ("rmsprop_eps", "RMSprop", dict(lr=0.01, eps=0.1), None),
    ("rmsprop_weight_decay", "RMSprop", dict(lr=0.01, weight_decay=0.3),
     None),
    ("rmsprop_momentum", "RMSprop", dict(lr=0.01, momentum=0.9), None),
    ("rmsprop_centered", "RMSprop", dict(lr=0.01, centered=True), None),
    ("rmsprop_centered_momentum", "RMSprop",
     dict(lr=0.01, momentum=0.8, centered=True), None),
    ("rmsprop_all", "RMSprop",
     dict(lr=0.02, alpha=0.4, eps=1e-4, weight_decay=0.1, momentum=0.5,
          centered=True), None),
    ("rmsprop_schedule", "RMSprop", dict(lr=0.02, momentum=0.5),
     [0.02 / (1 + t) for t in range(STEPS)]),
    ("adam", "Adam", dict(lr=0.05), None),
    ("adam_betas", "Adam", dict(lr=0.05, betas=(0.5, 0.9)), None),
    ("adam_small_beta1", "Adam", dict(lr=0.05, betas=(0.2, 0.6)), None),
    ("adam_eps", "Adam", dict(lr=0.05, eps=0.1), None),
    ("adam_weight_decay", "Adam", dict(lr=0.05, weight_decay=0.3), None),
    ("adam_amsgrad", "Adam", dict(lr=0.05, amsgrad=True), None),
    ("adam_all", "Adam",
     dict(lr=0.05, betas=(0.8, 0.95), eps=1e-6, weight_decay=0.1,
          amsgrad=True), None),
    ("adam_schedule", "Adam", dict(lr=0.05),
     [0.05 * min(1.0, (t + 1) / 5) for t in range(STEPS)]),
    ("adamw", "AdamW", dict(lr=0.05), None),
    ("adamw_weight_decay", "AdamW", dict(lr=0.05, weight_decay=0.5), None),
    ("adamw_amsgrad", "AdamW", dict(lr=0.05, amsgrad=True), None),
    ("adamw_all", "AdamW",
     dict(lr=0.05, betas=(0.7, 0.9), eps=1e-6, weight_decay=0.2,
          amsgrad=True), None),
]


def gradient(theta, a):
    """The parameter-dependent gradient g = sin(3θ) + A (NumPy)."""
    return np.sin(3.0 * theta) + a


def run_case(index, cls_name, kwargs, schedule):
    rng = np.random.default_rng(1000 + index)
    init = [rng.standard_normal(s) for s in SHAPES]
    consts = [rng.standard_normal(s) for s in SHAPES]
    params = [torch.tensor(x, dtype=torch.float64, requires_grad=True)
              for x in init]
    opt = getattr(torch.optim, cls_name)(params, foreach=False, **kwargs)
    trajectory = []
    for t in range(STEPS):
        if schedule is not None:
            for group in opt.param_groups:
                group["lr"] = schedule[t]
        for p, a in zip(params, consts):
            p.grad = torch.from_numpy(gradient(p.detach().numpy(), a))
        opt.step()
        trajectory.append(np.concatenate(
            [p.detach().numpy().ravel() for p in params]).tolist())
    state = []
    for p in params:
        st = {}
        for k, v in opt.state[p].items():
            st[k] = (v.item() if v.ndim == 0
                     else v.detach().numpy().ravel().tolist())
        state.append(st)
    return dict(
        init=[x.ravel().tolist() for x in init],
        A=[x.ravel().tolist() for x in consts],
        trajectory=trajectory, state=state)


def main():
    cases = []
    for index, (name, cls_name, kwargs, schedule) in enumerate(CASES):
        case = dict(name=name, optimizer=cls_name, kwargs=kwargs,
                    lr_schedule=schedule)
        case.update(run_case(index, cls_name, kwargs, schedule))
        cases.append(case)
    data = dict(
        description=("torch.optim trajectories, float64, foreach=False; "
                     "written by tests/make_torch_fixtures.py"),
        torch_version=torch.__version__, numpy_version=np.__version__,
        steps=STEPS, shapes=SHAPES, gradient="g = sin(3*theta) + A",
        cases=cases)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"wrote {len(cases)} cases to {OUT} "
          f"({OUT.stat().st_size / 1024:.0f} KiB), torch {torch.__version__}")


if __name__ == "__main__":
    main()
