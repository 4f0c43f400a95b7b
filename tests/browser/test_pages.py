"""Every page of the built book in headless Chromium, offline.

The site is served on 127.0.0.1 and every request to another host is
aborted and recorded (conftest.py).  For the intro, every chapter and
every appendix page:

* no console errors, no uncaught exceptions, no failed requests, and no
  request to another host at all (no third-party script, style or font);
* math rendered by MathJax (its output elements present, no raw ``$$``
  or ``\\(`` left in the text);
* every image loaded with a non-zero natural size;
* embedded ipywidgets rendered; static explorers respond to their slider;
* axe-core finds no serious or critical accessibility violation;
* no sideways scrolling at phone width (390 px).

Screenshots at desktop (1280 px) and phone (390 px) width go to
``artifacts/screenshots/``.
"""

import re

import nbformat
import pytest
import yaml

from .conftest import AXE, ROOT, SCREENSHOTS, SITE

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WIDGET_VIEW = 'script[type="application/vnd.jupyter.widget-view+json"]'


def book_pages():
    """Docnames of the book in _toc.yml order (intro, chapters, appendix)."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    names = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                names.append(entry["file"])
            walk(entry.get("sections"))
    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return [re.sub(r"\.(md|ipynb)$", "", name) for name in names]


PAGES = book_pages()

# Wait until MathJax (if the page loads it) has typeset, widgets (if any)
# are rendered and every image has loaded or failed.
SETTLE = """async () => {
  const mj = window.MathJax;
  if (document.querySelector('script[src*="mathjax"]')) {
    const t0 = Date.now();
    while (!(window.MathJax && MathJax.startup && MathJax.startup.promise)
           && Date.now() - t0 < 15000) {
      await new Promise(r => setTimeout(r, 50));
    }
    if (window.MathJax && MathJax.startup) await MathJax.startup.promise;
  }
  const views = document.querySelectorAll('%s').length;
  const t1 = Date.now();
  while (views && document.querySelectorAll('.jupyter-widgets').length
         < views && Date.now() - t1 < 15000) {
    await new Promise(r => setTimeout(r, 50));
  }
  await Promise.all(Array.from(document.images).map(img => {
    img.loading = 'eager';
    return img.complete ? null : new Promise(r => {
      img.addEventListener('load', r); img.addEventListener('error', r);
    });
  }));
  await document.fonts.ready;
}""" % WIDGET_VIEW

FACTS = """() => {
  const text = el => (el ? el.innerText : '');
  const main = document.querySelector('main') || document.body;
  const clone = main.cloneNode(true);
  clone.querySelectorAll('pre, code, script, style, mjx-container, '
                         + '.cell_input, textarea').forEach(e => e.remove());
  return {
    mathSource: document.querySelectorAll('.math').length,
    mathRendered: document.querySelectorAll('mjx-container').length,
    mathErrors: document.querySelectorAll('mjx-merror').length,
    rawText: text(clone),
    images: Array.from(document.images).map(img => ({
      src: img.currentSrc || img.src, width: img.naturalWidth,
      height: img.naturalHeight, alt: img.getAttribute('alt')})),
    widgetViews: document.querySelectorAll('%s').length,
    widgetsRendered: document.querySelectorAll('.jupyter-widgets').length,
    widgetErrors: document.querySelectorAll(
      '.jupyter-widgets .widget-error, .jp-ErrorWidget').length,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  };
}""" % WIDGET_VIEW

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}"""


class Visit:
    """What happened while loading one page."""

    def __init__(self, context, url, viewport, screenshot=None):
        self.console_errors, self.page_errors, self.failed = [], [], []
        network = context.network
        start = len(network.blocked)
        page = context.new_page()
        page.set_viewport_size(viewport)
        page.on("console", lambda m: self.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed.append(
            f"{r.url} ({r.failure})")
            if r.url.startswith(network.origin) else None)
        page.on("response", lambda r: self.failed.append(
            f"{r.url} (HTTP {r.status})") if r.status >= 400 else None)
        response = page.goto(url, wait_until="load")
        self.status = response.status if response else None
        page.evaluate(SETTLE)
        self.facts = page.evaluate(FACTS)
        self.page = page
        self.blocked = network.blocked[start:]
        if screenshot:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / screenshot),
                            full_page=True)

    def axe(self):
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate(AXE_RUN)

    def close(self):
        self.page.close()


def _slug(docname):
    return docname.replace("/", "__")


@pytest.fixture(scope="module")
def visits(browser_context, site_url):
    """Each page visited once at desktop width, on demand."""
    cache = {}

    def visit(docname):
        if docname not in cache:
            if not (SITE / f"{docname}.html").exists():
                pytest.fail(f"{docname}.html was not built")
            cache[docname] = Visit(browser_context,
                                   f"{site_url}/{docname}.html", DESKTOP,
                                   f"{_slug(docname)}-desktop.png")
        return cache[docname]
    yield visit
    for v in cache.values():
        v.close()


