"""Every optlib module's docstring examples run and pass.

``scripts/test.sh`` also collects them with ``--doctest-modules optlib``;
this test keeps them checked when only ``tests`` is run, and makes sure
no module goes without an example.
"""

import doctest
import importlib

import pytest

import optlib


@pytest.mark.parametrize("name", optlib._SUBMODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"optlib.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"optlib.{name} has no example"
    assert result.failed == 0
