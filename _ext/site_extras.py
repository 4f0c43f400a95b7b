"""Sphinx glue for the course website (loaded from ``_config.yml``).

* serves the JavaScript vendored by ``scripts/vendor.sh`` (MathJax,
  require.js, the ipywidgets HTML manager) from ``_static/`` of the site
  itself, so no page needs a CDN;
* the ``optlib-api`` directive: an autodoc section for every public
  ``optlib`` module (the API page follows the library); a module that does
  not import stops the build with its error, rather than vanishing from
  the page;
* JupyterLite ("try it live"): a clean lite build every time, optlib's
  pure-Python wheel in the lite site's ``pypi/`` folder, no PyPI fallback
  (an unrelated ``optlib`` lives on PyPI), and a launch link per chapter;
* chapters are stored in the student view (plain Markdown that Jupyter
  and Colab render, see ``_ext/notebook_markup.py``): ``source-read``
  turns each back into MyST (exercises, dropdown solutions, glossary
  links, citations) before MyST-NB parses it.
* the page as readers meet it (light, on a phone, on a slow connection):
  no frozen ipywidgets on the web page (the static explorer stays, with a
  line about the notebook's live version) and no widget manager; math
  typeset at build time (``prerender_math.js``, no MathJax on the page);
  icon font subset to the icons the pages show; the search index only on
  the search page; sidebar toggles that work at every width; a meta
  description per page; one stylesheet per page, purged of the rules no
  page or script uses (``purge_css.js``); the playground's script loaded
  once from ``_static`` and each playground computed only when the
  reader scrolls near it.
"""

import hashlib
import html
import importlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

LOGGER = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "_vendor"
LITE_SRC = ROOT / "_build" / "lite-src"
LITE_OUT = "lite"  # jupyterlite-sphinx's output folder inside _build/html

# The order of the API page; modules not listed come after, sorted.
API_ORDER = ("optim", "schedules", "surfaces", "trajectory", "rates",
             "errata",
             "data", "nn", "train", "plots", "explorer", "playground",
             "widgets", "checks")

LITE_SETTINGS = {
    "jupyter-lite-schema-version": 0,
    "jupyter-config-data": {
        "litePluginSettings": {
            "@jupyterlite/pyodide-kernel-extension:kernel": {
                # Only the bundled wheel may provide optlib.
                "disablePyPIFallback": True,
            },
        },
    },
}


def _serve_vendor(app, config):
    """Add ``_vendor/`` to the static path after Jupyter Book's scan.

    Jupyter Book adds every ``*.js`` of every static folder to every page;
    adding the vendored folder here (after that scan) keeps MathJax and the
    widget manager off pages that do not need them.
    """
    needed = ("mathjax/tex-mml-chtml.js", "requirejs/require.js",
              "html-manager/widgets-setup.js",
              "html-manager/embed-amd.js")
    missing = [name for name in needed if not (VENDOR / name).exists()]
    if missing:
        raise ExtensionError(
            f"vendored JavaScript missing in {VENDOR}: {missing}; run "
            "`bash scripts/vendor.sh` (needs npm) or `bash scripts/build.sh`")
    config.html_static_path.append(str(VENDOR))


def optlib_modules():
    """Names of optlib's modules that exist on disk, in page order."""
    here = ROOT / "optlib"
    names = [p.stem for p in here.glob("*.py")
             if not p.stem.startswith("_")]
    return sorted(names, key=lambda n: (API_ORDER.index(n)
                                        if n in API_ORDER else 99, n))


def api_rst(note_dependency=lambda path: None):
    """The reST of the API page: one ``automodule`` per public module.

    A module that fails to import raises an ``ExtensionError`` naming it
    and the error: the build fails instead of silently dropping the
    module's section (an INFO message is invisible even with ``-W``).
    """
    lines = []
    for name in optlib_modules():
        note_dependency(str(ROOT / "optlib" / f"{name}.py"))
        try:
            importlib.import_module(f"optlib.{name}")
        except Exception as exc:
            raise ExtensionError(
                f"optlib-api: optlib.{name} does not import "
                f"({type(exc).__name__}: {exc}); the API page would miss "
                "it") from exc
        title = f"``optlib.{name}``"
        lines += [title, "-" * len(title), "",
                  f".. automodule:: optlib.{name}", "   :members:", ""]
    return lines


def _api_outdated(app, env, added, changed, removed):
    """Pages with ``optlib-api`` whose list of modules is not the one on
    disk now (a module was added or removed): to be read again."""
    now = tuple(optlib_modules())
    return [doc for doc, modules in getattr(env, "optlib_api_docs",
                                            {}).items()
            if modules != now and doc not in removed]


def _api_purge(app, env, docname):
    getattr(env, "optlib_api_docs", {}).pop(docname, None)


class OptlibApi(SphinxDirective):
    """One section with ``automodule`` per public optlib module."""

    def run(self):
        # a module added or removed re-reads the page (_api_outdated); not
        # note_dependency on the folder: Sphinx counts a dependency that is
        # not a file as changed, and re-read the page on every build
        if not hasattr(self.env, "optlib_api_docs"):
            self.env.optlib_api_docs = {}
        self.env.optlib_api_docs[self.env.docname] = tuple(optlib_modules())
        lines = api_rst(self.env.note_dependency)
        node = nodes.section()
        node.document = self.state.document
        nested_parse_with_titles(
            self.state, StringList(lines, source="optlib-api"), node)
        return node.children


