"""Checks on the built website (``_build/html``) and its JupyterLite site.

Needs ``bash scripts/build.sh`` first (``scripts/test.sh`` does it); skips
without a build, except under ``CI=true``.  Run as a script to print the
page weights:  ``python tests/test_site_build.py``.
"""

import html.parser
import json
import os
import pathlib
import re
import sys
import urllib.parse
import zipfile

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
LITE = SITE / "lite"
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text())
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def built_site():
    if not (SITE / "index.html").exists():
        reason = f"no built site in {SITE}: run `bash scripts/build.sh`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


class _Links(html.parser.HTMLParser):
    """The resources a page loads and the links it has."""

    def __init__(self):
        super().__init__()
        self.scripts, self.styles, self.images, self.links = [], [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "link" and "stylesheet" in (a.get("rel") or ""):
            self.styles.append(a.get("href", ""))
        elif tag == "img" and a.get("src"):
            self.images.append(a["src"])
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])


def parse(path):
    links = _Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def book_pages():
    return sorted(p for p in SITE.rglob("*.html")
                  if p.relative_to(SITE).parts[0] not in ("lite", "_static"))


def local_file(page, url):
    """The file a page-relative URL points to (None if external)."""
    if "://" in url or url.startswith(("data:", "//", "#", "mailto:")):
        return None
    path = urllib.parse.urlsplit(url).path
    return (page.parent / urllib.parse.unquote(path)).resolve()


def page_weight(page):
    """Bytes a first visit loads: ``(content, total)``.

    content: the HTML and its images; total: also scripts and styles
    (fonts and what scripts fetch later are not counted).
    """
    links = parse(page)
    content = page.stat().st_size
    total = content
    for kind in ("images", "scripts", "styles"):
        for url in dict.fromkeys(getattr(links, kind)):
            f = local_file(page, url)
            if f is not None and f.is_file():
                total += f.stat().st_size
                if kind == "images":
                    content += f.stat().st_size
    return content, total


def test_every_toc_page_is_built():
    toc = (ROOT / "_toc.yml").read_text()
    names = re.findall(r"(?:root|file):\s*(\S+)", toc)
    missing = [n for n in names
               if not (SITE / f"{re.sub(r'.(md|ipynb)$', '', n)}.html")
               .exists()]
    assert not missing


def test_no_page_loads_anything_from_another_host():
    for page in book_pages():
        links = parse(page)
        external = [u for u in links.scripts + links.styles + links.images
                    if "://" in u or u.startswith("//")]
        assert not external, f"{page.relative_to(SITE)}: {external}"
        for url in links.scripts + links.styles:
            f = local_file(page, url)
            assert f is not None and f.is_file(), (page, url)


def test_math_is_typeset_at_build_and_no_page_loads_widgets():
    """Math is HTML when the page arrives (no MathJax script); no page
    shows a frozen widget, so none loads the widget manager."""
    fonts = SITE / "_static" / "mathjax" / "output" / "chtml" / "fonts"
    assert (fonts / "woff-v2" / "MathJax_Main-Regular.woff").is_file()
    for page in book_pages():
        text = page.read_text(encoding="utf-8")
        scripts = parse(page).scripts
        assert not [s for s in scripts if "mathjax" in s.lower()], page
        assert "window.MathJax" not in text, page
        if 'class="math' in text:
            assert "<mjx-container" in text and "MJX-CHTML-styles" in text
            assert not re.search(r'class="math[^"]*">\s*\\[(\[]', text), (
                f"{page}: TeX left for the browser")
        assert "application/vnd.jupyter.widget-view+json" not in text, page
        assert "application/vnd.jupyter.widget-state+json" not in text, page
        assert not [s for s in scripts
                    if "embed-amd" in s or "require.js" in s], page


def test_icons_are_a_subset_and_the_search_index_loads_on_search_only():
    icons = SITE / "_static" / "icons"
    for font in ("fa-solid-900.woff", "fa-brands-400.woff"):
        assert (icons / font).stat().st_size < 20_000, font
    for page in book_pages():
        scripts = parse(page).scripts
        assert not [s for s in scripts if "fontawesome" in s], page
        index = [s for s in scripts if "searchindex.js" in s]
        assert bool(index) == (page.name == "search.html"), page


def test_pages_have_a_description_and_an_icon():
    for page in book_pages():
        text = page.read_text(encoding="utf-8")
        if 'http-equiv="Refresh"' in text:  # index.html: a redirect
            continue
        assert re.search(r'<meta name="description" content="[^"]{50,}"',
                         text), page
        assert re.search(r'<link rel="icon" href="[^"]*favicon', text), page


