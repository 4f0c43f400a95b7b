// Drop the rules of the site's stylesheet bundle that no page can use.
//
//   node _ext/purge_css.js < request.json > response.json
//
// request:  {"css": {NAME: CSS, ...}, "content": [FILE, ...],
//            "safelist": {"standard": [REGEX, ...], "greedy": [...]}}
// response: {NAME: {"css": PURGED, "rejected": N}, ...}
//
// PurgeCSS (pinned in package.json) keeps a rule when every class, id,
// tag and attribute its selector names occurs as a word in the content:
// the built pages and the scripts they load (the theme's scripts add and
// test classes such as the sidebar toggles' and dark mode's by name, so
// their words keep those rules).  A selector whose name a script builds
// from pieces must match a pattern of the safelist ("standard": a
// class, id or tag; "greedy": any part of the selector).  @font-face rules,
// keyframes and custom properties are all kept.
"use strict";
const fs = require("fs");
const {PurgeCSS} = require("purgecss");

async function main() {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const regexps = (list) => (list || []).map((s) => new RegExp(s));
  const safelist = {standard: regexps(request.safelist.standard),
                    deep: [], greedy: regexps(request.safelist.greedy)};
  const out = {};
  for (const [name, css] of Object.entries(request.css)) {
    const [result] = await new PurgeCSS().purge({
      content: request.content, css: [{raw: css}], safelist,
      rejected: true, fontFace: false, keyframes: false, variables: false,
    });
    out[name] = {css: result.css, rejected: (result.rejected || []).length};
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack || err) + "\n");
  process.exit(1);
});