def _prepare_lite(app):
    """Start every lite build from scratch and bundle optlib's wheel.

    Incremental ``jupyter lite build`` runs were seen to drop the
    notebooks, so the lite output, its doit database and its staging
    folder are removed first (the lite build itself takes seconds).
    """
    if app.builder.format != "html":
        return
    shutil.rmtree(Path(app.outdir) / LITE_OUT, ignore_errors=True)
    shutil.rmtree(LITE_SRC, ignore_errors=True)
    wheels = LITE_SRC / "pypi"
    wheels.mkdir(parents=True)
    (LITE_SRC / "jupyter-lite.json").write_text(
        json.dumps(LITE_SETTINGS, indent=2) + "\n")
    cmd = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
           "--no-build-isolation", "--quiet", "--wheel-dir", str(wheels)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise ExtensionError("building optlib's wheel for JupyterLite "
                             f"failed:\n{done.stdout}\n{done.stderr}")
    # setuptools leaves build/ behind; it would go stale.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    built = sorted(wheels.glob("optlib-*.whl"))
    if len(built) != 1 or not built[0].name.endswith("-py3-none-any.whl"):
        raise ExtensionError(f"expected one pure-Python wheel, got {built}")


def _add_lite_button(app, pagename, templatename, context, doctree):
    """Add "JupyterLite (online)" to a chapter's launch menu."""
    if not pagename.startswith("chapters/"):
        return
    for group in context.get("header_buttons", []):
        if group.get("label") != "launch-buttons":
            continue
        notebook = pagename.split("/", 1)[1] + ".ipynb"
        url = (context["pathto"](f"{LITE_OUT}/notebooks/index.html", 1)
               + f"?path={notebook}")
        group["buttons"].append({
            "type": "link",
            "text": "JupyterLite (online)",
            "tooltip": ("Try it live: run this chapter in your browser "
                        "with JupyterLite (needs an internet connection)"),
            "icon": "_static/images/logo_jupyterlite.svg",
            "url": url,
            "label": "launch-jupyterlite",
        })


def _clean_assets(app, pagename, templatename, context, doctree):
    """Only the site's own scripts and styles, each once.

    * Jupyter Book registers some inline scripts twice (sphinx-thebe's
      ``const THEBE_JS_URL`` then throws "already declared"); thebe is
      off here (no launch button for it), so its scripts are dropped.
    * jupyterlite-sphinx adds a Google Fonts stylesheet: dropped (the
      "try it" button falls back to the page's font).
    """
    kept, seen = [], set()
    for js in context.get("script_files", []):
        name = getattr(js, "filename", str(js)) or ""
        attributes = dict(getattr(js, "attributes", {}) or {})
        body = str(attributes.get("body", ""))
        if "sphinx-thebe" in name or "THEBE_JS_URL" in body:
            continue
        key = (name, tuple(sorted((k, str(v))
                                  for k, v in attributes.items())))
        if key not in seen:
            seen.add(key)
            kept.append(js)
    context["script_files"] = kept
    context["css_files"] = [
        css for css in context.get("css_files", [])
        if "://" not in (getattr(css, "filename", str(css)) or "")
        and "sphinx-thebe" not in (getattr(css, "filename", "") or "")]


# Accessibility fixes for markup of the theme and of docutils that axe-core
# reports as serious or critical (found by tests/browser/test_pages.py).
# Applied to every written page; each is idempotent.
A11Y_FIXES = (
    # The search button's visible text ("Search Ctrl+K") must be part of
    # its name: let the text name it (axe: label-content-name-mismatch).
    (re.compile(r'(<button class="[^"]*search-button-field[^"]*"[^>]*?)'
                r' aria-label="Search"'), r"\1"),
    # The colour-mode button is named "Color mode"; its icons' titles
    # ("Light", ...) become visible SVG titles through Font Awesome's
    # script, which do not match the name (label-content-name-mismatch).
    (re.compile(r'(<i class="theme-switch [^"]*"[^>]*?)\s+title="[^"]*"'),
     r"\1"),
    # docutils marks citations doc-biblioentry (deprecated) inside
    # role="list", which must hold list items (aria-required-children).
    (re.compile(r'role="doc-biblioentry"'), 'role="listitem"'),
)


def _fix_accessibility(app, exception):
    """Apply ``A11Y_FIXES`` to the HTML pages of the book."""
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    for path in out.rglob("*.html"):
        if path.relative_to(out).parts[0] == LITE_OUT:
            continue
        text = path.read_text(encoding="utf-8")
        fixed = text
        for pattern, replacement in A11Y_FIXES:
            fixed = pattern.sub(replacement, fixed)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")


def _chapter_to_myst(app, docname, source):
    """A chapter notebook in the student view -> the MyST the site needs."""
    if not str(app.env.doc2path(docname)).endswith(".ipynb"):
        return
    import notebook_markup  # _ext/ is on sys.path (local_extensions)

    notebook = json.loads(source[0])
    source[0] = json.dumps(notebook_markup.to_myst(
        notebook, notebook_markup.Library(ROOT)))


