"""The JupyterLite ("try it live") site in headless Chromium, offline.

Live mode loads Pyodide from its CDN, which is blocked here, so the test
checks everything up to that point: the app loads a chapter, shows its
cells, and the only errors are about the blocked Pyodide download.
"""

import contextlib
import json

import nbformat
import pytest

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, SCREENSHOTS, SITE
from .conftest import Network, screenshot, unavailable

LITE = SITE / "lite"


def _pyodide_url():
    config = json.loads((LITE / "jupyter-lite.json").read_text())
    settings = config["jupyter-config-data"].get("litePluginSettings", {})
    kernel = settings.get("@jupyterlite/pyodide-kernel-extension:kernel", {})
    return kernel.get("pyodideUrl",
                      "https://cdn.jsdelivr.net/pyodide/")


@pytest.fixture(scope="module")
def lite_context(site_url, tmp_path_factory, playwright_session):
    """Chromium with service workers allowed (JupyterLite registers one)."""
    if not (LITE / "index.html").exists():
        unavailable(f"no JupyterLite build in {LITE}: run "
                    "`bash scripts/build.sh`")
    # Chromium and Playwright: checked by playwright_session
    network = Network(site_url)
    with contextlib.nullcontext(playwright_session) as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-lite")),
            executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(60_000)
        context.route("**/*", network.route)
        context.network = network
        yield context
        context.close()


def test_lite_opens_a_chapter(lite_context, site_url):
    chapters = sorted((ROOT / "chapters").glob("*.ipynb"))
    assert chapters, "no chapters"
    chapter = chapters[0]
    title = next(
        (line.lstrip("# ").strip() for cell in
         nbformat.read(chapter, as_version=4).cells
         if cell.cell_type == "markdown"
         for line in cell.source.splitlines() if line.startswith("# ")),
        None)
    errors, failed = [], []
    page = lite_context.new_page()
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: failed.append(
        f"{r.url} ({r.failure})")
        if r.url.startswith(site_url) else None)
    page.on("response", lambda r: failed.append(f"{r.url} ({r.status})")
            if r.status >= 400 else None)
    page.goto(f"{site_url}/lite/notebooks/index.html?path={chapter.name}",
              wait_until="load")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    if title:  # the chapter's heading, rendered from its markdown
        page.wait_for_function(
            "t => Array.from(document.querySelectorAll('.jp-Notebook h1'))"
            ".some(h => h.textContent.includes(t))", arg=title,
            timeout=30_000)
    # Give the kernel time to try (and fail) to fetch Pyodide.
    page.wait_for_timeout(3000)
    screenshot(page, SCREENSHOTS / "lite-desktop.png")
    cells = page.locator(".jp-Notebook .jp-Cell").count()
    page.close()

    cdn = _pyodide_url().split("/")[2]
    blocked = [url for _, url in lite_context.network.blocked]
    assert cells >= 2, f"only {cells} cells shown"
    assert not failed, f"failed requests on the site: {failed}"
    assert all(cdn in url for url in blocked), (
        f"requests to hosts other than the Pyodide CDN {cdn}: {blocked}")
    other = [e for e in errors if cdn not in e and "pyodide" not in e]
    assert not other, f"errors besides the blocked Pyodide CDN: {other}"
