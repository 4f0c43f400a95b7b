"""The website's set-up, checked without building it.

Launch buttons and the Colab/JupyterLite install cell come from the one
repository URL in ``_config.yml``; nothing third-party is loaded by the
pages; JavaScript comes from pinned npm packages; the repository is
Binder-ready.
"""

import ast
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import nbformat
import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import caption_math  # noqa: E402
import sync_install_cell as sic  # noqa: E402

sys.path.insert(0, str(ROOT / "_ext"))
import site_extras  # noqa: E402

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text())
SPHINX = CONFIG["sphinx"]["config"]
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))


# -- the install cell -------------------------------------------------------

@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_starts_with_the_install_cell(path):
    nb = nbformat.read(path, as_version=4)
    found = sic.problems(nb, sic.expected_source())
    assert not found, (f"{path.name}: {found}; run "
                       "`python scripts/sync_install_cell.py`")


def test_install_cell_installs_from_the_repository_only():
    url = CONFIG["repository"]["url"].rstrip("/")
    source = sic.expected_source()
    assert f"git+{url}@{CONFIG['repository']['branch']}" in source
    assert 'find_spec("optlib") is None' in source  # only when missing
    assert "--quiet" in source
    # never `pip install optlib` by name (PyPI's optlib is another package)
    assert not re.search(r"install[\"', -]+(-q[\"', ]+)?optlib\b",
                         source.replace("piplite.install", ""))
    assert all(len(line) <= 79 for line in source.splitlines())
    compile(source, "install-cell", "exec",
            flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_install_cell_is_a_no_op_where_optlib_is_installed(tmp_path):
    body = sic.expected_source().replace(
        'await piplite.install("optlib")', "pass")
    script = tmp_path / "cell.py"
    script.write_text(body + "\nprint('done')\n")
    done = subprocess.run([sys.executable, str(script)],
                          capture_output=True, text=True, timeout=60,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "done\n" and done.stderr == ""


def _toy_repo(tmp_path, url):
    (tmp_path / "chapters").mkdir()
    config = dict(CONFIG, repository={"url": url, "branch": "dev"})
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(config))
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"),
                nbformat.v4.new_code_cell("pass",
                                          metadata={"tags": [sic.TAG]}),
                nbformat.v4.new_code_cell("x = 1")]
    path = tmp_path / "chapters" / "01_toy.ipynb"
    nbformat.write(nb, path)
    return path


def test_sync_rewrites_only_that_cell_and_is_idempotent(tmp_path):
    path = _toy_repo(tmp_path, "https://example.org/fork/course")
    source = sic.expected_source(tmp_path / "_config.yml")
    assert "git+https://example.org/fork/course@dev" in source
    before = nbformat.read(path, as_version=4)
    assert sic.sync(path, source) is True
    after = nbformat.read(path, as_version=4)
    assert after.cells[1].source == source
    # only that cell's metadata changes: hidden in Jupyter and Colab,
    # removed from the web page
    assert after.cells[1].metadata == {
        "tags": ["colab-install", "remove-cell"],
        "jupyter": {"source_hidden": True}, "cellView": "form"}
    for i in (0, 2):
        assert after.cells[i] == before.cells[i]
    assert after.metadata == before.metadata
    text = path.read_text()
    assert sic.sync(path, source) is False
    assert path.read_text() == text
    assert sic.problems(after, source) == []


def test_sync_reports_or_inserts_a_missing_cell(tmp_path):
    path = _toy_repo(tmp_path, "https://example.org/fork/course")
    nb = nbformat.read(path, as_version=4)
    del nb.cells[1]
    nbformat.write(nb, path)
    source = sic.expected_source(tmp_path / "_config.yml")
    assert sic.problems(nb, source)
    with pytest.raises(LookupError):
        sic.sync(path, source)
    assert sic.sync(path, source, insert=True) is True
    nb = nbformat.read(path, as_version=4)
    assert sic.install_cells(nb) == [1] and sic.problems(nb, source) == []


# -- configuration ----------------------------------------------------------

