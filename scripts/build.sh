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
bash scripts/vendor.sh
jupyter-book build . -W -n --keep-going
echo "Built: $(pwd)/_build/html/index.html"
