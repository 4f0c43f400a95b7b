#!/usr/bin/env bash
# Run every test: optlib's unit tests and nbval over every chapter.
# Extra arguments go to pytest (e.g. -k adam, -x).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pytest -n 2 --dist loadfile \
    --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg \
    --nbval-cell-timeout 120 \
    tests chapters "$@"