def test_each_chapter_has_launch_and_download_buttons():
    url = CONFIG["repository"]["url"].rstrip("/")
    org_repo = url.split("github.com/", 1)[1]
    branch = CONFIG["repository"]["branch"]
    for chapter in CHAPTERS:
        page = SITE / "chapters" / f"{chapter.stem}.html"
        links = parse(page).links
        rel = f"chapters/{chapter.name}"
        # Binder opens the chapter in JupyterLab (notebook_interface)
        assert (f"https://mybinder.org/v2/gh/{org_repo}/{branch}"
                f"?urlpath=lab/tree/{rel}") in links, page
        assert (f"https://colab.research.google.com/github/{org_repo}/blob/"
                f"{branch}/{rel}") in links, page
        lite = [u for u in links if "lite/notebooks/index.html" in u]
        assert lite == [f"../lite/notebooks/index.html?path={chapter.name}"]
        assert local_file(page, lite[0]).is_file()
        downloads = [u for u in links if u.endswith(f"{chapter.stem}.ipynb")
                     and "_sources" in u]
        assert downloads and local_file(page, downloads[0]).is_file()
        text = page.read_text(encoding="utf-8")
        assert "needs an internet connection" in text


def test_api_reference_documents_every_module():
    sys.path.insert(0, str(ROOT / "_ext"))
    import site_extras
    text = (SITE / "appendix" / "api.html").read_text(encoding="utf-8")
    for name in site_extras.optlib_modules():
        assert f'id="module-optlib.{name}"' in text, name


def test_bibliography_and_glossary_pages_exist():
    bib = (SITE / "appendix" / "bibliography.html").read_text()
    assert 'class="citation' in bib
    assert (SITE / "appendix" / "glossary.html").is_file()


def test_heaviest_chapter_page_is_under_budget():
    """HTML, images, scripts and styles on disk (fonts not counted); the
    browser tests measure every byte a visit loads against 1.5 MB."""
    weights = {p.stem: page_weight(SITE / "chapters" / f"{p.stem}.html")
               for p in CHAPTERS}
    heaviest = max(weights, key=lambda k: weights[k][1])
    assert weights[heaviest][1] < 1.5 * MB, (heaviest, weights[heaviest])


# -- JupyterLite -------------------------------------------------------------

def test_lite_site_lists_every_chapter():
    assert (LITE / "index.html").is_file()
    assert (LITE / "notebooks" / "index.html").is_file()
    listing = json.loads((LITE / "api" / "contents" / "all.json")
                         .read_text())
    names = {item["name"] for item in listing["content"]}
    for chapter in CHAPTERS:
        assert chapter.name in names
        assert (LITE / "files" / chapter.name).is_file()


def test_lite_bundles_a_pure_python_optlib_wheel():
    wheels = list((LITE / "pypi").glob("optlib-*.whl"))
    assert len(wheels) == 1, wheels
    wheel = wheels[0]
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        meta = next(n for n in names if n.endswith(".dist-info/WHEEL"))
        assert "Root-Is-Purelib: true" in z.read(meta).decode()
    assert "optlib/__init__.py" in names and "optlib/optim.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd", ".dylib"))]
    index = json.loads((LITE / "pypi" / "all.json").read_text())
    assert "optlib" in index


def test_lite_never_falls_back_to_pypi():
    config = json.loads((LITE / "jupyter-lite.json").read_text())
    data = config["jupyter-config-data"]
    kernel = data["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["disablePyPIFallback"] is True
    assert any(u.split("?")[0] == "./pypi/all.json"
               for u in kernel["pipliteUrls"])


def test_lite_is_small():
    files = [p for p in LITE.rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix == ".map"]  # no_sourcemaps
    size = sum(p.stat().st_size for p in files)
    assert size < 40 * MB, f"lite site is {size / MB:.1f} MB"


def main():
    total = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    lite = sum(p.stat().st_size for p in LITE.rglob("*") if p.is_file())
    print(f"site: {total / MB:.1f} MB (JupyterLite {lite / MB:.1f} MB)")
    rows = sorted(((page_weight(p), p.relative_to(SITE))
                   for p in book_pages()), reverse=True)
    print(f"{'page':45s} {'HTML+images':>12s} {'+scripts/css':>13s}")
    for (content, full), name in rows:
        print(f"{str(name):45s} {content / 1024:9.0f} KB "
              f"{full / 1024:10.0f} KB")


if __name__ == "__main__":
    main()


def test_an_unchanged_book_is_not_read_again():
    """Sphinx counts a page dependency that is not a file as changed on
    every build (the API page once noted the ``optlib/`` folder and was
    read again, ~6 s, on each run of the test command). Every dependency
    the build recorded is a file, and no page is to be re-read always."""
    import pickle
    env = pickle.loads((ROOT / "_build" / ".doctrees"
                        / "environment.pickle").read_bytes())
    not_files = {doc: sorted(d for d in deps
                             if not (ROOT / d).is_file())
                 for doc, deps in env.dependencies.items()}
    assert not {d: v for d, v in not_files.items() if v}
    assert not env.reread_always
    assert env.optlib_api_docs, "no page records its optlib modules"