def test_launch_buttons_come_from_one_repository_url():
    assert CONFIG["repository"]["url"].startswith("https://github.com/")
    launch = CONFIG["launch_buttons"]
    assert launch["binderhub_url"] and launch["colab_url"]
    assert not launch.get("thebe")
    assert CONFIG["html"].get("use_download_button", True)


def test_pages_load_no_third_party_javascript():
    assert "://" not in SPHINX["mathjax_path"]
    assert (SPHINX["mathjax_path"].startswith("mathjax/"))
    assert SPHINX["nb_ipywidgets_js"]
    for url in SPHINX["nb_ipywidgets_js"]:
        assert "://" not in url, url
    local = CONFIG["sphinx"]["local_extensions"]
    assert "site_extras" in local


def test_build_uses_cache_and_warnings_as_errors():
    assert CONFIG["execute"]["execute_notebooks"] == "cache"
    build = (ROOT / "scripts" / "build.sh").read_text()
    assert "-W -n --keep-going" in build
    assert "vendor.sh" in build


def test_javascript_is_pinned_and_not_committed():
    package = json.loads((ROOT / "package.json").read_text())
    lock = json.loads((ROOT / "package-lock.json").read_text())
    deps = {**package["dependencies"], **package["devDependencies"]}
    assert {"mathjax", "mathjax-full", "requirejs",
            "@jupyter-widgets/html-manager", "axe-core",
            "lighthouse"} <= set(deps)
    for name, version in deps.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), (name, version)
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
    if shutil.which("git") and (ROOT / ".git").exists():
        files = subprocess.run(["git", "ls-files"], cwd=ROOT, text=True,
                               capture_output=True).stdout.split()
        vendored = [f for f in files if f.startswith(("_vendor/",
                                                      "node_modules/"))
                    or f.endswith(".min.js")]
        assert not vendored, f"vendored files committed: {vendored}"
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "_vendor/" in ignored and "node_modules/" in ignored


def test_static_folder_has_no_javascript():
    # Jupyter Book adds every *.js under _static/ to every page.
    assert not list((ROOT / "_static").rglob("*.js"))


def test_repository_is_binder_ready():
    assert (ROOT / "runtime.txt").read_text().strip() == "python-3.11"
    requirements = (ROOT / "requirements.txt").read_text().splitlines()
    assert "-e ." in requirements
    assert not any(re.match(r"optlib\b", line) for line in requirements)
    assert any(re.fullmatch(r"playwright==[\d.]+", line)
               for line in requirements)
    assert not (ROOT / "binder").exists()


def test_jupyterlite_is_configured_small_and_offline():
    lite = json.loads((ROOT / "jupyter_lite_config.json").read_text())
    assert lite["LiteBuildConfig"]["no_sourcemaps"] is True
    assert lite["LiteBuildConfig"]["no_unused_shared_packages"] is True
    assert "jupyterlite_sphinx" in CONFIG["sphinx"]["extra_extensions"]
    assert SPHINX["jupyterlite_contents"] == ["chapters/*.ipynb"]


def test_readme_quick_start_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```[a-z]*\n(.*?)```", section, re.S)
    assert len(blocks) == 1
    commands = blocks[0].strip().splitlines()
    assert len(commands) == 2
    assert "scripts/build.sh" in commands[0]
    assert "scripts/test.sh" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert commands[1] in [line.strip() for line in ci]


# -- the API page and the library's public names ----------------------------


def _chapter_optlib_names():
    """{module: names} of every optlib name a chapter's code uses."""
    used = {}
    for path in CHAPTERS:
        nb = nbformat.read(path, as_version=4)
        code = "\n".join(
            line for c in nb.cells if c.cell_type == "code"
            for line in c.source.splitlines()
            if not line.lstrip().startswith(("%", "!")))
        tree = ast.parse(code)
        aliases = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.ImportFrom) and node.module
                    and node.module.split(".")[0] == "optlib"):
                if node.module == "optlib":
                    aliases.update({a.asname or a.name: a.name
                                    for a in node.names})
                else:
                    module = node.module.split(".", 1)[1]
                    used.setdefault(module, set()).update(
                        a.name for a in node.names)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id in aliases):
                used.setdefault(aliases[node.value.id], set()).add(node.attr)
    return used