# -- release: one version, and "How to cite" from CITATION.cff -------------

def release_version():
    """``optlib.__version__``, read from ``optlib/__init__.py`` of this tree.

    The one place the version lives: setuptools reads the same line
    (``[tool.setuptools.dynamic]`` in pyproject.toml), and the book shows
    it in the footer (``{version}`` in ``html.extra_footer``).
    """
    import ast
    tree = ast.parse((ROOT / "optlib" / "__init__.py").read_text())
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", None) == "__version__"):
            return ast.literal_eval(node.value)
    raise ExtensionError("no `__version__ = \"...\"` in optlib/__init__.py")


def _release_config(app, config):
    """Set the book's version and fill ``{version}``, ``{repository_url}``
    and ``{branch}`` in the footer (``html.extra_footer``)."""
    version = release_version()
    config.version = config.release = version
    options = config.html_theme_options
    footer = options.get("extra_footer", "")
    if "{version}" not in footer:
        LOGGER.warning("html.extra_footer in _config.yml should show "
                       "{version}, optlib's version")
    options["extra_footer"] = (
        footer.replace("{version}", version)
        .replace("{repository_url}",
                 options.get("repository_url", "").rstrip("/"))
        .replace("{branch}", options.get("repository_branch", "main")))


def _cff_authors(authors):
    """CITATION.cff's authors as "Family, G., Other, H. & Team"."""
    names = []
    for author in authors:
        if "name" in author:
            names.append(author["name"])
        else:
            initials = " ".join(part[0] + "."
                                for part in author.get("given-names",
                                                       "").split())
            names.append(", ".join(filter(None, [author["family-names"],
                                                 initials])))
    return names[0] if len(names) == 1 else (", ".join(names[:-1])
                                             + " & " + names[-1])


class HowToCite(SphinxDirective):
    """``CITATION.cff`` as a reference and a BibTeX entry."""

    def run(self):
        import yaml
        path = ROOT / "CITATION.cff"
        self.env.note_dependency(str(path))
        cff = yaml.safe_load(path.read_text(encoding="utf-8"))
        year = str(cff["date-released"])[:4]
        url = cff.get("url") or cff["repository-code"]
        authors = _cff_authors(cff["authors"])
        para = nodes.paragraph()
        para += nodes.Text(f"{authors} ({year}). ")
        para += nodes.emphasis(text=cff["title"])
        para += nodes.Text(f" (version {cff['version']}). ")
        # The whole URL, not the theme's "owner/repo" short form (which it
        # applies only to a link whose one text node is the URL itself).
        scheme, rest = url.split("://", 1)
        para += nodes.reference("", "", nodes.Text(scheme + "://"),
                                nodes.Text(rest), refuri=url)
        bib_authors = " and ".join(
            "{" + a["name"] + "}" if "name" in a
            else f"{a['family-names']}, {a.get('given-names', '')}".strip(", ")
            for a in cff["authors"])
        key = re.sub(r"\W+", "_", cff["title"].split(":")[0].lower())
        bibtex = "\n".join([
            f"@misc{{{key.strip('_')}_{year},",
            f"  author = {{{bib_authors}}},",
            f"  title = {{{cff['title']}}},",
            f"  year = {{{year}}},",
            f"  version = {{{cff['version']}}},",
            f"  url = {{{url}}},",
            "}"])
        block = nodes.literal_block(bibtex, bibtex, language="bibtex")
        note = nodes.paragraph()
        note += nodes.Text("In BibTeX:")
        return [para, note, block]


def _execution_mode(app, config):
    """``BOOK_EXECUTE=off`` builds from the notebooks' committed outputs.

    The test command sets it: nbval runs every chapter and checks that
    its committed outputs reproduce, so executing the chapters again for
    the build would only repeat that work.  The README's build command
    leaves it unset and executes (with the cache).
    """
    mode = os.environ.get("BOOK_EXECUTE")
    if mode:
        if mode not in ("off", "cache", "force", "auto"):
            raise ExtensionError(f"BOOK_EXECUTE must be off, cache, force "
                                 f"or auto, not {mode!r}")
        config.nb_execution_mode = mode


# -- The page as readers meet it (issue 10) ---------------------------------

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
LIVE_NOTE = ("Live version: in the notebook (Jupyter, Binder or Colab, "
             "from the launch menu at the top of the page) a cell here "
             "draws this explorer as an ipywidgets slider that recomputes "
             "as you move it; the static explorer on this page works "
             "without Python.")


def _static_explorers_only(app, doctree):
    """Replace each ipywidgets cell by one line about the live version.

    A widget saved in a notebook cannot compute on a static page: its
    slider moves but nothing else does.  Every chapter also shows the
    same sweep as a static explorer (``optlib.explorer``), so on the web
    page the widget cell (code and frozen view) gives way to a note; the
    notebook itself keeps the widget for Jupyter, Binder and Colab.
    """
    for raw in list(doctree.findall(nodes.raw)):
        if WIDGET_VIEW not in raw.astext():
            continue
        cell = raw.parent
        while cell is not None and "cell" not in cell.get("classes", []):
            cell = cell.parent
        if cell is None or cell.parent is None:
            raw.parent.remove(raw)
            continue
        note = nodes.paragraph("", LIVE_NOTE, classes=["live-widget-note"])
        cell.replace_self(note)


