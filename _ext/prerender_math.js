// Typeset the book's math when the site is built, so pages load no MathJax.
//
//   node _ext/prerender_math.js FONT_DIR PAGE.html [PAGE.html ...]
//
// Sphinx writes TeX as <span class="math ...">\(...\)</span> and
// <div class="math ...">\[...\]</div>.  Each formula is replaced, inside its
// element, by MathJax's CommonHTML output plus the hidden MathML copy that
// screen readers read (as MathJax does in the browser).  The CSS of the
// glyphs a page uses goes into one <style> in its <head>; the fonts are
// MathJax's woff files in FONT_DIR (an absolute path inside the site, made
// relative per page).  Uses mathjax-full, pinned in package.json.
// A TeX error fails the build with the page and the formula.
"use strict";
const fs = require("fs");
const path = require("path");
const {mathjax} = require("mathjax-full/js/mathjax.js");
const {TeX} = require("mathjax-full/js/input/tex.js");
const {CHTML} = require("mathjax-full/js/output/chtml.js");
const {liteAdaptor} = require("mathjax-full/js/adaptors/liteAdaptor.js");
const {RegisterHTMLHandler} = require("mathjax-full/js/handlers/html.js");
const {AssistiveMmlHandler} = require("mathjax-full/js/a11y/assistive-mml.js");
const {AllPackages} = require("mathjax-full/js/input/tex/AllPackages.js");

const adaptor = liteAdaptor();
AssistiveMmlHandler(RegisterHTMLHandler(adaptor));

const MATH = /(<(span|div) class="math notranslate nohighlight">)\s*(\\\(|\\\[)([\s\S]*?)(\\\)|\\\])\s*(<\/\2>)/g;

function unescape(s) {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"').replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&");
}

function render(file, fontDir) {
  const text = fs.readFileSync(file, "utf8");
  if (!MATH.test(text)) return 0;
  MATH.lastIndex = 0;
  const fontURL = path.relative(path.dirname(file), fontDir)
    .split(path.sep).join("/");
  const tex = new TeX({packages: AllPackages.filter(p => p !== "bussproofs"),
                       formatError: (jax, err) => { throw err; }});
  const chtml = new CHTML({fontURL, adaptiveCSS: true});
  const doc = mathjax.document("", {InputJax: tex, OutputJax: chtml});
  let count = 0;
  const out = text.replace(MATH, (all, open, tag, left, body, right, close) => {
    const display = left === "\\[";
    let node;
    try {
      node = doc.convert(unescape(body), {display, em: 16, ex: 8,
                                          containerWidth: 80 * 16});
    } catch (err) {
      throw new Error(`${file}: TeX error in ${left}${body}${right}: ${err.message}`);
    }
    count += 1;
    return open + adaptor.outerHTML(node) + close;
  });
  // Text shows at once in a fallback font while the math fonts load.
  const css = adaptor.textContent(chtml.styleSheet(doc))
    .replace(/@font-face\s*\{/g, "@font-face {\n  font-display: swap;");
  const style = `<style id="MJX-CHTML-styles">${css}</style>`;
  fs.writeFileSync(file, out.replace("</head>", style + "\n</head>"));
  return count;
}

const [fontDir, ...files] = process.argv.slice(2);
let total = 0;
for (const file of files) total += render(file, fontDir);
console.log(`prerender_math: ${total} formulas in ${files.length} pages`);