def test_chapters_use_only_public_documented_names():
    import importlib

    api = (ROOT / "appendix" / "api.md").read_text(encoding="utf-8")
    used = _chapter_optlib_names()
    assert used, "no optlib import found in the chapters"
    for module, names in used.items():
        assert not module.startswith("_"), module
        mod = importlib.import_module(f"optlib.{module}")
        row = next((line for line in api.splitlines()
                    if line.startswith(f"| `optlib.{module}` | `")), "")
        for name in names:
            assert not name.startswith("_"), (module, name)
            assert name in mod.__all__, (module, name)
            assert f"`{name}`" in row, (module, name)


def test_no_chapter_or_assignment_source_names_a_private_module():
    # files only: importing kernel_checks.py leaves a __pycache__ folder
    # there wherever Python writes bytecode (its default)
    sources = CHAPTERS + sorted(
        p for p in (ROOT / "assignments" / "source").glob("*") if p.is_file())
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"optlib\._|from optlib import .*\b_ch",
                             text), path


def test_api_page_names_every_public_module_and_fails_on_import_errors(
        monkeypatch):
    sys.path.insert(0, str(ROOT / "_ext"))
    import site_extras
    from sphinx.errors import ExtensionError

    import optlib

    modules = site_extras.optlib_modules()
    assert sorted(modules) == sorted(optlib._SUBMODULES)
    api = (ROOT / "appendix" / "api.md").read_text(encoding="utf-8")
    for name in modules:
        assert f"| `optlib.{name}` |" in api, name
    lines = site_extras.api_rst()
    assert [f".. automodule:: optlib.{m}" for m in modules] == [
        line for line in lines if line.startswith(".. automodule::")]

    real = site_extras.importlib.import_module

    def broken(name, *args):
        if name == "optlib.trajectory":
            raise ImportError("simulated")
        return real(name, *args)

    monkeypatch.setattr(site_extras.importlib, "import_module", broken)
    with pytest.raises(ExtensionError, match="optlib.trajectory"):
        site_extras.api_rst()


# -- the page as readers meet it (issue 10) ---------------------------------

@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_captions_write_math_as_math(path):
    """A caption's formula is in $...$ like the rest of the book's math
    (fix: ``python scripts/caption_math.py``)."""
    nb = nbformat.read(path, as_version=4)
    plain = [f["caption"] for f in caption_math.captions(nb)
             if caption_math.PLAIN_MATH.search(
                 caption_math.outside_math(f["caption"]))]
    assert not plain, f"plain-text math in captions: {plain}"


def test_caption_fix_is_idempotent_and_leaves_math_alone():
    before = "The bowl 0.1x^2 + 2y^2 and $x^2 - y^2$, a smoothed |x| + |y|."
    after = caption_math.fix(before)
    assert after == ("The bowl $0.1x^2 + 2y^2$ and $x^2 - y^2$, a smoothed "
                     "$|x| + |y|$.")
    assert caption_math.fix(after) == after
    assert not caption_math.PLAIN_MATH.search(
        caption_math.outside_math(after))


def test_module_summary_becomes_a_linked_list():
    lines = ["optlib: the library.", "", "Modules", "-------",
             "optim      the optimizers", "plots      the figures", "",
             "More text."]
    site_extras._module_summary(None, "module", "optlib", None, {}, lines)
    assert lines == ["optlib: the library.", "", ".. rubric:: Modules", "",
                     "* :mod:`optlib.optim`: the optimizers",
                     "* :mod:`optlib.plots`: the figures", "", "More text."]
    other = ["Modules", "-------", "a  b"]
    site_extras._module_summary(None, "module", "optlib.plots", None, {},
                                other)
    assert other == ["Modules", "-------", "a  b"]