def _drop_widget_scripts(app, pagename, templatename, context, doctree):
    """No widget state, widget manager or require.js where no widget is.

    MyST-NB adds them to every page of a notebook with saved widget
    state; after ``_static_explorers_only`` no page shows a widget view.
    """
    if WIDGET_VIEW in context.get("body", ""):
        return
    widget_js = {f"_static/{path}" for path in app.config.nb_ipywidgets_js}
    kept = []
    for js in context.get("script_files", []):
        name = getattr(js, "filename", str(js)) or ""
        attributes = dict(getattr(js, "attributes", {}) or {})
        if attributes.get("type") == WIDGET_STATE or name in widget_js:
            continue
        kept.append(js)
    context["script_files"] = kept


def _drop_unused_design_assets(app, pagename, templatename, context,
                               doctree):
    """sphinx-design's stylesheet (54 kB) and tab script only on a page
    that uses one of its components (``sd-`` classes); none does yet."""
    if re.search(r'class="[^"]*\bsd-', context.get("body", "")):
        return
    context["css_files"] = [
        css for css in context.get("css_files", [])
        if "sphinx-design" not in (getattr(css, "filename", "") or "")]
    context["script_files"] = [
        js for js in context.get("script_files", [])
        if not (getattr(js, "filename", "") or "").endswith(
            "design-tabs.js")]

def _drop_mathjax_script(app, pagename, templatename, context, doctree):
    """The math is typeset at build time (``_prerender_math``)."""
    kept = []
    for js in context.get("script_files", []):
        name = getattr(js, "filename", str(js)) or ""
        body = str(dict(getattr(js, "attributes", {}) or {}).get("body", ""))
        if name == f"_static/{app.config.mathjax_path}" \
                or "window.MathJax" in body:
            continue
        kept.append(js)
    context["script_files"] = kept


def _meta_description(app, pagename, templatename, context, doctree):
    """``<meta name="description">``: the page's first sentence(s).

    The first paragraph of running text without math (search engines
    show it under the title), cut at a word near 155 characters.
    """
    text = ""
    for para in doctree.findall(nodes.paragraph) if doctree else ():
        if any(isinstance(p, (nodes.admonition, nodes.table, nodes.caption))
               or "cell" in p.get("classes", [])
               for p in _ancestors(para)):
            continue
        if list(para.findall(nodes.math)):
            continue
        candidate = " ".join(para.astext().split())
        if len(candidate) >= 60:
            text = candidate
            break
    if not text:
        title = re.sub(r"<[^>]+>", "", context.get("title", ""))
        text = (f"{title}: part of {app.config.project}, an open course "
                "on how neural networks are trained, with runnable code.")
    if len(text) > 160:
        text = text[:155].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    context["metatags"] = (context.get("metatags", "")
                           + f'\n<meta name="description" '
                           f'content="{html.escape(text, quote=True)}" />')


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


# The book theme's article header has the visible ☰ and contents buttons,
# but pydata-sphinx-theme's script (and the book theme's) wire only the
# FIRST .primary-toggle / .secondary-toggle of the page, a button of the
# hidden site header.  A click on a visible toggle is handed to that wired
# button, so each opens its panel at every width (a dialog below 992 px;
# on a wide screen ☰ hides or shows the sidebar).
TOGGLES_JS = """document.addEventListener("DOMContentLoaded", () => {
  for (const kind of ["primary", "secondary"]) {
    const all = document.querySelectorAll("." + kind + "-toggle");
    const wired = all[0];
    all.forEach((button, i) => {
      button.setAttribute("aria-controls", "pst-" + kind + "-sidebar");
      if (i === 0) return;
      button.addEventListener("click", (event) => {
        event.preventDefault();
        wired.click();
      });
    });
  }
});"""


def _search_only_on_search_page(page, text):
    """pydata-sphinx-theme loads the search index on every page (for a
    search-as-you-type this site does not use): 140 kB of render-blocking
    script.  The search field submits to search.html, which loads them."""
    if page.name == "search.html":
        return text
    return re.sub(r'\s*<script src="[^"]*(searchtools\.js|language_data\.js'
                  r'|searchindex\.js)"></script>', "", text)


def _no_fontawesome_script(page, text):
    """Font Awesome's 1.5 MB script turns icons into SVG; the theme's CSS
    draws the same icons from the icon font, subset by ``_subset_icons``."""
    return re.sub(r'\s*<script defer src="[^"]*/fontawesome\.js[^"]*">'
                  r'</script>', "", text)


PLAYGROUND_JS = "optlib-playground.js"  # in _static, written by the build
_PLAYGROUND_SCRIPT = re.compile(
    r'<script>if \(!window\.OptlibPlayground\) \{.*?'
    r'(?:OptlibRateMap\.attach\()?'
    r'OptlibPlayground\.mount\(document\.getElementById\("([\w-]+)"\), '
    r'JSON\.parse\(document\.getElementById\("\1-config"\)'
    r'\.textContent\)\)\)?;</script>\n?', re.S)

