#!/usr/bin/env bash
# Bring the site's JavaScript in from pinned npm packages (package.json,
# package-lock.json) and copy what the pages load into _vendor/, which the
# build serves as _static/ (see _ext/site_extras.py). Nothing minified is
# committed; nothing is loaded from a CDN.
#   node_modules/ is (re)installed with `npm ci` when package-lock.json
#   changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
    echo "vendor.sh: npm is needed (Debian: apt-get install -y npm)" >&2
    exit 1
fi
stamp=node_modules/.installed-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
    echo "$want" > "$stamp"
fi

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