def test_bundled_css_urls_point_to_the_same_files(tmp_path):
    static = tmp_path / "_static"
    (static / "styles").mkdir(parents=True)
    (static / "basic.css").write_text("a { background: url(file.png) }")
    (static / "styles" / "theme.css").write_text(
        '@import "../basic.css";\n'
        "b { src: url('../vendor/f.woff2'), url(data:x) }")
    css = site_extras._css_for_bundle(static, "styles/theme.css")
    assert "url(file.png)" in css and "@import" not in css
    assert "url('vendor/f.woff2')" in css and "url(data:x)" in css


def test_widget_cells_give_way_to_a_note():
    from docutils import nodes
    from docutils.utils import new_document
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    doc = new_document("x", get_default_settings(Parser))
    cell = nodes.container(classes=["cell"])
    out = nodes.container(classes=["cell_output"])
    out += nodes.raw("", '<script type="application/vnd.jupyter.widget-'
                     'view+json">{}</script>', format="html")
    cell += out
    doc += cell
    doc += nodes.paragraph("", "after")
    site_extras._static_explorers_only(None, doc)
    notes = [p for p in doc.findall(nodes.paragraph)
             if "live-widget-note" in p["classes"]]
    assert len(notes) == 1 and "notebook" in notes[0].astext()
    assert not list(doc.findall(nodes.raw))


def test_house_figure_format_stacks_panels_and_doubles_resolution():
    """plots.use_style()'s figure format: at most FIGURE_WIDTH wide on
    the page, twice that in pixels, panels side by side stacked, text at
    least 11 px on a 390 px phone (358 px of column)."""
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from PIL import Image

    from optlib import plots
    with plt.rc_context(plots.style()):
        fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
        for ax in axes:
            ax.plot([0, 1], [1, 0], label="a line")
            ax.legend()
        png, size = plots._house_png(fig)
        fonts = [t.get_fontsize() for ax in axes
                 for t in ax.get_xticklabels() + ax.get_yticklabels()
                 + ax.get_legend().get_texts()]
        plt.close(fig)
    image = Image.open(io.BytesIO(png))
    assert size["width"] <= plots.FIGURE_WIDTH * 100 * 1.1
    assert image.width == pytest.approx(plots.RESOLUTION * size["width"],
                                        abs=2)
    assert size["height"] > size["width"]  # two panels, one above the other
    phone = min(1.0, 358 / size["width"])
    assert min(fonts) * 100 / 72 * phone >= 11 - 0.5


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_figures_are_high_resolution_with_a_display_size(path):
    """Every figure output is a 2x PNG with its display size (needs the
    chapters executed with the current optlib.plots)."""
    import base64
    import io

    from PIL import Image

    from optlib import plots
    nb = nbformat.read(path, as_version=4)
    bad = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" not in data:
                continue
            size = out.get("metadata", {}).get("image/png", {})
            width = Image.open(io.BytesIO(
                base64.b64decode(data["image/png"]))).width
            if not size.get("width") or abs(
                    width - plots.RESOLUTION * size["width"]) > 2:
                bad.append(f"cell {i}: {width} px, shown at {size}")
    assert not bad, "figures not in the house format (re-execute): " + \
        "; ".join(bad)


# -- page speed: purged stylesheet, playground script from the site ---------

def _purge_or_skip():
    if not (ROOT / "node_modules" / "purgecss").is_dir() \
            or not shutil.which("node"):
        reason = "PurgeCSS needs `npm ci` (bash scripts/vendor.sh) and node"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