# Mounts each playground of the page when it comes within half a screen
# of the viewport: its first computation (every run's path, the surface's
# heat map) is a long task, which a reader who never scrolls that far,
# and the page's first paint, need not wait for.  A link to a
# playground's settings (#ID=...) mounts it at once and scrolls to it.
PLAYGROUND_LOADER = """(function () {
  "use strict";
  function mount(el) {
    const config = document.getElementById(el.id + "-config");
    if (config && !el.optlibPlayground) {
      const settings = JSON.parse(config.textContent);
      const pg = OptlibPlayground.mount(el, settings);
      // a playground with rate_map= gets its (eta, mu) map, as inline
      if (settings.rate_map && window.OptlibRateMap) OptlibRateMap.attach(pg);
    }
  }
  function start() {
    const all = document.querySelectorAll("div.optlib-playground[id]");
    const linked = Array.from(all).find(
      (el) => location.hash.startsWith("#" + el.id + "="));
    if (linked) {
      mount(linked);
      linked.scrollIntoView();
    }
    if (!("IntersectionObserver" in window)) {
      all.forEach(mount);
      return;
    }
    const near = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        mount(entry.target);
      }
    }, {rootMargin: "50% 0px"});
    all.forEach((el) => near.observe(el));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
"""


def _write_playground_js(static):
    """optlib's playground script (the one each notebook output inlines),
    with the rate map's part (which only playgrounds with ``rate_map=``
    inline), and the loader above, as one file every chapter's page
    shares."""
    from optlib import playground
    (static / PLAYGROUND_JS).write_text(
        playground.script(rate_map=True) + PLAYGROUND_LOADER,
        encoding="utf-8")


def _playground_from_static(page, text):
    """A playground's output inlines optlib's 50 kB script and mounts at
    once, so that it works wherever the notebook travels (Jupyter, Colab).
    On the site the page loads that script once, deferred and cached
    across chapters, and mounts each playground near the viewport."""
    if not _PLAYGROUND_SCRIPT.search(text):
        return text
    root = re.search(r'data-content_root="([^"]*)"', text)
    root = root.group(1) if root else ""
    text = _PLAYGROUND_SCRIPT.sub("", text)
    return text.replace(
        "</head>", f'<script defer src="{root}_static/{PLAYGROUND_JS}">'
        "</script>\n</head>", 1)


_IMG = re.compile(r"<img\b[^>]*>")
_DISPLAY_SIZE = re.compile(r'style="width: (\d+)px; height: (\d+)px;"')


def _sized_lazy_images(page, text):
    """Figures with their display size as ``width``/``height`` (the
    browser keeps their room before they load: no layout shift; the
    stylesheet scales them down on a narrow screen), and every figure
    after a page's first loaded only when the reader scrolls near it."""
    seen = 0

    def fix(match):
        nonlocal seen
        tag = match.group(0)
        if "/_images/" not in tag:
            return tag
        seen += 1
        size = _DISPLAY_SIZE.search(tag)
        extra = ""
        if size and " width=" not in tag:
            extra += f' width="{size.group(1)}" height="{size.group(2)}"'
        if seen > 1 and " loading=" not in tag:
            extra += ' loading="lazy" decoding="async"'
        return tag.replace("<img", "<img" + extra, 1)
    return _IMG.sub(fix, text)


PAGE_REWRITES = (_search_only_on_search_page, _no_fontawesome_script,
                 _playground_from_static, _sized_lazy_images)

ICON_FONTS = {  # theme's font file -> (css prefixes, family, weight)
    "fa-solid-900": (("fa-solid", "fas"), "Font Awesome 6 Free", 900),
    "fa-regular-400": (("fa-regular", "far"), "Font Awesome 6 Free", 400),
    "fa-brands-400": (("fa-brands", "fab"), "Font Awesome 6 Brands", 400),
}


