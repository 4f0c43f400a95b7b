"""Fixtures for the browser tests: the built site on 127.0.0.1, headless
Chromium (Debian's, driven by Playwright) with every other host blocked.

Needs a built site (``bash scripts/build.sh``) and ``/usr/bin/chromium``
(or the path in ``$CHROMIUM``).  Without them the tests skip with the
reason, except under ``CI=true``, where they fail.
"""

import contextlib
import os
import pathlib
import urllib.parse

import pytest

from .budget import serve

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = ROOT / "_build" / "html"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = pathlib.Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
IN_CI = os.environ.get("CI", "").lower() == "true"


# Full-page screenshots are for people to look at, not checks, and they
# cost several seconds a page (a third of the browser tests' time): taken
# only when asked for, with SCREENSHOTS=1 (the GitHub workflow sets it and
# keeps them as an artifact).
SHOOT = os.environ.get("SCREENSHOTS", "").lower() not in ("", "0", "false")


def screenshot(target, path):
    """A screenshot of a Playwright page or locator (what is in view) if
    SCREENSHOTS=1; its folder is made."""
    if not SHOOT:
        return
    pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(path))


def page_screenshot(page, path, max_height=12_000):
    """A full-page screenshot if SCREENSHOTS=1, cut at ``max_height`` px:
    the API page is 90,000 px tall, and shooting all of it took most of a
    minute on a busy machine without showing anything the top does not."""
    if not SHOOT:
        return
    height = page.evaluate("document.documentElement.scrollHeight")
    width = page.viewport_size["width"]
    page.screenshot(path=str(path), full_page=True, clip={
        "x": 0, "y": 0, "width": width, "height": min(height, max_height)})


def unavailable(reason):
    """Skip with ``reason``; fail instead on CI, which must run these."""
    if IN_CI:
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def site_url():
    """``http://127.0.0.1:PORT`` serving ``_build/html`` from a thread,
    gzip-encoding text as a real host does (budget.serve)."""
    if not (SITE / "index.html").exists():
        unavailable(f"no built site in {SITE}: run `bash scripts/build.sh`")
    with serve(SITE) as url:
        yield url


class Network:
    """Every request the browser makes; other hosts are aborted."""

    def __init__(self, origin):
        self.origin = origin
        self.blocked = []  # (resource type, url)

    def route(self, route):
        url = route.request.url
        parts = urllib.parse.urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.blocked.append((route.request.resource_type, url))
            route.abort("blockedbyclient")


@pytest.fixture(scope="session")
def playwright_session():
    """One Playwright for the whole test session.

    Its sync API runs an event loop while it is open, so a second
    ``sync_playwright()`` started in the same process (another test
    module's fixture) fails; every browser fixture shares this one.
    """
    if not CHROMIUM.exists():
        unavailable(f"Chromium not found at {CHROMIUM}: install it "
                    "(Debian/Ubuntu: sudo apt-get install chromium) or set "
                    "CHROMIUM=/path/to/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed "
                    "(pip install -r requirements.txt)")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser_context(site_url, tmp_path_factory, playwright_session):
    """A persistent Chromium context with a new, empty user-data-dir."""
    # Chromium and Playwright: checked by playwright_session
    network = Network(site_url)
    with contextlib.nullcontext(playwright_session) as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900},
            service_workers="block")
        context.set_default_timeout(30_000)
        context.route("**/*", network.route)
        context.network = network
        yield context
        context.close()