def test_purge_keeps_what_pages_scripts_and_dark_mode_use(tmp_path):
    _purge_or_skip()
    page = tmp_path / "page.html"
    page.write_text('<html data-theme="light"><body><div class="used">'
                    '<aside class="bd-sidebar-primary"></aside>'
                    '<button data-bs-toggle="tooltip"></button></div>'
                    "<p>the word carousel in prose</p></body></html>")
    script = tmp_path / "theme.js"
    script.write_text('el.classList.toggle("pst-sidebar-hidden");'
                      'document.documentElement.dataset.theme = "dark";')
    css = "\n".join([
        ".used{color:red}",
        ".unused-rule{color:blue}",
        ".bd-sidebar-primary.pst-sidebar-hidden{display:none}",
        "html[data-theme=dark] .used{color:white}",
        "html[data-theme=dark]{--pst-color-text-base:#ced6dd}",
        ".bs-tooltip-auto[data-popper-placement^=top] .tooltip-arrow"
        "{bottom:0}",
        ".tooltip.show{opacity:1}",
        ".offcanvas-backdrop{opacity:.5}",
        "@font-face{font-family:x;src:url(x.woff)}",
    ])
    out = site_extras.purge_css({"b": css}, [page, script])["b"]
    kept = out["css"]
    for rule in (".used{", ".bd-sidebar-primary.pst-sidebar-hidden",
                 "html[data-theme=dark] .used",
                 "--pst-color-text-base", ".bs-tooltip-auto[data-popper",
                 ".tooltip.show", "@font-face"):
        assert rule in kept, (rule, kept)
    assert ".unused-rule" not in kept
    assert ".offcanvas-backdrop" not in kept  # only Bootstrap's script
    assert out["rejected"] == 2


def test_purge_content_skips_data_and_bootstrap(tmp_path):
    static = tmp_path / "_static"
    (static / "scripts").mkdir(parents=True)
    for name in ("searchindex.js", "scripts/bootstrap.js",
                 "scripts/theme.js"):
        (static / name).write_text("x")
    page = tmp_path / "p.html"
    page.write_text('<script src="_static/searchindex.js"></script>'
                    '<script defer src="_static/scripts/bootstrap.js">'
                    '</script><script src="_static/scripts/theme.js?v=1">'
                    '</script><script src="https://x.org/a.js"></script>')
    found = site_extras.scripts_of([page], static)
    assert [p.name for p in found] == ["theme.js"]


def _playground_page(prefix, body):
    return (f'<html data-content_root="{prefix}"><head><title>t</title>'
            f"</head><body>{body}</body></html>")


def test_playground_script_comes_from_the_site_once():
    from optlib import playground as pg
    one = pg.playground("bowl", [{"optimizer": "SGD", "lr": 0.1}], steps=5)
    two = pg.playground("rosenbrock", [{"optimizer": "Adam", "lr": 0.1}],
                        steps=5)
    three = pg.playground("ill_conditioned", [{"optimizer": "SGD",
                                                "lr": 0.05}],
                          steps=5, rate_map=1)
    text = _playground_page("../", one.to_html() + "<p>x</p>"
                            + two.to_html() + three.to_html())
    assert "OptlibRateMap" in text
    out = site_extras._playground_from_static(pathlib.Path("c/p.html"),
                                              text)
    assert "OptlibPlayground" not in out          # no inline copy, no mount
    assert "OptlibRateMap" not in out             # nor the rate map's part
    assert out.count("<script") == 4       # the three configs, one loader
    assert out.count('<script defer src="../_static/optlib-playground.js">'
                     "</script>\n</head>") == 1
    for play in (one, two, three):
        assert f'id="{play.id}"' in out and f'id="{play.id}-config"' in out
    plain = _playground_page("./", "<p>no playground</p>")
    assert site_extras._playground_from_static(pathlib.Path("p.html"),
                                               plain) == plain


def test_site_playground_script_is_optlibs_and_mounts_lazily(tmp_path):
    from optlib import playground as pg
    site_extras._write_playground_js(tmp_path)
    code = (tmp_path / site_extras.PLAYGROUND_JS).read_text()
    # the rate map's part too: chapter 7's playground has one
    assert code.startswith(pg.script(rate_map=True))
    assert "OptlibRateMap" in code
    loader = code[len(pg.script(rate_map=True)):]
    assert "IntersectionObserver" in loader and "rootMargin" in loader
    assert "OptlibPlayground.mount(" in loader


def test_figures_get_their_size_and_load_lazily_after_the_first():
    page = ('<img alt="logo" src="../_static/images/logo.svg">'
            '<img alt="a" src="../_images/a.png" style="width: 461px; '
            'height: 298px;" />'
            '<img alt="b" src="../_images/b.png" style="width: 432px; '
            'height: 302px;" />')
    out = site_extras._sized_lazy_images(pathlib.Path("p.html"), page)
    logo, first, second = re.findall(r"<img[^>]*>", out)
    assert logo == '<img alt="logo" src="../_static/images/logo.svg">'
    assert 'width="461" height="298"' in first and "loading" not in first
    assert 'width="432" height="302"' in second
    assert 'loading="lazy"' in second and 'decoding="async"' in second
    assert site_extras._sized_lazy_images(pathlib.Path("p.html"),
                                          out) == out  # idempotent


