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
"""

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

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


class OptlibApi(SphinxDirective):
    """One section with ``automodule`` per public optlib module."""

    def run(self):
        self.env.note_dependency(str(ROOT / "optlib"))
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


def setup(app):
    app.connect("config-inited", _execution_mode)
    app.connect("source-read", _chapter_to_myst)
    app.connect("build-finished", _fix_accessibility)
    app.connect("config-inited", _serve_vendor)
    app.connect("html-page-context", _clean_assets, priority=900)
    app.connect("builder-inited", _prepare_lite)
    app.connect("html-page-context", _add_lite_button, priority=510)
    app.add_directive("optlib-api", OptlibApi)
    app.connect("config-inited", _release_config)
    app.add_directive("how-to-cite", HowToCite)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