def _subset_icons(out, pages):
    """Icon fonts with only the icons the pages show, and their CSS.

    The theme's stylesheet maps ``.fa-NAME:before`` to a code point of the
    Font Awesome fonts (1 MB with all icons).  The glyphs of the icons
    used in the built pages are kept (fontTools, from matplotlib's
    dependencies) in small WOFF files, declared after the theme's fonts
    in ``_static/icons/icons.css`` so that they replace them.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    static = out / "_static"
    theme_css = (static / "styles" / "pydata-sphinx-theme.css").read_text()
    codes = {}
    # a rule's selectors start after the last brace (anchored there: from
    # every other position the engine would rescan them, 1 s a build)
    for rule in re.finditer(r'(?:^|(?<=[{}]))([^{}]+)'
                            r'\{content:"\\([0-9a-f]+)"\}', theme_css):
        for name in re.findall(r"\.(fa-[a-z0-9-]+):before", rule.group(1)):
            codes.setdefault(name, int(rule.group(2), 16))
    used = {font: set() for font in ICON_FONTS}
    # Icons the stylesheets draw themselves (admonition titles, "on this
    # page" arrow): every private-use code point outside the class mapping.
    for css in (static / "styles").glob("*.css"):
        text = re.sub(r'(\.fa-[a-z0-9-]+:before,?)+\{content:"[^"]*"\}', "",
                      css.read_text(encoding="utf-8"))
        drawn = {int(code, 16) for code in
                 re.findall(r'\\([ef][0-9a-f]{3})(?![0-9a-f])', text)}
        drawn |= {ord(ch) for ch in text if 0xE000 <= ord(ch) <= 0xF8FF}
        for font in ("fa-solid-900", "fa-brands-400"):
            used[font] |= drawn
    shown = set()
    for page in pages:
        for classes in re.findall(r'class="([^"]*\bfa-[^"]*)"',
                                  page.read_text(encoding="utf-8")):
            names = classes.split()
            shown.update(names)
            for font, (prefixes, _, _) in ICON_FONTS.items():
                if any(p in names for p in prefixes):
                    used[font].update(codes[n] for n in names if n in codes)
    webfonts = static / "vendor" / "fontawesome" / "webfonts"
    target = static / "icons"
    target.mkdir(exist_ok=True)
    css = ["/* Generated by _ext/site_extras.py (_subset_icons): the "
           "icons the pages use. */"]
    for font, (_, family, weight) in ICON_FONTS.items():
        if not used[font]:
            continue
        ttf = TTFont(webfonts / f"{font}.ttf")
        options = subset.Options()
        options.flavor = "woff"
        options.layout_features = []
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(used[font]))
        subsetter.subset(ttf)
        ttf.flavor = "woff"
        ttf.save(target / f"{font}.woff")
        css.append(f'@font-face{{font-family:"{family}";font-style:normal;'
                   f"font-weight:{weight};font-display:block;"
                   f'src:url("{font}.woff") format("woff")}}')
    (target / "icons.css").write_text("\n".join(css) + "\n")
    _trim_icon_rules(static / "styles" / "pydata-sphinx-theme.css", shown)


def _trim_icon_rules(path, shown):
    """Drop the theme's ``.fa-NAME:before`` rules of icons no page shows
    (about 1,900 rules, 85 kB of every page's render-blocking CSS)."""
    def keep(rule):
        names = re.findall(r"\.(fa-[a-z0-9-]+):before", rule.group(0))
        return rule.group(0) if shown.intersection(names) else ""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'(?:\.fa-[a-z0-9-]+:before,?)+'
                           r'\{content:"[^"]*"\}', keep, text),
                    encoding="utf-8")


def _defer_scripts(app, pagename, templatename, context, doctree):
    """Every script file waits for the page to be parsed (``defer``).

    None of the site's scripts writes into the page while it loads; the
    theme's own scripts are already deferred.  Kept in order, so
    ``copybutton.js`` still runs after ``clipboard.min.js``.  Inline
    scripts (settings read by those files) run in place, as before;
    ``documentation_options.js`` too, since the theme's inline scripts
    set fields of the object it makes.  Not on the search page, whose
    search tools (loaded by the theme's template) need ``doctools.js``.
    """
    if pagename == "search":
        return
    from sphinx.builders.html._assets import _JavaScript
    scripts = []
    for js in context.get("script_files", []):
        name = getattr(js, "filename", "") or ""
        attributes = dict(getattr(js, "attributes", None) or {})
        if (name and "async" not in attributes
                and not name.endswith("documentation_options.js")
                and attributes.get("type", "text/javascript")
                in ("text/javascript", "module")):
            # a new object: the builder shares its assets between pages
            attributes.setdefault("defer", "defer")
            js = _JavaScript(name, priority=js.priority, **attributes)
        scripts.append(js)
    context["script_files"] = scripts


_STYLESHEET = re.compile(r'[ \t]*<link (?=[^>]*rel="stylesheet")[^>]*'
                         r'href="([^"]+)"[^>]*/?>\n?')
_CSS_URL = re.compile(r'url\(\s*([\'"]?)([^\'")]+)\1\s*\)')
_CSS_IMPORT = re.compile(r'@import\s+(?:url\()?\s*[\'"]([^\'"]+)[\'"]\s*'
                         r'\)?\s*;')


def _css_for_bundle(static, name, seen=()):
    """One stylesheet (``name`` relative to ``_static``) with its
    ``@import``\\ s inlined and its ``url()``\\ s made relative to
    ``_static``."""
    folder = posixpath.dirname(name)
    text = (static / name).read_text(encoding="utf-8")

    def rebase(match):
        quote, url = match.groups()
        if re.match(r"(data:|[a-z]+://|/|#)", url):
            return match.group(0)
        return f'url({quote}{posixpath.normpath(posixpath.join(folder, url))}{quote})'

    imported = []

    def inline(match):  # a placeholder now, the file after rebasing
        target = posixpath.normpath(posixpath.join(folder, match.group(1)))
        imported.append("" if target in seen else
                        _css_for_bundle(static, target, seen + (target,)))
        return f"/*@import {len(imported) - 1}*/"
    text = _CSS_URL.sub(rebase, _CSS_IMPORT.sub(inline, text))
    return re.sub(r"/\*@import (\d+)\*/",
                  lambda m: imported[int(m.group(1))], text)