@pytest.mark.parametrize("docname", PAGES)
def test_page_loads_without_errors(visits, docname):
    v = visits(docname)
    assert v.status == 200
    assert not v.page_errors, f"uncaught JavaScript errors: {v.page_errors}"
    assert not v.console_errors, f"console errors: {v.console_errors}"
    assert not v.failed, f"failed requests: {v.failed}"


@pytest.mark.parametrize("docname", PAGES)
def test_no_request_leaves_the_site(visits, docname):
    v = visits(docname)
    scripts = [url for kind, url in v.blocked if kind == "script"]
    assert not scripts, f"third-party scripts requested: {scripts}"
    assert not v.blocked, f"requests to other hosts: {v.blocked}"


@pytest.mark.parametrize("docname", PAGES)
def test_math_is_rendered(visits, docname):
    facts = visits(docname).facts
    assert facts["mathRendered"] >= facts["mathSource"], (
        f"{facts['mathSource']} math elements but only "
        f"{facts['mathRendered']} rendered by MathJax")
    assert facts["mathErrors"] == 0, "MathJax reported TeX errors"
    raw = [m.group(0) for m in
           re.finditer(r".{0,30}(\$\$|\\\(|\\\[).{0,30}", facts["rawText"])]
    assert not raw, f"raw LaTeX left in the text: {raw[:5]}"


@pytest.mark.parametrize("docname", PAGES)
def test_every_image_loads(visits, docname):
    images = visits(docname).facts["images"]
    broken = [img["src"] for img in images
              if not (img["width"] > 0 and img["height"] > 0)]
    assert not broken, f"images not loaded: {broken}"
    no_alt = [img["src"] for img in images if img["alt"] is None]
    assert not no_alt, f"images without alt text: {no_alt}"


@pytest.mark.parametrize("docname", PAGES)
def test_widgets_are_rendered(visits, docname):
    facts = visits(docname).facts
    if facts["widgetViews"] == 0:
        assert facts["widgetsRendered"] == 0
        return
    assert facts["widgetsRendered"] >= facts["widgetViews"], (
        f"{facts['widgetViews']} embedded widgets, "
        f"{facts['widgetsRendered']} rendered")
    assert facts["widgetErrors"] == 0, "a widget failed to render"


def _explorers_in_source(docname):
    """Range inputs in the notebook's HTML outputs (static explorers)."""
    path = ROOT / f"{docname}.ipynb"
    if not path.exists():
        return 0
    nb = nbformat.read(path, as_version=4)
    return sum(
        len(re.findall(r"<input[^>]*type=[\"']?range",
                       "".join(out.get("data", {}).get("text/html", ""))))
        for cell in nb.cells if cell.cell_type == "code"
        for out in cell.get("outputs", []))


@pytest.mark.parametrize("docname", PAGES)
def test_static_explorers_are_present(visits, docname):
    expected = _explorers_in_source(docname)
    found = visits(docname).page.locator(
        '.cell_output input[type="range"]').count()
    assert found >= expected, (f"{expected} explorer sliders in the "
                               f"notebook, {found} on the page")


@pytest.mark.parametrize("docname", PAGES)
def test_static_explorers_respond(visits, docname):
    """A slider outside ipywidgets (a static explorer) redraws its output.

    Pressing the right arrow key on it must change the text or the drawing
    of the cell output that holds it (the label and the SVG path).
    """
    page = visits(docname).page
    sliders = page.locator('.cell_output input[type="range"]')
    for i in range(sliders.count()):
        slider = sliders.nth(i)
        if slider.evaluate("e => !!e.closest('.jupyter-widgets')"):
            continue
        holder = slider.locator("xpath=ancestor::*[contains(@class,"
                                "'cell_output')][1]")
        before = holder.inner_html()
        value = slider.input_value()
        slider.focus()
        slider.press("ArrowRight" if slider.evaluate(
            "e => Number(e.value) < Number(e.max)") else "ArrowLeft")
        page.wait_for_timeout(100)
        assert slider.input_value() != value, "slider did not move"
        after = holder.inner_html()
        assert after != before, (f"explorer {i} on {docname} did not "
                                 "redraw when its slider moved")


@pytest.mark.parametrize("docname", PAGES)
def test_accessibility(visits, docname):
    violations = visits(docname).axe()
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, "axe-core: " + "; ".join(
        f"{v['impact']} {v['id']} ({v['help']}) at {v['nodes']}"
        for v in bad)


@pytest.mark.parametrize("docname", PAGES)
def test_phone_width(browser_context, site_url, docname):
    v = Visit(browser_context, f"{site_url}/{docname}.html", PHONE,
              f"{_slug(docname)}-phone.png")
    try:
        facts = v.facts
        assert not v.page_errors and not v.console_errors, (
            v.page_errors + v.console_errors + v.failed)
        assert facts["scrollWidth"] <= facts["clientWidth"] + 1, (
            f"the page scrolls sideways on a phone: {facts['scrollWidth']} "
            f"px wide in a {facts['clientWidth']} px screen")
    finally:
        v.close()