# -- the theme's scrollable-blocks pass, in idle time ------------------------

def _theme_script():
    import pydata_sphinx_theme
    return (pathlib.Path(pydata_sphinx_theme.__file__).parent / "theme"
            / "pydata_sphinx_theme" / "static" / "scripts"
            / "pydata-sphinx-theme.js")


def test_theme_scrollables_pass_runs_in_idle_time(tmp_path):
    """The build rewrites the installed theme's one long pass over every
    scrollable block into idle-time chunks, keeping its selectors and its
    rule (tabIndex 0 for a block that scrolls, -1 otherwise)."""
    original = _theme_script().read_text(encoding="utf-8")
    (tmp_path / "scripts").mkdir()
    path = tmp_path / "scripts" / "pydata-sphinx-theme.js"
    path.write_text(original, encoding="utf-8")
    site_extras._idle_theme_scrollables(tmp_path)
    patched = path.read_text(encoding="utf-8")
    assert ".join(\", \")).forEach(e=>{e.tabIndex=" not in patched  # long pass
    assert ".join(\", \")).forEach(e=>{e.tabIndex=" in original
    assert "requestIdleCallback" in patched
    assert 'd.dataset.scrollables="done"' in patched
    selectors = site_extras._THEME_SCROLLABLES.search(original).group(1)
    assert f"const s={selectors}" in patched
    assert ("e.tabIndex=e.scrollWidth>e.clientWidth||"
            "e.scrollHeight>e.clientHeight?0:-1") in patched
    # everything else is untouched
    start = original.index("const e=()=>{document.querySelectorAll(")
    assert patched.startswith(original[:start])
    assert patched.endswith(original[original.index(
        ',t=_(e,300);window.addEventListener("resize",t)', start):])
    site_extras._idle_theme_scrollables(tmp_path)       # a second build
    assert path.read_text(encoding="utf-8") == patched
    if shutil.which("node"):
        done = subprocess.run(["node", "--check", str(path)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_theme_scrollables_pass_missing_stops_the_build(tmp_path):
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "pydata-sphinx-theme.js").write_text(
        "function I(){}", encoding="utf-8")
    with pytest.raises(Exception, match="scrollable-blocks pass"):
        site_extras._idle_theme_scrollables(tmp_path)


def test_a_virtual_environment_in_the_repository_is_not_read_as_pages():
    """The README's venv is `.venv`, but a reader may call it anything:
    the build must not read the Markdown files of installed packages
    (a venv named `.v` once made it fail on npm's READMEs)."""
    from sphinx.util.matching import Matcher
    excluded = Matcher(CONFIG["exclude_patterns"])
    for folder in (".venv", ".v", "venv/lib/python3.11",
                   "env/lib/python3.12/site-packages",
                   "my env/lib64/python3.11/site-packages"):
        assert excluded(folder), folder
    for page in ("intro.md", "chapters/07_momentum.ipynb", "appendix/api.md",
                 "_static/site.css"):
        assert not excluded(page), page


def test_the_api_page_is_read_again_when_a_module_comes_or_goes():
    """The API page is re-read when optlib's list of modules changes (not
    on every build, tests/test_site_build.py)."""
    class Env:
        optlib_api_docs = {"appendix/api": tuple(
            site_extras.optlib_modules())}
    env = Env()
    assert site_extras._api_outdated(None, env, set(), set(), set()) == []
    env.optlib_api_docs["appendix/api"] += ("newmodule",)
    assert site_extras._api_outdated(None, env, set(), set(), set()) == [
        "appendix/api"]
    assert site_extras._api_outdated(None, env, set(), set(),
                                     {"appendix/api"}) == []
    site_extras._api_purge(None, env, "appendix/api")
    assert env.optlib_api_docs == {}
