"""pytest settings for the tests folder.

``scripts/test.sh`` runs ``--doctest-modules`` over ``optlib`` and
``tests``, which imports every module here. The torch fixture generator
needs PyTorch, which is not a dependency (the fixtures it wrote are
committed and checked), so it is not collected.
"""

collect_ignore = ["make_torch_fixtures.py"]
