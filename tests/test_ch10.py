import numpy as np
import pytest

from optlib._ch10 import reddi_gradient, reddi_run
from optlib.optim import SGD, Adam


def _adam(amsgrad, C=3.0):
    return lambda p: Adam(p, betas=(0.0, 1 / (1 + C ** 2)), amsgrad=amsgrad)


def test_average_gradient_is_positive_so_the_optimum_is_minus_one():
    C = 3.0
    assert np.mean([reddi_gradient(t, C) for t in range(1, 301)]) > 0


def test_adam_goes_to_the_wrong_end_and_amsgrad_does_not():
    assert reddi_run(_adam(False), steps=1500)[-1] > 0.99
    assert reddi_run(_adam(True), steps=1500)[-1] < -0.9


def test_sgd_also_finds_the_optimum():
    assert reddi_run(lambda p: SGD(p, lr=0.1), steps=1500)[-1] < -0.9


def test_iterates_stay_in_the_interval_and_bad_input_is_refused():
    xs = reddi_run(_adam(False), steps=50)
    assert xs.shape == (51,) and np.all(np.abs(xs) <= 1)
    with pytest.raises(ValueError, match="C > 2"):
        reddi_run(_adam(False), C=1.5)