def _bundle_stylesheets(out, pages):
    """One stylesheet per page instead of 13.

    Every stylesheet is render-blocking, and on a phone network each
    request costs a round trip: the site's stylesheets of a page are
    joined in their order into ``_static/bundle-HASH.css`` (one file
    for all pages with the same set, cached across pages).  The link
    keeps the list (``data-bundle``), so that a page an incremental build
    does not rewrite gets a fresh bundle of the same files.

    The themes' stylesheets hold all of Bootstrap and every component of
    pydata-sphinx-theme (414 kB); the bundle keeps only the rules that
    the built pages and their scripts can use (``purge_css``: 147 kB,
    29 kB gzipped).
    """
    static = out / "_static"
    for old in static.glob("bundle-*.css"):
        old.unlink()
    bundles, plan = {}, []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        head = text.split("</head>", 1)[0]
        links = list(_STYLESHEET.finditer(head))
        names = []
        for link in links:
            bundled = re.search(r'data-bundle="([^"]*)"', link.group(0))
            if bundled:  # a page bundled by an earlier build: same files
                names += bundled.group(1).split()
                continue
            href = link.group(1).split("?", 1)[0]
            target = (page.parent / href).resolve()
            try:
                names.append(target.relative_to(static.resolve()).as_posix())
            except ValueError:
                names = None
                break
        if not names:
            continue
        key = tuple(names)
        if key not in bundles:
            bundles[key] = "\n".join(f"/* {n} */\n"
                                      + _css_for_bundle(static, n)
                                      for n in names)
        plan.append((page, text, links, key))
    purged = purge_css({" ".join(k): css for k, css in bundles.items()},
                       pages + scripts_of(pages, static))
    files = {}
    for key, css in bundles.items():
        css = purged[" ".join(key)]["css"]
        digest = hashlib.sha256(css.encode()).hexdigest()[:12]
        (static / f"bundle-{digest}.css").write_text(css, "utf-8")
        files[key] = f"bundle-{digest}.css"
    for page, text, links, key in plan:
        prefix = posixpath.relpath("_static", page.parent.relative_to(out)
                                   .as_posix() or ".")
        tag = (f'<link rel="stylesheet" type="text/css" '
               f'href="{prefix}/{files[key]}" '
               f'data-bundle="{" ".join(key)}" />\n')
        head = text.split("</head>", 1)[0]
        first, last = links[0].start(), links[-1].end()
        between = _STYLESHEET.sub("", head[first:last])
        page.write_text(text[:first] + tag + between + text[last:],
                        encoding="utf-8")


# Selectors a script builds from pieces of names (so no page or script
# holds the whole word), kept by the purge whatever the pages contain.
# Bootstrap's script is not read for words (it names every component of
# Bootstrap, and would keep their rules): the theme uses two of them,
# dropdowns (its header menus) and tooltips (its header buttons), whose
# classes and Popper's placement attributes are listed here.
PURGE_SAFELIST = {
    "standard": [r"^(show|fade|showing|hiding|collapsing)$",
                 r"^(tooltip|tooltip-inner|tooltip-arrow)$",
                 r"^bs-tooltip-", r"^dropdown-menu"],
    "greedy": [r"data-popper-placement", r"data-bs-popper"],
}
PURGE_NOT_CONTENT = ("bootstrap.js", "searchindex.js", "language_data.js")


def scripts_of(pages, static):
    """The script files the pages load (their words keep CSS rules that
    the scripts use: classes they add, elements they create), except
    ``PURGE_NOT_CONTENT``: data (the search index, the stemmer's word
    lists) and Bootstrap's script (see ``PURGE_SAFELIST``)."""
    found = set()
    for page in pages:
        for src in re.findall(r'<script[^>]*\ssrc="([^"]+)"',
                              page.read_text(encoding="utf-8")):
            src = src.split("?", 1)[0]
            if "://" in src:
                continue
            path = (page.parent / src).resolve()
            if path.is_file() and path.name not in PURGE_NOT_CONTENT:
                found.add(path)
    return sorted(found)


