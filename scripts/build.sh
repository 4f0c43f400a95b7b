#!/usr/bin/env bash
# Build the book into _build/html with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
jupyter-book build . -W -n --keep-going
echo "Built: $(pwd)/_build/html/index.html"