def purge_css(stylesheets, content, safelist=PURGE_SAFELIST):
    """``{name: css}`` without the rules no file of ``content`` can use
    (``_ext/purge_css.js``, PurgeCSS): ``{name: {"css", "rejected"}}``."""
    request = {"css": stylesheets, "content": [str(p) for p in content],
               "safelist": safelist}
    done = subprocess.run(["node", str(ROOT / "_ext" / "purge_css.js")],
                          input=json.dumps(request), capture_output=True,
                          text=True, cwd=ROOT)
    if done.returncode != 0:
        raise ExtensionError(f"purging unused CSS failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _prerender_math(out, pages):
    """Typeset every page's math with MathJax in Node at build time."""
    fonts = (out / "_static" / "mathjax" / "output" / "chtml" / "fonts"
             / "woff-v2")
    if not fonts.is_dir():
        raise ExtensionError(f"MathJax's fonts missing in {fonts}: run "
                             "`bash scripts/vendor.sh`")
    cmd = ["node", str(ROOT / "_ext" / "prerender_math.js"), str(fonts),
           *map(str, pages)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise ExtensionError(f"typesetting the math failed:\n{done.stderr}")
    LOGGER.info(done.stdout.strip())


# pydata-sphinx-theme makes each scrollable block (code, outputs, wide
# tables) reachable with the keyboard: at load it reads every block's
# scrollWidth and sets tabIndex. Each read lays out that block, so on a
# long chapter it is one long task of most of a second on a phone (it was
# most of the Total Blocking Time Lighthouse saw on chapter 7) and it
# undoes the lazy layout of off-screen parts (site.css). The same work is
# done here in idle time, a few blocks at a time; when it is done the page
# says so (``<html data-scrollables="done">``, which the browser tests
# wait for before they run axe).
_THEME_SCROLLABLES = re.compile(
    r'const e=\(\)=>\{document\.querySelectorAll\((\[[^\]]*\])'
    r'\.join\(", "\)\)\.forEach\(e=>\{e\.tabIndex=e\.scrollWidth>'
    r'e\.clientWidth\|\|e\.scrollHeight>e\.clientHeight\?0:-1\}\)\}')
_IDLE_SCROLLABLES = (
    'const e=(()=>{{const s={selectors}.join(", "),'
    'f=e=>{{e.tabIndex=e.scrollWidth>e.clientWidth||'
    'e.scrollHeight>e.clientHeight?0:-1}},'
    'r=window.requestIdleCallback||(c=>setTimeout(()=>c({{timeRemaining:'
    '()=>8}}),1)),d=document.documentElement;let q=[],b=!1;'
    'const w=t=>{{for(let i=0;q.length&&(!i||t.timeRemaining()>2);i++)'
    'f(q.shift());q.length?r(w,{{timeout:1e3}}):(b=!1,'
    'd.dataset.scrollables="done")}};'
    'return()=>{{q=Array.from(document.querySelectorAll(s)),'
    'd.dataset.scrollables="pending",b||(b=!0,r(w,{{timeout:1e3}}))}}}})()')


def _idle_theme_scrollables(static):
    path = static / "scripts" / "pydata-sphinx-theme.js"
    text = path.read_text(encoding="utf-8")
    if "d.dataset.scrollables" in text:
        return                          # patched by an earlier build
    fixed, n = _THEME_SCROLLABLES.subn(
        lambda m: _IDLE_SCROLLABLES.format(selectors=m.group(1)), text)
    if n != 1:
        raise ExtensionError(
            "pydata-sphinx-theme.js: the scrollable-blocks pass was not "
            "found (a new theme version?): update _THEME_SCROLLABLES")
    path.write_text(fixed, encoding="utf-8")


def _lighten_pages(app, exception):
    """After the build: page rewrites, icon subset, math typeset."""
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir)
    pages = [p for p in out.rglob("*.html")
             if p.relative_to(out).parts[0] not in (LITE_OUT, "_static")]
    _write_playground_js(out / "_static")
    _idle_theme_scrollables(out / "_static")
    for page in pages:
        text = page.read_text(encoding="utf-8")
        fixed = text
        for rewrite in PAGE_REWRITES:
            fixed = rewrite(page, fixed)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
    _subset_icons(out, pages)
    # the math first: the purge of the bundle must see its elements
    _prerender_math(out, pages)
    _bundle_stylesheets(out, pages)


def _module_summary(app, what, name, obj, options, lines):
    """optlib's "Modules" list (``name  description`` lines) as a list.

    In reST those aligned lines are one paragraph; each becomes a bullet
    with a link to the module's section of the API page.
    """
    if what != "module" or name != "optlib":
        return
    for i, line in enumerate(lines):
        if line.strip() == "Modules" and i + 1 < len(lines) \
                and set(lines[i + 1].strip()) == {"-"}:
            break
    else:
        return
    start, end = i, i + 2
    items = []
    while end < len(lines) and lines[end].strip():
        match = re.match(r"(\w+)\s{2,}(.*)", lines[end].strip())
        if not match:
            return
        items.append(f"* :mod:`optlib.{match.group(1)}`: {match.group(2)}")
        end += 1
    lines[start:end] = [".. rubric:: Modules", "", *items]


def setup(app):
    app.connect("config-inited", _execution_mode)
    app.connect("source-read", _chapter_to_myst)
    app.connect("build-finished", _fix_accessibility)
    # after the theme rewrites pygments.css (build-finished, priority 500)
    app.connect("build-finished", _lighten_pages, priority=900)
    app.connect("doctree-read", _static_explorers_only)
    app.connect("html-page-context", _drop_widget_scripts, priority=900)
    app.connect("html-page-context", _drop_mathjax_script, priority=900)
    app.connect("html-page-context", _drop_unused_design_assets,
                priority=900)
    app.connect("html-page-context", _meta_description)
    app.connect("html-page-context", _defer_scripts, priority=950)
    app.connect("autodoc-process-docstring", _module_summary)
    app.add_js_file(None, body=TOGGLES_JS)
    app.add_css_file("icons/icons.css")
    app.connect("config-inited", _serve_vendor)
    app.connect("html-page-context", _clean_assets, priority=900)
    app.connect("builder-inited", _prepare_lite)
    app.connect("html-page-context", _add_lite_button, priority=510)
    app.add_directive("optlib-api", OptlibApi)
    app.connect("env-get-outdated", _api_outdated)
    app.connect("env-purge-doc", _api_purge)
    app.connect("config-inited", _release_config)
    app.add_directive("how-to-cite", HowToCite)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
